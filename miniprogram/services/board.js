// The public board (公示牌) of a co-building: what anyone who scans the plaque sees, and the board's
// mini-program code for members to print. One function per endpoint.
const { request, download } = require('./http')
const { seg } = require('./path')

/**
 * The board, no login needed. → BoardView {publicId, name, status, plaqueDate, available, units, stage,
 * categories, goals (with their tasks), checklist: {confirmed, ticked, total}, highlights}; a withdrawn or
 * delisted co-building comes as {publicId, name, status, plaqueDate, available: false}. 404 BOARD_NOT_FOUND,
 * 429 BOARD_RATE_LIMITED.
 */
function getBoard(publicId) {
  // Sent without the token: a visitor who scanned the plaque need not log in to read it.
  return request({ method: 'GET', path: `/api/public/boards/${seg(publicId)}`, auth: false })
}

/** Any member of the co-building: the board's mini-program code as a PNG in a temporary file → its path. */
function downloadBoardCode(cobuildingId) {
  return download({ path: `/api/mp/cobuildings/${seg(cobuildingId)}/board/wxacode` })
}

module.exports = { getBoard, downloadBoardCode }
