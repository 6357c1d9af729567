/** Spanish words every view shares: durations, loading and failure lines, window titles. */
import type { Messages } from '../types'
import { formatNumber } from '../plural'

const n = (value: number) => formatNumber('es', value)

/** Shared Spanish words. */
export const common: Messages['common'] = {
  appName: 'Sundown',
  minutes: ({ minutes }) => `${n(minutes)} min`,
  hours: ({ hours }) => `${n(hours)} h`,
  hoursAndMinutes: ({ hours, minutes }) => `${n(hours)} h ${n(minutes)} min`,
  loadFailed: 'Sundown no pudo leer el día de hoy. Cierra esta ventana y vuelve a abrirla.',
  viewFailed: 'Algo salió mal al mostrar esta ventana. Ciérrala y vuelve a abrirla.',
  genericError: 'No se pudo hacer. Inténtalo de nuevo.',
  refusals: {
    notWorkday: 'Hoy no es día laborable.',
    notAfterEnd: ({ end }) => `Elige una hora posterior al fin de hoy (${end}).`,
    notPassed: ({ time, date }) => `${time} no es una hora ya pasada del ${date}.`,
    nothingToConfirm: ({ date }) => `El ${date} no tiene hora de salida que confirmar.`,
    scale: 'Usa un número entero del 1 al 5.',
    textTooLong: ({ max }) => `No pases de ${n(max)} caracteres.`,
    clockTime: 'Usa una hora como 17:30.',
    calendarDate: 'Usa una fecha como 2026-11-24.',
    unknownView: 'Ventana desconocida.',
    unknownZone: 'Zona horaria desconocida.',
    deviceNameEmpty: 'Ponle un nombre a este dispositivo.',
    syncFolderUnwritable: ({ folder }: { folder: string }) =>
      `Sundown no puede escribir en ${folder}. Elige una carpeta en la que puedas escribir.`,
    notSundown: 'La petición no vino de una ventana de Sundown.',
    invalid: 'Este valor no es válido.',
  },
  cancel: 'Cancelar',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Ritual de cierre',
    month: 'Este mes',
    settings: 'Ajustes',
  },
}
