// This installation's device identity: made once, kept across starts, and its bookkeeping checked like every store.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { createDeviceIdentityStore } from '../../src/main/electron-store-device-identity'
import { tempFolder } from '../support/sync-device'

const open = (cwd: string, moved: string[] = []) =>
  createDeviceIdentityStore({
    cwd,
    onDamaged: (movedTo) => void moved.push(movedTo),
    defaultName: () => 'jane-laptop',
  })

test('the first start makes one id and names the device for its computer; later starts keep both', () => {
  const cwd = tempFolder('identity')
  const first = open(cwd).read()
  expect(first).toMatchObject({ name: 'jane-laptop', countsAsWork: true, folder: null })
  expect(first.id).toMatch(/^[A-Za-z0-9-]{1,64}$/)
  expect(open(cwd).read().id).toBe(first.id)
})

test('changes are kept; a value the schema refuses is not written', () => {
  const cwd = tempFolder('identity')
  const store = open(cwd)
  store.update({ name: 'Work laptop', countsAsWork: false, folder: '/home/jane/Sync' })
  expect(open(cwd).read()).toMatchObject({ name: 'Work laptop', countsAsWork: false })
  expect(() => store.update({ id: '../escape' })).toThrow()
  expect(open(cwd).read().id).toBe(store.read().id)
})

test('a damaged identity file is moved aside, never wiped', () => {
  const cwd = tempFolder('identity')
  open(cwd)
  writeFileSync(join(cwd, 'device-identity.json'), '{"id": ')
  const moved: string[] = []
  open(cwd, moved)
  expect(moved).toHaveLength(1)
  expect(readFileSync(moved[0] ?? '', 'utf8')).toBe('{"id": ')
})
