// The Devices section: a person turns sync on and off, names this device, sees the others and how sync stands; it acts at once, apart from the save bar.
import { afterEach, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { SettingsView } from '../../../src/renderer/src/views/settings/settings-view'
import { installFakeSundown, type FakeOptions } from '../support/fake-sundown'
import { DATE, DEVICES_NOW as now, syncingWithTwo } from './devices-fixture'
import { expectErrorNextTo } from './expect-error-next-to'
import { SETTINGS_WINDOW, openSection } from './render-settings'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

const MINUTE = 60_000

/** Opens Settings on the Devices section at 18:00 on the fake's clock. */
async function openDevices(options: Partial<FakeOptions> = {}) {
  await page.viewport(...SETTINGS_WINDOW)
  const fake = installFakeSundown({ date: DATE, time: '18:00', ...options })
  const screen = await render(<SettingsView />)
  await expect.element(screen.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible()
  await openSection(screen, 'Devices')
  const section = screen.getByRole('region', { name: 'Devices' })
  await expect.element(section.getByRole('heading', { name: 'Sync folder' })).toBeVisible()
  return { fake, screen, section }
}

const statusOf = (section: ReturnType<typeof page.getByRole>) =>
  section
    .getByRole('status')
    .filter({ hasText: /Sync|folder|file|id/ })
    .first()

test('choosing a folder in the picker turns sync on, and the section says it is syncing', async () => {
  const { fake, section } = await openDevices({ chosenSyncFolder: '/home/ada/Sync' })
  await expect.element(statusOf(section)).toMatchTextContent(/Sync is off/)
  await expect.element(section.getByText('No folder chosen.')).toBeVisible()
  await userEvent.click(section.getByRole('button', { name: 'Choose a folder…' }))
  await expect.element(statusOf(section)).toMatchTextContent(/Syncing\./)
  await expect.element(section.getByText('/home/ada/Sync')).toBeVisible()
  await expect.element(section.getByText('Last read just now.')).toBeVisible()
  await expect.element(section.getByRole('button', { name: 'Change folder…' })).toBeVisible()
  await expect.element(section.getByRole('button', { name: 'Stop syncing' })).toBeVisible()
  await expect.element(section.getByText(/Stopping keeps everything on this device/)).toBeVisible()
  expect(fake.devices().status).toBe('syncing')
  expect(fake.callsTo('saveSettings')).toEqual([])
})

test('cancelling the picker changes nothing', async () => {
  const { fake, section } = await openDevices()
  await userEvent.click(section.getByRole('button', { name: 'Choose a folder…' }))
  await expect.poll(() => fake.callsTo('chooseSyncFolder')).toHaveLength(1)
  await expect.element(statusOf(section)).toMatchTextContent(/Sync is off/)
  await expect.element(section.getByRole('button', { name: 'Choose a folder…' })).toBeVisible()
  expect(section.getByRole('button', { name: 'Stop syncing' }).query()).toBeNull()
  expect(section.getByRole('alert').query()).toBeNull()
})

test('a folder Sundown cannot write in is named under the button, and sync stays off', async () => {
  const { fake, section } = await openDevices({ chosenSyncFolder: '/mnt/readonly' })
  fake.refuseNext('chooseSyncFolder', { code: 'sync-folder-unwritable', folder: '/mnt/readonly' })
  const choose = section.getByRole('button', { name: 'Choose a folder…' })
  await userEvent.click(choose)
  const alert = section.getByRole('alert')
  await expect
    .element(alert)
    .toMatchTextContent('Sundown cannot write in /mnt/readonly. Pick a folder you can write to.')
  await expect.element(choose).toHaveAttribute('aria-describedby', alert.element().id)
  await expect.element(statusOf(section)).toMatchTextContent(/Sync is off/)
})

test('stopping sync keeps this device as it is and turns the section back to off', async () => {
  const { fake, section } = await openDevices({ devices: syncingWithTwo })
  await expect.element(section.getByText('Desktop', { exact: true })).toBeVisible()
  await userEvent.click(section.getByRole('button', { name: 'Stop syncing' }))
  await expect.element(statusOf(section)).toMatchTextContent(/Sync is off/)
  const choose = section.getByRole('button', { name: 'Choose a folder…' })
  await expect.element(choose).toHaveFocus()
  await expect
    .element(section.getByText('Your other devices show here once sync is on.'))
    .toBeVisible()
  expect(fake.devices().folder).toBeNull()
  await expect.element(section.getByLabelText('Name', { exact: true })).toHaveValue('Laptop')
})

test('renaming the device and flipping "counts as work" act at once, not through the save bar', async () => {
  const { fake, screen, section } = await openDevices()
  const name = section.getByLabelText('Name', { exact: true })
  await userEvent.fill(name, 'Home desktop')
  await userEvent.keyboard('{Enter}')
  await expect.element(section.getByText('Saved.', { exact: true })).toBeVisible()
  expect(fake.devices().thisDevice.name).toBe('Home desktop')
  await expect.element(name).toHaveFocus()
  await expect.element(name).toHaveValue('Home desktop')

  const work = section.getByRole('checkbox', { name: 'Counts as work' })
  await expect.element(work).toBeChecked()
  await expect
    .element(work)
    .toHaveAccessibleDescription(
      /personal device: its activity then counts for nothing toward work/,
    )
  await userEvent.click(work)
  await expect.element(work).not.toBeChecked()
  expect(fake.devices().thisDevice).toMatchObject({ name: 'Home desktop', countsAsWork: false })
  expect(fake.callsTo('saveThisDevice')).toEqual([
    { name: 'Home desktop', countsAsWork: true },
    { name: 'Home desktop', countsAsWork: false },
  ])
  expect(fake.callsTo('saveSettings')).toEqual([])
  await expect.element(screen.getByText('Unsaved changes')).not.toBeInTheDocument()
})

test('an empty name is refused next to the field and changes nothing', async () => {
  const { fake, section } = await openDevices()
  const name = section.getByLabelText('Name', { exact: true })
  await userEvent.fill(name, '   ')
  await userEvent.click(section.getByRole('button', { name: 'Rename' }))
  await expectErrorNextTo(name, 'Give this device a name.')
  expect(fake.devices().thisDevice.name).toBe('Laptop')
  await expect.element(section.getByText('Saved.', { exact: true })).not.toBeInTheDocument()

  await userEvent.fill(name, 'x'.repeat(65))
  await userEvent.click(section.getByRole('button', { name: 'Rename' }))
  await expectErrorNextTo(name, 'Keep it under 64 characters.')
  expect(fake.devices().thisDevice.name).toBe('Laptop')
})

test('the other devices show whether they count as work and when each was last seen', async () => {
  const { section } = await openDevices({ devices: syncingWithTwo })
  const list = section.getByRole('list', { name: 'Other devices' })
  const desktop = list.getByRole('listitem').filter({ hasText: 'Desktop' })
  const tablet = list.getByRole('listitem').filter({ hasText: 'Tablet' })
  await expect
    .element(desktop)
    .toMatchTextContent('Desktop counts as work · last seen 5 minutes ago')
  await expect.element(tablet).toMatchTextContent('Tablet personal · last seen 2 days ago')
  await expect.element(section.getByText('Last read 2 minutes ago.')).toBeVisible()
})

test('each problem is said in the status, and a change is announced there', async () => {
  const { fake, section } = await openDevices({ devices: syncingWithTwo })
  const status = statusOf(section)
  await expect.element(status).toMatchTextContent(/Syncing\./)

  fake.pushDevices({
    ...syncingWithTwo,
    status: 'folder-missing',
    problems: [{ kind: 'folder-missing', folder: '/home/ada/Sync', since: now - 30 * MINUTE }],
  })
  await expect
    .element(status)
    .toMatchTextContent(/The folder has been missing since Nov 24, \d{1,2}:30/)
  await expect
    .element(status)
    .toMatchTextContent(
      /The folder has been missing since Nov 24, \d{1,2}:30 [AP]M\.Sundown keeps recording on this device/,
    )

  fake.pushDevices({
    ...syncingWithTwo,
    problems: [
      {
        kind: 'damaged-file',
        device: 'desktop-1',
        file: 'events-2026.jsonl',
        movedTo: '/home/ada/.config/Sundown/damaged/desktop-1-events-2026.jsonl',
      },
      { kind: 'damaged-file', device: 'gone-1', file: 'device.json', movedTo: '/tmp/kept.json' },
    ],
  })
  await expect
    .element(status)
    .toMatchTextContent(
      /A file from Desktop could not be read \(events-2026\.jsonl\)\. A copy is kept at \/home\/ada\/\.config\/Sundown\/damaged\/desktop-1-events-2026\.jsonl\./,
    )
  await expect
    .element(status)
    .toMatchTextContent(
      /A file from another device could not be read \(device\.json\)\. A copy is kept at \/tmp\/kept\.json\./,
    )

  fake.pushDevices({
    ...syncingWithTwo,
    problems: [{ kind: 'rekeyed', previousId: 'laptop-0', at: now - 60 * MINUTE }],
  })
  await expect
    .element(status)
    .toMatchTextContent(
      /Another computer was using this device's id.*took a new one.*Nothing was lost/,
    )
  await expect.element(status).not.toMatchTextContent(/could not be read/)
})

test('devices that cannot be read say so, and the rest of Settings still works', async () => {
  await page.viewport(...SETTINGS_WINDOW)
  const fake = installFakeSundown({ date: DATE, time: '18:00' })
  fake.refuseNext('getDevices', { code: 'failed' })
  const screen = await render(<SettingsView />)
  await openSection(screen, 'Devices')
  await expect
    .element(screen.getByRole('alert'))
    .toMatchTextContent('Sundown could not read your devices.')
  expect(screen.getByRole('button', { name: 'Choose a folder…' }).query()).toBeNull()
  await openSection(screen, 'Reminders')
  await expect.element(screen.getByLabelText('Grace after the end')).toBeVisible()
})
