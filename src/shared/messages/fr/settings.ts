/** French words of the settings view, and the default ritual step titles in French. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('fr', value)

/** The settings view's French words. */
export const settings: Messages['settings'] = {
  title: 'Réglages',
  loading: 'Chargement de vos réglages…',
  loadFailed: 'Sundown n’a pas pu lire vos réglages. Fermez cette fenêtre et rouvrez-la.',

  sectionsLabel: 'Sections des réglages',
  sections: {
    schedule: 'Horaires',
    seasons: 'Saisons et jours particuliers',
    reminders: 'Rappels',
    ritual: 'Rituel',
    general: 'Général',
    devices: 'Appareils',
    data: 'Vos données',
  },
  sectionErrors: ({ count }) => plural('fr', count, { one: '# à corriger', other: '# à corriger' }),

  weeklyTitle: 'Horaires de la semaine',
  weeklyHint:
    'Des heures comme 17:30. Une fin avant le changement de journée correspond à un horaire qui se termine après minuit.',
  workday: 'Jour travaillé',
  start: 'Début',
  end: 'Fin',
  optional: '(facultatif)',
  workdayLabel: ({ weekday }) => `${weekday} : jour travaillé`,
  startLabel: ({ weekday }) => `${weekday} : début`,
  endLabel: ({ weekday }) => `${weekday} : fin`,
  timePlaceholder: '17:30',
  seasonWeekday: ({ season, weekday }) => `${season} : ${weekday}`,

  seasonsTitle: 'Saisons',
  seasonsHint:
    'Une saison est une période de la vie qui demande d’autres horaires — un lancement, s’occuper d’un proche, une convalescence. Entre ses dates, ses horaires remplacent ceux de la semaine.',
  seasonsEmpty: 'Aucune saison pour l’instant.',
  seasonLegend: ({ name }) => name || 'Saison sans nom',
  seasonName: 'Nom',
  seasonFrom: 'Du',
  seasonTo: 'Au',
  seasonIntention: 'Intention',
  seasonIntentionHint: 'À quoi sert cette saison, avec vos mots.',
  seasonSchedule: 'Horaires pendant cette saison',
  seasonCurrent: 'En cours aujourd’hui',
  addSeason: 'Ajouter une saison',
  newSeasonName: 'Nouvelle saison',
  endSeasonShort: 'Terminer aujourd’hui',
  removeSeason: ({ name }) => `Supprimer « ${name} »`,
  removeShort: 'Supprimer',

  overridesTitle: 'Jours particuliers',
  overridesHint: 'Une date qui sort de l’ordinaire : un jour de repos, ou une autre heure de fin.',
  overridesEmpty: 'Aucun jour particulier.',
  overrideDate: 'Date',
  overrideOff: 'Jour de repos',
  overrideNote: 'Note',
  overrideLabel: ({ position, what }) => `Jour particulier ${n(position)} : ${what}`,
  addOverride: 'Ajouter un jour particulier',
  removeOverride: ({ position }) => `Supprimer le jour particulier ${n(position)}`,

  remindersTitle: 'Rappels',
  minutesUnit: 'min',
  hourUnit: 'h',
  graceMinutes: 'Tolérance après la fin',
  graceHint: 'Partir dans ce délai compte comme être à l’heure.',
  headsUpMinutes: 'Préavis avant la fin',
  headsUpHint: 'Un signal doux pour commencer à conclure ; 0 pour aucun.',
  snoozeMinutes: 'Durée du report',
  snoozeHint: 'Combien de temps un report attend avant le rappel suivant.',
  reminderLimit: 'Rappels après la fin',
  reminderLimitHint: 'Au plus ce nombre de répétitions ; 0 pour le seul premier rappel.',
  awayThresholdMinutes: 'Absence après',
  awayThresholdHint: 'Une inactivité de cette durée compte comme une absence de l’ordinateur.',
  departureMinimumMinutes: 'Départ pour la journée après',
  departureMinimumHint: 'Une absence aussi longue après le préavis compte comme un départ.',
  rolloverHour: 'La nouvelle journée commence à',
  rolloverHint:
    'L’heure de la nuit où une journée de travail se termine et la suivante commence (0–12).',
  idleUnavailable:
    'La détection d’inactivité n’est pas disponible sur ce bureau : Sundown repère votre départ au verrouillage de l’écran et à la mise en veille de l’ordinateur.',

  ritualTitle: 'Rituel de fin de journée',
  ritualHint: 'Les étapes que parcourt le rituel, dans l’ordre.',
  stepTitle: ({ position }) => `Étape ${n(position)}`,
  stepKind: {
    review: 'Bilan',
    'open-loops': 'Sujets en suspens',
    'first-task': 'Première tâche de demain',
    reflection: 'Question de réflexion',
    custom: 'Étape personnelle',
  },
  stepKindHint: ({ kind }) => `Type : ${kind}`,
  stepSkippable: 'Peut être passée',
  moveUp: ({ title }) => `Monter « ${title} »`,
  moveDown: ({ title }) => `Descendre « ${title} »`,
  removeStep: ({ title }) => `Supprimer « ${title} »`,
  moveUpShort: 'Monter',
  moveDownShort: 'Descendre',
  addStep: 'Ajouter une étape',
  newStepTitle: 'Nouvelle étape',
  stepMoved: ({ title, position, total }) =>
    `« ${title} » est maintenant l’étape ${n(position)} sur ${n(total)}.`,
  stepRemoved: ({ title }) => `« ${title} » supprimée.`,
  stepsFull: 'Le rituel a atteint son nombre maximal d’étapes.',
  defaultStepTitles: {
    review: 'Faire le bilan de la journée',
    'open-loops': 'Mettre de côté les sujets en suspens',
    'first-task': 'Choisir la première tâche de demain',
    reflection: 'Une question pour finir',
  },

  generalTitle: 'Général',
  launchAtLogin: 'Ouvrir Sundown à l’ouverture de session',
  language: 'Langue',
  languageHint:
    'La langue des mots, des dates et des nombres de Sundown. « Langue du système » suit votre ordinateur.',
  languageOptions: {
    system: 'Langue du système',
    en: 'English',
    de: 'Deutsch',
    es: 'Español',
    fr: 'Français',
  },
  shortcut: 'Raccourci global',
  shortcutHint:
    'Ouvre le point du moment depuis n’importe où, par ex. CommandOrControl+Alt+Shift+K. Utile là où il n’y a pas d’icône dans la barre.',
  shortcutRecord: 'Enregistrer',
  shortcutRecording: 'Appuyez sur les touches…',
  shortcutRecordingHint: 'Appuyez sur une touche avec Ctrl, Alt, Maj ou Cmd ; Échap annule.',

  devices: {
    title: 'Appareils',
    hint: 'Un seul historique sur tous vos ordinateurs, grâce à un dossier que votre service de synchronisation tient déjà à jour (Syncthing, Dropbox, iCloud Drive, OneDrive). Ni compte, ni serveur.',
    folderTitle: 'Dossier de synchronisation',
    folderLabel: 'Dossier',
    noFolder: 'Aucun dossier choisi.',
    choose: 'Choisir un dossier…',
    change: 'Changer de dossier…',
    stop: 'Arrêter la synchronisation',
    stopHint: 'Arrêter garde tout sur cet appareil ; le dossier reste tel quel.',
    privacy:
      'Le dossier contient vos notes et réponses en JSON lisible : il n’est pas plus privé que le service de synchronisation.',
    statusOff: 'La synchronisation est désactivée : cet appareil garde son historique pour lui.',
    statusSyncing: 'Synchronisation en cours.',
    statusMissing: ({ since }: { since: string }) => `Le dossier est introuvable depuis ${since}.`,
    missingHint:
      'Sundown continue d’enregistrer sur cet appareil et rattrapera son retard quand le dossier reviendra.',
    lastRead: ({ when }: { when: string }) => `Dernière lecture ${when}.`,
    notReadYet: 'Pas encore lu.',
    damagedFile: ({ device, file, copy }: { device: string; file: string; copy: string }) =>
      `Un fichier de ${device} n’a pas pu être lu (${file}). Une copie est conservée dans ${copy}.`,
    rekeyed: ({ when }: { when: string }) =>
      `Un autre ordinateur utilisait l’identifiant de cet appareil (un disque cloné ou une sauvegarde restaurée) ; cet appareil en a donc pris un nouveau le ${when}. Rien n’a été perdu.`,
    thisDeviceTitle: 'Cet appareil',
    name: 'Nom',
    nameHint: 'Le nom que vos autres appareils et la vue du mois donnent à celui-ci.',
    rename: 'Renommer',
    countsAsWork: 'Compte comme travail',
    countsAsWorkHint:
      'Désactivez ceci sur un appareil personnel : son activité ne comptera alors pas comme travail (ni pour l’heure de départ ni hors horaires) et il ne vous rappellera jamais rien. Ce que vous y dites, comme le rituel, compte toujours.',
    saved: 'Enregistré.',
    othersTitle: 'Autres appareils',
    othersNone: 'Aucun autre appareil n’a encore écrit dans le dossier.',
    othersOff: 'Vos autres appareils apparaîtront ici une fois la synchronisation activée.',
    lastSeen: ({ when }: { when: string }) => `vu ${when}`,
    neverSeen: 'pas encore vu',
    personal: 'personnel',
    work: 'compte comme travail',
    justNow: 'à l’instant',
    anotherDevice: 'un autre appareil',
    loadFailed: 'Sundown n’a pas pu lire vos appareils. Fermez cette fenêtre et rouvrez-la.',
  },

  dataTitle: 'Vos données',
  dataHint:
    'Tout ce que sait Sundown reste sur cet ordinateur. Exportez-le, ou importez un export.',
  exportData: 'Exporter…',
  importData: 'Importer…',
  exported: ({ path }) => `Exporté vers ${path}.`,
  exportCancelled: 'Export annulé.',
  imported: ({ imported, skipped }) => {
    const events = plural('fr', imported, {
      one: '# événement importé',
      other: '# événements importés',
    })
    const already = plural('fr', skipped, {
      one: ' ; # était déjà là',
      other: ' ; # étaient déjà là',
    })
    const rest = skipped > 0 ? already : ''
    return `${events}${rest}. Les réglages viennent maintenant du fichier.`
  },
  importFailed: ({ reason }) => `Rien n’a été importé : ${reason}`,
  transferFailed: 'Cela n’a pas fonctionné. Réessayez.',

  save: 'Enregistrer les réglages',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
  discard: 'Annuler les modifications',
  unsaved: 'Modifications non enregistrées',
  fixErrors: ({ count }) =>
    plural('fr', count, {
      one: '# réglage est à corriger avant d’enregistrer — voir les champs signalés.',
      other: '# réglages sont à corriger avant d’enregistrer — voir les champs signalés.',
    }),
  saveFailed: 'Sundown n’a pas pu enregistrer vos réglages. Réessayez.',
  otherErrors: 'Également :',
}
