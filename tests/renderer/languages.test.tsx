// The renderer speaks the language main says: loaded before the first render, per view, and switched live when Settings change it.
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { DEFAULT_SETTINGS, type Settings } from '../../src/core'
import { setFormatLocale } from '../../src/renderer/src/format/cached-format'
import { prepareView } from '../../src/renderer/src/prepare-view'
import { PreparedViewRoot, applyPreparedView } from '../../src/renderer/src/render-view'
import type { ViewName } from '../../src/shared/ipc-contract'
import { installFakeSundown, type FakeOptions } from './support/fake-sundown'
import { openSection } from './views/render-settings'

const TUESDAY = '2026-11-24'
const morning = [{ type: 'app-started', time: '09:00' }] as const
const speaking = (language: string): Settings => ({ ...DEFAULT_SETTINGS, language })

/** Opens a view the way the entry does: today and its language first, then the view's own message chunks. */
async function open(view: ViewName, options: Partial<FakeOptions> & { time: string }) {
  const fake = installFakeSundown({ date: TUESDAY, days: { [TUESDAY]: [...morning] }, ...options })
  const prepared = await prepareView(view, fake.api)
  applyPreparedView(prepared)
  const screen = await render(<PreparedViewRoot prepared={prepared} api={fake.api} />)
  return { fake, screen }
}

afterEach(() => {
  setFormatLocale(undefined)
  document.documentElement.lang = 'en'
})

describe('the popover in German', () => {
  test('countdown, check-in and actions read in German, times written the German way', async () => {
    const { screen } = await open('popover', { time: '16:18', settings: speaking('de') })
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent('Feierabend um 17:30 · in 1 Std. 12 Min.')
    await expect.element(screen.getByText('Dienstag, 24. November · 9:00–17:30')).toBeVisible()
    await expect.element(screen.getByRole('heading', { name: 'Check-in' })).toBeVisible()
    await expect.element(screen.getByRole('radiogroup', { name: 'Energie' })).toBeVisible()
    await expect.element(screen.getByRole('button', { name: 'Ritual beginnen' })).toBeVisible()
    await expect.element(screen.getByRole('navigation', { name: 'Schnellaktionen' })).toBeVisible()
    expect(document.documentElement.lang).toBe('de')
  })

  test('a German system gets German without any setting', async () => {
    const { screen } = await open('popover', { time: '17:18', osLocales: ['de-AT', 'en-US'] })
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent('Zeit zum Abrunden – noch 12 Min.')
    expect(document.documentElement.lang).toBe('de-AT')
  })
})

test('choosing French in Settings switches an open popover at once', async () => {
  const { fake, screen } = await open('popover', { time: '16:18' })
  await expect.element(screen.getByRole('heading', { level: 1 })).toMatchTextContent(/^Ends /)
  await fake.api.saveSettings(speaking('fr'))
  await expect
    .element(screen.getByRole('heading', { level: 1 }))
    .toHaveTextContent('Fin à 17:30 · dans 1 h 12 min')
  await expect.element(screen.getByRole('heading', { name: 'Faire le point' })).toBeVisible()
})

describe('each view renders from its own message chunks, in Spanish', () => {
  test('the ritual, with its default steps and the stay-late form it borrows', async () => {
    const { screen } = await open('ritual', { time: '17:20', settings: speaking('es') })
    await expect.element(screen.getByRole('heading', { name: 'Ritual de cierre' })).toBeVisible()
    await expect
      .element(screen.getByRole('heading', { level: 2 }))
      .toHaveTextContent('Repasa lo que has hecho hoy')
    await userEvent.click(screen.getByRole('button', { name: /Quedarme más/ }))
    await expect.element(screen.getByRole('button', { name: 'Quedarme más' })).toBeVisible()
  })

  test('the month', async () => {
    const { screen } = await open('month', { time: '17:20', settings: speaking('es') })
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent('noviembre de 2026')
    await expect
      .element(screen.getByRole('button', { name: 'Mes anterior, octubre de 2026' }))
      .toBeVisible()
  })

  test('the settings, with the language select and problems worded in Spanish', async () => {
    const { screen } = await open('settings', { time: '17:20', settings: speaking('es') })
    await expect.element(screen.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible()
    await openSection(screen, 'General')
    const language = screen.getByRole('combobox', { name: 'Idioma' })
    await expect.element(language).toHaveValue('es')
    await expect
      .element(screen.getByRole('option', { name: 'Predeterminado del sistema' }))
      .toBeInTheDocument()
    await openSection(screen, 'Recordatorios')
    const grace = screen.getByRole('spinbutton', { name: 'Margen después del fin' })
    await userEvent.fill(grace, '-5')
    await userEvent.click(screen.getByRole('heading', { name: 'Recordatorios' }))
    await expect.element(screen.getByText('Los minutos no pueden ser negativos.')).toBeVisible()
  })
})
