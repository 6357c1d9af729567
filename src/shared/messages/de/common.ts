/** German words every view shares: durations, loading and failure lines, window titles. */
import type { Messages } from '../types'
import { formatNumber } from '../plural'

const n = (value: number) => formatNumber('de', value)

/** Shared German words. */
export const common: Messages['common'] = {
  appName: 'Sundown',
  minutes: ({ minutes }) => `${n(minutes)} Min.`,
  hours: ({ hours }) => `${n(hours)} Std.`,
  hoursAndMinutes: ({ hours, minutes }) => `${n(hours)} Std. ${n(minutes)} Min.`,
  loadFailed:
    'Sundown konnte den heutigen Tag nicht lesen. Schließe dieses Fenster und öffne es erneut.',
  viewFailed:
    'Beim Anzeigen dieses Fensters ist etwas schiefgelaufen. Schließe es und öffne es erneut.',
  genericError: 'Das hat nicht geklappt. Versuch es noch einmal.',
  refusals: {
    notWorkday: 'Heute ist kein Arbeitstag.',
    notAfterEnd: ({ end }) => `Wähle eine Uhrzeit nach dem heutigen Feierabend (${end}).`,
    notPassed: ({ time, date }) => `${time} ist keine vergangene Uhrzeit am ${date}.`,
    nothingToConfirm: ({ date }) => `Für ${date} gibt es keine Uhrzeit des Gehens zu bestätigen.`,
    scale: 'Wähle eine ganze Zahl von 1 bis 5.',
    textTooLong: ({ max }) => `Bleib unter ${n(max)} Zeichen.`,
    clockTime: 'Gib eine Uhrzeit wie 17:30 an.',
    calendarDate: 'Gib ein Datum wie 2026-11-24 an.',
    unknownView: 'Unbekanntes Fenster.',
    unknownZone: 'Unbekannte Zeitzone.',
    deviceNameEmpty: 'Gib diesem Gerät einen Namen.',
    syncFolderUnwritable: ({ folder }: { folder: string }) =>
      `Sundown kann in ${folder} nicht schreiben. Wähle einen Ordner, in den du schreiben kannst.`,
    notSundown: 'Die Anfrage kam nicht aus einem Fenster von Sundown.',
    invalid: 'Dieser Wert ist nicht gültig.',
  },
  cancel: 'Abbrechen',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Feierabend-Ritual',
    month: 'Dieser Monat',
    settings: 'Einstellungen',
  },
}
