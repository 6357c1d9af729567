/** Spanish words of the popover: the countdown, the check-in, quick actions and the next-morning question. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('es', value)

/** The popover's Spanish words. */
export const popover: Messages['popover'] = {
  countdown: {
    endsIn: ({ end, left }) => `Terminas a las ${end} · en ${left}`,
    windDown: ({ left }) => `Hora de ir cerrando: quedan ${left}`,
    endsNow: ({ end }) => `Son las ${end}: hora de parar`,
    past: ({ past, end }) => `${past} después de las ${end}`,
    leftOnTime: ({ left }) => `Te fuiste a las ${left}, a tiempo`,
    leftLate: ({ left, late }) => `Te fuiste a las ${left}, ${late} después de la hora`,
    dayOff: 'Día libre',
    dayOffDeclared: 'Día libre: disfrútalo',
  },
  plan: {
    hours: ({ start, end }) => `${start}–${end}`,
    until: ({ end }) => `hasta las ${end}`,
    dateAndHours: ({ date, hours }) => `${date} · ${hours}`,
    stayingLate: ({ until, reason }) => `Te quedas hasta las ${until} · ${reason}`,
    seasonLabel: 'Etapa:',
  },
  checkIn: {
    title: 'Check-in',
    energy: 'Energía',
    energyAnchors: ['Sin nada de energía', 'Poca', 'Estable', 'Buena', 'De sobra'],
    alignment: '¿Tu energía de hoy va a lo que de verdad te importa?',
    alignmentAnchors: ['Nada', 'Un poco', 'En parte', 'Casi del todo', 'Del todo'],
    scaleLow: ({ anchor }) => `1 = ${anchor}`,
    scaleHigh: ({ anchor }) => `5 = ${anchor}`,
    option: ({ value, anchor }) => `${n(value)}, ${anchor}`,
    note: 'Nota (opcional)',
    notePlaceholder: 'Añade una nota (opcional)',
    save: 'Guardar',
    saveLabel: 'Guardar check-in',
    keyHint: '← → elegir · Intro guarda · Esc cierra',
    needsEnergy: 'Elige cuánta energía tienes.',
    needsAlignment: 'Elige cuánta sintonía sientes hoy.',
    saved: ({ time }) => `Check-in guardado a las ${time}. Gracias.`,
  },
  earlier: {
    title: 'Antes, hoy',
    entry: ({ energy, alignment }) => `Energía ${n(energy)}/5 · sintonía ${n(alignment)}/5`,
  },
  actions: {
    label: 'Acciones rápidas',
    startRitual: 'Empezar el ritual',
    stayLate: 'Me quedo más…',
    dayOff: 'Día libre',
    snooze: ({ minutes }) => `Posponer ${n(minutes)} min`,
    thisMonth: 'Este mes',
    settings: 'Ajustes',
    snoozed: ({ minutes }) =>
      `En silencio durante ${plural('es', minutes, { one: '# minuto', other: '# minutos' })}.`,
  },
  dayOff: {
    question:
      '¿Hacer de hoy un día libre? Los recordatorios se detienen y hoy no contará para tu mes.',
    confirm: 'Sí, día libre',
    cancel: 'Mantener el día',
    done: 'Hoy es un día libre.',
  },
  stayLate: {
    title: 'Quedarme más tiempo',
    until: 'Hasta',
    reason: 'Por qué',
    reasons: {
      deadline: 'Una fecha límite',
      meeting: 'Una reunión',
      'chose-to': 'Lo he elegido yo',
      caring: 'Cuidar de alguien',
      other: 'Otra cosa',
    },
    note: 'Nota (opcional)',
    submit: 'Quedarme más',
    needsTime: 'Elige a qué hora piensas parar.',
    done: ({ until }) => `Te quedas hasta las ${until}. Los recordatorios volverán entonces.`,
  },
  nextMorning: {
    question: {
      lock: ({ time }) => `Bloqueaste la pantalla a las ${time}. ¿Fue entonces cuando te fuiste?`,
      suspend: ({ time }) =>
        `Tu ordenador entró en reposo a las ${time}. ¿Fue entonces cuando te fuiste?`,
      shutdown: ({ time }) =>
        `Tu ordenador se apagó a las ${time}. ¿Fue entonces cuando te fuiste?`,
      idle: ({ time }) => `Tu última actividad fue a las ${time}. ¿Fue entonces cuando te fuiste?`,
      quit: ({ time }) => `Sundown se cerró a las ${time}. ¿Fue entonces cuando te fuiste?`,
      inferred: ({ time }) =>
        `Sundown te vio por última vez a las ${time} y después dejó de funcionar. ¿Fue entonces cuando te fuiste?`,
      ritual: ({ time }) => `Tu día terminó a las ${time}. ¿Fue entonces cuando te fuiste?`,
      manual: ({ time }) => `Tu día terminó a las ${time}. ¿Fue entonces cuando te fuiste?`,
    },
    yesterday: 'Ayer',
    onDay: ({ day }) => `El ${day}`,
    confirm: 'Sí, así es',
    correct: 'No, quiero corregirlo',
    correctLabel: 'Me fui a las',
    saveCorrection: 'Guardar',
    needsTime: 'Escribe la hora a la que te fuiste.',
    confirmed: 'Gracias, anotado.',
    corrected: ({ time }) => `Anotado: te fuiste a las ${time}.`,
  },
  carriedOver: {
    title: 'De ayer',
    firstTask: 'Empieza por',
    openLoops: 'Temas aparcados',
  },
  undelivered:
    'Un recordatorio no pudo mostrarse como notificación. Comprueba que tu sistema permite las notificaciones de Sundown.',
}
