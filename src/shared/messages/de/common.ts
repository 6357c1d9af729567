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
  cancel: 'Abbrechen',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Feierabend-Ritual',
    month: 'Dieser Monat',
    settings: 'Einstellungen',
  },
}
