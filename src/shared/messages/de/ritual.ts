/** German words of the shutdown ritual, including its reflection questions. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('de', value)

/** The ritual's German words. */
export const ritual: Messages['ritual'] = {
  title: 'Feierabend-Ritual',
  progress: ({ step, total }) => `Schritt ${n(step)} von ${n(total)}`,
  back: 'Zurück',
  next: 'Weiter',
  skip: 'Überspringen',
  answerLabel: 'Deine Antwort',
  keyHint: 'Strg+Enter geht weiter · Esc schließt (bisherige Antworten bleiben)',
  stayLateInstead: 'Noch nicht fertig? Länger bleiben …',
  required: 'Dieser Schritt braucht ein paar Worte, bevor es weitergeht.',
  saveFailed: 'Deine Antwort konnte nicht gespeichert werden. Versuch es noch einmal.',
  hint: {
    review: 'Was ist vorangekommen? Fertig oder nicht – es zählt. Ein paar Zeilen genügen.',
    'open-loops':
      'Was ist noch offen? Schreib jeden Punkt hier auf, damit du ihn nicht im Kopf mit nach Hause nimmst.',
    'first-task': 'Womit fängst du morgen an? Es wird auf dich warten.',
    reflection: 'Atme einmal durch, bevor du antwortest. Es gibt keine falsche Antwort.',
    custom: 'Nimm dir einen Moment dafür.',
  },
  reflectionLabel: 'Frage für heute',
  weekly: {
    title: 'Deine Woche',
    label: 'Frage für die Woche',
    summaryTitle: 'Diese Woche bisher',
    summary: ({ onTime, judged }) =>
      plural('de', judged, {
        one: `${n(onTime)} von # Tag endete pünktlich.`,
        other: `${n(onTime)} von # Tagen endeten pünktlich.`,
      }),
    summaryNone: 'Diese Woche gibt es noch keine abgeschlossenen Tage.',
    summaryToday: 'Der heutige Tag endet, wenn du das Ritual abschließt.',
  },
  finish: {
    title: 'Feierabend',
    body: 'Alles ist geparkt. Wenn du das Ritual abschließt, gilt jetzt als der Moment, in dem du gegangen bist.',
    button: 'Feierabend machen',
  },
  complete: {
    title: 'Für heute fertig',
    leftAt: ({ time }) => `Du bist um ${time} gegangen.`,
    onTime: 'Genau pünktlich.',
    late: ({ late }) => `${late} nach Feierabend – notiert, nicht bewertet.`,
    firstTask: ({ task }) => `Morgen beginnt mit: ${task}`,
    rest: 'Die Arbeit läuft nicht weg. Geh und sei woanders.',
    close: 'Schließen',
  },
  reflectionQuestions: [
    'Wohin ist deine Energie heute geflossen – und hättest du sie dorthin geschickt?',
    'Was war heute am wichtigsten, und hat es etwas von deinen besten Stunden bekommen?',
    'In welcher Lebensphase bist du gerade, und was verlangt sie von dir?',
    'Welche kleine Veränderung würde dafür sorgen, dass der morgige Tag ein bisschen besser zu dir passt?',
    'Wozu hast du heute Ja gesagt, wozu du beim nächsten Mal lieber Nein sagen möchtest?',
    'Wer oder was außerhalb der Arbeit verdient heute Abend deine Aufmerksamkeit?',
    'Was hat dir heute Energie gegeben, und was hat sie dir still entzogen?',
    'Wenn der heutige Tag zur Gewohnheit würde – würdest du sie behalten wollen?',
    'Was kann bis morgen warten, ohne dass etwas kaputtgeht?',
    'Worüber freust du dich, dass du es heute getan hast, so klein es auch sein mag?',
    'War der heutige Tag den Preis wert, den er dich gekostet hat?',
  ],
  weeklyQuestions: [
    'Wenn du auf die Woche zurückblickst: Wo passte deine Zeit zu dem, was dir wichtig ist – und wo ist sie abgedriftet?',
    'Was würdest du an der nächsten Woche anders gestalten?',
    'Was aus dieser Woche möchtest du mit ins Wochenende nehmen, und was kannst du ablegen?',
    'Welcher Tag dieser Woche fühlte sich am meisten nach dir an, und was hat ihn dazu gemacht?',
  ],
}
