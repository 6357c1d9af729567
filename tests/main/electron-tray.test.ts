// The tray icon against the stand-in: clicks open the popover or the menu, and it shows the day without busy work.
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createElectronTray } from '../../src/main/electron-tray'
import type { TrayMenuHandlers } from '../../src/main/tray-menu'
import { fitTooltip, TOOLTIP_MAX_CHARS, trayStatusOf } from '../../src/main/tray-state'
import { MESSAGES } from '../../src/shared/messages/all'
import { recorded, resetElectronStandIn, setPlatform, Tray } from '../support/electron-stand-in'
import { storyDay } from '../support/today-state'
import { en } from '../../src/shared/messages/en'

const RESOURCES = '/app/resources'
const day = storyDay()
const morning = [day.event('08:55', { type: 'app-started' })]

const handlers = (): TrayMenuHandlers => ({
  checkIn: vi.fn(),
  startRitual: vi.fn(),
  snooze: vi.fn(),
  stayLate: vi.fn(),
  declareDayOff: vi.fn(),
  openMonth: vi.fn(),
  openSettings: vi.fn(),
  openLogFolder: vi.fn(),
  pauseReminders: vi.fn(),
  quit: vi.fn(),
})

afterEach(() => resetElectronStandIn())

function setup(platform: 'darwin' | 'win32' | 'linux', darkPanel = false) {
  setPlatform(platform)
  const onToggle = vi.fn()
  const wired = handlers()
  let dark = darkPanel
  const tray = createElectronTray({
    platform,
    resourcesDir: RESOURCES,
    words: () => ({ language: 'en', messages: en }),
    darkPanel: () => dark,
    handlers: wired,
    onToggle,
  })
  const standIn = Tray.all[0] as InstanceType<typeof Tray>
  const imagePath = () => (standIn.image as { path: string }).path
  return { tray, standIn, onToggle, wired, imagePath, setDark: (value: boolean) => (dark = value) }
}

describe('clicks', () => {
  it('opens the popover at the icon on a left click', () => {
    const { tray, standIn, onToggle } = setup('darwin')
    tray.update(day.todayAt('14:00', morning))
    const bounds = { x: 1200, y: 0, width: 24, height: 24 }
    standIn.emit('click', {}, bounds)
    expect(onToggle).toHaveBeenCalledWith(bounds)
    expect(standIn.poppedUp).toHaveLength(0)
  })

  it('pops the menu up on a right click, without attaching it on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { tray, standIn } = setup(platform)
      tray.update(day.todayAt('14:00', morning))
      standIn.emit('right-click')
      expect(standIn.poppedUp).toEqual([recorded.menus.at(-1)])
      expect(standIn.contextMenu).toBeNull()
      resetElectronStandIn()
    }
  })

  it('attaches the menu on Linux, where AppIndicator delivers no clicks', () => {
    const { tray, standIn } = setup('linux')
    tray.update(day.todayAt('14:00', morning))
    expect(standIn.contextMenu).toBe(recorded.menus.at(-1))
    expect(standIn.contextMenu?.item('Check in…')).toBeDefined()
  })

  it('runs the handler of the menu item the user picks', () => {
    const { tray, standIn, wired } = setup('linux')
    tray.update(day.todayAt('14:00', morning))
    standIn.contextMenu?.item('Settings…')?.click?.()
    expect(wired.openSettings).toHaveBeenCalledOnce()
  })
})

describe('showing the day', () => {
  it('shows the template glyph and the countdown on macOS', () => {
    const { tray, standIn, imagePath } = setup('darwin')
    tray.update(day.todayAt('17:18', morning))
    expect(imagePath()).toBe(join(RESOURCES, 'icons/tray-wind-downTemplate.png'))
    expect(standIn.tooltip).toBe('Wind down — 12 min left')
  })

  it('shows the glyph drawn for the panel shade, and follows a theme change', () => {
    const { tray, imagePath, setDark } = setup('win32')
    tray.update(day.todayAt('18:05', morning))
    expect(imagePath()).toBe(join(RESOURCES, 'icons/tray-past-end-light.png'))
    setDark(true)
    tray.update(day.todayAt('18:05', morning))
    expect(imagePath()).toBe(join(RESOURCES, 'icons/tray-past-end-dark.png'))
  })

  it('sets the image only when the glyph changes, while the tooltip follows the minutes', () => {
    const { tray, standIn } = setup('win32')
    const setImage = vi.spyOn(standIn, 'setImage')
    // Main's state names the user's clock; a British one reads 24-hour.
    const british = { locale: 'en-GB', hourCycle: 'h23' } as const
    for (const time of ['14:00', '14:01', '14:02']) tray.update(day.todayAt(time, morning, british))
    expect(setImage).not.toHaveBeenCalled()
    expect(standIn.tooltip).toBe('Ends 17:30 — in 3 h 28 min')
    tray.update(day.todayAt('17:20', morning))
    expect(setImage).toHaveBeenCalledOnce()
  })
})

describe('the menu is rebuilt only when the day changes', () => {
  it('keeps one menu through an afternoon of minute ticks', () => {
    const { tray } = setup('linux')
    for (let minute = 0; minute < 60; minute++) {
      tray.update(day.todayAt(`15:${String(minute).padStart(2, '0')}`, morning))
    }
    expect(recorded.menus).toHaveLength(1)
  })

  it('rebuilds with Snooze when a prompt goes out, and without it once snoozed', () => {
    const { tray, standIn } = setup('linux')
    tray.update(day.todayAt('17:29', morning))
    expect(standIn.contextMenu?.item('Snooze 10 min')).toBeUndefined()
    tray.update(day.todayAt('17:30', morning, { prompting: true }))
    tray.update(day.todayAt('17:31', morning, { prompting: true }))
    expect(recorded.menus).toHaveLength(2)
    expect(standIn.contextMenu?.item('Snooze 10 min')).toBeDefined()
    tray.update(day.todayAt('17:32', morning, { prompting: false }))
    expect(recorded.menus).toHaveLength(3)
    expect(standIn.contextMenu?.item('Snooze 10 min')).toBeUndefined()
  })
})

describe('the tooltip fits Windows’ 127 characters, the day first, in every language', () => {
  const late = [...morning, day.event('03:50', { type: 'ritual-completed' })]
  const states = {
    'counting down': day.todayAt('09:00', morning),
    'long past the end': day.todayAt('03:59', morning),
    'left very late': day.todayAt('03:59', late),
  }

  for (const [language, messages] of Object.entries(MESSAGES)) {
    for (const [name, today] of Object.entries(states)) {
      it(`${language}: ${name}, with an undelivered reminder and a damaged file`, () => {
        const locale = language === 'en' ? 'en-US' : language
        createElectronTray({
          platform: 'win32',
          resourcesDir: RESOURCES,
          words: () => ({ language, messages }),
          darkPanel: () => false,
          handlers: handlers(),
          onToggle: vi.fn(),
          notice: () => messages.main.tooltip.damaged,
        }).update({ ...today, locale, undeliveredPrompt: true })
        const tooltip = (Tray.all[0] as InstanceType<typeof Tray>).tooltip
        const status = trayStatusOf({ ...today, locale }, messages).tooltip
        expect(tooltip.length).toBeLessThanOrEqual(127)
        expect(tooltip.split('\n')[0]).toBe(status)
        // The undelivered reminder outranks the damaged file, which is told in a dialog too.
        expect(tooltip.split('\n')[1]).toBe(messages.main.tooltip.undelivered)
      })
    }
  }

  it('cuts a first line too long for Windows and says so with an ellipsis', () => {
    const tooltip = fitTooltip(['x'.repeat(200), 'never shown'])
    expect(tooltip).toHaveLength(TOOLTIP_MAX_CHARS)
    expect(tooltip.endsWith('x…')).toBe(true)
  })
})
