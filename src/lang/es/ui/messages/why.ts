import type {
  answerPhrases as englishAnswers,
  dayPhrases as englishDays,
  strengthPhrases as englishStrength,
  whyMessages as englishWhy,
} from '../../../../ui/messages/why.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/why.ts (docs/decisions/008). */

/** Each answer as a short sentence about the call, in the order the wizard asks. */
export const answerPhrases = {
  caller: {
    recruiter: 'Le llamó alguien de Recursos Humanos o de selección de la empresa',
    'hiring-manager': 'Le llamó quien sería su responsable o alguien que le entrevistó',
    agency: 'Le llamó una agencia o una persona de selección externa',
  },
  contact: {
    spoke: 'Habló con ellos por teléfono',
    voicemail: 'Le dejaron un mensaje de voz',
    missed: 'Le llamaron, pero no dejaron mensaje',
    email: 'Le escribieron un correo o un mensaje para pedirle una llamada',
  },
  round: {
    screen: 'Su última entrevista fue una primera entrevista de preselección',
    middle: 'Su última entrevista fue de una fase intermedia',
    final: 'Ya tuvo la entrevista de la fase final',
  },
  topics: {
    salary: 'Sacaron el tema del sueldo',
    benefits: 'Mencionaron las prestaciones o beneficios',
    'start-date': 'Le preguntaron cuándo podría empezar',
    'competing-offers': 'Le preguntaron por otras ofertas o entrevistas que tenga',
    references: 'Le preguntaron por sus referencias',
    'background-check': 'Mencionaron una verificación de antecedentes',
    resume: 'Le preguntaron por algo de su currículum',
    'follow-up-question': 'Tenían una duda sobre su entrevista, o una pregunta nueva',
    documents: 'Le pidieron documentos o una muestra de su trabajo',
    assessment: 'Mencionaron una prueba, una tarea o un caso práctico',
    'next-interview': 'Hablaron de otra entrevista',
    onsite: 'Hablaron de que fuera a sus oficinas',
    timeline: 'Mencionaron sus plazos o un retraso',
    feedback: 'Le ofrecieron comentarios sobre su entrevista',
    nothing: 'No dijeron para qué; solo le pidieron que les devolviera la llamada',
  },
  tone: {
    warm: 'Tenían un tono animado y cordial',
    neutral: 'Tenían un tono neutro, práctico',
    hesitant: 'Tenían un tono dudoso, formal o de disculpa',
  },
} as const satisfies Translated<typeof englishAnswers>;

/** How long ago the interview was, in the same voice. */
export const dayPhrases = {
  today: 'Su entrevista fue hoy',
  yesterday: 'Su entrevista fue ayer',
  daysAgo: 'Su entrevista fue hace {days} días',
  band: 'Su entrevista fue {when}',
} as const satisfies Translated<typeof englishDays>;

/** How strongly one answer counts, after its sentence, the same whichever way it points. */
export const strengthPhrases = {
  strong: 'una señal fuerte',
  clear: 'una señal clara',
  some: 'una señal moderada',
  slight: 'una señal pequeña',
} as const satisfies Translated<typeof englishStrength>;

/** A meaning's "Why", under the ranked list. */
export const whyMessages = {
  pointedHere: 'Lo que más apuntó hacia aquí:',
  pointedAway: 'Lo que apuntó en contra:',
  none: 'Ninguna de sus respuestas apuntó hacia este significado ni en su contra. Conserva el lugar que le dan nuestras reglas cuando no se sabe nada.',
  line: '{answer} {strength}',
  strength: '({strength})',
} as const satisfies Translated<typeof englishWhy>;
