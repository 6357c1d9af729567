// The built-app checks catch bundling mistakes: a copy of out/ is broken on purpose, and the same checks must say what broke.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { inspectBuiltApp, REPO_ROOT } from '../support/built-app/check-built-app'
import { ensureFreshBuild } from '../support/built-app/fresh-build'
import { at } from '../support/scheduled-day'

/** A copy of the built app beside the repo's package.json, node_modules and resources. */
function copyOfBuiltApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'sundown-built-copy-'))
  cpSync(join(REPO_ROOT, 'out'), join(root, 'out'), { recursive: true })
  cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'))
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'))
  symlinkSync(join(REPO_ROOT, 'resources'), join(root, 'resources'))
  return root
}

/** Rewrites one built file, failing loudly if the text to change is not there. */
function rewrite(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`)
  writeFileSync(file, text.replace(from, to))
}

const mistakes: { mistake: string; make(root: string): void; reported: RegExp }[] = [
  {
    mistake: 'the preload path names index.js, not the emitted index.cjs',
    make: (root) =>
      rewrite(join(root, 'out/main/index.js'), '"../preload/index.cjs"', '"../preload/index.js"'),
    reported: /popover preload does not exist: .*\/out\/preload\/index\.js/,
  },
  {
    mistake: 'the preload is emitted as an ES module, which a sandbox cannot load',
    make: (root) =>
      rewrite(
        join(root, 'out/preload/index.cjs'),
        'let electron = require("electron");',
        'import * as electron from "electron";',
      ),
    reported: /popover preload failed: SyntaxError: Cannot use import statement outside a module/,
  },
  {
    mistake: 'the preload requires a Node module, which a sandbox does not have',
    make: (root) =>
      rewrite(
        join(root, 'out/preload/index.cjs'),
        'let electron = require("electron");',
        'let electron = require("electron"); require("node:path");',
      ),
    reported: /popover preload failed: .*module not found: node:path/,
  },
  {
    mistake: 'the renderer page is missing from the build',
    make: (root) => rmSync(join(root, 'out/renderer/index.html')),
    reported: /popover page does not exist: .*\/out\/renderer\/index\.html/,
  },
  {
    mistake: 'a lazy view’s chunk is dropped',
    make: (root) => {
      const assets = join(root, 'out/renderer/assets')
      const chunk = readdirSync(assets).find((file) => /^month-view-.*\.js$/.test(file))
      if (!chunk) throw new Error('the build has no month-view chunk')
      rmSync(join(assets, chunk))
    },
    reported: /page file missing: \.\/month-view-.*\.js, named in assets\/index-.*\.js/,
  },
  {
    mistake: 'the bundle imports a dependency that is not installed',
    make: (root) =>
      rewrite(
        join(root, 'out/main/index.js'),
        'from "electron-store"',
        'from "electron-store-not-installed"',
      ),
    reported: /the bundle did not load: .*Cannot find package 'electron-store-not-installed'/,
  },
  {
    mistake: 'starting throws once the app is ready',
    make: (root) =>
      rewrite(
        join(root, 'out/main/index.js'),
        'denyAllPermissions(session.defaultSession);',
        'denyAllPermissions(undefined);',
      ),
    // An unhandled rejection, or, where start-up failures are caught, what the app logged of it.
    reported:
      /(unhandled rejection|console): .*TypeError: Cannot read properties of undefined \(reading 'setPermissionRequestHandler'\)/s,
  },
]

async function problemsOf(make: (root: string) => void): Promise<string[]> {
  const root = copyOfBuiltApp()
  make(root)
  const { app, problems } = await inspectBuiltApp({
    appRoot: root,
    startAt: at('08:55'),
    platform: 'darwin',
    zone: 'Europe/Berlin',
  })
  await app.stop()
  rmSync(root, { recursive: true, force: true })
  return problems
}

beforeAll(() => ensureFreshBuild(REPO_ROOT))

describe('the built-app checks, on a copy of out/', () => {
  test('find nothing wrong with an unchanged copy', async () => {
    expect(await problemsOf(() => undefined)).toEqual([])
  })

  test.each(mistakes)('report it when $mistake', async ({ make, reported }) => {
    const problems = await problemsOf(make)
    expect(problems).toContainEqual(expect.stringMatching(reported))
  })
})
