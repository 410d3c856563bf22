import type { missingDocumentsPrep as english } from '../../../../../domain/catalog/prep/missing-documents.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Un documento que falta»: the Spanish prep/missing-documents.ts (docs/decisions/008). */
export const missingDocumentsPrep = {
  meaning: [
    'Puede que le llamen para pedirle un formulario, una copia de su documento de identidad, la prueba de que puede trabajar aquí, un título, una muestra de su trabajo o un consentimiento firmado.',
    'Suele ser un paso de rutina, y a menudo quiere decir que quieren que su candidatura siga adelante.',
    'No quiere decir que haya hecho nada mal, y por sí solo no dice si le darán el puesto. Casi siempre se resuelve rápido.',
  ],
  checklist: [
    {
      id: 'docs-replay-message',
      text: 'Vuelva a leer o a escuchar su mensaje, y anote exactamente lo que le piden.',
      first: true,
    },
    {
      id: 'docs-gather-papers',
      text: 'Busque su documento de identidad, sus títulos y otros papeles, y compruebe que ninguno ha caducado.',
    },
    {
      id: 'docs-check-names',
      text: 'Compruebe que el nombre de cada documento es el mismo que el de su candidatura.',
    },
    {
      id: 'docs-make-copies',
      text: 'Escanee o fotografíe bien cada página, para poder enviarlas rápido.',
    },
    {
      id: 'docs-check-it-is-them',
      text: 'Busque el teléfono de la empresa o a la persona de selección en la web de la empresa, para comprobar que la petición es real.',
      first: true,
    },
    {
      id: 'docs-safe-channel',
      text: 'Envíe su documento de identidad solo por un enlace de subida seguro o a un correo que haya comprobado.',
    },
    {
      id: 'docs-pick-work-sample',
      text: 'Si pueden pedirle una muestra de su trabajo, elija la mejor y quite todo lo privado.',
    },
    {
      id: 'docs-read-before-signing',
      text: 'Lea entero cualquier consentimiento antes de firmarlo, y anote lo que quiera preguntar.',
    },
  ],
  haveAtHand: [
    'Su mensaje, o su nota de lo que le pidieron.',
    'Los documentos que ya tiene, o copias claras de ellos.',
    'Su agenda, para acordar una fecha que de verdad pueda cumplir.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Dé las gracias y pregunte qué necesitan exactamente. Anote el documento, el formato y el plazo. Si le piden su documento de identidad u otros papeles privados, compruebe que la petición es de verdad suya antes de enviar nada, y use una forma segura de enviarlo.',
  script: [
    'Gracias por llamarme. Con gusto le envío lo que necesite.',
    '¿Me puede decir exactamente qué documento necesita, y en qué formato?',
    '¿Cuál es la forma más segura de enviárselo?',
    'Gracias. Se lo envío antes de esa fecha, y si algo me retrasa se lo diré enseguida.',
  ],
  questions: [
    '¿Qué documento necesita, exactamente?',
    '¿En qué formato lo quiere: escaneado, en foto, en PDF o el original?',
    '¿Para cuándo lo necesita?',
    '¿Cuál es la forma más segura de enviárselo?',
    '¿Tengo que firmar algo? ¿Puedo leerlo antes?',
    '¿Falta algo más, para enviarlo todo de una vez?',
  ],
  avoid: [
    'Enviar su documento de identidad, su pasaporte o sus datos del banco por un correo o un mensaje normal sin comprobar antes que la petición es de verdad suya.',
    'Adivinar lo que quieren decir. Si no sabe qué formulario quieren, pregunte.',
    'Prometer una fecha que no puede cumplir. Si un documento va a tardar, dígalo ya.',
    'Enviar como muestra un trabajo privado de una empresa anterior.',
  ],
  reply: {
    subject: 'Documentos para {role}',
    body: [
      'Hola, {theirName}:',
      'Me ayuda saber exactamente qué necesitan aún de mi parte.',
      'Como acordamos, le enviaré los documentos dentro del plazo que me indicó y de la forma que me pidió.',
      'Si falta algo más, dígamelo, por favor.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
