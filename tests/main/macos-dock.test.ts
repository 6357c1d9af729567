// Sundown keeps out of the Dock on macOS and leaves other platforms alone.
import { expect, it, vi } from 'vitest'
import { hideDockIcon } from '../../src/main/macos-dock'

it('hides the Dock icon on macOS only', () => {
  const dock = { hide: vi.fn() }
  hideDockIcon('linux', { dock } as never)
  hideDockIcon('win32', { dock } as never)
  expect(dock.hide).not.toHaveBeenCalled()
  hideDockIcon('darwin', { dock } as never)
  expect(dock.hide).toHaveBeenCalledOnce()
})

it('copes with an app that has no Dock object', () => {
  expect(() => hideDockIcon('darwin', { dock: undefined })).not.toThrow()
})
