import type {
  calendarMessages as englishCalendar,
  callFieldMessages as englishCallField,
  notesMessages as englishNotes,
} from '../../../../ui/messages/call-details.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/call-details.ts (docs/decisions/008). */

/** The call's own details, typed once and used in the heading, the sheet and the email. */
export const callFieldMessages = {
  heading: 'Sobre esta llamada',
  hint: 'Se escriben una vez y se usan en el título, la hoja impresa, el calendario y el correo. Nunca salen de este dispositivo ni van en el enlace.',
  company: 'Empresa',
  role: 'Puesto',
  contactName: 'Quién llamó',
  phone: 'Número para devolver la llamada',
  callNumber: 'Llamar al {phone}',
} as const satisfies Translated<typeof englishCallField>;

/** The private notes for the call. */
export const notesMessages = {
  label: 'Mis notas para la llamada',
  hint: 'Para nombres, fechas y su rango salarial. Nunca salen de este dispositivo ni van en el enlace.',
  tooLong:
    'Estas notas superan los {max} caracteres que podemos guardar, así que el último cambio no se guardó. Acórtelas un poco y se volverán a guardar.',
} as const satisfies Translated<typeof englishNotes>;

/** Calendar files: a reminder to call back and one to follow up. */
export const calendarMessages = {
  heading: 'Añadir al calendario',
  date: 'Fecha',
  time: 'Hora',
  callBackTitle: 'Devolverles la llamada',
  callBackIntro:
    'Un hueco de 15 minutos con un aviso 15 minutos antes y el enlace a esta preparación.',
  callBackButton: 'Descargar .ics',
  callBackFile: 'callback-devolver-llamada.ics',
  callBackEvent: 'Devolver la llamada sobre el empleo',
  callBackEventFor: 'Devolver la llamada a {company} sobre el empleo',
  callBackNumber: 'Número de contacto: {phone} ({tel})',
  callBackDescription: 'Probablemente: {title}. Su preparación: {link}',
  followUpTitle: 'Recordarme hacer seguimiento',
  followUpIntro: {
    one: 'Si para entonces no tiene noticias, basta con un correo breve y amable. Le sugerimos el {date}, dentro de {days} día.',
    other:
      'Si para entonces no tiene noticias, basta con un correo breve y amable. Le sugerimos el {date}, dentro de {days} días.',
  },
  followUpButton: 'Descargar recordatorio de seguimiento',
  followUpFile: 'callback-seguimiento.ics',
  followUpEvent: 'Hacer seguimiento del empleo',
  followUpEventFor: 'Hacer seguimiento con {company} sobre el empleo',
  followUpDescription:
    'Si todavía no hay noticias, envíe un correo breve y amable. Su preparación: {link}',
  dateProblems: {
    empty: 'Elija una fecha para el recordatorio.',
    'short-year': 'Escriba el año completo, con sus cuatro cifras, por ejemplo {year}.',
    'not-a-date': 'Esa fecha no existe. Revise el día y el mes.',
    past: 'Esa fecha ya pasó. Elija hoy o una fecha posterior.',
    'too-far': 'Elija una fecha dentro de los próximos {max} días.',
  },
  timeProblems: {
    empty: 'Elija una hora para el recordatorio.',
    'not-a-time': 'Escriba una hora entre las 00:00 y las 23:59.',
    'clocks-change':
      'Esa noche se adelantan los relojes, así que esa hora no existe ese día. Elija una hora más tarde.',
    passed: 'Esa hora ya pasó hoy. Elija una hora más tarde.',
  },
  fieldError: '{label} {error}',
  errorLabel: 'Error:',
  notLoaded:
    'No pudimos crear el archivo de calendario, quizá porque se cortó la conexión. Vuelva a intentarlo cuando tenga conexión.',
} as const satisfies Translated<typeof englishCalendar>;
