/** Figure 4 from a build's out/ folder: the gzip weight of the JavaScript each view loads, and nothing dev-only shipped. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { VIEW_AREAS } from '../../src/shared/messages/view-areas'
import type { ViewName } from '../../src/shared/ipc-contract'
import { figure, type Figure } from './figures'

/** gzip -9: the weight the budgets are stated in. */
export const gzipBytes = (content: Buffer | string): number =>
  gzipSync(content, { level: 9 }).length

/** Kilobytes, as bundlers print them (1 kB = 1,000 bytes). */
const KB = 1000

/** What the dev-only markers look like in a file. */
const DEV_MARKERS: readonly [string, RegExp][] = [
  ['a React development build', /\.development\.js|jsxDEV\(/],
  ["Vite's dev client", /@vite\/client|import\.meta\.hot/],
  ['a source map reference', /sourceMappingURL=/],
]

/** Every file under `folder`, as paths relative to it with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .map((name) => name.split('\\').join('/'))
}

/** The JavaScript a renderer window loads for one view, and its weight. */
export interface ViewWeight {
  files: string[]
  gzipBytes: number
}

/** The renderer's script graph: the entry from index.html, each chunk's static imports. */
export class RendererBundle {
  private readonly assets: Map<string, string>
  /** The module scripts index.html names (the bundler may list a chunk the entry imports too). */
  readonly entries: string[]

  constructor(readonly rendererDir: string) {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
    this.entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\.\/([^"]+\.js)"/g)].map(
      (match) => match[1] as string,
    )
    if (this.entries.length === 0)
      throw new Error(`No module script in ${join(rendererDir, 'index.html')}`)
    this.assets = new Map(
      filesUnder(rendererDir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => [name, readFileSync(join(rendererDir, name), 'utf8')]),
    )
  }

  /** Every chunk `file` pulls in before it runs: itself and its static imports, transitively. */
  staticClosure(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen
    const code = this.assets.get(file)
    if (code === undefined) throw new Error(`The build has no ${file}`)
    seen.add(file)
    for (const [, specifier] of code.matchAll(
      /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      this.staticClosure(posix.join(posix.dirname(file), specifier as string), seen)
    }
    return seen
  }

  /** The chunk whose name starts with `prefix` (`month-view-`, `messages-en-common-`), or null. */
  chunk(prefix: string): string | null {
    return [...this.assets.keys()].find((name) => posix.basename(name).startsWith(prefix)) ?? null
  }

  /** Like `chunk`, for a chunk the build must have. */
  requiredChunk(prefix: string): string {
    const found = this.chunk(prefix)
    if (found === null) throw new Error(`The build has no ${prefix}<hash>.js chunk`)
    return found
  }

  /** What every window loads before its first render: the entry and the common words, with their static imports. */
  shellFiles(): Set<string> {
    const files = new Set<string>()
    for (const entry of this.entries) this.staticClosure(entry, files)
    return this.staticClosure(this.requiredChunk('messages-en-common-'), files)
  }

  /**
   * The JavaScript a window showing `view` loads before its first render, in English: the shell,
   * the view's chunk and the view's message chunks, each with its static imports.
   */
  viewFiles(view: ViewName): Set<string> {
    const files = this.shellFiles()
    this.staticClosure(this.requiredChunk(`${view}-view-`), files)
    for (const area of VIEW_AREAS[view])
      this.staticClosure(this.requiredChunk(`messages-en-${area}-`), files)
    return files
  }

  /** The gzip weight of some chunks. */
  weigh(files: Iterable<string>): ViewWeight {
    const list = [...files].sort()
    return {
      files: list,
      gzipBytes: list.reduce((total, file) => total + gzipBytes(this.assets.get(file) ?? ''), 0),
    }
  }

  /** Every JavaScript file of the renderer: what one bundle without lazy views would load. */
  allJs(): ViewWeight {
    return this.weigh(this.assets.keys())
  }
}

/** Files in `outDir` that are source maps or carry a dev-only marker, each with the reason. */
export function devOnlyFiles(outDir: string): string[] {
  const found: string[] = []
  for (const name of filesUnder(outDir)) {
    if (name.endsWith('.map')) found.push(`${name} (a source map)`)
    if (!/\.(c|m)?js$|\.html$/.test(name)) continue
    const content = readFileSync(join(outDir, name), 'utf8')
    for (const [what, marker] of DEV_MARKERS)
      if (marker.test(content)) found.push(`${name} (${what})`)
  }
  return found
}

const ROWS = {
  '4.1': { name: 'Popover JavaScript, gzip', unit: 'kB' },
  '4.2': { name: "Month view's extra JavaScript, gzip", unit: 'kB' },
  '4.3': { name: 'Source maps or dev builds in out/', unit: 'files' },
  '4.4': { name: 'Script files a popover loads before its first render', unit: 'files' },
  '4.5': { name: 'Script files a month window loads before its first render', unit: 'files' },
} as const

/** The popover's budget: React and react-dom are most of it. */
export const POPOVER_BUDGET_KB = 90

/** The rows of figure 4 for a build in `outDir`; pending when there is no build. */
export function rendererWeightFigures(outDir: string): Figure[] {
  const rendererDir = join(outDir, 'renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    const pendingReason = `no build at ${relative(process.cwd(), rendererDir) || rendererDir}: run npm run build`
    return Object.entries(ROWS).map(([id, row]) =>
      figure({ id, ...row, ours: null, pendingReason }),
    )
  }
  const bundle = new RendererBundle(rendererDir)
  const shell = bundle.shellFiles()
  const popover = bundle.weigh(bundle.viewFiles('popover'))
  const month = bundle.weigh(bundle.viewFiles('month'))
  const monthExtra = bundle.weigh(month.files.filter((file) => !shell.has(file)))
  const everything = bundle.allJs()
  const shipped = devOnlyFiles(outDir)
  const names = (weight: ViewWeight) => weight.files.map((file) => posix.basename(file)).join(', ')
  const kB = (weight: ViewWeight) => `${(weight.gzipBytes / KB).toFixed(1)} kB`
  const others = (['ritual', 'settings'] as const).map((view) => {
    const weight = bundle.weigh(bundle.viewFiles(view))
    return `${view} ${weight.files.length} files, ${kB(weight)}`
  })
  return [
    figure({
      id: '4.1',
      ...ROWS['4.1'],
      ours: popover.gzipBytes / KB,
      baseline: everything.gzipBytes / KB,
      budget: { atMost: POPOVER_BUDGET_KB },
      deterministic: true,
      note: `${names(popover)}; baseline: every view in one bundle (${everything.files.length} chunks)`,
    }),
    figure({
      id: '4.2',
      ...ROWS['4.2'],
      ours: monthExtra.gzipBytes / KB,
      budget: { atMost: 60 },
      deterministic: true,
      note: `beyond the shell every view loads: ${names(monthExtra)}`,
    }),
    figure({
      id: '4.3',
      ...ROWS['4.3'],
      ours: shipped.length,
      budget: { atMost: 0 },
      deterministic: true,
      ...(shipped.length > 0 ? { note: shipped.join('; ') } : {}),
    }),
    figure({
      id: '4.4',
      ...ROWS['4.4'],
      ours: popover.files.length,
      deterministic: true,
      note: 'the entry, the view and its words, with their static imports, in English',
    }),
    figure({
      id: '4.5',
      ...ROWS['4.5'],
      ours: month.files.length,
      deterministic: true,
      note: `${kB(month)} in all; the other windows: ${others.join('; ')}`,
    }),
  ]
}
