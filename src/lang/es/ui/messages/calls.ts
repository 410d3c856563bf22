import type {
  backupMessages as englishBackup,
  callsMessages as englishCalls,
  clearMessages as englishClear,
  dataMessages as englishData,
  deleteMessages as englishDelete,
  deviceMessages as englishDevice,
  renameMessages as englishRename,
  restoreMessages as englishRestore,
  undoMessages as englishUndo,
} from '../../../../ui/messages/calls.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/calls.ts (docs/decisions/008). */

/** The calls page: the list, and what can be done with it. */
export const callsMessages = {
  heading: 'Sus llamadas guardadas',
  lead: 'Cada llamada guarda sus propias respuestas, casillas marcadas, notas y nombres a medida que avanza.',
  listLabel: 'Llamadas guardadas, de la más reciente a la más antigua',
  unnamed: 'Llamada sin nombre',
  changed: 'Último cambio: {when}',
  withRole: '{name}, {role}',
  likely: 'Lo más probable: {title}',
  guess: 'Nuestra mejor suposición: {title}',
  unfinished: 'Preguntas sin terminar ({count} de {total} respondidas)',
  open: 'Abrir',
  openLabel: 'Abrir la llamada con {name}',
  openLabelUnnamed: 'Abrir esta llamada sin nombre',
  continueQuestions: 'Seguir con las preguntas',
  continueLabel: 'Seguir con las preguntas de la llamada con {name}',
  continueLabelUnnamed: 'Seguir con las preguntas de esta llamada sin nombre',
  ticked: { one: '{count} tarea marcada', other: '{count} tareas marcadas' },
  outcome: 'Resultó ser: {title}',
  outcomeOther: 'Resultó ser otra cosa',
  none: 'Todavía no hay llamadas guardadas en este dispositivo. Responda a unas preguntas y su llamada se irá guardando aquí.',
  newCall: 'Empezar una llamada nueva',
  setAside: {
    one: 'No pudimos leer 1 llamada guardada, quizá porque la guardó una versión más reciente de Callback. La hemos dejado tal como estaba, para que una versión más nueva pueda abrirla.',
    other:
      'No pudimos leer {count} llamadas guardadas, quizá porque las guardó una versión más reciente de Callback. Las hemos dejado tal como estaban, para que una versión más nueva pueda abrirlas.',
  },
} as const satisfies Translated<typeof englishCalls>;

/** What "on this device" means, in plain words. */
export const deviceMessages = {
  heading: 'Qué significa “en este dispositivo”',
  kept: 'Sus llamadas se guardan en este navegador, solo en este dispositivo. No se envía nada a ningún sitio, ni siquiera a nosotros.',
  elsewhere:
    'Otro navegador, u otro teléfono u otro equipo, no las ve. Para llevarse sus llamadas, descárguelas aquí y restaure el archivo en el otro navegador.',
  shared:
    'Cualquier persona que use este navegador en este dispositivo, con el mismo perfil, también puede verlas. En un equipo compartido, use su propio perfil del navegador o borre sus datos al terminar.',
  mayBeCleared:
    'Si este dispositivo se queda sin espacio, el navegador puede borrar los datos que los sitios web guardan en él, también sus llamadas. Se siguen guardando a medida que avanza, y si descarga una copia estarán a salvo pase lo que pase.',
  cleared:
    'Si se borran los datos de este navegador para este sitio, también se borran sus llamadas, y algunos navegadores lo hacen por su cuenta tras unas semanas sin visitarlo. Con una copia descargada puede recuperarlas cuando quiera.',
} as const satisfies Translated<typeof englishDevice>;

/** Renaming one call, in place. */
export const renameMessages = {
  rename: 'Cambiar nombre',
  renameLabel: 'Cambiar el nombre de {name}',
  field: 'Empresa o nombre de esta llamada',
  hint: 'Es también la empresa que aparece en el título, en la hoja impresa y en el correo. Déjelo vacío para llamarla “Llamada sin nombre”.',
  save: 'Guardar',
  cancel: 'Cancelar',
  notSaved:
    'No pudimos guardar el nombre nuevo: ahora mismo este navegador no deja que Callback guarde nada.',
  invalid: 'No pudimos guardar ese nombre. Pruebe con uno más corto.',
} as const satisfies Translated<typeof englishRename>;

/** Deleting one call: asking first, then saying what happened. */
export const deleteMessages = {
  delete: 'Borrar',
  deleteLabel: 'Borrar {name}',
  ask: '¿Borrar la llamada con {name} y sus notas?',
  askUnnamed: '¿Borrar esta llamada sin nombre y sus notas?',
  confirm: 'Sí, borrarla',
  cancel: 'No, conservarla',
  done: 'Se borró la llamada con {name}.',
  doneUnnamed: 'Se borró la llamada sin nombre.',
  failed:
    'No pudimos borrar esta llamada: este navegador no deja que Callback cambie lo que guardó. No se ha borrado nada.',
} as const satisfies Translated<typeof englishDelete>;

/** Bringing back what was just deleted or cleared. */
export const undoMessages = {
  undoOne: 'Recuperarla',
  undoAll: 'Recuperarlas',
  done: { one: 'Se recuperó 1 llamada.', other: 'Se recuperaron {count} llamadas.' },
  failed:
    'No pudimos recuperar todas las llamadas: ahora mismo este navegador no deja que Callback guarde nada.',
} as const satisfies Translated<typeof englishUndo>;

/** Download, restore and clear: the section at the foot of the page. */
export const dataMessages = {
  heading: 'Guardar una copia, llevarla a otro sitio o borrar',
  reminder: {
    one: 'Su llamada solo existe en este navegador. Descargue una copia de vez en cuando, para que esté a salvo si el navegador borra sus datos.',
    other:
      'Sus {count} llamadas solo existen en este navegador. Descargue una copia de vez en cuando, para que estén a salvo si el navegador borra sus datos.',
  },
  backup: 'Descargar mis llamadas',
  backupHint:
    'Guarda un archivo con cada llamada, sus notas y sus nombres. El archivo no lleva contraseña, así que guárdelo donde guarda otros papeles privados.',
  downloaded: {
    one: 'Se descargó 1 llamada en el archivo {file}. Su navegador suele dejarlo en la carpeta de descargas.',
    other:
      'Se descargaron {count} llamadas en el archivo {file}. Su navegador suele dejarlo en la carpeta de descargas.',
  },
  nothingToDownload: 'Aún no hay llamadas guardadas aquí, así que no hay nada que descargar.',
  restore: 'Restaurar desde un archivo',
  restoreHint:
    'Elija un archivo guardado con “Descargar mis llamadas”. Le mostramos lo que va a añadir antes de cambiar nada, y si una llamada de aquí es más reciente que la del archivo, se queda como está.',
  clearAll: 'Borrar todos los datos',
  clearHint: 'Borra todas las llamadas y todo lo demás que Callback guardó en este navegador.',
} as const satisfies Translated<typeof englishData>;

/** Clearing everything: asking first, then saying what happened. */
export const clearMessages = {
  ask: {
    one: 'Esto borra 1 llamada y sus notas de este navegador. Si cree que puede necesitarla, descargue antes una copia.',
    other:
      'Esto borra {count} llamadas y sus notas de este navegador. Si cree que puede necesitarlas, descargue antes una copia.',
  },
  askNothing:
    'No hay llamadas guardadas aquí. Esto borra cualquier otra cosa que Callback guardara en este navegador.',
  askSetAside: {
    one: 'También borra 1 llamada guardada que esta versión no puede leer.',
    other: 'También borra {count} llamadas guardadas que esta versión no puede leer.',
  },
  confirm: 'Sí, borrarlo todo',
  cancel: 'No, conservar mis llamadas',
  done: {
    one: 'Se borró 1 llamada y sus notas de este navegador.',
    other: 'Se borraron {count} llamadas y sus notas de este navegador.',
  },
  doneNothing: 'Se borró todo lo que Callback había guardado en este navegador.',
  failed:
    'No pudimos borrar nada: este navegador no deja que Callback cambie lo que guardó. No se ha borrado nada.',
} as const satisfies Translated<typeof englishClear>;

/** Restoring from a backup file: what it holds, asking first, then saying what happened. */
export const restoreMessages = {
  reading: 'Leyendo el archivo…',
  fileHas: { one: 'Este archivo tiene 1 llamada:', other: 'Este archivo tiene {count} llamadas:' },
  added: { one: '1 nueva', other: '{count} nuevas' },
  updated: {
    one: '1 más reciente que la de aquí, a la que sustituye',
    other: '{count} más recientes que las de aquí, a las que sustituyen',
  },
  unchanged: {
    one: '1 que ya está aquí, sin cambios',
    other: '{count} que ya están aquí, sin cambios',
  },
  keptNewer: {
    one: '1 llamada de aquí es más reciente que la del archivo y se queda como está',
    other: '{count} llamadas de aquí son más recientes que las del archivo y se quedan como están',
  },
  willRestore: 'Se añadirá o actualizará:',
  willKeep: 'Estas se quedan como están, porque este dispositivo tiene una copia más reciente:',
  callLine: '{name}, último cambio {when}',
  more: { one: 'y 1 más', other: 'y {count} más' },
  confirm: 'Restaurarlas',
  cancel: 'Cancelar',
  cancelled: 'No se restauró nada y no ha cambiado nada.',
  nothingNew:
    'Todo lo que hay en este archivo ya está aquí, así que no se ha añadido ni cambiado nada.',
  done: {
    one: 'Se restauró 1 llamada desde el archivo.',
    other: 'Se restauraron {count} llamadas desde el archivo.',
  },
  failed: {
    one: 'No se pudo guardar 1 llamada: ahora mismo este navegador no deja que Callback guarde nada.',
    other:
      'No se pudieron guardar {count} llamadas: ahora mismo este navegador no deja que Callback guarde nada.',
  },
  unreadable:
    'No pudimos abrir este archivo. No ha cambiado nada. Vuelva a elegirlo, o elija otra copia.',
} as const satisfies Translated<typeof englishRestore>;

/** Why a backup file cannot be restored, in plain words for someone worried about their notes. */
export const backupMessages = {
  'not-json':
    'Este archivo no es una copia de Callback: no se pudo leer. No ha cambiado nada. Elija el archivo que guardó con “Descargar mis llamadas”.',
  foreign:
    'Este archivo no es una copia de Callback. No ha cambiado nada. Elija el archivo que guardó con “Descargar mis llamadas”.',
  'newer-version':
    'Esta copia la hizo una versión más reciente de Callback. No ha cambiado nada. Vuelva a cargar la página para tener la última versión y restáurela otra vez.',
  damaged:
    'Esta copia está dañada y no se pudieron leer sus llamadas. No ha cambiado nada, y las llamadas que ya hay en este dispositivo están a salvo.',
  leftOut: {
    one: 'No se pudo leer 1 llamada de este archivo y se dejará fuera.',
    other: 'No se pudieron leer {count} llamadas de este archivo y se dejarán fuera.',
  },
} as const satisfies Translated<typeof englishBackup>;
