/** German words for what can be wrong with a setting, as the settings form and an import show them. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('de', value)
const count = (value: number, one: string, other: string) => plural('de', value, { one, other })
const characters = (max: number) => count(max, '# Zeichen', '# Zeichen')

/** Each settings problem in German. */
export const problems: Messages['problems'] = {
  time: ({ input }) => `Gib eine Uhrzeit wie 17:30 ein (00:00–23:59), nicht ${input}.`,
  date: ({ input }) => `Gib ein echtes Datum wie 2026-11-24 ein, nicht ${input}.`,
  unknownField: ({ key, known }) => `Unbekanntes Feld ${key} – möglich sind ${known}.`,
  unknownWeekday: ({ key, known }) => `Unbekannter Wochentag ${key} – möglich sind ${known}.`,
  notAnObject: ({ received }) => `Hier wird ein Objekt erwartet, nicht ${received}.`,
  notANumber: {
    minutes: 'Gib eine Anzahl Minuten ein.',
    reminders: 'Gib eine Anzahl Erinnerungen ein.',
    hour: 'Gib eine Stunde ein.',
  },
  notWhole: {
    minutes: 'Verwende ganze Minuten.',
    reminders: 'Verwende eine ganze Zahl von Erinnerungen.',
    hour: 'Verwende eine volle Stunde.',
  },
  negative: {
    minutes: 'Minuten können nicht negativ sein.',
    reminders: 'Erinnerungen können nicht negativ sein.',
    hour: 'Die Stunde des Tageswechsels kann nicht negativ sein.',
  },
  tooSmall: {
    minutes: ({ min }) => `Verwende mindestens ${count(min, '# Minute', '# Minuten')}.`,
    reminders: ({ min }) => `Verwende mindestens ${count(min, '# Erinnerung', '# Erinnerungen')}.`,
    hour: ({ min }) => `Verwende eine Stunde ab ${n(min)}.`,
  },
  tooLarge: {
    minutes: ({ max }) => `Verwende höchstens ${count(max, '# Minute', '# Minuten')}.`,
    reminders: ({ max }) => `Verwende höchstens ${count(max, '# Erinnerung', '# Erinnerungen')}.`,
    hour: ({ max }) => `Der Tag muss spätestens um ${n(max)}:00 Uhr wechseln.`,
  },
  notText: {
    seasonName: 'Der Name der Phase muss Text sein.',
    intention: 'Die Absicht muss Text sein.',
    note: 'Die Notiz muss Text sein.',
    stepTitle: 'Der Titel des Schritts muss Text sein.',
    shortcut: 'Das Tastenkürzel muss Text sein.',
  },
  tooLong: {
    seasonName: ({ max }) => `Halte den Namen der Phase unter ${characters(max)}.`,
    intention: ({ max }) => `Halte die Absicht unter ${characters(max)}.`,
    note: ({ max }) => `Halte die Notiz unter ${characters(max)}.`,
    stepTitle: ({ max }) => `Halte den Titel des Schritts unter ${characters(max)}.`,
    shortcut: ({ max }) => `Halte das Tastenkürzel unter ${characters(max)}.`,
  },
  empty: {
    seasonName: 'Gib der Phase einen Namen.',
    stepTitle: 'Gib dem Schritt einen Titel.',
  },
  notYesOrNo: {
    workday: 'Gib an, ob dies ein Arbeitstag ist (true oder false).',
    off: 'Gib an, ob der Tag frei ist (true oder false).',
  },
  missingId: 'Diesem Eintrag fehlt eine ID.',
  seasonBackwards: ({ from, to }) => `Die Phase endet (${to}), bevor sie beginnt (${from}).`,
  overrideNeedsEnd: 'Ein Arbeitstag braucht ein Ende.',
  unknownStepKind:
    'Verwende eine bekannte Art von Schritt: review, open-loops, first-task, reflection oder custom.',
  unknownVersion: 'Unbekannte Version der Einstellungen.',
  tooMany: {
    seasons: ({ max }) => `Höchstens ${count(max, '# Phase', '# Phasen')}.`,
    overrides: ({ max }) => `Höchstens ${count(max, '# einzelner Tag', '# einzelne Tage')}.`,
    ritualSteps: ({ max }) => `Das Ritual hat höchstens ${count(max, '# Schritt', '# Schritte')}.`,
  },
  unknownLanguage: 'Verwende einen Sprachcode wie en oder de.',
  startBeforeRollover: ({ rollover }) =>
    `Beginne frühestens mit dem Tageswechsel um ${rollover} Uhr.`,
  endBeforeStart: ({ start, rollover }) =>
    `Das Ende muss nach dem Beginn (${start}) liegen – oder vor ${rollover} Uhr für eine Schicht über Mitternacht.`,
  seasonOverlap: ({ other }) =>
    `Diese Phase überschneidet sich mit „${other}“ – Phasen können sich keine Tage teilen.`,
  overrideDuplicate: ({ date }) => `Für ${date} gibt es schon einen einzelnen Tag.`,
  shortcutNoKey:
    'Beende das Tastenkürzel mit einer Taste nach den Umschalttasten, etwa CommandOrControl+Alt+Shift+K (+ schreibst du als Plus).',
  shortcutKey: ({ key }) =>
    `„${key}“ ist kein Tastenname: nimm einen Buchstaben, eine Ziffer, F1–F24 oder einen Namen wie Space, Up oder PageDown.`,
  shortcutOneKey: 'Nimm eine Taste nach den Umschalttasten, etwa CommandOrControl+Alt+Shift+K.',
  shortcutNeedsModifier:
    'Halte Strg, Alt, Cmd oder Super zu dieser Taste, sonst fehlt sie allen anderen Apps.',
  shortcutTaken: ({ shortcut }) =>
    `${shortcut} ist schon von einer anderen App oder vom System belegt: wähle andere Tasten.`,
  shortcutRefused: ({ shortcut }) => `Das System hat ${shortcut} abgelehnt: wähle andere Tasten.`,
  invalid: 'Dieser Wert ist nicht gültig.',
  importProblems: {
    tooLarge: 'Diese Datei ist zu groß für einen Sundown-Export (über 64 MB).',
    notJson: 'Diese Datei ist kein JSON und kann daher kein Sundown-Export sein.',
    forbiddenKey: ({ key }) =>
      `Diese Datei enthält einen Schlüssel „${key}“, den Sundown nie schreibt.`,
    notExport: 'Das ist kein Sundown-Export: Es fehlt "format": "sundown-export".',
    version: ({ version }) =>
      `Dieser Export hat die Version ${version}; diese Version von Sundown liest Version 1.`,
    at: ({ path, problem }) => `Bei ${path}: ${problem}`,
    topLevel: 'der obersten Ebene',
    settings: ({ field, problem }) =>
      `Die Einstellungen in dieser Datei sind nicht gültig: ${field}: ${problem}`,
  },
}
