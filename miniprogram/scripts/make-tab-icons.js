// Draws the tab-bar icons (81×81 PNG, as WeChat recommends) for light and dark mode, normal and selected,
// into assets/tab/, and the fixed invitation picture into assets/share/. Node's zlib only: no image library for six small shapes. Run after changing a shape
// or a colour, and commit the PNGs:  node scripts/make-tab-icons.js
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const SIZE = 81
const SAMPLES = 4 // per axis: 16 samples per pixel smooth the edges
const OUT = path.join(__dirname, '..', 'assets', 'tab')
const SHARE_OUT = path.join(__dirname, '..', 'assets', 'share')

// The same colours as theme.json's tabColor / tabSelectedColor.
const COLOURS = {
  '': '#666666',
  '-selected': '#c8161d',
  '-dark': '#a3a3a3',
  '-dark-selected': '#ff8a80',
}

// Shapes are "is the point (x, y) inside?" in a 0..1 square.
const inCircle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const inRoundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
function inPolygon(points) {
  return (x, y) => {
    let inside = false
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
      const [xi, yi] = points[i]
      const [xj, yj] = points[j]
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
    }
    return inside
  }
}
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y))
const minus = (shape, hole) => (x, y) => shape(x, y) && !hole(x, y)

function star(cx, cy, outer, inner) {
  const points = []
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 ? inner : outer
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  return inPolygon(points)
}

const SHAPES = {
  // 消息: a speech bubble with three dots.
  messages: minus(
    union(inRoundRect(0.1, 0.16, 0.9, 0.7, 0.14), inPolygon([[0.24, 0.64], [0.42, 0.64], [0.2, 0.86]])),
    union(inCircle(0.32, 0.43, 0.055), inCircle(0.5, 0.43, 0.055), inCircle(0.68, 0.43, 0.055)),
  ),
  // 我的先锋号: a pennant on a pole with a star.
  cobuildings: union(
    inRoundRect(0.16, 0.1, 0.23, 0.92, 0.03),
    minus(inPolygon([[0.23, 0.12], [0.88, 0.12], [0.74, 0.33], [0.88, 0.54], [0.23, 0.54]]), star(0.47, 0.33, 0.13, 0.055)),
  ),
  // 我的: a head and shoulders.
  mine: union(
    inCircle(0.5, 0.32, 0.18),
    (x, y) => y >= 0.58 && y <= 0.9 && inRoundRect(0.14, 0.58, 0.86, 1.2, 0.34)(x, y),
  ),
}

function rgb(hex) {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function pixels(shape, colour) {
  const [r, g, b] = rgb(colour)
  const rows = []
  for (let py = 0; py < SIZE; py += 1) {
    const row = Buffer.alloc(1 + SIZE * 4) // filter byte 0 (none), then RGBA
    for (let px = 0; px < SIZE; px += 1) {
      let hits = 0
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          if (shape((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE)) hits += 1
        }
      }
      row.set([r, g, b, Math.round((255 * hits) / (SAMPLES * SAMPLES))], 1 + px * 4)
    }
    rows.push(row)
  }
  return Buffer.concat(rows)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function png(raw, width = SIZE, height = SIZE) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// The fixed invitation picture for when the named card cannot be drawn (utils/share-card.js): 500×400.
function shareFallback() {
  const W = 500
  const H = 400
  const inside = inRoundRect(0.06, 0.075, 0.94, 0.925, 0.02)
  const starShape = star(0.5, 0.5, 0.2, 0.085)
  const rows = []
  for (let y = 0; y < H; y += 1) {
    const row = Buffer.alloc(1 + W * 4)
    for (let x = 0; x < W; x += 1) {
      const u = (x + 0.5) / W
      const v = (y + 0.5) / H
      const [r, g, b] = inside(u, v) && !starShape(u, 0.5 + (v - 0.5) * (H / W)) ? [255, 255, 255] : [200, 22, 29]
      row.set([r, g, b, 255], 1 + x * 4)
    }
    rows.push(row)
  }
  return png(Buffer.concat(rows), W, H)
}

/** file name → PNG bytes, for every shape in every colour. */
function icons() {
  const out = {}
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [suffix, colour] of Object.entries(COLOURS)) out[`${name}${suffix}.png`] = png(pixels(shape, colour))
  }
  return out
}

function main() {
  fs.mkdirSync(OUT, { recursive: true })
  const all = icons()
  Object.entries(all).forEach(([file, bytes]) => fs.writeFileSync(path.join(OUT, file), bytes))
  fs.mkdirSync(SHARE_OUT, { recursive: true })
  fs.writeFileSync(path.join(SHARE_OUT, 'invite.png'), shareFallback())
  console.log(`Wrote ${Object.keys(all).length} icons to assets/tab/ and the invitation picture to assets/share/`)
}

if (require.main === module) main()

module.exports = { COLOURS, SIZE, OUT, icons, shareFallback }
