/** German words of the month view: navigation, calendar, bars, figures, day detail, review and table. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('de', value)
const days = (count: number) => plural('de', count, { one: '# Tag', other: '# Tage' })

/** The month view's German words. */
export const month: Messages['month'] = {
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  previousMonthNamed: ({ month }) => `Vorheriger Monat, ${month}`,
  nextMonthNamed: ({ month }) => `Nächster Monat, ${month}`,
  arrowHint: 'Tipp: Mit ← und → wechselst du zwischen den Monaten.',
  loading: 'Der Monat wird geladen …',
  loadFailed: 'Der Monat konnte nicht geladen werden.',
  retry: 'Noch einmal versuchen',

  calendarLabel: ({ month }) => `${month}, ein Feld pro Tag`,
  legendLabel: 'Was die Farben bedeuten',
  status: {
    'on-time': 'Pünktlich',
    'a-little-late': 'Etwas spät',
    late: 'Spät',
    'very-late': 'Sehr spät',
    'day-off': 'Freier Tag',
    'no-data': 'Keine Daten',
    future: 'Kommt noch',
  },
  statusHint: {
    'on-time': 'innerhalb der Kulanzzeit gegangen',
    'a-little-late': ({ minutes }) => `bis zu ${minutes} nach Feierabend`,
    late: ({ minutes }) => `bis zu ${minutes} nach Feierabend`,
    'very-late': ({ minutes }) => `mehr als ${minutes} nach Feierabend`,
  },
  dayCellLabel: ({ date, status, extra }) =>
    extra ? `${date}: ${status}, ${extra}` : `${date}: ${status}`,
  minutesLateShort: ({ duration }) => `${duration} nach Feierabend`,

  empty: ({ month }) => `Im ${month} wurde nichts aufgezeichnet.`,
  emptyHint:
    'Die Tage erscheinen hier, sobald Sundown ein Tagesende mitbekommen hat – durch das Ritual oder weil es bemerkt, dass du gehst.',
  emptyFuture: ({ month }) => `Der ${month} hat noch nicht begonnen.`,

  barsTitle: 'Minuten nach Feierabend, pro Tag',
  barsLegendLate: 'Nach Feierabend',
  barsLegendAfterHours: 'Später am Abend (wieder am Schreibtisch)',
  barsOnTimeMark: 'Pünktlich',
  barsNote: 'Dieselben Zahlen stehen in der Tabelle unten.',

  figuresTitle: 'Dieser Monat in Zahlen',
  onTimeRate: 'Pünktlich',
  onTimeRateDetail: ({ onTime, judged }) => `${n(onTime)} von ${days(judged)}`,
  averageLate: 'Im Schnitt nach Feierabend',
  averageLateDetail: 'über die Tage mit Ergebnis',
  afterHours: 'Später am Abend',
  afterHoursDetail: 'am Schreibtisch nach dem Gehen',
  currentStreak: 'Aktuelle Serie',
  streakDays: ({ count }) => days(count),
  longestStreakDetail: ({ longest }) =>
    `pünktlich in Folge; längste Serie in diesem Monat: ${longest}`,
  energy: 'Energie',
  alignment: 'Stimmigkeit',
  outOfFive: ({ value }) => `${value} / 5`,
  checkInsDetail: ({ count }) =>
    `aus ${plural('de', count, { one: '# Check-in', other: '# Check-ins' })}`,
  noValue: '—',
  deltaFromLast: ({ change }) => `${change} zum Vormonat`,
  deltaSame: 'wie im Vormonat',
  deltaNone: 'kein Vergleich mit dem Vormonat möglich',
  deltaPoints: ({ points }) => `${points} Pkt.`,

  weekdaysTitle: 'Nach Wochentag',
  weekdayRow: ({ weekday, onTime, judged }) =>
    judged === 0
      ? `${weekday}: keine Tage bewertet`
      : `${weekday}: ${n(onTime)} von ${n(judged)} pünktlich`,
  weekdayNone: 'keine Tage',

  detailTitle: 'Tagesdetails',
  detailHint:
    'Zeig mit der Maus auf einen Tag oder wähle ihn mit der Tabulatortaste, um ihn hier zu sehen.',
  plannedEnd: 'Geplanter Feierabend',
  extendedEnd: 'Länger bis',
  leftAt: 'Gegangen um',
  source: 'Woher Sundown das weiß',
  minutesLate: 'Nach Feierabend',
  afterHoursLabel: 'Später am Abend',
  leftOnDevice: ({ device }: { device: string }) => `auf ${device}`,
  deviceMinutes: ({ device, duration }: { device: string; duration: string }) =>
    `${device} ${duration}`,
  anotherDevice: 'anderes Gerät',
  leftOnAnotherDevice: 'auf einem anderen Gerät',
  plannedOvertime: 'Geplante Überstunden',
  stayingLateReason: 'Grund fürs Längerbleiben',
  season: 'Phase',
  checkIns: 'Check-ins',
  noCheckIns: 'Keine Check-ins.',
  checkInLine: ({ time, energy, alignment }) =>
    `${time} – Energie ${n(energy)}/5, Stimmigkeit ${n(alignment)}/5`,
  notWorkday: 'Kein Arbeitstag.',
  notYet: 'Noch nicht.',
  unknown: 'Nicht bekannt.',
  sourceLabel: {
    ritual: 'das Feierabend-Ritual',
    manual: 'von dir korrigiert',
    lock: 'erkannt: der Bildschirm wurde gesperrt',
    suspend: 'erkannt: der Computer ging in den Ruhezustand',
    shutdown: 'erkannt: der Computer wurde heruntergefahren',
    idle: 'erkannt: keine Aktivität',
    quit: 'erkannt: Sundown wurde beendet',
    inferred: 'abgeleitet aus dem letzten Lebenszeichen',
  },
  detectedBefore: ({ time, how }) => `Sundown hatte ${time} (${how}).`,
  reasonLabel: {
    deadline: 'eine Deadline',
    meeting: 'ein Termin',
    'chose-to': 'selbst so gewollt',
    caring: 'für jemanden da sein',
    other: 'etwas anderes',
  },

  correctTitle: 'Uhrzeit des Gehens korrigieren',
  correctLabel: ({ date }) => `Wann bist du am ${date} gegangen?`,
  correctHint: 'Eine Uhrzeit vor dem Tageswechsel zählt zum nächsten Morgen.',
  correctSave: 'Uhrzeit speichern',
  correctSaving: 'Wird gespeichert …',
  correctSaved: 'Gespeichert. Der Monat verwendet jetzt deine Uhrzeit.',
  correctEmpty: 'Gib zuerst eine Uhrzeit ein.',
  correctFailed: 'Sundown konnte diese Uhrzeit nicht speichern.',

  reviewTitle: 'Monatsrückblick',
  reviewQuestion: 'Passt die Form dieses Monats noch zu dir?',
  reviewHint:
    'Ein paar Worte für dich: Was du behalten willst, was du ändern willst, in welcher Phase du gerade bist.',
  reviewSave: 'Rückblick speichern',
  reviewSaving: 'Wird gespeichert …',
  reviewSaved: 'Gespeichert.',
  reviewEmpty: 'Schreib zuerst ein paar Worte.',
  reviewFailed: 'Der Rückblick konnte nicht gespeichert werden.',

  tableSummary: 'Tage als Tabelle zeigen',
  tableCaption: ({ month }) =>
    `Jeder Tag im ${month}: Status, Plan, Uhrzeit des Gehens und Minuten`,
  tableDate: 'Datum',
  tableStatus: 'Status',
  tablePlannedEnd: 'Geplanter Feierabend',
  tableLeftAt: 'Gegangen um',
  tableMinutesLate: 'Minuten nach Feierabend',
  tableAfterHours: 'Minuten später am Abend',
  tableTotal: 'Summe',
}
