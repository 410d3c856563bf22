import type { backgroundCheckPrep as english } from '../../../../../domain/catalog/prep/background-check.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Una verificación de antecedentes»: the Spanish prep/background-check.ts (docs/decisions/008). */
export const backgroundCheckPrep = {
  meaning: [
    'La verificación de antecedentes suele llegar al final, a menudo junto a una oferta que depende de ella.',
    'Lo que revisan depende del país y del puesto. Puede incluir su identidad, su permiso de trabajo, sus empleos y estudios y, a veces, sus antecedentes penales o su historial de crédito.',
    'Es un paso de rutina, no una señal de que duden de usted. Pero tampoco es un sí definitivo, porque el puesto puede depender de lo que salga.',
  ],
  checklist: [
    {
      id: 'bg-list-jobs',
      text: 'Anote cada empleo anterior con sus fechas exactas de inicio y fin y su cargo real.',
      first: true,
    },
    {
      id: 'bg-match-resume',
      text: 'Compruebe que esas fechas y cargos coinciden con su currículum y con su perfil de LinkedIn.',
    },
    {
      id: 'bg-find-id',
      text: 'Busque su documento de identidad y los papeles que prueban que puede trabajar en este país.',
    },
    {
      id: 'bg-education',
      text: 'Anote dónde estudió, en qué fechas y qué títulos obtuvo.',
    },
    {
      id: 'bg-past-employers',
      text: 'Busque los datos de contacto de sus antiguas empresas, por si se los piden.',
    },
    {
      id: 'bg-spot-issues',
      text: 'Piense en lo que podría salir, como una condena antigua o un trabajo que acabó mal.',
      first: true,
    },
    {
      id: 'bg-plan-words',
      text: 'Prepare una o dos frases tranquilas para explicarlo, así lo sabrán primero por usted.',
    },
    {
      id: 'bg-read-consent',
      text: 'Lea entero cualquier formulario de consentimiento antes de firmarlo.',
    },
    {
      id: 'bg-know-rights',
      text: 'Infórmese de lo que una empresa puede revisar en el lugar donde vive.',
    },
  ],
  haveAtHand: [
    'Su documento de identidad y la prueba de que puede trabajar aquí.',
    'Su historial de empleos, con fechas y cargos exactos.',
    'Los datos de sus estudios: centros, fechas y títulos.',
    'Su correo abierto, porque el formulario de consentimiento suele llegar por ahí.',
  ],
  howToAnswer:
    'Diga que está de acuerdo en seguir y pregunte cómo funciona. Si puede salir algo, como un antecedente antiguo o un hueco en sus fechas, menciónelo ahora en una o dos frases. Es mucho mejor que lo oigan de usted que leerlo en un informe.',
  script: [
    'Gracias por llamarme. Estoy de acuerdo en seguir con la verificación.',
    '¿Me puede decir qué incluye y cómo doy mi consentimiento?',
    'Si es su caso: hay algo que prefiero contarle ahora, para que no sea una sorpresa.',
    '¿Cuánto suele tardar, y qué pasa cuando termine?',
  ],
  questions: [
    '¿Qué incluye la verificación?',
    '¿Qué empresa la hará, y cómo se pondrán en contacto conmigo?',
    '¿Necesita algo de mí, como mi documento de identidad o un formulario firmado?',
    '¿Cuánto suele tardar?',
    '¿Podré ver el resultado y explicar algo si hace falta?',
    '¿La oferta, o el siguiente paso, depende de esta verificación?',
  ],
  avoid: [
    'Redondear fechas o inflar un cargo. La verificación lo descubre, y queda peor que la verdad.',
    'Callar algo que sabe que va a salir.',
    'Dejar su trabajo actual antes de que la verificación esté en orden y la oferta por escrito.',
  ],
  reply: {
    subject: 'Verificación de antecedentes para {role}',
    body: [
      'Hola, {theirName}:',
      'Estoy de acuerdo en seguir adelante con la verificación de antecedentes.',
      'Como acordamos, completaré los formularios y enviaré mi consentimiento antes de la fecha que me indicó. Si necesita algo más de mi parte, dígamelo, por favor.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
