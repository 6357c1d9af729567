// The stand-in reaches inside electron-store: the real store writes to a temporary folder, never the real electron.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Store from 'electron-store'
import { expect, test } from 'vitest'
import { app } from '../support/electron-stand-in'

test('electron-store writes its file under the stand-in userData folder', () => {
  const store = new Store<{ greeting: string }>({
    name: 'probe',
    cwd: join(app.getPath('userData'), 'probe'),
  })
  store.set('greeting', 'hello')
  expect(existsSync(store.path)).toBe(true)
  expect(store.path.startsWith(app.getPath('userData'))).toBe(true)
  expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ greeting: 'hello' })
})
