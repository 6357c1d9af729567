/** Which way a prompt's notification goes first, and where after Electron's answer: a pure decision. */

/** How this copy of Sundown runs: the facts the first route depends on. */
export interface NotificationBuild {
  platform: NodeJS.Platform
  /** An installed app, not `npm run dev` or `npm start` running Electron's own binary. */
  packaged: boolean
  /** macOS: the app bundle carries a code signature of its own (`Contents/_CodeSignature`). */
  signed: boolean
}

/** The first display to try, and why when it is not Electron's. */
export type FirstRoute = { via: 'electron' } | { via: 'node-notifier'; reason: string }

/** How Electron's notification answered: shown, `failed` (or a throw), or nothing yet. */
export type ElectronAnswer = 'shown' | 'failed' | 'unanswered'

/**
 * Since Electron 42 macOS notifications go through UNUserNotificationCenter, which serves only
 * code-signed apps: an unsigned build's notification emits `failed` (Electron 42 release notes),
 * and a bundle without a valid signature can even be refused silently. A development run or an
 * unsigned macOS build therefore goes straight to node-notifier, which macOS shows for any app.
 * A signed bundle tries Electron first; an ad-hoc signature macOS refuses still ends in `failed`,
 * and the fallback follows. Windows and Linux try Electron first (their failures emit `failed`
 * on Windows, or make `isSupported()` false).
 */
export function firstNotificationRoute(
  build: NotificationBuild,
  electronSupported: boolean,
): FirstRoute {
  if (!electronSupported) {
    return { via: 'node-notifier', reason: 'Notification.isSupported() is false' }
  }
  if (build.platform === 'darwin' && !(build.packaged && build.signed)) {
    const run = build.packaged ? 'an unsigned macOS build' : 'a development run on macOS'
    return { via: 'node-notifier', reason: `${run} cannot use Electron's notifications` }
  }
  return { via: 'electron' }
}

/**
 * After Electron's answer: done when shown; node-notifier when it failed. When it has not answered
 * (macOS is still asking the user for permission, or the desktop is slow), the notification may
 * yet appear, so a second notification must not race it: only the tray shows the prompt.
 */
export function routeAfterElectron(answer: ElectronAnswer): 'done' | 'node-notifier' | 'tray' {
  if (answer === 'shown') return 'done'
  return answer === 'failed' ? 'node-notifier' : 'tray'
}
