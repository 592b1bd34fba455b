// A list change as setData paths. Rows that changed or were added go on their own
// ('items[31]': …), so a page of new messages costs what it adds instead of the whole list
// again; setData serialises everything it is given and hands it across threads.
// A list that shrank, or whose rows mostly shifted (older history put in front), goes whole.
const SHIFTED_MAX = 20

const same = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b)

function listPatch(name, before, after) {
  if (!before.length || after.length < before.length) return { [name]: after }
  const update = {}
  let shifted = 0
  after.forEach((row, i) => {
    if (i < before.length && same(before[i], row)) return
    if (i < before.length) shifted += 1
    update[`${name}[${i}]`] = row
  })
  return shifted > SHIFTED_MAX ? { [name]: after } : update
}

module.exports = { listPatch }
