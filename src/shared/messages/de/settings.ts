/** German words of the settings view, and the default ritual step titles in German. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('de', value)

/** The settings view's German words. */
export const settings: Messages['settings'] = {
  title: 'Einstellungen',
  loading: 'Deine Einstellungen werden geladen …',
  loadFailed:
    'Sundown konnte deine Einstellungen nicht lesen. Schließe dieses Fenster und öffne es erneut.',

  sectionsLabel: 'Bereiche der Einstellungen',
  sections: {
    schedule: 'Zeitplan',
    seasons: 'Phasen & einzelne Tage',
    reminders: 'Erinnerungen',
    ritual: 'Ritual',
    general: 'Allgemein',
    devices: 'Geräte',
    data: 'Deine Daten',
  },
  sectionErrors: ({ count }) =>
    plural('de', count, { one: '# zu korrigieren', other: '# zu korrigieren' }),

  weeklyTitle: 'Wochenplan',
  weeklyHint:
    'Uhrzeiten wie 17:30. Ein Ende vor dem Tageswechsel ist eine Schicht, die nach Mitternacht endet.',
  workday: 'Arbeitstag',
  start: 'Beginn',
  end: 'Ende',
  optional: '(optional)',
  workdayLabel: ({ weekday }) => `${weekday} ist ein Arbeitstag`,
  startLabel: ({ weekday }) => `${weekday}, Beginn`,
  endLabel: ({ weekday }) => `${weekday}, Ende`,
  timePlaceholder: '17:30',
  seasonWeekday: ({ season, weekday }) => `${season}: ${weekday}`,

  seasonsTitle: 'Phasen',
  seasonsHint:
    'Eine Phase ist ein Lebensabschnitt, der andere Arbeitszeiten verlangt – ein Launch, die Pflege eines Menschen, eine Zeit der Erholung. Zwischen ihren Daten ersetzt ihr Plan den Wochenplan.',
  seasonsEmpty: 'Noch keine Phasen.',
  seasonLegend: ({ name }) => name || 'Phase ohne Namen',
  seasonName: 'Name',
  seasonFrom: 'Von',
  seasonTo: 'Bis',
  seasonIntention: 'Absicht',
  seasonIntentionHint: 'Wofür diese Phase da ist, in deinen Worten.',
  seasonSchedule: 'Plan in dieser Phase',
  seasonCurrent: 'Gilt heute',
  addSeason: 'Phase hinzufügen',
  newSeasonName: 'Neue Phase',
  endSeasonShort: 'Heute beenden',
  removeSeason: ({ name }) => `„${name}“ entfernen`,
  removeShort: 'Entfernen',

  overridesTitle: 'Einzelne Tage',
  overridesHint: 'Ein einzelnes Datum, das anders ist: ein freier Tag oder ein anderer Feierabend.',
  overridesEmpty: 'Keine einzelnen Tage.',
  overrideDate: 'Datum',
  overrideOff: 'Freier Tag',
  overrideNote: 'Notiz',
  overrideLabel: ({ position, what }) => `Einzelner Tag ${n(position)}: ${what}`,
  addOverride: 'Einzelnen Tag hinzufügen',
  removeOverride: ({ position }) => `Einzelnen Tag ${n(position)} entfernen`,

  remindersTitle: 'Erinnerungen',
  minutesUnit: 'Min.',
  hourUnit: 'Uhr',
  graceMinutes: 'Kulanz nach Feierabend',
  graceHint: 'Wer in dieser Zeit geht, ist pünktlich.',
  headsUpMinutes: 'Vorwarnung vor Feierabend',
  headsUpHint: 'Ein sanfter Hinweis, langsam zum Ende zu kommen; 0 für keinen.',
  snoozeMinutes: 'Schlummerdauer',
  snoozeHint: 'Wie lange nach dem Schlummern gewartet wird, bis die nächste Erinnerung kommt.',
  reminderLimit: 'Erinnerungen nach Feierabend',
  reminderLimitHint: 'Höchstens so viele Wiederholungen; 0 für nur die erste Erinnerung.',
  awayThresholdMinutes: 'Abwesend nach',
  awayThresholdHint: 'So lange ohne Aktivität gilt als weg vom Computer.',
  departureMinimumMinutes: 'Für heute gegangen nach',
  departureMinimumHint: 'Eine so lange Abwesenheit nach der Vorwarnung gilt als Gehen.',
  rolloverHour: 'Neuer Tag beginnt um',
  rolloverHint:
    'Die Stunde in der Nacht, in der ein Arbeitstag endet und der nächste beginnt (0–12).',
  idleUnavailable:
    'Auf diesem Desktop lässt sich Inaktivität nicht erkennen. Sundown bemerkt dein Gehen stattdessen daran, dass der Bildschirm gesperrt wird oder der Computer in den Ruhezustand geht.',

  ritualTitle: 'Feierabend-Ritual',
  ritualHint: 'Die Schritte, durch die das Ritual führt, in ihrer Reihenfolge.',
  stepTitle: ({ position }) => `Schritt ${n(position)}`,
  stepKind: {
    review: 'Rückblick',
    'open-loops': 'Offene Punkte',
    'first-task': 'Die erste Aufgabe für morgen',
    reflection: 'Frage zum Nachdenken',
    custom: 'Eigener Schritt',
  },
  stepKindHint: ({ kind }) => `Art: ${kind}`,
  stepSkippable: 'Kann übersprungen werden',
  moveUp: ({ title }) => `„${title}“ nach oben`,
  moveDown: ({ title }) => `„${title}“ nach unten`,
  removeStep: ({ title }) => `„${title}“ entfernen`,
  moveUpShort: 'Hoch',
  moveDownShort: 'Runter',
  addStep: 'Schritt hinzufügen',
  newStepTitle: 'Neuer Schritt',
  stepMoved: ({ title, position, total }) =>
    `„${title}“ ist jetzt Schritt ${n(position)} von ${n(total)}.`,
  stepRemoved: ({ title }) => `„${title}“ entfernt.`,
  stepsFull: 'Mehr Schritte passen nicht ins Ritual.',
  defaultStepTitles: {
    review: 'Was heute geschafft wurde',
    'open-loops': 'Offene Punkte parken',
    'first-task': 'Die erste Aufgabe für morgen wählen',
    reflection: 'Eine Frage zum Abschluss',
  },

  generalTitle: 'Allgemein',
  launchAtLogin: 'Sundown beim Anmelden öffnen',
  language: 'Sprache',
  languageHint:
    'Die Sprache für Wörter, Datumsangaben und Zahlen in Sundown. „Systemstandard“ folgt deinem Computer.',
  languageOptions: {
    system: 'Systemstandard',
    en: 'English',
    de: 'Deutsch',
    es: 'Español',
    fr: 'Français',
  },
  shortcut: 'Globales Tastenkürzel',
  shortcutHint:
    'Öffnet den Check-in von überall, z. B. CommandOrControl+Alt+Shift+K. Hilfreich, wo es kein Symbol in der Menüleiste gibt.',
  shortcutRecord: 'Aufnehmen',
  shortcutRecording: 'Drück die Tasten …',
  shortcutRecordingHint:
    'Drück eine Taste zusammen mit Strg, Alt, Umschalt oder Cmd; Escape bricht ab.',

  devices: {
    title: 'Geräte',
    hint: 'Ein Verlauf über alle deine Computer, über einen Ordner, den dein Sync-Dienst ohnehin abgleicht (Syncthing, Dropbox, iCloud Drive, OneDrive). Kein Konto, kein Server.',
    folderTitle: 'Sync-Ordner',
    folderLabel: 'Ordner',
    noFolder: 'Kein Ordner gewählt.',
    choose: 'Ordner wählen …',
    change: 'Ordner ändern …',
    stop: 'Sync beenden',
    stopHint: 'Beim Beenden bleibt alles auf diesem Gerät; der Ordner bleibt, wie er ist.',
    privacy:
      'Der Ordner enthält deine Notizen und Antworten als einfaches JSON: Er ist nur so privat wie der Sync-Dienst.',
    statusOff: 'Sync ist aus: Dieses Gerät behält seinen Verlauf für sich.',
    statusSyncing: 'Sync läuft.',
    statusMissing: ({ since }: { since: string }) => `Der Ordner fehlt seit ${since}.`,
    missingHint:
      'Sundown zeichnet auf diesem Gerät weiter auf und holt nach, sobald der Ordner wieder da ist.',
    lastRead: ({ when }: { when: string }) => `Zuletzt gelesen ${when}.`,
    notReadYet: 'Noch nicht gelesen.',
    damagedFile: ({ device, file, copy }: { device: string; file: string; copy: string }) =>
      `Eine Datei von ${device} ließ sich nicht lesen (${file}). Eine Kopie liegt unter ${copy}.`,
    rekeyed: ({ when }: { when: string }) =>
      `Ein anderer Computer nutzte die Kennung dieses Geräts (eine geklonte Festplatte oder ein wiederhergestelltes Backup), daher hat dieses Gerät am ${when} eine neue bekommen. Nichts ging verloren.`,
    thisDeviceTitle: 'Dieses Gerät',
    name: 'Name',
    nameHint: 'So nennen deine anderen Geräte und die Monatsansicht dieses hier.',
    rename: 'Umbenennen',
    countsAsWork: 'Zählt als Arbeit',
    countsAsWorkHint:
      'Schalte das auf einem privaten Gerät aus: Seine Aktivität zählt dann nicht zur Arbeit (weder für den Feierabend noch später am Abend), und es erinnert dich nie. Was du dort selbst sagst, etwa im Ritual, zählt weiterhin.',
    saved: 'Gespeichert.',
    othersTitle: 'Andere Geräte',
    othersNone: 'Noch kein anderes Gerät hat in den Ordner geschrieben.',
    othersOff: 'Deine anderen Geräte erscheinen hier, sobald Sync läuft.',
    lastSeen: ({ when }: { when: string }) => `zuletzt gesehen ${when}`,
    neverSeen: 'noch nicht gesehen',
    personal: 'privat',
    work: 'zählt als Arbeit',
    justNow: 'gerade eben',
    anotherDevice: 'einem anderen Gerät',
    loadFailed:
      'Sundown konnte deine Geräte nicht lesen. Schließe dieses Fenster und öffne es erneut.',
  },

  dataTitle: 'Deine Daten',
  dataHint:
    'Alles, was Sundown weiß, liegt auf diesem Computer. Exportiere es oder hol einen Export herein.',
  exportData: 'Exportieren …',
  importData: 'Importieren …',
  exported: ({ path }) => `Exportiert nach ${path}.`,
  exportCancelled: 'Export abgebrochen.',
  imported: ({ imported, skipped }) => {
    const events = plural('de', imported, {
      one: '# Ereignis importiert',
      other: '# Ereignisse importiert',
    })
    const already = plural('de', skipped, {
      one: '; # war schon vorhanden',
      other: '; # waren schon vorhanden',
    })
    return `${events}${skipped > 0 ? already : ''}. Die Einstellungen stammen jetzt aus der Datei.`
  },
  importFailed: ({ reason }) => `Nichts wurde importiert: ${reason}`,
  transferFailed: 'Das hat nicht geklappt. Versuch es noch einmal.',

  save: 'Einstellungen speichern',
  saving: 'Wird gespeichert …',
  saved: 'Gespeichert.',
  discard: 'Änderungen verwerfen',
  unsaved: 'Ungespeicherte Änderungen',
  fixErrors: ({ count }) =>
    plural('de', count, {
      one: '# Einstellung muss vor dem Speichern korrigiert werden – siehe die markierten Felder.',
      other:
        '# Einstellungen müssen vor dem Speichern korrigiert werden – siehe die markierten Felder.',
    }),
  saveFailed: 'Sundown konnte deine Einstellungen nicht speichern. Versuch es noch einmal.',
  otherErrors: 'Außerdem:',
}
