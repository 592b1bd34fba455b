// The picture on a shared invitation card: drawn on an offscreen canvas with the co-building's name.
// Without a picture of its own WeChat would use a screenshot of the page, which shows the member list
// and other invitation codes. When drawing is not possible a fixed brand card is used instead.
const WIDTH = 500 // WeChat shows share pictures at 5:4
const HEIGHT = 400
const FALLBACK = '/assets/share/invite.png'
const NAME_FONT = 38
const NAME_MAX_LINES = 2

/** `text` broken into lines no wider than `max` (Chinese has no spaces: break anywhere). */
function wrap(ctx, text, max, maxLines) {
  const lines = []
  let line = ''
  for (const ch of [...String(text || '')]) {
    if (line && ctx.measureText(line + ch).width > max) {
      lines.push(line)
      line = ch
    } else line += ch
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${[...kept[maxLines - 1]].slice(0, -1).join('')}…`
  return kept
}

function draw(ctx, name) {
  ctx.fillStyle = '#c8161d'
  ctx.fillRect(0, 0, WIDTH, HEIGHT)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(30, 30, WIDTH - 60, HEIGHT - 60)

  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillStyle = '#c8161d'
  ctx.font = 'bold 30px sans-serif'
  ctx.fillText('科技筑梦先锋号', WIDTH / 2, 90)

  ctx.fillStyle = '#1a1a1a'
  ctx.font = `bold ${NAME_FONT}px sans-serif`
  const lines = wrap(ctx, name, WIDTH - 120, NAME_MAX_LINES)
  const top = HEIGHT / 2 - ((lines.length - 1) * (NAME_FONT + 14)) / 2
  lines.forEach((text, i) => ctx.fillText(text, WIDTH / 2, top + i * (NAME_FONT + 14)))

  ctx.fillStyle = '#666666'
  ctx.font = '26px sans-serif'
  ctx.fillText('邀请你加入共建 · 点开输入邀请码', WIDTH / 2, HEIGHT - 80)
}

/** Resolves with a temp path of the drawn card, or the fixed brand card when drawing fails. Never rejects. */
function renderShareCard(name) {
  return new Promise((resolve) => {
    try {
      if (typeof wx.createOffscreenCanvas !== 'function') return resolve(FALLBACK)
      const canvas = wx.createOffscreenCanvas({ type: '2d', width: WIDTH, height: HEIGHT })
      draw(canvas.getContext('2d'), name)
      wx.canvasToTempFilePath({
        canvas,
        fileType: 'png',
        success: (res) => resolve((res && res.tempFilePath) || FALLBACK),
        fail: () => resolve(FALLBACK),
      })
    } catch (e) {
      resolve(FALLBACK)
    }
  })
}

module.exports = { renderShareCard, FALLBACK, WIDTH, HEIGHT }
