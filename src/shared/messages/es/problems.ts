/** Spanish words for what can be wrong with a setting, as the settings form and an import show them. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('es', value)
const count = (value: number, one: string, other: string) => plural('es', value, { one, other })
const characters = (max: number) => count(max, '# carácter', '# caracteres')

/** Each settings problem in Spanish. */
export const problems: Messages['problems'] = {
  time: ({ input }) => `Usa una hora como 17:30 (00:00–23:59), no ${input}.`,
  date: ({ input }) => `Usa una fecha real como 2026-11-24, no ${input}.`,
  unknownField: ({ key, known }) => `Campo desconocido ${key}: usa ${known}.`,
  unknownWeekday: ({ key, known }) => `Día de la semana desconocido ${key}: usa ${known}.`,
  notAnObject: ({ received }) => `Aquí se esperaba un objeto, no ${received}.`,
  notANumber: {
    minutes: 'Escribe un número de minutos.',
    reminders: 'Escribe un número de recordatorios.',
    hour: 'Escribe una hora.',
  },
  notWhole: {
    minutes: 'Usa minutos enteros.',
    reminders: 'Usa un número entero de recordatorios.',
    hour: 'Usa una hora en punto.',
  },
  negative: {
    minutes: 'Los minutos no pueden ser negativos.',
    reminders: 'Los recordatorios no pueden ser negativos.',
    hour: 'La hora del cambio de día no puede ser negativa.',
  },
  tooSmall: {
    minutes: ({ min }) => `Usa al menos ${count(min, '# minuto', '# minutos')}.`,
    reminders: ({ min }) => `Usa al menos ${count(min, '# recordatorio', '# recordatorios')}.`,
    hour: ({ min }) => `Usa una hora a partir de las ${n(min)}.`,
  },
  tooLarge: {
    minutes: ({ max }) => `Usa como mucho ${count(max, '# minuto', '# minutos')}.`,
    reminders: ({ max }) => `Usa como mucho ${count(max, '# recordatorio', '# recordatorios')}.`,
    hour: ({ max }) => `El día tiene que cambiar como muy tarde a las ${n(max)}:00.`,
  },
  notText: {
    seasonName: 'El nombre de la etapa tiene que ser texto.',
    intention: 'La intención tiene que ser texto.',
    note: 'La nota tiene que ser texto.',
    stepTitle: 'El título del paso tiene que ser texto.',
    shortcut: 'El atajo tiene que ser texto.',
  },
  tooLong: {
    seasonName: ({ max }) => `El nombre de la etapa debe tener menos de ${characters(max)}.`,
    intention: ({ max }) => `La intención debe tener menos de ${characters(max)}.`,
    note: ({ max }) => `La nota debe tener menos de ${characters(max)}.`,
    stepTitle: ({ max }) => `El título del paso debe tener menos de ${characters(max)}.`,
    shortcut: ({ max }) => `El atajo debe tener menos de ${characters(max)}.`,
  },
  empty: {
    seasonName: 'Ponle un nombre a la etapa.',
    stepTitle: 'Ponle un título al paso.',
  },
  notYesOrNo: {
    workday: 'Indica si es un día laborable (true o false).',
    off: 'Indica si el día es libre (true o false).',
  },
  missingId: 'A esta entrada le falta un identificador.',
  seasonBackwards: ({ from, to }) => `La etapa termina (${to}) antes de empezar (${from}).`,
  overrideNeedsEnd: 'Un día laborable necesita una hora de fin.',
  unknownStepKind:
    'Usa un tipo de paso conocido: review, open-loops, first-task, reflection o custom.',
  unknownVersion: 'Versión de ajustes desconocida.',
  tooMany: {
    seasons: ({ max }) => `Como mucho ${count(max, '# etapa', '# etapas')}.`,
    overrides: ({ max }) => `Como mucho ${count(max, '# día puntual', '# días puntuales')}.`,
    ritualSteps: ({ max }) => `El ritual admite como mucho ${count(max, '# paso', '# pasos')}.`,
  },
  unknownLanguage: 'Usa un código de idioma como en o de.',
  startBeforeRollover: ({ rollover }) =>
    `Empieza a la hora del cambio de día (${rollover}) o más tarde.`,
  endBeforeStart: ({ start, rollover }) =>
    `Termina después del inicio (${start}), o antes de las ${rollover} para un turno que pasa de medianoche.`,
  seasonOverlap: ({ other }) =>
    `Esta etapa coincide con «${other}»: las etapas no pueden compartir fechas.`,
  overrideDuplicate: ({ date }) => `El ${date} ya tiene un día puntual.`,
  shortcutNoKey:
    'Termina el atajo con una tecla después de los modificadores, como CommandOrControl+Alt+Shift+K (escribe + como Plus).',
  shortcutKey: ({ key }) =>
    `«${key}» no es un nombre de tecla: usa una letra, un dígito, F1–F24 o un nombre como Space, Up o PageDown.`,
  shortcutOneKey:
    'Usa una sola tecla después de los modificadores, como CommandOrControl+Alt+Shift+K.',
  shortcutNeedsModifier:
    'Mantén Ctrl, Alt, Cmd o Super con esta tecla, o las demás apps se quedarían sin ella.',
  shortcutTaken: ({ shortcut }) =>
    `${shortcut} ya lo usa otra app o el sistema: elige otras teclas.`,
  shortcutRefused: ({ shortcut }) => `El sistema rechazó ${shortcut}: elige otras teclas.`,
  invalid: 'Este valor no es válido.',
  importProblems: {
    tooLarge:
      'Este archivo es demasiado grande para ser una exportación de Sundown (más de 64 MB).',
    notJson: 'Este archivo no es JSON, así que no puede ser una exportación de Sundown.',
    forbiddenKey: ({ key }) =>
      `Este archivo contiene la clave «${key}», que Sundown nunca escribe.`,
    notExport: 'Esto no es una exportación de Sundown: le falta "format": "sundown-export".',
    version: ({ version }) =>
      `Esta exportación tiene la versión ${version}; esta versión de Sundown lee la versión 1.`,
    at: ({ path, problem }) => `En ${path}: ${problem}`,
    topLevel: 'el nivel superior',
    settings: ({ field, problem }) =>
      `Los ajustes de este archivo no son válidos: ${field}: ${problem}`,
  },
}
