// 完成度 ring: a percentage drawn as a ring with the figure in the middle, in CSS only (see ring.js).
//   <completion-ring percent="{{60}}" size="{{120}}" label="阵地" />
// size is in rpx; label is an optional line under the figure.
const { ringTurns } = require('./ring')

Component({
  properties: {
    percent: { type: Number, value: 0 },
    size: { type: Number, value: 120 },
    label: { type: String, value: '' },
  },

  data: { shown: 0, rightTurn: 0, leftTurn: 0, thickness: 12 },

  observers: {
    'percent, size': function (percent, size) {
      const turns = ringTurns(percent)
      this.setData({
        shown: turns.percent,
        rightTurn: turns.right,
        leftTurn: turns.left,
        thickness: Math.max(6, Math.round(size / 10)),
      })
    },
  },
})
