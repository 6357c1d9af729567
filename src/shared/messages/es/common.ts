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
  cancel: 'Cancelar',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Ritual de cierre',
    month: 'Este mes',
    settings: 'Ajustes',
  },
}
