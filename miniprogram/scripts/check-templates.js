// Strict template check: WeChat's own compilers (wcc for WXML and WXS, wcsc for WXSS)
// reject what the runtime would reject, and the paths those compilers do not follow
// (app.json pages, usingComponents, <import>/<include>/<wxs> src) are checked here.
//
// Usage: node scripts/check-templates.js [root]   (root defaults to the mini-program folder)
const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')

const ROOT = path.resolve(process.argv[2] || path.join(__dirname, '..'))
const SKIP_DIRS = new Set(['node_modules', 'miniprogram_npm', '.git'])
const PLATFORM_DIRS = { linux: ['linux', ''], darwin: ['mac', ''], win32: ['windows', '.exe'] }

function walk(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name), found)
    } else {
      found.push(path.relative(ROOT, path.join(dir, entry.name)).split(path.sep).join('/'))
    }
  }
  return found
}

// The compilers ship inside miniprogram-compiler (a dependency of miniprogram-simulate),
// installed without the executable bit; that package's own wrapper chmods them too.
function compiler(name) {
  const simulateDir = path.dirname(require.resolve('miniprogram-simulate/package.json'))
  const pkg = require.resolve('miniprogram-compiler/package.json', { paths: [simulateDir] })
  const [dir, ext] = PLATFORM_DIRS[process.platform] || PLATFORM_DIRS.linux
  const bin = path.join(path.dirname(pkg), 'bin', dir, name + ext)
  try {
    fs.accessSync(bin, fs.constants.X_OK)
  } catch (e) {
    fs.chmodSync(bin, 0o755)
  }
  return bin
}

// Both compilers exit non-zero on error (wcc: 255 and others, wcsc: 1 with "ERR:") and
// print the reason on stderr; the compiled output on stdout is not needed.
function compile(bin, args, file) {
  const run = spawnSync(bin, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  if (run.error) return [`${file}: cannot run ${path.basename(bin)}: ${run.error.message}`]
  if (run.status === 0) return []
  const reason = run.stderr.toString().trim() || `exit ${run.status === null ? run.signal : run.status}`
  return [`${file}: ${reason}`]
}

const exists = (rel) => fs.existsSync(path.join(ROOT, rel))

function readJson(file, problems) {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))
  } catch (e) {
    problems.push(`${file}: invalid JSON: ${e.message}`)
    return null
  }
}

// A page or component is the four files sharing a base name; .wxss is optional.
function missingParts(base) {
  return ['.js', '.json', '.wxml'].filter((ext) => !exists(base + ext)).map((ext) => base + ext)
}

function resolveFrom(file, target) {
  if (target.startsWith('/')) return target.slice(1)
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), target))
}

function checkAppPages(problems) {
  if (!exists('app.json')) return problems.push('app.json: missing')
  const app = readJson('app.json', problems)
  if (!app) return
  const pages = [...(app.pages || [])]
  for (const sub of app.subpackages || app.subPackages || []) {
    for (const page of sub.pages || []) pages.push(path.posix.join(sub.root, page))
  }
  if (pages.length === 0) problems.push('app.json: no pages')
  for (const page of pages) {
    const missing = missingParts(page)
    if (missing.length) problems.push(`app.json: page ${page} is missing ${missing.join(', ')}`)
  }
}

function checkUsingComponents(jsonFile, problems) {
  const json = readJson(jsonFile, problems)
  const using = (json && json.usingComponents) || {}
  for (const [tag, target] of Object.entries(using)) {
    if (target.startsWith('plugin://')) continue
    // Relative or absolute path first; a bare name may also be a built npm component.
    const candidates = [resolveFrom(jsonFile, target)]
    if (!target.startsWith('.') && !target.startsWith('/')) {
      candidates.push(`miniprogram_npm/${target}`, `miniprogram_npm/${target}/index`)
    }
    if (!candidates.some((base) => missingParts(base).length === 0)) {
      problems.push(`${jsonFile}: usingComponents "${tag}" → ${target} not found (needs .js, .json, .wxml)`)
    }
  }
}

const SRC_TAG = /<(import|include|wxs)\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/g

function checkSrcTargets(wxmlFile, problems) {
  const text = fs.readFileSync(path.join(ROOT, wxmlFile), 'utf8')
  for (const [, tag, src] of text.matchAll(SRC_TAG)) {
    let target = resolveFrom(wxmlFile, src)
    if (tag !== 'wxs' && !target.endsWith('.wxml')) target += '.wxml'
    if (!exists(target)) problems.push(`${wxmlFile}: <${tag} src="${src}"> not found`)
  }
}

const CSS_IMPORT = /@import\s+["']([^"']+)["']/g

// A .wxss file's @import targets, recursively: wcsc resolves an import only when the imported
// file is compiled in the same run, so they are passed along. Missing ones become problems.
function wxssImports(wxssFile, problems, seen = new Set()) {
  const text = fs.readFileSync(path.join(ROOT, wxssFile), 'utf8')
  for (const [, src] of text.matchAll(CSS_IMPORT)) {
    const target = resolveFrom(wxssFile, src)
    if (seen.has(target)) continue
    if (!exists(target)) {
      problems.push(`${wxssFile}: @import "${src}" not found`)
      continue
    }
    seen.add(target)
    wxssImports(target, problems, seen)
  }
  return [...seen]
}

function main() {
  const files = walk(ROOT)
  const byExt = (ext) => files.filter((f) => f.endsWith(ext))
  const problems = []

  const wcc = compiler('wcc')
  const wcsc = compiler('wcsc')
  for (const f of [...byExt('.wxml'), ...byExt('.wxs')]) {
    problems.push(...compile(wcc, ['-d', '-cc', '0', f, '-gn', '$gwx'], f))
  }
  for (const f of byExt('.wxss')) {
    const imports = wxssImports(f, problems).filter((target) => target !== f)
    problems.push(...compile(wcsc, ['-db', '-pc', '0', f, ...imports], f))
  }

  checkAppPages(problems)
  for (const f of byExt('.json')) {
    if (!['package.json', 'package-lock.json'].includes(f)) checkUsingComponents(f, problems)
  }
  for (const f of byExt('.wxml')) checkSrcTargets(f, problems)

  if (problems.length) {
    console.error(`Template check failed (${problems.length}):\n` + problems.map((p) => `  ${p}`).join('\n'))
    process.exit(1)
  }
  console.log(
    `Template check passed: ${byExt('.wxml').length} wxml, ${byExt('.wxss').length} wxss, ` +
      `${byExt('.wxs').length} wxs; pages, components and imports resolve.`,
  )
}

main()
