/** Electronegativity over the built app in out/, offline; fails on any finding that SECURITY.md does not explain. */
import { existsSync } from 'node:fs'
import { Module, createRequire } from 'node:module'
import { resolve } from 'node:path'

/** One finding, reduced to what a reader and the judgement need. */
export interface Finding {
  id: string
  /** Relative to the scanned folder with `/` separators, or `N/A` for whole-app checks. */
  file: string
  line: number
  severity: string
  confidence: string
  description: string
  manualReview: boolean
}

/** A finding that was looked at and is safe as it stands; the reason is told at every run. */
export interface ReviewedFinding {
  id: string
  /** The file, or a pattern for a bundle chunk whose name carries a content hash. */
  file: string | RegExp
  reason: string
}

/** What a scan found, and the files it could not read (an unread file hides findings). */
export interface ScanResult {
  findings: Finding[]
  unreadable: { file: string; message: string }[]
}

/** The check that asks the internet for Electron's release list; the scan stays offline. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/** Findings reviewed in SECURITY.md ("Electronegativity"); matched by check and file, never by line. */
export const REVIEWED_FINDINGS: ReviewedFinding[] = [
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/index.js',
    reason:
      'asks for a review of the preload: it exposes one function per contract command through contextBridge, never ipcRenderer itself, and runs sandboxed',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    reason:
      "flags script-src 'self' as possibly weak (JSONP, Angular, uploads): the only scripts are the bundled ones, nothing is uploaded or served, connect-src is 'none'",
  },
]

const fileMatches = (entry: ReviewedFinding, file: string): boolean =>
  typeof entry.file === 'string' ? entry.file === file : entry.file.test(file)

/** Splits findings into reviewed and unexpected, and names reviewed entries that no longer occur. */
export function judgeFindings(
  findings: Finding[],
  reviewed: ReviewedFinding[] = REVIEWED_FINDINGS,
) {
  const reviewFor = (finding: Finding) =>
    reviewed.find((entry) => entry.id === finding.id && fileMatches(entry, finding.file))
  return {
    accepted: findings.flatMap((finding) => {
      const review = reviewFor(finding)
      return review ? [{ finding, reason: review.reason }] : []
    }),
    unexpected: findings.filter((finding) => !reviewFor(finding)),
    stale: reviewed.filter(
      (entry) =>
        !findings.some((finding) => finding.id === entry.id && fileMatches(entry, finding.file)),
    ),
  }
}

interface RawIssue {
  id: string
  file: string
  location: { line: number }
  severity: { name: string }
  confidence: { name: string }
  description: string
  manualReview: boolean
}

type RunElectronegativity = (options: Record<string, unknown>) => Promise<{
  issues: RawIssue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}>

const require = createRequire(import.meta.url)

/**
 * Electronegativity's runner with its HTTP client replaced by one that always fails: the tool
 * otherwise asks a server for translations at start, and the release check would fetch too.
 */
function offlineElectronegativity(): RunElectronegativity {
  const entry = require.resolve('@doyensec/electronegativity')
  const gotPath = createRequire(entry).resolve('got')
  const refuse = () => Promise.reject(new Error('Electronegativity runs offline here'))
  const offlineGot = new Module(gotPath)
  offlineGot.filename = gotPath
  offlineGot.loaded = true
  offlineGot.exports = Object.assign(refuse, { default: refuse })
  require.cache[gotPath] = offlineGot
  return require(entry) as RunElectronegativity
}

/** The installed Electron's version, read from its package.json (the module itself is never loaded). */
export function installedElectronVersion(): string {
  return (require('electron/package.json') as { version: string }).version
}

/**
 * Scans a folder of built JavaScript and HTML. The Electron version is passed in because out/ has
 * no package.json to detect it from, and version-dependent checks would otherwise assume v0.1.0.
 */
export async function scanBuiltApp(input: string, electronVersion: string): Promise<ScanResult> {
  const run = offlineElectronegativity()
  const { issues, errors } = await run({
    input: resolve(input),
    excludeFromScan: EXCLUDED_CHECKS,
    electronVersionOverride: electronVersion,
    isRelative: true,
  })
  return {
    findings: issues.map((issue) => ({
      id: issue.id,
      file: issue.file.replaceAll('\\', '/'),
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
      manualReview: issue.manualReview,
    })),
    unreadable: errors.filter((error) => !error.tolerable),
  }
}

const describeFinding = (finding: Finding) =>
  `${finding.id} in ${finding.file}:${finding.line} (${finding.severity}, ${finding.confidence}): ${finding.description}`

if (import.meta.main) {
  const input = resolve(import.meta.dirname, '../out')
  if (!existsSync(input)) {
    console.error(`No built app at ${input}: run \`npm run build\` first.`)
    process.exit(1)
  }
  const electronVersion = installedElectronVersion()
  console.log(
    `Electronegativity over ${input} as Electron ${electronVersion}, offline (its translation fetch is refused)`,
  )
  const { findings, unreadable } = await scanBuiltApp(input, electronVersion)
  const { accepted, unexpected, stale } = judgeFindings(findings)
  for (const { finding, reason } of accepted) {
    console.log(`reviewed  ${finding.id} in ${finding.file}: ${reason}`)
  }
  for (const entry of stale) {
    console.warn(`no longer found: ${entry.id} in ${entry.file}; drop it from the reviewed list`)
  }
  for (const finding of unexpected) console.error(`FINDING   ${describeFinding(finding)}`)
  for (const error of unreadable) console.error(`UNREAD    ${error.file}: ${error.message}`)
  const failed = unexpected.length + unreadable.length
  console.log(
    failed === 0
      ? `Electronegativity: no unreviewed findings (${accepted.length} reviewed, see SECURITY.md)`
      : `Electronegativity: ${unexpected.length} unreviewed finding(s), ${unreadable.length} unreadable file(s)`,
  )
  process.exit(failed === 0 ? 0 : 1)
}
