/** French words every view shares: durations, loading and failure lines, window titles. */
import type { Messages } from '../types'
import { formatNumber } from '../plural'

const n = (value: number) => formatNumber('fr', value)

/** Shared French words. */
export const common: Messages['common'] = {
  appName: 'Sundown',
  minutes: ({ minutes }) => `${n(minutes)} min`,
  hours: ({ hours }) => `${n(hours)} h`,
  hoursAndMinutes: ({ hours, minutes }) => `${n(hours)} h ${n(minutes)} min`,
  loadFailed: 'Sundown n’a pas pu lire la journée. Fermez cette fenêtre et rouvrez-la.',
  viewFailed: 'Un problème est survenu à l’affichage de cette fenêtre. Fermez-la et rouvrez-la.',
  genericError: 'Cela n’a pas fonctionné. Réessayez.',
  cancel: 'Annuler',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Rituel de fin de journée',
    month: 'Ce mois-ci',
    settings: 'Réglages',
  },
}
