// No page of Sundown's can be granted a web permission: requests are answered no, checks say no.
import { describe, expect, it } from 'vitest'
import { denyAllPermissions, type PermissionSession } from '../../src/main/session-permissions'

type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0]
type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0]

/** A session that keeps the handlers it is given. */
function recordingSession() {
  const handlers: { request: RequestHandler; check: CheckHandler } = { request: null, check: null }
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler) => void (handlers.check = handler),
  }
  return { session, handlers }
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']

describe('the session after denyAllPermissions', () => {
  it('answers every permission request with no', () => {
    const { session, handlers } = recordingSession()
    denyAllPermissions(session)
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = []
      handlers.request?.(
        {} as never,
        permission as never,
        (granted) => answers.push(granted),
        {} as never,
      )
      expect(answers, permission).toEqual([false])
    }
  })

  it('answers every permission check with no', () => {
    const { session, handlers } = recordingSession()
    denyAllPermissions(session)
    for (const permission of PERMISSIONS) {
      expect(handlers.check?.(null, permission as never, 'file://', {} as never), permission).toBe(
        false,
      )
    }
  })
})
