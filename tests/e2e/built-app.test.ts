// The built app (out/), not the sources, started in a Node process whose `electron` is the stand-in: it boots, opens its views and lives a day.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { inspectBuiltApp, REPO_ROOT } from '../support/built-app/check-built-app'
import type { BuiltApp } from '../support/built-app/built-app-process'
import type { BuiltAppSnapshot } from '../support/built-app/protocol'
import { berlin } from '../support/launch-sundown'

let app: BuiltApp
let atStart: BuiltAppSnapshot
let problems: string[]

beforeAll(async () => {
  ;({ app, snapshot: atStart, problems } = await inspectBuiltApp({
    appRoot: REPO_ROOT,
    startAt: berlin('2026-11-24', '08:55'),
    platform: 'darwin',
    zone: 'Europe/Berlin',
  }))
})

afterAll(() => app?.stop())

describe('the built app, started as Electron starts it', () => {
  test('passes every check of the bundle', () => {
    console.log(JSON.stringify(atStart, null, 1).slice(0, 6000))
    expect(problems).toEqual([])
  })
})
