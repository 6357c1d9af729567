// The tray menu follows the day: what can be done now is enabled, Snooze appears only while prompting.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { trayMenuKey, trayMenuTemplate, type TrayMenuHandlers } from '../../src/main/tray-menu'
import { storyDay } from '../support/today-state'
import { en } from '../../src/shared/messages/en'

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

/** Labels with a mark for disabled items, separators as "—": the menu as the user reads it. */
const read = (items: MenuItemConstructorOptions[]): string[] =>
  items.map((item) =>
    item.type === 'separator' ? '—' : `${item.label}${item.enabled === false ? ' (disabled)' : ''}`,
  )

const menuAt = (time: string, events = morning, extra = {}) =>
  trayMenuTemplate(day.todayAt(time, events, extra), handlers(), en)

describe('the tray menu through a day', () => {
  it('offers every action during the working day, in the design’s order', () => {
    expect(read(menuAt('14:00'))).toEqual([
      'Check in…',
      'Start shutdown ritual',
      'Staying late…',
      'Today is a day off',
      '—',
      'This month…',
      'Settings…',
      'Open log folder',
      '—',
      'Pause reminders today',
      '—',
      'Quit Sundown',
    ])
  })

  it('offers Snooze with the snooze minutes only while a prompt is out', () => {
    expect(read(menuAt('17:31', morning, { prompting: true })).slice(0, 4)).toEqual([
      'Check in…',
      'Start shutdown ritual',
      'Snooze 10 min',
      'Staying late…',
    ])
    expect(read(menuAt('17:31', morning, { snoozeMinutes: 5, prompting: true }))).toContain(
      'Snooze 5 min',
    )
    expect(read(menuAt('17:31')).some((label) => label.startsWith('Snooze'))).toBe(false)
  })

  it('says "Continue" once the ritual is under way', () => {
    const events = [...morning, day.event('17:25', { type: 'ritual-started' })]
    expect(read(menuAt('17:26', events))).toContain('Continue shutdown ritual')
  })

  it('disables the ritual, staying late and pausing once the day is done', () => {
    const events = [...morning, day.event('17:34', { type: 'ritual-completed' })]
    const labels = read(menuAt('17:40', events))
    expect(labels).toContain('Start shutdown ritual (disabled)')
    expect(labels).toContain('Staying late… (disabled)')
    expect(labels).toContain('Pause reminders today (disabled)')
    expect(labels).toContain('Check in…')
  })

  it('disables "Today is a day off" on a day off', () => {
    const events = [...morning, day.event('10:00', { type: 'day-off' })]
    const labels = read(menuAt('10:05', events))
    expect(labels).toContain('Today is a day off (disabled)')
    expect(labels).toContain('Start shutdown ritual (disabled)')
  })

  it('disables pausing once reminders are paused, and says so', () => {
    const events = [...morning, day.event('16:00', { type: 'reminders-paused' })]
    expect(read(menuAt('16:05', events))).toContain('Reminders paused today (disabled)')
  })

  it('calls the handler of the item clicked', () => {
    const wired = handlers()
    const items = trayMenuTemplate(day.todayAt('17:31', morning, { prompting: true }), wired, en)
    const click = (label: string) =>
      (items.find((item) => item.label === label)?.click as () => void)()
    click('Snooze 10 min')
    click('Quit Sundown')
    click('This month…')
    expect(wired.snooze).toHaveBeenCalledOnce()
    expect(wired.quit).toHaveBeenCalledOnce()
    expect(wired.openMonth).toHaveBeenCalledOnce()
    expect(wired.startRitual).not.toHaveBeenCalled()
  })
})

describe('the menu key', () => {
  it('stays the same as the minutes pass, so the menu is not rebuilt on a timer', () => {
    expect(trayMenuKey(day.todayAt('14:00', morning))).toBe(
      trayMenuKey(day.todayAt('16:59', morning)),
    )
  })

  it('changes when a prompt goes out and when the day settles', () => {
    const working = trayMenuKey(day.todayAt('17:00', morning))
    const prompting = trayMenuKey(day.todayAt('17:31', morning, { prompting: true }))
    const done = trayMenuKey(
      day.todayAt('17:40', [...morning, day.event('17:34', { type: 'ritual-completed' })]),
    )
    expect(new Set([working, prompting, done]).size).toBe(3)
  })
})
