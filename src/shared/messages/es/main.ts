/** Spanish words the main process shows: the tray's menu and tooltip, notifications and dialogs (refusals are worded by the windows, in common and problems). */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('es', value)
const minutesText = (count: number) => plural('es', count, { one: '# minuto', other: '# minutos' })

/** The main process's Spanish words. */
export const main: Messages['main'] = {
  tray: {
    checkIn: 'Hacer check-in…',
    startRitual: 'Empezar el ritual de cierre',
    continueRitual: 'Seguir con el ritual de cierre',
    snooze: ({ minutes }) => `Posponer ${n(minutes)} min`,
    stayLate: 'Me quedo más…',
    dayOff: 'Hoy es día libre',
    thisMonth: 'Este mes…',
    settings: 'Ajustes…',
    openLogFolder: 'Abrir la carpeta de registros',
    pauseReminders: 'Pausar los recordatorios de hoy',
    remindersPaused: 'Recordatorios de hoy en pausa',
    quit: 'Salir de Sundown',
  },
  tooltip: {
    justPast: ({ end }) => `Recién pasadas las ${end}`,
    past: ({ past, end }) => `${past} después de las ${end}`,
    windDown: ({ left }) => `Hora de ir cerrando: quedan ${left}`,
    endsIn: ({ end, left }) => `Terminas a las ${end}, en ${left}`,
    dayOff: 'Día libre',
    leftOnTime: ({ left }) => `Te fuiste a las ${left}, a tiempo`,
    leftLate: ({ left, late }) => `Te fuiste a las ${left}, ${late} tarde`,
    undelivered: 'No se pudo mostrar un recordatorio',
    damaged: 'Se apartó un archivo de datos dañado',
  },
  prompts: {
    startRitual: 'Empezar el ritual',
    snooze: 'Posponer',
    stayLate: 'Me quedo más',
    headsUpTitle: ({ minutes }) => `Quedan ${minutesText(minutes)}: ve cerrando`,
    headsUpBody: ({ end }) =>
      `Tu jornada termina a las ${end}. Buen momento para anotar cómo van las cosas.`,
    endTitle: ({ end }) => `Son las ${end}: hora de cerrar`,
    endBody: 'Un ritual de dos minutos cierra el día. Pospón si necesitas un momento.',
    reminderTitle: ({ end }) => `Cuando puedas: tu jornada terminó a las ${end}`,
    reminderBody: ({ minutes }) =>
      `Han pasado ${minutesText(minutes)}. El ritual lleva dos minutos, o di que te quedas más; las dos cosas están bien.`,
  },
  applicationMenu: {
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    window: 'Ventana',
    minimize: 'Minimizar',
    close: 'Cerrar ventana',
    hide: 'Ocultar Sundown',
    hideOthers: 'Ocultar otros',
    showAll: 'Mostrar todo',
  },
  dialogs: {
    damagedTitle: 'Sundown encontró un archivo de datos dañado',
    damagedDetail: ({ path }) =>
      `Se ha apartado, no borrado: ${path}\nSundown se ha iniciado con todo lo que pudo leer.`,
    startFailedTitle: 'Sundown no pudo iniciarse',
    startFailedDetail: ({ path, error, logFolder }) =>
      `Sundown se detuvo al iniciarse: ${error}\nSus datos están en ${path} y no se ha borrado nada. Si la causa es esa carpeta, comprueba que existe, que puedes escribir en ella y que queda espacio en el disco (una herramienta de sincronización también puede estar bloqueando un archivo), y vuelve a iniciar Sundown. El registro en ${logFolder} da más detalles.`,
    exportTitle: 'Exportar los datos de Sundown',
    exportEverything: 'Todo (JSON)',
    exportDayRecords: 'Registro de días (CSV)',
    importTitle: 'Importar datos de Sundown',
    importJson: 'JSON',
    syncFolderTitle: 'Elige la carpeta que sincroniza tu servicio',
    syncFolderMissingTitle: 'Falta la carpeta de sincronización',
    syncFolderMissingDetail: ({ folder }: { folder: string }) =>
      `Sundown no llega a ${folder} (un disco desconectado, una carpeta de red sin conexión o una carpeta borrada). Sigue registrando en este ordenador y se pone al día cuando la carpeta vuelva.`,
    rekeyedTitle: 'Este ordenador tiene ahora su propio id de dispositivo',
    rekeyedDetail: ({ previousId }: { previousId: string }) =>
      `Otro ordenador escribió con el id de dispositivo ${previousId} de este (un disco clonado o una copia de seguridad restaurada). Este tomó un id nuevo y publicó con él todo su historial; no se perdió nada.`,
  },
}
