// The main process speaks the chosen language: the system's by default, the setting's once saved, in the tray and in notifications.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core'
import { refusalOf } from '../../src/renderer/src/refusal'
import type { IpcProblem } from '../../src/shared/ipc-contract'
import type { Language } from '../../src/shared/messages'
import { MESSAGES } from '../../src/shared/messages/all'
import { app, recorded, resetElectronStandIn, Tray } from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import {
  berlin,
  invoke,
  launchSundown,
  quitLaunched,
  type ShownPrompt,
} from '../support/launch-sundown'

const date = '2026-11-24'
const at = (time: string) => berlin(date, time)

let clock: FakeClock
let shown: ShownPrompt[]

const menuLabels = () =>
  (recorded.menus.at(-1)?.items ?? []).flatMap((item) => (item.label ? [item.label] : []))
const tooltip = () => (Tray.all.at(-1) as InstanceType<typeof Tray>).tooltip

beforeEach(() => {
  resetElectronStandIn()
  shown = []
  clock = new FakeClock(at('09:00'))
})

afterEach(() => {
  quitLaunched()
  app.locale = 'en-US'
})

describe('the language of the tray and the prompts', () => {
  test('follows the system: a German system gets a German menu', () => {
    app.locale = 'de-DE'
    launchSundown(clock, app.getPath('userData'), shown)
    expect(menuLabels()).toContain('Check-in …')
    expect(menuLabels()).toContain('Sundown beenden')
  })

  test('with settings.language = "fr", the tray menu, its tooltip and the end prompt are French', async () => {
    const sundown = launchSundown(clock, app.getPath('userData'), shown)
    expect(menuLabels()).toContain('Check in…')
    await invoke('saveSettings', { ...DEFAULT_SETTINGS, language: 'fr' })

    expect(menuLabels()).toEqual([
      'Faire le point…',
      'Commencer le rituel de fin de journée',
      'Rester plus tard…',
      'Aujourd’hui, jour de repos',
      'Ce mois-ci…',
      'Réglages…',
      'Ouvrir le dossier des journaux',
      'Suspendre les rappels aujourd’hui',
      'Quitter Sundown',
    ])
    expect(tooltip()).toMatch(/^Fin à 17:30 — dans 8 h 30 min$/)
    expect(sundown.day.today()).toMatchObject({ language: 'fr', locale: 'fr' })

    clock.advanceTo(at('17:31'))
    const end = shown.at(-1)?.message
    expect(end?.title).toBe('Il est 17:30 — l’heure de terminer la journée')
    expect(end?.actions.map((action) => action.label)).toEqual([
      'Commencer le rituel',
      'Reporter',
      'Rester plus tard',
    ])
    expect(menuLabels()).toContain('Reporter de 10 min')
  })

  test('a refusal the user reads is worded in their language', async () => {
    launchSundown(clock, app.getPath('userData'), shown)
    await invoke('saveSettings', { ...DEFAULT_SETTINGS, language: 'de' })
    const answer = await invoke('stayLate', { until: '16:00', reason: 'deadline', note: '' })
    expect(answer).toEqual({
      ok: false,
      problem: {
        code: 'fields',
        errors: [{ field: 'until', problem: { code: 'not-after-end', end: '17:30' } }],
      },
    })
    // The window words it in the language today carries, next to the field.
    const today = (await invoke('getToday')) as { ok: true; value: { language: Language } }
    const { problem } = answer as { problem: IpcProblem }
    expect(refusalOf(problem, ['until'], MESSAGES[today.value.language]).fields['until']).toBe(
      'Wähle eine Uhrzeit nach dem heutigen Feierabend (17:30).',
    )
  })
})
