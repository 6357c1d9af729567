/** German words of the popover: the countdown, the check-in, quick actions and the next-morning question. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('de', value)

/** The popover's German words. */
export const popover: Messages['popover'] = {
  countdown: {
    endsIn: ({ end, left }) => `Feierabend um ${end} · in ${left}`,
    windDown: ({ left }) => `Zeit zum Abrunden – noch ${left}`,
    endsNow: ({ end }) => `Es ist ${end} – Zeit für den Feierabend`,
    past: ({ past, end }) => `${past} nach ${end}`,
    leftOnTime: ({ left }) => `Um ${left} gegangen – pünktlich`,
    leftLate: ({ left, late }) => `Um ${left} gegangen – ${late} nach Feierabend`,
    dayOff: 'Freier Tag',
    dayOffDeclared: 'Freier Tag – genieß ihn',
  },
  plan: {
    hours: ({ start, end }) => `${start}–${end}`,
    until: ({ end }) => `bis ${end}`,
    dateAndHours: ({ date, hours }) => `${date} · ${hours}`,
    stayingLate: ({ until, reason }) => `Länger bis ${until} · ${reason}`,
    seasonLabel: 'Phase:',
  },
  checkIn: {
    title: 'Check-in',
    energy: 'Energie',
    energyAnchors: ['Völlig leer', 'Wenig', 'Ausgeglichen', 'Gut', 'Reichlich'],
    alignment: 'Fließt deine Energie heute in das, was dir wichtig ist?',
    alignmentAnchors: ['Gar nicht', 'Ein wenig', 'Teilweise', 'Größtenteils', 'Ganz und gar'],
    scaleLow: ({ anchor }) => `1 = ${anchor}`,
    scaleHigh: ({ anchor }) => `5 = ${anchor}`,
    option: ({ value, anchor }) => `${n(value)}, ${anchor}`,
    note: 'Notiz (optional)',
    notePlaceholder: 'Notiz hinzufügen (optional)',
    save: 'Speichern',
    saveLabel: 'Check-in speichern',
    keyHint: '← → wählen · Enter speichert · Esc schließt',
    needsEnergy: 'Wähle, wie viel Energie du hast.',
    needsAlignment: 'Wähle, wie stimmig sich der Tag anfühlt.',
    saved: ({ time }) => `Eingecheckt um ${time}. Danke.`,
  },
  earlier: {
    title: 'Heute schon',
    entry: ({ energy, alignment }) => `Energie ${n(energy)}/5 · Stimmigkeit ${n(alignment)}/5`,
  },
  actions: {
    label: 'Schnellaktionen',
    startRitual: 'Ritual beginnen',
    stayLate: 'Länger bleiben …',
    dayOff: 'Freier Tag',
    snooze: ({ minutes }) => `${n(minutes)} Min. schlummern`,
    thisMonth: 'Dieser Monat',
    settings: 'Einstellungen',
    snoozed: ({ minutes }) =>
      `Ruhe für ${plural('de', minutes, { one: '# Minute', other: '# Minuten' })}.`,
  },
  dayOff: {
    question:
      'Heute zum freien Tag machen? Die Erinnerungen hören auf, und der Tag zählt nicht für deinen Monat.',
    confirm: 'Ja, ein freier Tag',
    cancel: 'Nein, heute arbeite ich',
    done: 'Heute ist ein freier Tag.',
  },
  stayLate: {
    title: 'Länger bleiben',
    until: 'Bis',
    reason: 'Warum',
    reasons: {
      deadline: 'Eine Deadline',
      meeting: 'Ein Termin',
      'chose-to': 'Ich möchte es so',
      caring: 'Ich kümmere mich um jemanden',
      other: 'Etwas anderes',
    },
    note: 'Notiz (optional)',
    submit: 'Länger bleiben',
    needsTime: 'Wähle, wann du aufhören möchtest.',
    done: ({ until }) => `Du bleibst bis ${until}. Dann melden sich die Erinnerungen wieder.`,
  },
  nextMorning: {
    question: {
      lock: ({ time }) => `Du hast den Bildschirm um ${time} gesperrt – bist du da gegangen?`,
      suspend: ({ time }) =>
        `Dein Computer ist um ${time} in den Ruhezustand gegangen – bist du da gegangen?`,
      shutdown: ({ time }) =>
        `Dein Computer wurde um ${time} heruntergefahren – bist du da gegangen?`,
      idle: ({ time }) => `Zuletzt aktiv warst du um ${time} – bist du da gegangen?`,
      quit: ({ time }) => `Sundown wurde um ${time} beendet – bist du da gegangen?`,
      inferred: ({ time }) =>
        `Sundown hat dich zuletzt um ${time} gesehen und lief danach nicht mehr – bist du da gegangen?`,
      ritual: ({ time }) => `Dein Tag endete um ${time} – bist du da gegangen?`,
      manual: ({ time }) => `Dein Tag endete um ${time} – bist du da gegangen?`,
    },
    yesterday: 'Gestern',
    onDay: ({ day }) => `Am ${day}`,
    confirm: 'Ja, das stimmt',
    correct: 'Nein, korrigieren',
    correctLabel: 'Gegangen bin ich um',
    saveCorrection: 'Speichern',
    needsTime: 'Gib die Uhrzeit ein, zu der du gegangen bist.',
    confirmed: 'Danke – notiert.',
    corrected: ({ time }) => `Notiert: Du bist um ${time} gegangen.`,
  },
  carriedOver: {
    title: 'Von gestern',
    firstTask: 'Beginne mit',
    openLoops: 'Geparkte Punkte',
  },
  undelivered:
    'Eine Erinnerung konnte nicht als Mitteilung erscheinen. Prüfe, ob dein System Mitteilungen von Sundown erlaubt.',
}
