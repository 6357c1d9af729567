/** French words the main process shows: the tray's menu and tooltip, notifications and dialogs (refusals are worded by the windows, in common and problems). */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('fr', value)
const minutesText = (count: number) => plural('fr', count, { one: '# minute', other: '# minutes' })

/** The main process's French words. */
export const main: Messages['main'] = {
  tray: {
    checkIn: 'Faire le point…',
    startRitual: 'Commencer le rituel de fin de journée',
    continueRitual: 'Reprendre le rituel de fin de journée',
    snooze: ({ minutes }) => `Reporter de ${n(minutes)} min`,
    stayLate: 'Rester plus tard…',
    dayOff: 'Aujourd’hui, jour de repos',
    thisMonth: 'Ce mois-ci…',
    settings: 'Réglages…',
    openLogFolder: 'Ouvrir le dossier des journaux',
    pauseReminders: 'Suspendre les rappels aujourd’hui',
    remindersPaused: 'Rappels suspendus aujourd’hui',
    quit: 'Quitter Sundown',
  },
  tooltip: {
    justPast: ({ end }) => `Juste après ${end}`,
    past: ({ past, end }) => `${past} après ${end}`,
    windDown: ({ left }) => `On ralentit — encore ${left}`,
    endsIn: ({ end, left }) => `Fin à ${end} — dans ${left}`,
    dayOff: 'Jour de repos',
    leftOnTime: ({ left }) => `Départ à ${left} — à l’heure`,
    leftLate: ({ left, late }) => `Départ à ${left} — ${late} de retard`,
    undelivered: 'Un rappel n’a pas pu s’afficher',
    damaged: 'Un fichier de données endommagé a été mis de côté',
  },
  prompts: {
    startRitual: 'Commencer le rituel',
    snooze: 'Reporter',
    stayLate: 'Rester plus tard',
    headsUpTitle: ({ minutes }) => `Encore ${minutesText(minutes)} — commencez à conclure`,
    headsUpBody: ({ end }) =>
      `Votre journée se termine à ${end}. C’est le bon moment pour noter où en sont les choses.`,
    endTitle: ({ end }) => `Il est ${end} — l’heure de terminer la journée`,
    endBody: 'Un rituel de deux minutes clôt la journée. Reportez si vous avez besoin d’un moment.',
    reminderTitle: ({ end }) => `Quand vous voulez — votre journée s’est terminée à ${end}`,
    reminderBody: ({ minutes }) =>
      `Cela fait ${minutesText(minutes)}. Le rituel prend deux minutes — ou dites que vous restez plus tard ; les deux conviennent.`,
  },
  applicationMenu: {
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    window: 'Fenêtre',
    minimize: 'Placer dans le Dock',
    close: 'Fermer la fenêtre',
    hide: 'Masquer Sundown',
    hideOthers: 'Masquer les autres',
    showAll: 'Tout afficher',
  },
  dialogs: {
    damagedTitle: 'Sundown a trouvé un fichier de données endommagé',
    damagedDetail: ({ path }) =>
      `Il a été mis de côté, pas supprimé : ${path}\nSundown a démarré avec tout ce qu’il a pu lire.`,
    startFailedTitle: 'Sundown n’a pas pu démarrer',
    startFailedDetail: ({ path, error, logFolder }) =>
      `Sundown s’est arrêté au démarrage : ${error}\nSes données sont dans ${path}, et rien n’a été supprimé. Si ce dossier en est la cause, vérifiez qu’il existe, que vous pouvez y écrire et que le disque a de la place (un outil de synchronisation peut aussi y bloquer un fichier), puis relancez Sundown. Le journal dans ${logFolder} en dit plus.`,
    exportTitle: 'Exporter les données de Sundown',
    exportEverything: 'Tout (JSON)',
    exportDayRecords: 'Relevé des journées (CSV)',
    importTitle: 'Importer des données Sundown',
    importJson: 'JSON',
    syncFolderTitle: 'Choisissez le dossier que votre service de synchronisation tient à jour',
    syncFolderMissingTitle: 'Le dossier de synchronisation est introuvable',
    syncFolderMissingDetail: ({ folder }: { folder: string }) =>
      `Sundown n’atteint pas ${folder} (un disque débranché, un partage hors ligne ou un dossier supprimé). Il continue d’enregistrer sur cet ordinateur et rattrape tout quand le dossier revient.`,
    rekeyedTitle: 'Cet ordinateur a maintenant son propre identifiant d’appareil',
    rekeyedDetail: ({ previousId }: { previousId: string }) =>
      `Un autre ordinateur a écrit avec l’identifiant d’appareil ${previousId} de celui-ci (un disque cloné ou une sauvegarde restaurée). Celui-ci a pris un nouvel identifiant et y a publié tout son historique ; rien n’a été perdu.`,
  },
}
