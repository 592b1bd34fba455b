// Subscribe messages (订阅消息) asked for at natural moments: right after a check-in (activity reminders), after
// joining a co-building (new briefings, overdue tasks) and on a briefing (new briefings). WeChat shows its dialog
// only from a tap, so a page offers a button (components/subscribe-prompt) whose tap calls ask(moment) at once:
// the templates are fetched beforehand (prepare) and kept for the session, so nothing is awaited before the
// dialog. What the member decided goes to the server, whose quota of sends follows the accepts.
// Nothing here ever fails or holds up the action it follows: every failure ends as "not asked".
const push = require('../services/push')

/** The scenes (PushScene) each moment asks for, most wanted first. */
const MOMENTS = {
  CHECKIN: ['ACTIVITY_REMINDER'],
  JOIN: ['BRIEFING_PUBLISHED', 'TASK_OVERDUE'],
  BRIEFING: ['BRIEFING_PUBLISHED'],
}
const MAX_IDS = 3 // what one wx.requestSubscribeMessage accepts
const RESULTS = ['accept', 'reject', 'ban', 'filter']

let templates = null // [{scene, templateId, title}] once fetched this session
let loading = null

/** The configured templates, fetched once per session; a failure answers [] and is tried again next time. */
function loadTemplates() {
  if (templates) return Promise.resolve(templates)
  if (!loading) {
    loading = push
      .getTemplates()
      .then((res) => {
        templates = ((res && res.items) || []).filter((t) => t && t.templateId)
        return templates
      })
      .catch(() => [])
      .then((list) => {
        loading = null
        return list
      })
  }
  return loading
}

/** The template ids of a moment's scenes, without repeats, at most 3. */
function idsFor(moment, list) {
  const ids = []
  ;(MOMENTS[moment] || []).forEach((scene) => {
    list
      .filter((t) => t.scene === scene && ids.indexOf(t.templateId) < 0)
      .forEach((t) => ids.push(t.templateId))
  })
  return ids.slice(0, MAX_IDS)
}

/** Fetches the templates ahead of a tap (a page's load). Resolves whether the moment has anything to ask. */
function prepare(moment) {
  return loadTemplates().then((list) => idsFor(moment, list).length > 0)
}

function requestSubscribe(tmplIds) {
  return new Promise((resolve) => {
    if (typeof wx.requestSubscribeMessage !== 'function') {
      resolve(null)
      return
    }
    try {
      wx.requestSubscribeMessage({
        tmplIds,
        success: (res) => resolve(res || {}),
        // Refused gesture, switched off in settings, an old base library: nothing was decided.
        fail: () => resolve(null),
      })
    } catch (e) {
      resolve(null)
    }
  })
}

/**
 * Asks for the moment's templates; call it straight from a tap handler. Resolves {asked, accepted: [templateId]}
 * once the decision is reported (or reporting failed); never rejects.
 */
function ask(moment) {
  const run = (list) => {
    const tmplIds = idsFor(moment, list)
    if (!tmplIds.length) return Promise.resolve({ asked: false, accepted: [] })
    return requestSubscribe(tmplIds).then((res) => {
      if (!res) return { asked: false, accepted: [] }
      const results = tmplIds
        .filter((id) => RESULTS.indexOf(res[id]) >= 0)
        .map((id) => ({ templateId: id, result: res[id] }))
      const accepted = results.filter((r) => r.result === 'accept').map((r) => r.templateId)
      if (!results.length) return { asked: true, accepted }
      return push
        .reportSubscriptions(results)
        .catch(() => undefined) // the server learns of the next accept; this one is lost, never the action
        .then(() => ({ asked: true, accepted }))
    })
  }
  // Known templates: ask in this very tick, while WeChat still counts it as the tap's doing.
  if (templates) return run(templates).catch(() => ({ asked: false, accepted: [] }))
  return loadTemplates().then(run).catch(() => ({ asked: false, accepted: [] }))
}

/** Forgets the session's templates (tests; a new login). */
function reset() {
  templates = null
  loading = null
}

module.exports = { MOMENTS, MAX_IDS, prepare, ask, reset }
