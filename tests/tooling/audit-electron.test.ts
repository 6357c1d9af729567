// The Electron audit scans offline, reports real misconfigurations, and fails on any finding SECURITY.md does not explain.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  REVIEWED_FINDINGS,
  installedElectronVersion,
  judgeFindings,
  scanBuiltApp,
  type Finding,
} from '../../scripts/audit-electron'

const finding = (id: string, file: string): Finding => ({
  id,
  file,
  line: 1,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  description: id,
  manualReview: false,
})

/** A built app with the classic mistakes: Node in the renderer, no isolation, no sandbox, no CSP. */
function carelessApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sundown-audit-'))
  writeFileSync(
    join(dir, 'index.js'),
    [
      "const { app, BrowserWindow } = require('electron')",
      'app.whenReady().then(() => {',
      '  const window = new BrowserWindow({',
      '    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },',
      '  })',
      "  window.loadURL('http://example.com/')",
      '})',
    ].join('\n'),
  )
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body></body></html>')
  return dir
}

describe('judging findings', () => {
  it('accepts a reviewed finding by check and file, whatever its line', () => {
    const { accepted, unexpected } = judgeFindings([
      { ...finding('PRELOAD_JS_CHECK', 'main/index.js'), line: 4711 },
    ])
    expect(accepted.map((entry) => entry.finding.id)).toEqual(['PRELOAD_JS_CHECK'])
    expect(unexpected).toEqual([])
  })

  it('flags the same check in another file, and any check not reviewed', () => {
    const { unexpected } = judgeFindings([
      finding('PRELOAD_JS_CHECK', 'main/other.js'),
      finding('NODE_INTEGRATION_JS_CHECK', 'main/index.js'),
    ])
    expect(unexpected.map((entry) => `${entry.id} ${entry.file}`)).toEqual([
      'PRELOAD_JS_CHECK main/other.js',
      'NODE_INTEGRATION_JS_CHECK main/index.js',
    ])
  })

  it("flags a timer or eval-like call in any renderer chunk: none is reviewed, React's bundle included", () => {
    const { accepted, unexpected } = judgeFindings([
      finding('DANGEROUS_FUNCTIONS_JS_CHECK', 'renderer/assets/index-DkJlKcyC.js'),
      finding('DANGEROUS_FUNCTIONS_JS_CHECK', 'renderer/assets/popover-view-BDHv4mta.js'),
    ])
    expect(accepted).toEqual([])
    expect(unexpected.map((entry) => entry.file)).toEqual([
      'renderer/assets/index-DkJlKcyC.js',
      'renderer/assets/popover-view-BDHv4mta.js',
    ])
  })

  it('names reviewed entries that no longer occur', () => {
    expect(judgeFindings([]).stale).toEqual(REVIEWED_FINDINGS)
  })

  it('gives every reviewed entry a reason', () => {
    for (const entry of REVIEWED_FINDINGS) expect(entry.reason.length, entry.id).toBeGreaterThan(40)
  })
})

describe('scanning a built app', () => {
  it('finds missing isolation, sandbox, CSP, permission and navigation guards, offline', async () => {
    const { findings, unreadable } = await scanBuiltApp(carelessApp(), installedElectronVersion())
    const ids = new Set(findings.map((entry) => entry.id))
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'CSP_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
    ]) {
      expect(ids, id).toContain(id)
    }
    expect(unreadable).toEqual([])
    expect(judgeFindings(findings).unexpected.length).toBeGreaterThan(0)
  }, 30_000)
})
