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
  refusals: {
    notWorkday: 'Aujourd’hui n’est pas un jour travaillé.',
    notAfterEnd: ({ end }) => `Choisissez une heure après la fin d’aujourd’hui (${end}).`,
    notPassed: ({ time, date }) => `${time} n’est pas une heure déjà passée le ${date}.`,
    nothingToConfirm: ({ date }) => `Le ${date} n’a pas d’heure de départ à confirmer.`,
    scale: 'Utilisez un nombre entier de 1 à 5.',
    textTooLong: ({ max }) => `Restez sous ${n(max)} caractères.`,
    clockTime: 'Utilisez une heure comme 17:30.',
    calendarDate: 'Utilisez une date comme 2026-11-24.',
    unknownView: 'Fenêtre inconnue.',
    unknownZone: 'Fuseau horaire inconnu.',
    deviceNameEmpty: 'Donnez un nom à cet appareil.',
    syncFolderUnwritable: ({ folder }: { folder: string }) =>
      `Sundown ne peut pas écrire dans ${folder}. Choisissez un dossier où vous pouvez écrire.`,
    notSundown: 'La demande ne vient pas d’une fenêtre de Sundown.',
    invalid: 'Cette valeur n’est pas valide.',
  },
  cancel: 'Annuler',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Rituel de fin de journée',
    month: 'Ce mois-ci',
    settings: 'Réglages',
  },
}
