const { validateFields, validateForSubmit, groupErrors } = require('../utils/validate-application')
const { emptyForm, fromView, toPayload } = require('../utils/application-form')
const { formBody } = require('./fixtures')

const TODAY = '2026-03-10'
const form = (change) => {
  const f = fromView(formBody())
  if (change) change(f)
  return f
}

describe('a complete application', () => {
  test('passes both checks', () => {
    expect(validateFields(form())).toEqual({})
    expect(validateForSubmit(form(), TODAY)).toEqual({})
  })

  test('round-trips through the page form unchanged', () => {
    expect(toPayload(fromView(formBody()))).toEqual(formBody())
  })
})

describe('field rules (drafts too)', () => {
  test.each([
    ['lead.name', (f) => (f.lead.name = 'x'.repeat(101)), '单位名称不能超过 100 个字'],
    ['lead.partyOrgName', (f) => (f.lead.partyOrgName = 'x'.repeat(101)), '党组织名称不能超过 100 个字'],
    ['lead.creditCode', (f) => (f.lead.creditCode = '91350100M000100Y44'), '统一社会信用代码校验位不正确'],
    ['lead.address', (f) => (f.lead.address = 'x'.repeat(201)), '地址不能超过 200 个字'],
    ['partners[0].liaisonName', (f) => (f.partners[0].liaisonName = 'x'.repeat(33)), '联络员姓名不能超过 32 个字'],
    ['partners[0].liaisonPhone', (f) => (f.partners[0].liaisonPhone = '12ab5'), '电话号码格式不正确'],
    ['pioneer.phone', (f) => (f.pioneer.phone = '1234'), '电话号码格式不正确'],
    ['pioneer.name', (f) => (f.pioneer.name = 'x'.repeat(33)), '姓名不能超过 32 个字'],
    ['pioneer.title', (f) => (f.pioneer.title = 'x'.repeat(65)), '职务不能超过 64 个字'],
    ['goals[1].title', (f) => (f.goals[1].title = 'x'.repeat(101)), '目标名称不能超过 100 个字'],
    ['goals[4].description', (f) => (f.goals[4].description = 'x'.repeat(1001)), '目标内容不能超过 1000 个字'],
    ['motivation', (f) => (f.motivation = 'x'.repeat(2001)), '申报理由不能超过 2000 个字'],
  ])('%s', (path, change, message) => {
    const errors = validateFields(form(change))
    expect(errors).toEqual({ [path]: message })
  })

  test('limits are inclusive', () => {
    const errors = validateFields(
      form((f) => {
        f.lead.name = 'x'.repeat(100)
        f.motivation = 'x'.repeat(2000)
        f.pioneer.phone = '+86 (591) 8765-432'
      }),
    )
    expect(errors).toEqual({})
  })

  test('at most 10 partners', () => {
    const f = form()
    f.partners = Array.from({ length: 11 }, () => ({ ...f.partners[0] }))
    expect(validateFields(f).partners).toBe('共建单位最多 10 个')
    f.partners.pop()
    expect(validateFields(f).partners).toBeUndefined()
  })

  test('goal categories must be unique', () => {
    expect(validateFields(form((f) => (f.goals[1].category = 'BASE'))).goals).toBe('每类目标只能填写一项')
  })

  test('an empty draft breaks no field rule', () => {
    expect(validateFields(emptyForm())).toEqual({})
  })
})

describe('submit rules', () => {
  test('an empty form names every missing field', () => {
    const errors = validateForSubmit(emptyForm(), TODAY)
    expect(errors).toMatchObject({
      mode: '请选择申报方式',
      'lead.name': '请填写单位名称',
      'lead.type': '请选择单位类型',
      'pioneer.name': '请填写科技党建先锋姓名',
      'pioneer.title': '请填写职务',
      'pioneer.phone': '请填写联系电话',
      'pioneer.partyMember': '科技党建先锋须为中共党员',
      'goals[0].title': '请填写目标名称',
      'goals[4].targetDate': '请选择计划完成时间',
    })
  })

  test('JOINT needs a partner, SOLO must have none', () => {
    expect(validateForSubmit(form((f) => (f.partners = [])), TODAY).partners).toBe('联合申报至少需要一个共建单位')
    expect(validateForSubmit(form((f) => (f.mode = 'SOLO')), TODAY).partners).toBe('独立申报不能包含共建单位')
    expect(
      validateForSubmit(
        form((f) => {
          f.mode = 'SOLO'
          f.partners = []
        }),
        TODAY,
      ),
    ).toEqual({})
  })

  test('every partner needs name, type and a liaison', () => {
    const errors = validateForSubmit(
      form((f) => {
        f.partners[0].type = ''
        f.partners[0].liaisonName = '  '
        f.partners[0].liaisonPhone = ''
      }),
      TODAY,
    )
    expect(errors).toEqual({
      'partners[0].type': '请选择单位类型',
      'partners[0].liaisonName': '请填写共建联络员姓名',
      'partners[0].liaisonPhone': '请填写共建联络员电话',
    })
  })

  test('the pioneer must be a party member', () => {
    expect(validateForSubmit(form((f) => (f.pioneer.partyMember = false)), TODAY)).toEqual({
      'pioneer.partyMember': '科技党建先锋须为中共党员',
    })
  })

  test('a target date must come after today (Shanghai)', () => {
    expect(validateForSubmit(form((f) => (f.goals[2].targetDate = TODAY)), TODAY)).toEqual({
      'goals[2].targetDate': '计划完成时间须晚于今天',
    })
    expect(validateForSubmit(form((f) => (f.goals[2].targetDate = '2026-03-11')), TODAY)).toEqual({})
  })

  test('a missing category is reported on goals', () => {
    const f = form()
    f.goals = f.goals.filter((g) => g.category !== 'TALENT')
    expect(validateForSubmit(f, TODAY).goals).toBe('“五个一”目标须全部填写')
  })

  test('a format error is not replaced by "required"', () => {
    expect(validateForSubmit(form((f) => (f.pioneer.phone = 'abc')), TODAY)['pioneer.phone']).toBe('电话号码格式不正确')
  })
})

describe('groupErrors', () => {
  test('puts each server path where the form shows it', () => {
    const grouped = groupErrors(
      {
        mode: 'm',
        'lead.name': 'ln',
        'partners[1].liaisonPhone': 'p1',
        'pioneer.partyMember': 'pm',
        'goals[2].title': 'g2',
        partners: 'ps',
        'attachments[0]': 'unknown',
      },
      2,
    )
    expect(grouped.top).toEqual({ mode: 'm', partners: 'ps' })
    expect(grouped.lead).toEqual({ name: 'ln' })
    expect(grouped.partners).toEqual([{}, { liaisonPhone: 'p1' }])
    expect(grouped.pioneer).toEqual({ partyMember: 'pm' })
    expect(grouped.goals[2]).toEqual({ title: 'g2' })
    expect(grouped.goals).toHaveLength(5)
    expect(grouped.other).toEqual(['unknown'])
  })

  test('an item path beyond the form is not lost', () => {
    expect(groupErrors({ 'partners[3].name': 'gone' }, 1).other).toEqual(['gone'])
  })
})

describe('the page form', () => {
  test('an empty form sends nulls and the five goal slots in order', () => {
    const body = toPayload(emptyForm())
    expect(body.mode).toBeNull()
    expect(body.lead).toEqual({ unitId: null, name: null, type: null, partyOrgName: null, creditCode: null, address: null })
    expect(body.pioneer.partyMember).toBeNull()
    expect(body.goals.map((g) => g.category)).toEqual(['BASE', 'PROBLEMS', 'LEADERS', 'TALENT', 'ACHIEVEMENTS'])
    expect(body.goals[0]).toEqual({ category: 'BASE', title: null, description: null, targetDate: null })
  })

  test('goals from the server are put into their category slot', () => {
    const f = fromView({ goals: [{ category: 'ACHIEVEMENTS', title: 'A', description: null, targetDate: null }] })
    expect(f.goals[4].title).toBe('A')
    expect(f.goals[0].title).toBe('')
  })

  test('partners get a client key that is not sent', () => {
    const f = fromView(formBody())
    expect(f.partners[0].key).toMatch(/^p\d+$/)
    expect(toPayload(f).partners[0]).not.toHaveProperty('key')
  })
})

describe('firstErrorSelector', () => {
  const { firstErrorSelector } = require('../utils/validate-application')

  test('picks the error highest up the form, whatever order the map has', () => {
    expect(firstErrorSelector({ motivation: 'x', 'goals[2].title': 'x', 'pioneer.phone': 'x' })).toBe('#field-pioneer-phone')
    expect(firstErrorSelector({ 'goals[3].title': 'x', 'goals[1].targetDate': 'x' })).toBe('#field-goal-1')
    expect(firstErrorSelector({ 'partners[1].name': 'x', 'partners[0].liaisonPhone': 'x', 'lead.name': 'x' })).toBe('#field-lead')
    expect(firstErrorSelector({ 'partners[1].name': 'x', partners: 'x' })).toBe('#field-partners')
    expect(firstErrorSelector({ 'pioneer.partyMember': 'x', 'pioneer.title': 'x' })).toBe('#field-pioneer-title')
    expect(firstErrorSelector({ 'pioneer.partyMember': 'x' })).toBe('#field-pioneer-party-member')
    expect(firstErrorSelector({ motivation: 'x', mode: 'x' })).toBe('#field-mode')
  })

  test('a message the form has no field for scrolls to the messages at the top; none: nothing', () => {
    expect(firstErrorSelector({ 'something.else': 'x', motivation: 'x' })).toBe('#field-messages')
    expect(firstErrorSelector({})).toBe('')
  })
})
