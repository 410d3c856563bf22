import type {
  dayBandWords as englishDayBands,
  explainMessages as english,
  likelihoodWords as englishLikelihood,
  strengthWords as englishStrength,
} from '../../../domain/explain-messages.ts';
import type { Translated } from '../../translated.ts';

/* The Spanish src/domain/explain-messages.ts (docs/decisions/008). */

export type { DayBandWords } from '../../../domain/explain-messages.ts';

/** What the answers would have to be for another meaning to lead, and what to ask on the call. */
export const explainMessages = {
  swapLeads: 'Si {condition}, lo primero sería {meaning}.',
  swapMovesAhead: 'Si {condition}, {meaning} pasaría por delante de {other}.',
  ifCaller: 'le hubiera llamado {answer}',
  ifContact: '{answer}',
  ifRound: 'su última entrevista hubiera sido {answer}',
  ifDays: 'su entrevista hubiera sido {when}',
  ifTopic: 'le hubieran mencionado {answer}',
  ifAlsoTopic: 'además le hubieran mencionado {answer}',
  ifTone: 'el tono de la llamada hubiera sido {answer}',
  askWhy:
    'Si le dicen que sí, apunta a {favours}; si le dicen que no, {against} pasa a ser más probable.',
} as const satisfies Translated<typeof english>;

/** Each band of days since the interview, in words. */
export const dayBandWords = {
  '0-2': { when: 'en los últimos dos días', span: 'de 0 a 2 días' },
  '3-6': { when: 'hace entre tres y seis días', span: 'de 3 a 6 días' },
  '7-13': { when: 'hace una o dos semanas', span: 'de 7 a 13 días' },
  '14-29': { when: 'hace entre dos y cuatro semanas', span: 'de 14 a 29 días' },
  '30+': { when: 'hace un mes o más', span: '30 días o más' },
} as const satisfies Translated<typeof englishDayBands>;

/** A likelihood in plain words: "probable" only when it is more likely than not. */
export const likelihoodWords = {
  'very-likely': 'muy probable',
  likely: 'probable',
  possible: 'posible',
  unlikely: 'poco probable',
} as const satisfies Translated<typeof englishLikelihood>;

/** How strongly an answer moves a meaning, as it fits "lo hace más probable …" (“lo sube …”). */
export const strengthWords = {
  strong: 'mucho',
  clear: 'claramente',
  some: 'algo',
  slight: 'un poco',
} as const satisfies Translated<typeof englishStrength>;
