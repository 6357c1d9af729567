/** German words the main process shows: the tray's menu and tooltip, notifications and dialogs (refusals are worded by the windows, in common and problems). */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('de', value)
const minutesText = (count: number) => plural('de', count, { one: '# Minute', other: '# Minuten' })

/** The main process's German words. */
export const main: Messages['main'] = {
  tray: {
    checkIn: 'Check-in …',
    startRitual: 'Feierabend-Ritual beginnen',
    continueRitual: 'Feierabend-Ritual fortsetzen',
    snooze: ({ minutes }) => `${n(minutes)} Min. schlummern`,
    stayLate: 'Länger bleiben …',
    dayOff: 'Heute ist ein freier Tag',
    thisMonth: 'Dieser Monat …',
    settings: 'Einstellungen …',
    openLogFolder: 'Protokollordner öffnen',
    pauseReminders: 'Erinnerungen für heute pausieren',
    remindersPaused: 'Erinnerungen für heute pausiert',
    quit: 'Sundown beenden',
  },
  tooltip: {
    justPast: ({ end }) => `Gerade nach ${end}`,
    past: ({ past, end }) => `${past} nach ${end}`,
    windDown: ({ left }) => `Zeit zum Abrunden – noch ${left}`,
    endsIn: ({ end, left }) => `Feierabend um ${end} – in ${left}`,
    dayOff: 'Freier Tag',
    leftOnTime: ({ left }) => `Um ${left} gegangen – pünktlich`,
    leftLate: ({ left, late }) => `Um ${left} gegangen – ${late} nach Feierabend`,
    undelivered: 'Erinnerung konnte nicht angezeigt werden',
    damaged: 'Eine beschädigte Datendatei wurde beiseitegelegt',
  },
  prompts: {
    startRitual: 'Ritual beginnen',
    snooze: 'Schlummern',
    stayLate: 'Länger bleiben',
    headsUpTitle: ({ minutes }) => `Noch ${minutesText(minutes)} – Zeit, langsam abzurunden`,
    headsUpBody: ({ end }) =>
      `Dein Tag endet um ${end}. Ein guter Moment, festzuhalten, wo die Dinge stehen.`,
    endTitle: ({ end }) => `Es ist ${end} – Zeit für den Feierabend`,
    endBody:
      'Ein Ritual von zwei Minuten schließt den Tag ab. Schlummere, wenn du noch einen Moment brauchst.',
    reminderTitle: ({ end }) => `Wann immer du so weit bist – dein Tag endete um ${end}`,
    reminderBody: ({ minutes }) =>
      `Seitdem sind ${minutesText(minutes)} vergangen. Das Ritual dauert zwei Minuten – oder sag, dass du länger bleibst; beides ist in Ordnung.`,
  },
  applicationMenu: {
    edit: 'Bearbeiten',
    undo: 'Widerrufen',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einsetzen',
    selectAll: 'Alles auswählen',
    window: 'Fenster',
    minimize: 'Im Dock ablegen',
    close: 'Fenster schließen',
    hide: 'Sundown ausblenden',
    hideOthers: 'Andere ausblenden',
    showAll: 'Alle einblenden',
  },
  dialogs: {
    damagedTitle: 'Sundown hat eine beschädigte Datendatei gefunden',
    damagedDetail: ({ path }) =>
      `Sie wurde beiseitegelegt, nicht gelöscht: ${path}\nSundown ist mit allem gestartet, was es lesen konnte.`,
    startFailedTitle: 'Sundown konnte nicht starten',
    startFailedDetail: ({ path, error, logFolder }) =>
      `Sundown wurde beim Start angehalten: ${error}\nSeine Daten liegen in ${path}, und es wurde nichts gelöscht. Liegt es an diesem Ordner, prüfe, ob er existiert, ob du darin schreiben darfst und ob auf dem Datenträger Platz ist (auch ein Sync-Programm kann dort eine Datei festhalten), und starte Sundown dann erneut. Das Protokoll in ${logFolder} sagt mehr.`,
    exportTitle: 'Sundown-Daten exportieren',
    exportEverything: 'Alles (JSON)',
    exportDayRecords: 'Tagesübersicht (CSV)',
    importTitle: 'Sundown-Daten importieren',
    importJson: 'JSON',
    syncFolderTitle: 'Ordner wählen, den Ihr Sync-Dienst abgleicht',
    syncFolderMissingTitle: 'Der Sync-Ordner fehlt',
    syncFolderMissingDetail: ({ folder }: { folder: string }) =>
      `Sundown erreicht ${folder} nicht (ein getrenntes Laufwerk, eine Freigabe offline oder ein gelöschter Ordner). Es zeichnet auf diesem Computer weiter auf und holt alles nach, sobald der Ordner wieder da ist.`,
    rekeyedTitle: 'Dieser Computer hat jetzt eine eigene Geräte-ID',
    rekeyedDetail: ({ previousId }: { previousId: string }) =>
      `Ein anderer Computer hat mit der Geräte-ID ${previousId} dieses Computers geschrieben (eine geklonte Festplatte oder ein zurückgespieltes Backup). Dieser hat eine neue ID genommen und seinen ganzen Verlauf darunter veröffentlicht; nichts ging verloren.`,
  },
}
