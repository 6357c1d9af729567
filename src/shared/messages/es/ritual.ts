/** Spanish words of the shutdown ritual, including its reflection questions. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('es', value)

/** The ritual's Spanish words. */
export const ritual: Messages['ritual'] = {
  title: 'Ritual de cierre',
  progress: ({ step, total }) => `Paso ${n(step)} de ${n(total)}`,
  back: 'Atrás',
  next: 'Siguiente',
  skip: 'Saltar',
  answerLabel: 'Tu respuesta',
  keyHint: 'Ctrl+Intro avanza · Esc cierra (lo que has respondido se guarda)',
  stayLateInstead: '¿Aún no has terminado? Quedarme más…',
  required: 'Este paso pide unas palabras antes de seguir.',
  saveFailed: 'No se pudo guardar tu respuesta. Inténtalo de nuevo.',
  hint: {
    review: 'Anota lo que avanzó: terminado o no, cuenta. Con unas líneas basta.',
    'open-loops':
      '¿Qué queda abierto? Escribe aquí cada tema pendiente para no llevártelo a casa en la cabeza.',
    'first-task': '¿Qué es lo primero que harás mañana? Te estará esperando.',
    reflection: 'Respira antes de responder. No hay respuestas equivocadas.',
    custom: 'Tómate un momento con esto.',
  },
  reflectionLabel: 'Pregunta de hoy',
  weekly: {
    title: 'Tu semana',
    label: 'Pregunta de la semana',
    summaryTitle: 'Esta semana, hasta ahora',
    summary: ({ onTime, judged }) =>
      plural('es', judged, {
        one: `${n(onTime)} de # día terminó a tiempo.`,
        other: `${n(onTime)} de # días terminaron a tiempo.`,
      }),
    summaryNone: 'Todavía no hay días terminados que contar esta semana.',
    summaryToday: 'El día de hoy termina cuando completes el ritual.',
  },
  finish: {
    title: 'Jornada cerrada',
    body: 'Todo está aparcado. Al completar el ritual, este momento queda registrado como tu hora de salida.',
    button: 'Cerrar la jornada',
  },
  complete: {
    title: 'Por hoy, terminado',
    leftAt: ({ time }) => `Te fuiste a las ${time}.`,
    onTime: 'Justo a tiempo.',
    late: ({ late }) => `${late} después de la hora: anotado, sin juicios.`,
    firstTask: ({ task }) => `Mañana empieza con: ${task}`,
    rest: 'El trabajo puede esperar. Ve a estar en otro sitio.',
    close: 'Cerrar',
  },
  reflectionQuestions: [
    '¿A dónde fue hoy tu energía? ¿Es ahí adonde la habrías enviado?',
    '¿Qué fue lo más importante hoy, y recibió algunas de tus mejores horas?',
    '¿En qué etapa de la vida estás ahora, y qué te está pidiendo?',
    '¿Qué pequeño cambio haría que mañana encajara un poco mejor contigo?',
    '¿A qué dijiste que sí hoy a lo que te gustaría decir que no la próxima vez?',
    '¿Quién o qué, fuera del trabajo, merece tu atención esta tarde?',
    '¿Qué te dio energía hoy, y qué te la fue quitando en silencio?',
    'Si el día de hoy se convirtiera en costumbre, ¿querrías conservarla?',
    '¿Qué puede esperar hasta mañana sin que nada se rompa?',
    '¿Qué te alegra haber hecho hoy, por pequeño que sea?',
    '¿Mereció la pena el día de hoy, para lo que te ha costado?',
  ],
  weeklyQuestions: [
    'Mirando atrás en la semana, ¿dónde encajó tu tiempo con lo que te importa, y dónde se desvió?',
    '¿Qué cambiarías de la semana que viene?',
    '¿Qué de esta semana quieres llevarte al fin de semana, y qué puedes dejar a un lado?',
    '¿Qué día de esta semana sentiste más tuyo, y por qué?',
  ],
}
