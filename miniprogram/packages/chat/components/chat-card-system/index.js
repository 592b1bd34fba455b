// A notice from the system, and the fallback for card types this version does not know:
// {title, text}, both optional.
Component({
  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', text: '' },

  observers: {
    payload(p) {
      const card = p || {}
      this.setData({ title: card.title || '', text: card.text || '' })
    },
  },
})
