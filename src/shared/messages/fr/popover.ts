/** French words of the popover: the countdown, the check-in, quick actions and the next-morning question. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('fr', value)

/** The popover's French words. */
export const popover: Messages['popover'] = {
  countdown: {
    endsIn: ({ end, left }) => `Fin à ${end} · dans ${left}`,
    windDown: ({ left }) => `On ralentit — encore ${left}`,
    endsNow: ({ end }) => `Il est ${end} — c’est l’heure d’arrêter`,
    past: ({ past, end }) => `${past} après ${end}`,
    leftOnTime: ({ left }) => `Départ à ${left} — à l’heure`,
    leftLate: ({ left, late }) => `Départ à ${left} — ${late} après la fin`,
    dayOff: 'Jour de repos',
    dayOffDeclared: 'Jour de repos — profitez-en',
  },
  plan: {
    hours: ({ start, end }) => `${start}–${end}`,
    until: ({ end }) => `jusqu’à ${end}`,
    dateAndHours: ({ date, hours }) => `${date} · ${hours}`,
    stayingLate: ({ until, reason }) => `Prolongé jusqu’à ${until} · ${reason}`,
    seasonLabel: 'Saison :',
  },
  checkIn: {
    title: 'Faire le point',
    energy: 'Énergie',
    energyAnchors: ['À plat', 'Faible', 'Stable', 'Bonne', 'Débordante'],
    alignment: 'Votre énergie va-t-elle aujourd’hui vers ce qui compte pour vous ?',
    alignmentAnchors: ['Pas du tout', 'Un peu', 'En partie', 'En grande partie', 'Tout à fait'],
    scaleLow: ({ anchor }) => `1 = ${anchor}`,
    scaleHigh: ({ anchor }) => `5 = ${anchor}`,
    option: ({ value, anchor }) => `${n(value)}, ${anchor}`,
    note: 'Note (facultatif)',
    notePlaceholder: 'Ajouter une note (facultatif)',
    save: 'Enregistrer',
    saveLabel: 'Enregistrer le point',
    keyHint: '← → choisir · Entrée enregistre · Échap ferme',
    needsEnergy: 'Indiquez votre niveau d’énergie.',
    needsAlignment: 'Indiquez à quel point la journée vous ressemble.',
    saved: ({ time }) => `Point fait à ${time}. Merci.`,
  },
  earlier: {
    title: 'Plus tôt aujourd’hui',
    entry: ({ energy, alignment }) => `Énergie ${n(energy)}/5 · cohérence ${n(alignment)}/5`,
  },
  actions: {
    label: 'Actions rapides',
    startRitual: 'Commencer le rituel',
    stayLate: 'Rester plus tard…',
    dayOff: 'Jour de repos',
    snooze: ({ minutes }) => `Reporter de ${n(minutes)} min`,
    thisMonth: 'Ce mois-ci',
    settings: 'Réglages',
    snoozed: ({ minutes }) =>
      `Silence pendant ${plural('fr', minutes, { one: '# minute', other: '# minutes' })}.`,
  },
  dayOff: {
    question:
      'Faire d’aujourd’hui un jour de repos ? Les rappels s’arrêtent et la journée ne comptera pas dans votre mois.',
    confirm: 'Oui, jour de repos',
    cancel: 'Garder la journée',
    done: 'Aujourd’hui est un jour de repos.',
  },
  stayLate: {
    title: 'Rester plus tard',
    until: 'Jusqu’à',
    reason: 'Pourquoi',
    reasons: {
      deadline: 'Une échéance',
      meeting: 'Une réunion',
      'chose-to': 'Je l’ai choisi',
      caring: 'Je prends soin de quelqu’un',
      other: 'Autre chose',
    },
    note: 'Note (facultatif)',
    submit: 'Rester plus tard',
    needsTime: 'Choisissez l’heure à laquelle vous pensez arrêter.',
    done: ({ until }) => `Vous restez jusqu’à ${until}. Les rappels reprendront à ce moment-là.`,
  },
  nextMorning: {
    question: {
      lock: ({ time }) =>
        `Vous avez verrouillé l’écran à ${time} — était-ce l’heure de votre départ ?`,
      suspend: ({ time }) =>
        `Votre ordinateur s’est mis en veille à ${time} — était-ce l’heure de votre départ ?`,
      shutdown: ({ time }) =>
        `Votre ordinateur s’est éteint à ${time} — était-ce l’heure de votre départ ?`,
      idle: ({ time }) =>
        `Votre dernière activité date de ${time} — était-ce l’heure de votre départ ?`,
      quit: ({ time }) => `Sundown a été fermé à ${time} — était-ce l’heure de votre départ ?`,
      inferred: ({ time }) =>
        `Sundown a vu votre dernière activité à ${time}, puis ne tournait plus — était-ce l’heure de votre départ ?`,
      ritual: ({ time }) =>
        `Votre journée s’est terminée à ${time} — était-ce l’heure de votre départ ?`,
      manual: ({ time }) =>
        `Votre journée s’est terminée à ${time} — était-ce l’heure de votre départ ?`,
    },
    yesterday: 'Hier',
    onDay: ({ day }) => `Le ${day}`,
    confirm: 'Oui, c’est bien ça',
    correct: 'Non, corriger',
    correctLabel: 'Heure de départ',
    saveCorrection: 'Enregistrer',
    needsTime: 'Indiquez votre heure de départ.',
    confirmed: 'Merci — c’est noté.',
    corrected: ({ time }) => `Noté : départ à ${time}.`,
  },
  carriedOver: {
    title: 'Reporté d’hier',
    firstTask: 'Commencer par',
    openLoops: 'Sujets mis de côté',
  },
  undelivered:
    'Un rappel n’a pas pu s’afficher en notification. Vérifiez que votre système autorise les notifications de Sundown.',
}
