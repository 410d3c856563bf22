import type { questionWords as english } from '../../../domain/question-words.ts';
import type { Translated } from '../../translated.ts';

/* The Spanish src/domain/question-words.ts (docs/decisions/008). Each labelInSentence fits the
   gap of its sentence in explainMessages: a caller after "le hubiera llamado", a way of getting
   in touch as a whole clause after "Si", a round after "hubiera sido", a topic after "le
   hubieran mencionado", a tone after "hubiera sido". */

export type { OptionWords, QuestionWords } from '../../../domain/question-words.ts';

/** The six questions' words, by question key. */
export const questionWords = {
  caller: {
    prompt: '¿Quién le llamó?',
    hint: 'Elija lo más parecido. Si solo tiene un número, marque “No lo sé”.',
    short: 'Quién llamó',
    shortInSentence: 'quién llamó',
    options: {
      recruiter: {
        label: 'Recursos Humanos o alguien de selección de la empresa',
        labelInSentence: 'alguien de Recursos Humanos o de selección de la empresa',
      },
      'hiring-manager': {
        label: 'Su posible jefe o alguien que le entrevistó',
        labelInSentence: 'su posible jefe o alguien que le entrevistó',
      },
      agency: {
        label: 'Una agencia o un reclutador externo',
        labelInSentence: 'una agencia o un reclutador externo',
      },
    },
  },
  contact: {
    prompt: '¿Cómo se pusieron en contacto?',
    hint: 'Cómo supo de ellos por primera vez sobre esta llamada.',
    short: 'Cómo contactaron',
    shortInSentence: 'cómo contactaron',
    options: {
      spoke: {
        label: 'Hablamos por teléfono',
        labelInSentence: 'hubiera hablado con ellos por teléfono',
      },
      voicemail: {
        label: 'Me dejaron un mensaje de voz',
        labelInSentence: 'le hubieran dejado un mensaje de voz',
      },
      missed: {
        label: 'Una llamada perdida, sin mensaje',
        labelInSentence: 'hubiera sido una llamada perdida sin mensaje',
      },
      email: {
        label: 'Un correo o un mensaje pidiendo una llamada',
        labelInSentence: 'le hubieran escrito para pedirle una llamada',
      },
    },
  },
  round: {
    prompt: '¿Cuál fue su entrevista más reciente?',
    hint: 'La última entrevista que tuvo con esta empresa antes de que le contactaran.',
    short: 'Última entrevista',
    shortInSentence: 'su última entrevista',
    options: {
      screen: {
        label: 'Una primera llamada de selección',
        labelInSentence: 'una primera llamada de selección',
      },
      middle: {
        label: 'Una fase intermedia',
        labelInSentence: 'una fase intermedia',
        hint: 'Por ejemplo, una entrevista técnica, con un panel o una segunda entrevista.',
      },
      final: {
        label: 'La fase final',
        labelInSentence: 'la fase final',
        hint: 'Por ejemplo, una jornada en la oficina o una charla con la dirección.',
      },
    },
  },
  days: {
    prompt: '¿Hace cuántos días fue esa entrevista?',
    hint: 'Basta con una cuenta aproximada. Ponga 0 si fue hoy.',
    short: 'Días desde la entrevista',
    shortInSentence: 'los días desde la entrevista',
    options: {},
  },
  topics: {
    prompt: '¿Qué le mencionaron o qué le preguntaron?',
    hint: 'Marque todo lo que corresponda, de la llamada, del mensaje de voz o del mensaje escrito.',
    short: 'Lo que mencionaron',
    shortInSentence: 'lo que mencionaron',
    options: {
      salary: { label: 'El sueldo o el salario', labelInSentence: 'el sueldo' },
      benefits: {
        label: 'Beneficios o prestaciones, como vacaciones, seguro médico o jubilación',
        labelInSentence: 'los beneficios',
      },
      'start-date': {
        label: 'Cuándo podría empezar, o su plazo de preaviso',
        labelInSentence: 'cuándo podría empezar',
      },
      'competing-offers': {
        label: 'Otras ofertas o entrevistas que tenga',
        labelInSentence: 'otras ofertas o entrevistas que tuviera',
      },
      references: { label: 'Referencias', labelInSentence: 'sus referencias' },
      'background-check': {
        label: 'Una verificación de antecedentes',
        labelInSentence: 'una verificación de antecedentes',
      },
      resume: { label: 'Algo de su currículum', labelInSentence: 'algo de su currículum' },
      'follow-up-question': {
        label: 'Una pregunta de la entrevista, o una nueva',
        labelInSentence: 'una pregunta de la entrevista o una nueva',
      },
      documents: {
        label: 'Documentos o una muestra de su trabajo que necesitan',
        labelInSentence: 'documentos o una muestra de su trabajo',
      },
      assessment: {
        label: 'Una prueba, una tarea o un caso práctico',
        labelInSentence: 'una prueba, una tarea o un caso práctico',
      },
      'next-interview': { label: 'Otra entrevista', labelInSentence: 'otra entrevista' },
      onsite: {
        label: 'Una visita a la oficina: cómo llegar, el viaje, el día',
        labelInSentence: 'una visita a la oficina',
      },
      timeline: {
        label: 'Sus plazos o un retraso',
        labelInSentence: 'sus plazos o un retraso',
      },
      feedback: {
        label: 'Comentarios sobre su entrevista',
        labelInSentence: 'comentarios sobre su entrevista',
      },
      nothing: {
        label: 'Nada en concreto',
        labelInSentence: 'solo que les devolviera la llamada',
        hint: 'Solo le pidieron que devolviera la llamada.',
      },
    },
  },
  tone: {
    prompt: '¿Cómo le sonaron?',
    hint: 'Su impresión sincera. El tono es una pista débil, así que “No lo sé” está bien.',
    short: 'Cómo sonaban',
    shortInSentence: 'cómo sonaban',
    options: {
      warm: { label: 'Animados y cordiales', labelInSentence: 'animado y cordial' },
      neutral: { label: 'Neutros, sin más', labelInSentence: 'neutro, sin más' },
      hesitant: {
        label: 'Dudosos, muy formales o como disculpándose',
        labelInSentence: 'dudoso, muy formal o de disculpa',
      },
    },
  },
} as const satisfies Translated<typeof english>;
