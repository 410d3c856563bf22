import type {
  anyOfMessages as englishAnyOf,
  checklistMessages as englishChecklist,
  followUpMessages as englishFollowUp,
  insightMessages as englishInsight,
  missingNames as englishMissing,
  nameFieldMessages as englishNameField,
  prepMessages as englishPrep,
  voicemailMessages as englishVoicemail,
} from '../../../../ui/messages/prep.ts';
import type { Translated } from '../../../translated.ts';

/*
 * The Spanish src/ui/messages/prep.ts (docs/decisions/008). The email and the voicemail script
 * are the candidate speaking to an employer, so they say "usted" to them, as the app does to
 * the candidate (docs/spelling.md).
 */

/** The prep of one meaning (its words come from the catalog). */
export const prepMessages = {
  meaningHeading: 'Qué puede significar',
  atHandHeading: 'Tenga a mano',
  sayHeading: 'Cómo responder y qué decir',
  askHeading: 'Preguntas que puede hacerles',
  avoidHeading: 'Qué evitar',
  quoted: '“{line}”',
} as const satisfies Translated<typeof englishPrep>;

/** The prep checklist, whose ticks live in the link. */
export const checklistMessages = {
  heading: 'Su lista para prepararse',
  firstHeading: 'Haga esto primero',
  restHeading: 'Después, si tiene tiempo',
  progress: '{ticked} de {total} hechas',
  copy: 'Copiar la lista',
  copyMarkdown: 'Copiar en formato Markdown',
  copied: 'Lista copiada.',
  copiedMarkdown: 'Lista copiada en formato Markdown.',
  copiedTitle: 'Lista para prepararse: {title}',
  copiedTitleMarkdown: '## Lista para prepararse: {title}',
} as const satisfies Translated<typeof englishChecklist>;

/** The email to send, after a talk or before any. */
export const followUpMessages = {
  heading: 'Un correo breve para enviarles',
  hint: 'Usa los nombres y la empresa que escriba, que se guardan solo en este dispositivo y nunca van en el enlace.',
  spokenQuestion: '¿Ya ha hablado con ellos?',
  spokenNo: 'Todavía no',
  spokenYes: 'Sí, ya hemos hablado',
  namesLegend: 'Nombres en el correo',
  theirNameFromContact:
    'El correo usa {name}, de “Quién llamó”. Escriba aquí si prefiere usar otro nombre.',
  preview: 'El correo',
  subjectLabel: 'Asunto:',
  copyText: 'Asunto: {subject}\n\n{body}',
  copy: 'Copiar',
  copied: 'Correo copiado.',
  copiedMissing: {
    one: 'Correo copiado, pero aún falta un dato por completar: {missing}. Añádalo aquí o en su correo antes de enviarlo.',
    other:
      'Correo copiado, pero aún faltan {count} datos por completar: {missing}. Añádalos aquí o en su correo antes de enviarlo.',
  },
  gap: '[{name}]',
  roleFallback: 'el puesto',
  openInEmail: 'Abrir en el correo',
  talkedOpener: {
    spokeToday: 'Gracias por llamarme hoy.',
    spoke: 'Gracias por su llamada.',
    voicemail: 'Gracias por su mensaje y por el tiempo que me dedicó en nuestra conversación.',
    missed: 'Gracias por el tiempo que me dedicó en nuestra conversación.',
    email: 'Gracias por su mensaje y por el tiempo que me dedicó en nuestra conversación.',
    unknown: 'Gracias por el tiempo que me dedicó en nuestra conversación.',
  },
  notYet: {
    subject: {
      voicemail: 'Respuesta a su llamada',
      missed: 'Disculpe que no pudiera atender su llamada',
      email: 'Gracias por su mensaje',
      unknown: 'Respuesta a su contacto',
    },
    opener: {
      voicemail: 'Gracias por su mensaje. Siento no haber podido contestar.',
      missed: 'He visto que me llamó. Siento no haber podido contestar.',
      email: 'Gracias por su mensaje.',
      unknown: 'Gracias por ponerse en contacto conmigo.',
    },
    interest:
      'Sigo teniendo mucho interés en trabajar en {company} y me encantaría que pudiéramos hablar.',
    next: {
      voicemail:
        'Intentaré llamarle de nuevo pronto. Si le resulta más cómodo, dígame a qué hora le viene bien que le llame, o responda a este correo.',
      missed:
        'Intentaré llamarle de nuevo pronto. Si le resulta más cómodo, dígame a qué hora le viene bien que le llame, o responda a este correo.',
      email:
        '¿Cuándo le vendría bien que habláramos? Si lo prefiere, también puedo responderle por correo.',
      unknown:
        '¿Cuándo le vendría bien que habláramos? Si lo prefiere, también puedo responderle por correo.',
    },
    greeting: 'Hola, {theirName}:',
    signOff: 'Un cordial saludo,\n{myName}',
  },
} as const satisfies Translated<typeof englishFollowUp>;

/** The label of each name's field in the email. */
export const nameFieldMessages = {
  theirName: 'Nombre de la persona de contacto',
  myName: 'Su nombre',
  // Not "Empresa": the page's "Sobre esta llamada" already has a field with that label.
  company: 'Nombre de la empresa',
} as const satisfies Translated<typeof englishNameField>;

/** Each blank name as said in "aún falta …" and in the copied email's gaps. */
export const missingNames = {
  theirName: 'nombre de la persona de contacto',
  myName: 'su nombre',
  company: 'nombre de la empresa',
} as const satisfies Translated<typeof englishMissing>;

/** What to say if the call back goes to their voicemail. */
export const voicemailMessages = {
  heading: 'Si al devolver la llamada le sale el buzón de voz',
  hint: 'No pasa nada por leerlo en voz alta. Hable despacio y diga con sus propias palabras lo que va entre corchetes.',
  hello: 'Hola, {theirName}, le habla {myName}.',
  helloNoName: 'Hola, le habla {myName}.',
  back: {
    email: 'Gracias por su mensaje{about}.',
    call: 'Le devuelvo la llamada{about}.',
    unknown: 'Le llamo para responderle{about}.',
  },
  about: {
    roleAndCompany: ' sobre el puesto de {role} en {company}',
    role: ' sobre el puesto de {role}',
    company: ' de {company}',
  },
  number: 'Puede llamarme al [su número]. Se lo repito: [su número].',
  free: 'Estoy disponible [diga los días y horas que mejor le vengan].',
  bye: 'Quedo a la espera de poder hablar con usted. Muchas gracias y que tenga un buen día.',
  yourName: '[su nombre]',
  copy: 'Copiar el texto',
  copied: 'Texto copiado.',
} as const satisfies Translated<typeof englishVoicemail>;

/** "What could tip the balance": what would change the ranking, and what to ask. */
export const insightMessages = {
  heading: 'Qué podría inclinar la balanza',
  swapLabel: 'Qué cambiaría el panorama:',
  askLabel: 'Pregunte esto en la llamada:',
  askQuestion: '“{question}”',
} as const satisfies Translated<typeof englishInsight>;

/** The prep for any of the likely few, shown when the answers say little. */
export const anyOfMessages = {
  intro:
    'Con tan poca información, prepárese para los tres significados más probables a la vez: unas pocas cosas sirven para todos.',
  introScreen: 'La preparación completa de cada uno se abre con un toque.',
  sayHeading: 'Al contestar, sea lo que sea',
  say: [
    'Gracias por ponerse en contacto conmigo. Me alegra tener noticias suyas.',
    '¿Podría contarme un poco para qué es la llamada?',
    '¿Me da un momento para buscar algo con qué tomar nota?',
  ],
  reasonHeading: '{title} ({percent})',
  fullPrep: 'Ver la preparación completa{which}',
  fullPrepWhich: ': {title}',
} as const satisfies Translated<typeof englishAnyOf>;
