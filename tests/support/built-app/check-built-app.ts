// The checks a built app must pass: shared by the built-app test and the test that proves they catch a bundling mistake.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main as english } from '../../../src/shared/messages/en/main.ts'
import { missingPageFiles } from './page-files.ts'
import { launchBuiltApp, type BuiltApp, type LaunchOptions } from './built-app-process.ts'
import type { BuiltAppSnapshot } from './protocol.ts'

/** Every view Sundown has; each must open from the built page with the preload. */
export const VIEWS = ['popover', 'ritual', 'month', 'settings'] as const

/** The tray items that open the views other than the popover, which is made at start. */
const OPENED_FROM_TRAY = {
  ritual: english.tray.startRitual,
  month: english.tray.thisMonth,
  settings: english.tray.settings,
} as const

/**
 * What is wrong with the built app in `appRoot` as the snapshot shows it; empty when nothing is.
 * Expects every view to have been opened (see `openEveryView`).
 */
export function bundleProblems(snapshot: BuiltAppSnapshot, appRoot: string): string[] {
  const problems = [
    ...snapshot.errors,
    ...snapshot.warnings.map((warning) => `console: ${warning}`),
    ...snapshot.dialogs.map((dialog) => `${dialog.kind} dialog: ${dialog.text}`),
  ]
  if (snapshot.quitRequested) problems.push('the app quit')
  const renderer = resolve(appRoot, 'out/renderer/index.html')
  for (const missing of missingPageFiles(renderer)) problems.push(`page file missing: ${missing}`)
  if (snapshot.singleInstanceLockRequests !== 1) {
    problems.push(`asked for the single-instance lock ${snapshot.singleInstanceLockRequests} times`)
  }
  if (snapshot.secondInstanceListeners !== 1) problems.push('does not answer a second launch')
  if (!snapshot.storeUsesStandIn) problems.push('electron-store did not get the same electron')
  if (snapshot.trays.length !== 1) problems.push(`made ${snapshot.trays.length} tray icons`)
  for (const { imagePath } of snapshot.trays) {
    if (!imagePath || !existsSync(imagePath)) problems.push(`tray image missing: ${imagePath}`)
  }
  for (const view of VIEWS) {
    const windows = snapshot.windows.filter((window) => viewOf(window.url) === view)
    if (windows.length === 0) problems.push(`no window opened the ${view} view`)
    for (const window of windows) {
      const page = pathOf(window.url)
      if (page !== renderer) problems.push(`${view} loads ${window.url}, not ${renderer}`)
      if (!existsSync(page ?? '')) problems.push(`${view} page does not exist: ${page}`)
      if (!window.preload || !existsSync(window.preload)) {
        problems.push(`${view} preload does not exist: ${window.preload}`)
      }
      if (window.sandbox !== true || window.contextIsolation !== true || window.nodeIntegration) {
        problems.push(`${view} is not sandboxed and isolated without Node`)
      }
    }
  }
  for (const page of snapshot.pages) {
    if (page.error) problems.push(`${page.view} preload failed: ${page.error}`)
    if (!page.exposedKeys.includes('sundown')) problems.push(`${page.view} has no window.sundown`)
  }
  for (const reach of snapshot.preloads) {
    if (reach.error) problems.push(`preload ${reach.file} failed: ${reach.error}`)
    for (const channel of reach.invokes) {
      if (!snapshot.ipcHandlers.includes(channel))
        problems.push(`no handler in main for ${channel}`)
    }
  }
  if (snapshot.preloads.length === 0) problems.push('no window names a preload')
  return problems
}

function viewOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).searchParams.get('view') : null
}

function pathOf(url: string): string | null {
  return URL.canParse(url) && url.startsWith('file:') ? fileURLToPath(new URL(url)) : null
}

/**
 * Opens every view as the user would (from the tray menu), then closes each through its own
 * page's `closeView`, so every page's preload is used once. A step that fails is a problem.
 */
export async function openEveryView(app: BuiltApp): Promise<string[]> {
  const problems: string[] = []
  for (const [view, label] of Object.entries(OPENED_FROM_TRAY)) {
    try {
      await app.clickTrayItem(label)
      await app.call(view, 'closeView', { view })
    } catch (error) {
      problems.push(`${view}: ${(error as Error).message}`)
    }
  }
  return problems
}

/** Starts the built app, opens every view, and returns the running app with what is wrong with it. */
export async function inspectBuiltApp(options: LaunchOptions) {
  const app = await launchBuiltApp(options)
  const stepProblems = await openEveryView(app)
  const snapshot = await app.snapshot()
  const problems = [...stepProblems, ...bundleProblems(snapshot, options.appRoot)]
  return { app, snapshot, problems }
}

/** The repository's own build, as `npx electron-vite build` leaves it. */
export const REPO_ROOT = resolve(join(import.meta.dirname, '../../..'))
