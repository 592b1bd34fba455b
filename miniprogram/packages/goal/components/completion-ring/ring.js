// The ring's geometry, kept pure so it can be tested: a percentage becomes the turns of two half-discs.
// conic-gradient is not reliable in the mini-program renderer, so the ring is drawn with two clipped
// half-discs: the right one turns 0..180° for 0..50 %, the left one 0..180° for 50..100 %.

/** 0..100 as a whole number; anything unreadable is 0. */
function clampPercent(value) {
  const n = Math.round(Number(value))
  if (!Number.isFinite(n)) return 0
  return Math.min(100, Math.max(0, n))
}

/** → {percent, right, left}: degrees each half-disc turns clockwise. */
function ringTurns(value) {
  const percent = clampPercent(value)
  return {
    percent,
    right: Math.min(percent, 50) * 3.6,
    left: Math.max(percent - 50, 0) * 3.6,
  }
}

module.exports = { clampPercent, ringTurns }
