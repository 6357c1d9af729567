/** Spanish words of the settings view, and the default ritual step titles in Spanish. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('es', value)

/** The settings view's Spanish words. */
export const settings: Messages['settings'] = {
  title: 'Ajustes',
  loading: 'Cargando tus ajustes…',
  loadFailed: 'Sundown no pudo leer tus ajustes. Cierra esta ventana y vuelve a abrirla.',

  sectionsLabel: 'Secciones de los ajustes',
  sections: {
    schedule: 'Horario',
    seasons: 'Etapas y días puntuales',
    reminders: 'Recordatorios',
    ritual: 'Ritual',
    general: 'General',
    devices: 'Dispositivos',
    data: 'Tus datos',
  },
  sectionErrors: ({ count }) =>
    plural('es', count, { one: '# por corregir', other: '# por corregir' }),

  weeklyTitle: 'Horario semanal',
  weeklyHint:
    'Horas como 17:30. Un final anterior al cambio de día es un turno que termina después de medianoche.',
  workday: 'Laborable',
  start: 'Inicio',
  end: 'Fin',
  optional: '(opcional)',
  workdayLabel: ({ weekday }) => `${weekday}: laborable`,
  startLabel: ({ weekday }) => `${weekday}: inicio`,
  endLabel: ({ weekday }) => `${weekday}: fin`,
  timePlaceholder: '17:30',
  seasonWeekday: ({ season, weekday }) => `${season}: ${weekday}`,

  seasonsTitle: 'Etapas',
  seasonsHint:
    'Una etapa es un tramo de la vida que pide otros horarios: un lanzamiento, cuidar de alguien, una recuperación. Entre sus fechas, su horario sustituye al semanal.',
  seasonsEmpty: 'Aún no hay etapas.',
  seasonLegend: ({ name }) => name || 'Etapa sin nombre',
  seasonName: 'Nombre',
  seasonFrom: 'Desde',
  seasonTo: 'Hasta',
  seasonIntention: 'Intención',
  seasonIntentionHint: 'Para qué es esta etapa, con tus palabras.',
  seasonSchedule: 'Horario en esta etapa',
  seasonCurrent: 'Vigente hoy',
  addSeason: 'Añadir una etapa',
  newSeasonName: 'Nueva etapa',
  endSeasonShort: 'Terminar hoy',
  removeSeason: ({ name }) => `Quitar «${name}»`,
  removeShort: 'Quitar',

  overridesTitle: 'Días puntuales',
  overridesHint: 'Una fecha concreta que es distinta: un día libre, u otra hora de fin.',
  overridesEmpty: 'No hay días puntuales.',
  overrideDate: 'Fecha',
  overrideOff: 'Día libre',
  overrideNote: 'Nota',
  overrideLabel: ({ position, what }) => `Día puntual ${n(position)}: ${what}`,
  addOverride: 'Añadir un día puntual',
  removeOverride: ({ position }) => `Quitar el día puntual ${n(position)}`,

  remindersTitle: 'Recordatorios',
  minutesUnit: 'min',
  hourUnit: 'h',
  graceMinutes: 'Margen después del fin',
  graceHint: 'Salir dentro de este margen cuenta como a tiempo.',
  headsUpMinutes: 'Aviso antes del fin',
  headsUpHint: 'Un aviso suave para empezar a cerrar; 0 para ninguno.',
  snoozeMinutes: 'Duración al posponer',
  snoozeHint: 'Cuánto espera un aplazamiento antes del siguiente recordatorio.',
  reminderLimit: 'Recordatorios después del fin',
  reminderLimitHint: 'Como mucho, estas repeticiones; 0 para solo el primer aviso.',
  awayThresholdMinutes: 'Ausente tras',
  awayThresholdHint: 'Este tiempo sin actividad cuenta como lejos del ordenador.',
  departureMinimumMinutes: 'Te has ido por hoy tras',
  departureMinimumHint: 'Una ausencia así de larga después del aviso cuenta como irse.',
  rolloverHour: 'El nuevo día empieza a las',
  rolloverHint: 'Hora de la noche en la que termina una jornada y empieza la siguiente (0–12).',
  idleUnavailable:
    'En este escritorio no se puede detectar la inactividad, así que Sundown nota que te vas cuando se bloquea la pantalla o el ordenador entra en reposo.',

  ritualTitle: 'Ritual de cierre',
  ritualHint: 'Los pasos que recorre el ritual, en orden.',
  stepTitle: ({ position }) => `Paso ${n(position)}`,
  stepKind: {
    review: 'Repaso',
    'open-loops': 'Temas abiertos',
    'first-task': 'La primera tarea de mañana',
    reflection: 'Pregunta para reflexionar',
    custom: 'Paso propio',
  },
  stepKindHint: ({ kind }) => `Tipo: ${kind}`,
  stepSkippable: 'Se puede saltar',
  moveUp: ({ title }) => `Subir «${title}»`,
  moveDown: ({ title }) => `Bajar «${title}»`,
  removeStep: ({ title }) => `Quitar «${title}»`,
  moveUpShort: 'Subir',
  moveDownShort: 'Bajar',
  addStep: 'Añadir un paso',
  newStepTitle: 'Nuevo paso',
  stepMoved: ({ title, position, total }) =>
    `«${title}» es ahora el paso ${n(position)} de ${n(total)}.`,
  stepRemoved: ({ title }) => `Se quitó «${title}».`,
  stepsFull: 'El ritual ya tiene todos los pasos que admite.',
  defaultStepTitles: {
    review: 'Repasa lo que has hecho hoy',
    'open-loops': 'Aparca los temas abiertos',
    'first-task': 'Elige la primera tarea de mañana',
    reflection: 'Una pregunta para terminar',
  },

  generalTitle: 'General',
  launchAtLogin: 'Abrir Sundown al iniciar sesión',
  language: 'Idioma',
  languageHint:
    'El idioma de las palabras, fechas y números de Sundown. «Predeterminado del sistema» sigue a tu ordenador.',
  languageOptions: {
    system: 'Predeterminado del sistema',
    en: 'English',
    de: 'Deutsch',
    es: 'Español',
    fr: 'Français',
  },
  shortcut: 'Atajo global',
  shortcutHint:
    'Abre el check-in desde cualquier sitio, p. ej., CommandOrControl+Alt+Shift+K. Útil donde no hay icono en la bandeja.',
  shortcutRecord: 'Grabar',
  shortcutRecording: 'Pulsa las teclas…',
  shortcutRecordingHint: 'Pulsa una tecla junto con Ctrl, Alt, Mayús o Cmd; Escape cancela.',

  devices: {
    title: 'Dispositivos',
    hint: 'Un solo registro en todos tus ordenadores, a través de una carpeta que tu servicio de sincronización ya mantiene al día (Syncthing, Dropbox, iCloud Drive, OneDrive). Sin cuenta ni servidor.',
    folderTitle: 'Carpeta de sincronización',
    folderLabel: 'Carpeta',
    noFolder: 'No hay ninguna carpeta elegida.',
    choose: 'Elegir una carpeta…',
    change: 'Cambiar de carpeta…',
    stop: 'Dejar de sincronizar',
    stopHint:
      'Al dejar de sincronizar, todo se queda en este dispositivo; la carpeta queda como está.',
    privacy:
      'La carpeta guarda tus notas y respuestas en JSON sin cifrar: es tan privada como el servicio de sincronización.',
    statusOff: 'La sincronización está desactivada: este dispositivo guarda su registro para sí.',
    statusSyncing: 'Sincronizando.',
    statusMissing: ({ since }: { since: string }) => `Falta la carpeta desde ${since}.`,
    missingHint:
      'Sundown sigue registrando en este dispositivo y se pondrá al día cuando vuelva la carpeta.',
    lastRead: ({ when }: { when: string }) => `Última lectura: ${when}.`,
    notReadYet: 'Aún no se ha leído.',
    damagedFile: ({ device, file, copy }: { device: string; file: string; copy: string }) =>
      `No se pudo leer un archivo de ${device} (${file}). Hay una copia en ${copy}.`,
    rekeyed: ({ when }: { when: string }) =>
      `Otro ordenador usaba el identificador de este dispositivo (un disco clonado o una copia de seguridad restaurada), así que este tomó uno nuevo el ${when}. No se perdió nada.`,
    thisDeviceTitle: 'Este dispositivo',
    name: 'Nombre',
    nameHint: 'Así llaman a este tus otros dispositivos y la vista del mes.',
    rename: 'Cambiar nombre',
    countsAsWork: 'Cuenta como trabajo',
    countsAsWorkHint:
      'Desactívalo en un dispositivo personal: su actividad no contará como trabajo (ni para la hora de salida ni fuera de horario) y nunca te avisará. Lo que digas allí, como el ritual, sí cuenta.',
    saved: 'Guardado.',
    othersTitle: 'Otros dispositivos',
    othersNone: 'Ningún otro dispositivo ha escrito todavía en la carpeta.',
    othersOff: 'Tus otros dispositivos aparecerán aquí cuando actives la sincronización.',
    lastSeen: ({ when }: { when: string }) => `visto por última vez ${when}`,
    neverSeen: 'aún no visto',
    personal: 'personal',
    work: 'cuenta como trabajo',
    justNow: 'justo ahora',
    anotherDevice: 'otro dispositivo',
    loadFailed: 'Sundown no pudo leer tus dispositivos. Cierra esta ventana y vuelve a abrirla.',
  },

  dataTitle: 'Tus datos',
  dataHint: 'Todo lo que sabe Sundown vive en este ordenador. Expórtalo o trae una exportación.',
  exportData: 'Exportar…',
  importData: 'Importar…',
  exported: ({ path }) => `Exportado a ${path}.`,
  exportCancelled: 'Exportación cancelada.',
  imported: ({ imported, skipped }) => {
    const events = plural('es', imported, {
      one: 'Se importó # evento',
      other: 'Se importaron # eventos',
    })
    const already = plural('es', skipped, {
      one: '; # ya estaba',
      other: '; # ya estaban',
    })
    return `${events}${skipped > 0 ? already : ''}. Los ajustes vienen ahora del archivo.`
  },
  importFailed: ({ reason }) => `No se importó nada: ${reason}`,
  transferFailed: 'No se pudo hacer. Inténtalo de nuevo.',

  save: 'Guardar ajustes',
  saving: 'Guardando…',
  saved: 'Guardado.',
  discard: 'Descartar cambios',
  unsaved: 'Cambios sin guardar',
  fixErrors: ({ count }) =>
    plural('es', count, {
      one: 'Hay # ajuste que corregir antes de guardar: mira los campos marcados.',
      other: 'Hay # ajustes que corregir antes de guardar: mira los campos marcados.',
    }),
  saveFailed: 'Sundown no pudo guardar tus ajustes. Inténtalo de nuevo.',
  otherErrors: 'Además:',
}
