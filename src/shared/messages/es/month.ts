/** Spanish words of the month view: navigation, calendar, bars, figures, day detail, review and table. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('es', value)
const days = (count: number) => plural('es', count, { one: '# día', other: '# días' })

/** The month view's Spanish words. */
export const month: Messages['month'] = {
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  previousMonthNamed: ({ month }) => `Mes anterior, ${month}`,
  nextMonthNamed: ({ month }) => `Mes siguiente, ${month}`,
  arrowHint: 'Consejo: ← y → cambian de mes.',
  loading: 'Cargando el mes…',
  loadFailed: 'No se pudo cargar el mes.',
  retry: 'Intentar de nuevo',

  calendarLabel: ({ month }) => `${month}, una casilla por día`,
  legendLabel: 'Qué significan los colores',
  status: {
    'on-time': 'A tiempo',
    'a-little-late': 'Un poco tarde',
    late: 'Tarde',
    'very-late': 'Muy tarde',
    'day-off': 'Día libre',
    'no-data': 'Sin datos',
    future: 'Por llegar',
  },
  statusHint: {
    'on-time': 'saliste dentro del margen',
    'a-little-late': ({ minutes }) => `hasta ${minutes} después de la hora`,
    late: ({ minutes }) => `hasta ${minutes} después de la hora`,
    'very-late': ({ minutes }) => `más de ${minutes} después de la hora`,
  },
  dayCellLabel: ({ date, status, extra }) =>
    extra ? `${date}: ${status}, ${extra}` : `${date}: ${status}`,
  minutesLateShort: ({ duration }) => `${duration} después de la hora`,

  empty: ({ month }) => `No hay nada registrado en ${month}.`,
  emptyHint:
    'Los días aparecen aquí en cuanto Sundown ha visto terminar uno, con el ritual o al notar que te vas.',
  emptyFuture: ({ month }) => `Aún no ha empezado ${month}.`,

  barsTitle: 'Minutos después de la hora, por día',
  barsLegendLate: 'Después de la hora',
  barsLegendAfterHours: 'Fuera de horario (de vuelta al escritorio más tarde)',
  barsOnTimeMark: 'A tiempo',
  barsNote: 'Los mismos números están en la tabla de abajo.',

  figuresTitle: 'Este mes en cifras',
  onTimeRate: 'A tiempo',
  onTimeRateDetail: ({ onTime, judged }) => `${n(onTime)} de ${days(judged)}`,
  averageLate: 'Media después de la hora',
  averageLateDetail: 'en los días con resultado',
  afterHours: 'Fuera de horario',
  afterHoursDetail: 'en el escritorio después de irte',
  currentStreak: 'Racha actual',
  streakDays: ({ count }) => days(count),
  longestStreakDetail: ({ longest }) => `a tiempo seguidos; la más larga del mes: ${longest}`,
  energy: 'Energía',
  alignment: 'Sintonía',
  outOfFive: ({ value }) => `${value} / 5`,
  checkInsDetail: ({ count }) =>
    `de ${plural('es', count, { one: '# check-in', other: '# check-ins' })}`,
  noValue: '—',
  deltaFromLast: ({ change }) => `${change} respecto al mes pasado`,
  deltaSame: 'igual que el mes pasado',
  deltaNone: 'no hay nada con qué comparar del mes pasado',
  deltaPoints: ({ points }) => `${points} pts`,

  weekdaysTitle: 'Por día de la semana',
  weekdayRow: ({ weekday, onTime, judged }) =>
    judged === 0
      ? `${weekday}: ningún día valorado`
      : `${weekday}: ${n(onTime)} de ${n(judged)} a tiempo`,
  weekdayNone: 'ningún día',

  detailTitle: 'Detalle del día',
  detailHint: 'Pasa el cursor por un día, o llega a él con Tab, para verlo aquí.',
  plannedEnd: 'Hora prevista de salida',
  extendedEnd: 'Te quedas hasta',
  leftAt: 'Saliste a las',
  source: 'Cómo lo sabe Sundown',
  minutesLate: 'Después de la hora',
  afterHoursLabel: 'Fuera de horario',
  leftOnDevice: ({ device }: { device: string }) => `en ${device}`,
  deviceMinutes: ({ device, duration }: { device: string; duration: string }) =>
    `${device} ${duration}`,
  anotherDevice: 'otro dispositivo',
  leftOnAnotherDevice: 'en otro dispositivo',
  plannedOvertime: 'Horas extra previstas',
  stayingLateReason: 'Motivo para quedarte',
  season: 'Etapa',
  checkIns: 'Check-ins',
  noCheckIns: 'Sin check-ins.',
  checkInLine: ({ time, energy, alignment }) =>
    `${time}: energía ${n(energy)}/5, sintonía ${n(alignment)}/5`,
  notWorkday: 'No es día laborable.',
  notYet: 'Todavía no.',
  unknown: 'No se sabe.',
  sourceLabel: {
    ritual: 'el ritual de cierre',
    manual: 'corregido por ti',
    lock: 'detectado: se bloqueó la pantalla',
    suspend: 'detectado: el ordenador entró en reposo',
    shutdown: 'detectado: el ordenador se apagó',
    idle: 'detectado: sin actividad',
    quit: 'detectado: se cerró Sundown',
    inferred: 'deducido de la última señal de actividad',
  },
  detectedBefore: ({ time, how }) => `Sundown tenía las ${time} (${how}).`,
  reasonLabel: {
    deadline: 'una fecha límite',
    meeting: 'una reunión',
    'chose-to': 'decisión propia',
    caring: 'cuidar de alguien',
    other: 'otro motivo',
  },

  correctTitle: 'Corregir la hora de salida',
  correctLabel: ({ date }) => `¿A qué hora te fuiste el ${date}?`,
  correctHint: 'Una hora anterior al cambio de día cuenta como la mañana siguiente.',
  correctSave: 'Guardar la hora',
  correctSaving: 'Guardando…',
  correctSaved: 'Guardado. El mes ya usa tu hora.',
  correctEmpty: 'Escribe primero una hora.',
  correctFailed: 'Sundown no pudo guardar esa hora.',

  reviewTitle: 'Repaso del mes',
  reviewQuestion: '¿La forma de este mes sigue encajando contigo?',
  reviewHint: 'Unas palabras para ti: qué mantener, qué cambiar, en qué etapa estás.',
  reviewSave: 'Guardar el repaso',
  reviewSaving: 'Guardando…',
  reviewSaved: 'Guardado.',
  reviewEmpty: 'Escribe primero unas palabras.',
  reviewFailed: 'No se pudo guardar el repaso.',

  tableSummary: 'Ver los días como tabla',
  tableCaption: ({ month }) => `Cada día de ${month}: estado, plan, hora de salida y minutos`,
  tableDate: 'Fecha',
  tableStatus: 'Estado',
  tablePlannedEnd: 'Salida prevista',
  tableLeftAt: 'Salida',
  tableMinutesLate: 'Minutos después de la hora',
  tableAfterHours: 'Minutos fuera de horario',
  tableTotal: 'Total',
}
