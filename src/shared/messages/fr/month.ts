/** French words of the month view: navigation, calendar, bars, figures, day detail, review and table. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('fr', value)
const days = (count: number) => plural('fr', count, { one: '# jour', other: '# jours' })

/** The month view's French words. */
export const month: Messages['month'] = {
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  previousMonthNamed: ({ month }) => `Mois précédent, ${month}`,
  nextMonthNamed: ({ month }) => `Mois suivant, ${month}`,
  arrowHint: 'Astuce : ← et → passent d’un mois à l’autre.',
  loading: 'Chargement du mois…',
  loadFailed: 'Le mois n’a pas pu être chargé.',
  retry: 'Réessayer',

  calendarLabel: ({ month }) => `${month}, une case par jour`,
  legendLabel: 'Ce que signifient les couleurs',
  status: {
    'on-time': 'À l’heure',
    'a-little-late': 'Un peu tard',
    late: 'Tard',
    'very-late': 'Très tard',
    'day-off': 'Jour de repos',
    'no-data': 'Pas de données',
    future: 'À venir',
  },
  statusHint: {
    'on-time': 'départ dans le délai de tolérance',
    'a-little-late': ({ minutes }) => `jusqu’à ${minutes} après la fin`,
    late: ({ minutes }) => `jusqu’à ${minutes} après la fin`,
    'very-late': ({ minutes }) => `plus de ${minutes} après la fin`,
  },
  dayCellLabel: ({ date, status, extra }) =>
    extra ? `${date} : ${status}, ${extra}` : `${date} : ${status}`,
  minutesLateShort: ({ duration }) => `${duration} après la fin`,

  empty: ({ month }) => `Rien d’enregistré en ${month}.`,
  emptyHint:
    'Les jours s’affichent ici dès que Sundown a vu une journée se terminer — par le rituel, ou en remarquant votre départ.',
  emptyFuture: ({ month }) => `Le mois de ${month} n’a pas encore commencé.`,

  barsTitle: 'Minutes après la fin, par jour',
  barsLegendLate: 'Après la fin',
  barsLegendAfterHours: 'Hors horaires (de retour au bureau plus tard)',
  barsOnTimeMark: 'À l’heure',
  barsNote: 'Les mêmes chiffres figurent dans le tableau ci-dessous.',

  figuresTitle: 'Ce mois-ci en chiffres',
  onTimeRate: 'À l’heure',
  onTimeRateDetail: ({ onTime, judged }) => `${n(onTime)} sur ${days(judged)}`,
  averageLate: 'En moyenne après la fin',
  averageLateDetail: 'sur les jours avec un résultat',
  afterHours: 'Hors horaires',
  afterHoursDetail: 'au bureau après le départ',
  currentStreak: 'Série en cours',
  streakDays: ({ count }) => days(count),
  longestStreakDetail: ({ longest }) =>
    `à l’heure d’affilée ; la plus longue ce mois-ci : ${longest}`,
  energy: 'Énergie',
  alignment: 'Cohérence',
  outOfFive: ({ value }) => `${value} / 5`,
  checkInsDetail: ({ count }) =>
    `sur ${plural('fr', count, { one: '# point', other: '# points' })}`,
  noValue: '—',
  deltaFromLast: ({ change }) => `${change} par rapport au mois dernier`,
  deltaSame: 'comme le mois dernier',
  deltaNone: 'rien à comparer avec le mois dernier',
  deltaPoints: ({ points }) => `${points} pts`,

  weekdaysTitle: 'Par jour de la semaine',
  weekdayRow: ({ weekday, onTime, judged }) =>
    judged === 0
      ? `${weekday} : aucun jour évalué`
      : `${weekday} : ${n(onTime)} sur ${n(judged)} à l’heure`,
  weekdayNone: 'aucun jour',

  detailTitle: 'Détail du jour',
  detailHint: 'Survolez un jour, ou atteignez-le avec Tab, pour le voir ici.',
  plannedEnd: 'Fin prévue',
  extendedEnd: 'Prolongé jusqu’à',
  leftAt: 'Départ à',
  source: 'Comment Sundown le sait',
  minutesLate: 'Après la fin',
  afterHoursLabel: 'Hors horaires',
  leftOnDevice: ({ device }: { device: string }) => `sur ${device}`,
  deviceMinutes: ({ device, duration }: { device: string; duration: string }) =>
    `${device} ${duration}`,
  anotherDevice: 'un autre appareil',
  leftOnAnotherDevice: 'sur un autre appareil',
  plannedOvertime: 'Heures supplémentaires prévues',
  stayingLateReason: 'Raison de rester plus tard',
  season: 'Saison',
  checkIns: 'Points',
  noCheckIns: 'Aucun point.',
  checkInLine: ({ time, energy, alignment }) =>
    `${time} — énergie ${n(energy)}/5, cohérence ${n(alignment)}/5`,
  notWorkday: 'Pas un jour travaillé.',
  notYet: 'Pas encore.',
  unknown: 'Inconnu.',
  sourceLabel: {
    ritual: 'le rituel de fin de journée',
    manual: 'corrigé par vous',
    lock: 'détecté : l’écran a été verrouillé',
    suspend: 'détecté : l’ordinateur s’est mis en veille',
    shutdown: 'détecté : l’ordinateur s’est éteint',
    idle: 'détecté : aucune activité',
    quit: 'détecté : Sundown a été fermé',
    inferred: 'déduit du dernier signe d’activité',
  },
  detectedBefore: ({ time, how }) => `Sundown avait noté ${time} (${how}).`,
  reasonLabel: {
    deadline: 'une échéance',
    meeting: 'une réunion',
    'chose-to': 'un choix',
    caring: 'prendre soin de quelqu’un',
    other: 'autre chose',
  },

  correctTitle: 'Corriger l’heure de départ',
  correctLabel: ({ date }) => `Quelle était votre heure de départ le ${date} ?`,
  correctHint: 'Une heure avant le changement de journée compte pour le lendemain matin.',
  correctSave: 'Enregistrer l’heure',
  correctSaving: 'Enregistrement…',
  correctSaved: 'Enregistré. Le mois utilise désormais votre heure.',
  correctEmpty: 'Indiquez d’abord une heure.',
  correctFailed: 'Sundown n’a pas pu enregistrer cette heure.',

  reviewTitle: 'Bilan du mois',
  reviewQuestion: 'La forme de ce mois vous convient-elle toujours ?',
  reviewHint:
    'Quelques mots pour vous : ce que vous gardez, ce que vous changez, dans quelle saison vous êtes.',
  reviewSave: 'Enregistrer le bilan',
  reviewSaving: 'Enregistrement…',
  reviewSaved: 'Enregistré.',
  reviewEmpty: 'Écrivez d’abord quelques mots.',
  reviewFailed: 'Le bilan n’a pas pu être enregistré.',

  tableSummary: 'Afficher les jours sous forme de tableau',
  tableCaption: ({ month }) =>
    `Chaque jour de ${month} : statut, prévision, heure de départ et minutes`,
  tableDate: 'Date',
  tableStatus: 'Statut',
  tablePlannedEnd: 'Fin prévue',
  tableLeftAt: 'Départ',
  tableMinutesLate: 'Minutes après la fin',
  tableAfterHours: 'Minutes hors horaires',
  tableTotal: 'Total',
}
