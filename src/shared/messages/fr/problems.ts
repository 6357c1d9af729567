/** French words for what can be wrong with a setting, as the settings form and an import show them. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('fr', value)
const count = (value: number, one: string, other: string) => plural('fr', value, { one, other })
const characters = (max: number) => count(max, '# caractère', '# caractères')

/** Each settings problem in French. */
export const problems: Messages['problems'] = {
  time: ({ input }) => `Indiquez une heure comme 17:30 (00:00–23:59), et non ${input}.`,
  date: ({ input }) => `Indiquez une vraie date comme 2026-11-24, et non ${input}.`,
  unknownField: ({ key, known }) => `Champ inconnu ${key} — utilisez ${known}.`,
  unknownWeekday: ({ key, known }) => `Jour de la semaine inconnu ${key} — utilisez ${known}.`,
  notAnObject: ({ received }) => `Un objet est attendu ici, et non ${received}.`,
  notANumber: {
    minutes: 'Indiquez un nombre de minutes.',
    reminders: 'Indiquez un nombre de rappels.',
    hour: 'Indiquez une heure.',
  },
  notWhole: {
    minutes: 'Utilisez des minutes entières.',
    reminders: 'Utilisez un nombre entier de rappels.',
    hour: 'Utilisez une heure pleine.',
  },
  negative: {
    minutes: 'Les minutes ne peuvent pas être négatives.',
    reminders: 'Le nombre de rappels ne peut pas être négatif.',
    hour: 'L’heure du changement de journée ne peut pas être négative.',
  },
  tooSmall: {
    minutes: ({ min }) => `Indiquez au moins ${count(min, '# minute', '# minutes')}.`,
    reminders: ({ min }) => `Indiquez au moins ${count(min, '# rappel', '# rappels')}.`,
    hour: ({ min }) => `Indiquez une heure à partir de ${n(min)} h.`,
  },
  tooLarge: {
    minutes: ({ max }) => `Indiquez au plus ${count(max, '# minute', '# minutes')}.`,
    reminders: ({ max }) => `Indiquez au plus ${count(max, '# rappel', '# rappels')}.`,
    hour: ({ max }) => `La journée doit changer au plus tard à ${n(max)}:00.`,
  },
  notText: {
    seasonName: 'Le nom de la saison doit être du texte.',
    intention: 'L’intention doit être du texte.',
    note: 'La note doit être du texte.',
    stepTitle: 'Le titre de l’étape doit être du texte.',
    shortcut: 'Le raccourci doit être du texte.',
  },
  tooLong: {
    seasonName: ({ max }) => `Le nom de la saison doit faire moins de ${characters(max)}.`,
    intention: ({ max }) => `L’intention doit faire moins de ${characters(max)}.`,
    note: ({ max }) => `La note doit faire moins de ${characters(max)}.`,
    stepTitle: ({ max }) => `Le titre de l’étape doit faire moins de ${characters(max)}.`,
    shortcut: ({ max }) => `Le raccourci doit faire moins de ${characters(max)}.`,
  },
  empty: {
    seasonName: 'Donnez un nom à la saison.',
    stepTitle: 'Donnez un titre à l’étape.',
  },
  notYesOrNo: {
    workday: 'Indiquez si c’est un jour travaillé (true ou false).',
    off: 'Indiquez si c’est un jour de repos (true ou false).',
  },
  missingId: 'Il manque un identifiant à cette entrée.',
  seasonBackwards: ({ from, to }) => `La saison se termine (${to}) avant de commencer (${from}).`,
  overrideNeedsEnd: 'Un jour travaillé a besoin d’une heure de fin.',
  unknownStepKind:
    'Utilisez un type d’étape connu : review, open-loops, first-task, reflection ou custom.',
  unknownVersion: 'Version des réglages inconnue.',
  tooMany: {
    seasons: ({ max }) => `Pas plus de ${count(max, '# saison', '# saisons')}.`,
    overrides: ({ max }) =>
      `Pas plus de ${count(max, '# jour particulier', '# jours particuliers')}.`,
    ritualSteps: ({ max }) => `Le rituel compte au plus ${count(max, '# étape', '# étapes')}.`,
  },
  unknownLanguage: 'Utilisez un code de langue comme en ou de.',
  startBeforeRollover: ({ rollover }) =>
    `Commencez au changement de journée (${rollover}) ou plus tard.`,
  endBeforeStart: ({ start, rollover }) =>
    `Terminez après le début (${start}), ou avant ${rollover} pour un horaire qui passe minuit.`,
  seasonOverlap: ({ other }) =>
    `Cette saison chevauche « ${other} » — deux saisons ne peuvent pas partager de dates.`,
  overrideDuplicate: ({ date }) => `Le ${date} a déjà un jour particulier.`,
  shortcutNoKey:
    'Terminez le raccourci par une touche après les modificateurs, comme CommandOrControl+Alt+Shift+K (écrivez + sous la forme Plus).',
  shortcutKey: ({ key }) =>
    `« ${key} » n’est pas un nom de touche : utilisez une lettre, un chiffre, F1–F24 ou un nom comme Space, Up ou PageDown.`,
  shortcutOneKey:
    'Utilisez une seule touche après les modificateurs, comme CommandOrControl+Alt+Shift+K.',
  shortcutNeedsModifier:
    'Tenez Ctrl, Alt, Cmd ou Super avec cette touche, sinon les autres apps en seraient privées.',
  shortcutTaken: ({ shortcut }) =>
    `${shortcut} est déjà pris par une autre app ou par le système : choisissez d’autres touches.`,
  shortcutRefused: ({ shortcut }) =>
    `Le système a refusé ${shortcut} : choisissez d’autres touches.`,
  invalid: 'Cette valeur n’est pas valide.',
  importProblems: {
    tooLarge: 'Ce fichier est trop volumineux pour être un export de Sundown (plus de 64 Mo).',
    notJson: 'Ce fichier n’est pas du JSON : ce ne peut pas être un export de Sundown.',
    forbiddenKey: ({ key }) =>
      `Ce fichier contient une clé « ${key} », que Sundown n’écrit jamais.`,
    notExport: 'Ce n’est pas un export de Sundown : il manque "format": "sundown-export".',
    version: ({ version }) =>
      `Cet export est en version ${version} ; cette version de Sundown lit la version 1.`,
    at: ({ path, problem }) => `À ${path} : ${problem}`,
    topLevel: 'la racine',
    settings: ({ field, problem }) =>
      `Les réglages de ce fichier ne sont pas valides : ${field} : ${problem}`,
  },
}
