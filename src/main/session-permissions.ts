/** Web permissions: Sundown's pages need none, so every request and check is refused. */
import type { Session } from 'electron'

/** The parts of a session that decide permissions. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>

/**
 * Refuses every permission (camera, notifications from pages, geolocation, openExternal, …) for
 * every page of the session: notifications come from the main process, and nothing else is used.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
