import { franc } from 'franc-min';
import { etiquette } from '../../src/domain/etiquette.ts';
import { asks } from '../../src/domain/catalog/asks.ts';
import { reasons as heads } from '../../src/domain/catalog/index.ts';
import { preps } from '../../src/domain/catalog/prep/index.ts';
import { reasonWords } from '../../src/domain/catalog/reason-words.ts';
import { questionWords } from '../../src/domain/question-words.ts';
import { fillReply } from '../../src/domain/reply.ts';
import { replyFallbacks } from '../../src/domain/reply-words.ts';
import {
  etiquetteSchema,
  inSentencePattern,
  reasonSchema,
  type Reason,
} from '../../src/domain/schema.ts';
import { etiquette as esEtiquette } from '../../src/lang/es/domain/etiquette.ts';
import { asks as esAsks } from '../../src/lang/es/domain/catalog/asks.ts';
import { reasonWords as esReasonWords } from '../../src/lang/es/domain/catalog/reason-words.ts';
import { questionWords as esQuestionWords } from '../../src/lang/es/domain/question-words.ts';
import { replyFallbacks as esReplyFallbacks } from '../../src/lang/es/domain/reply-words.ts';
import { CODE_KEYS, textsOf } from '../../scripts/readability.ts';
import { fernandezHuerta, spanishSyllables } from '../../scripts/spanish-readability.ts';

/** Each prep module's one export, by file name. */
const exportOf = (modules: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(
    Object.entries(modules)
      .filter(([path]) => !path.endsWith('/index.ts'))
      .map(([path, module]) => [path.split('/').pop()!, Object.values(module)[0]]),
  );
const englishPreps = exportOf(
  import.meta.glob('../../src/domain/catalog/prep/*.ts', { eager: true }),
);
const spanishPreps = exportOf(
  import.meta.glob('../../src/lang/es/domain/catalog/prep/*.ts', { eager: true }),
);

/** Every words module of the catalog with its Spanish twin: [name, English, Spanish]. */
const twins: [string, unknown, unknown][] = [
  ['reason-words', reasonWords, esReasonWords],
  ['question-words', questionWords, esQuestionWords],
  ['etiquette', etiquette, esEtiquette],
  ['asks', asks, esAsks],
  ['reply-words', replyFallbacks, esReplyFallbacks],
  ...Object.keys(englishPreps).map((file): [string, unknown, unknown] => [
    `prep/${file}`,
    englishPreps[file],
    spanishPreps[file],
  ]),
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Walks an English value and its translation side by side and returns what differs in shape:
 * a key or item missing or extra, an id or flag changed, a gap lost, a string left in English.
 */
function differences(english: unknown, spanish: unknown, at: string): string[] {
  if (typeof english === 'string') {
    if (typeof spanish !== 'string') return [`${at}: not a string`];
    if (at.endsWith('.id')) return english === spanish ? [] : [`${at}: id changed`];
    const problems: string[] = [];
    if (placeholders(english).join() !== placeholders(spanish).join()) {
      problems.push(
        `${at}: gaps ${placeholders(spanish).join()} for ${placeholders(english).join()}`,
      );
    }
    if (english !== '' && english === spanish) problems.push(`${at}: still English`);
    return problems;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(spanish) || spanish.length !== english.length) {
      return [`${at}: ${english.length} items in English`];
    }
    return english.flatMap((item, i) => differences(item, spanish[i], `${at}[${i}]`));
  }
  if (english && typeof english === 'object') {
    if (!spanish || typeof spanish !== 'object') return [`${at}: not an object`];
    const keys = Object.keys(english);
    if (keys.join() !== Object.keys(spanish).join()) {
      return [`${at}: keys ${Object.keys(spanish).join()} for ${keys.join()}`];
    }
    return keys.flatMap((key) =>
      differences(
        (english as Record<string, unknown>)[key],
        (spanish as Record<string, unknown>)[key],
        `${at}.${key}`,
      ),
    );
  }
  return Object.is(english, spanish) ? [] : [`${at}: ${String(spanish)} for ${String(english)}`];
}

/**
 * The Spanish reasons, whole: each head's id and weights with its Spanish words and prep, as
 * the Spanish build joins them. Typed as reasons here; the schema test below checks that they are.
 */
const spanishReasons: readonly Reason[] = heads.map((head): Reason => {
  const file = Object.keys(englishPreps).find((name) => englishPreps[name] === preps[head.id])!;
  return { ...head, ...esReasonWords[head.id], ...(spanishPreps[file] as Reason) };
});

/** Every string a Spanish reader sees in the catalog. */
const spanishTexts = textsOf(
  { spanishReasons, esEtiquette, esQuestionWords, esAsks },
  CODE_KEYS,
).filter((text) => text !== '');

describe('the Spanish catalog', () => {
  it('has a twin for every English prep, and no other', () => {
    expect(Object.keys(spanishPreps).sort()).toEqual(Object.keys(englishPreps).sort());
    expect(Object.keys(englishPreps)).toHaveLength(11);
  });

  it.each(twins)(
    '%s has the English ids, items, flags and gaps, and every string in Spanish words',
    (_name, english, spanish) => {
      expect(differences(english, spanish, 'module')).toEqual([]);
    },
  );

  it.each(spanishReasons.map((reason) => [reason.id, reason] as const))(
    '%s passes the same schema as the English reason',
    (_id, reason) => {
      const result = reasonSchema.safeParse(reason);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    },
  );

  it('keeps every checklist id and "Do this first" mark where the English has them', () => {
    for (const reason of spanishReasons) {
      const english = preps[reason.id].checklist;
      expect(reason.checklist.map((item) => [item.id, item.first ?? false])).toEqual(
        english.map((item) => [item.id, item.first ?? false]),
      );
    }
  });

  it('passes the etiquette schema, and fits its words into sentences', () => {
    expect(etiquetteSchema.safeParse(esEtiquette).success).toBe(true);
    for (const [key, question] of Object.entries(esQuestionWords)) {
      expect(question.shortInSentence, key).toMatch(inSentencePattern);
      for (const [value, option] of Object.entries(question.options)) {
        expect(option.labelInSentence, `${key}=${value}`).toMatch(inSentencePattern);
      }
    }
  });

  it('reads as Spanish, not English, in every string of 40 characters or more', () => {
    const long = spanishTexts.filter((text) => text.length >= 40);
    expect(long.length).toBeGreaterThan(300);
    const notSpanish = long.filter((text) => franc(text, { only: ['spa', 'eng'] }) !== 'spa');
    expect(notSpanish).toEqual([]);
    // Without a short list the detector may also say Portuguese or Catalan; most must still be Spanish.
    const spanish = long.filter((text) => franc(text) === 'spa');
    expect(spanish.length / long.length).toBeGreaterThan(0.9);
  });

  it('reads "bastante fácil" or easier: a Fernández-Huerta score of at least 70', () => {
    const score = fernandezHuerta(spanishTexts);
    console.log(`Fernández-Huerta, Spanish catalog: ${score.toFixed(1)}`);
    expect(score).toBeGreaterThanOrEqual(70);
  });

  it('fills a Spanish email with Spanish stand-ins that read well after any preposition', () => {
    const offer = spanishReasons.find((reason) => reason.id === 'offer')!;
    const blank = fillReply(offer.reply, {}, esReplyFallbacks);
    expect(blank.body.startsWith('Hola, buenos días:')).toBe(true);
    expect(blank.subject).toBe('Gracias: oferta para este puesto en la empresa');
    expect(fillReply(offer.reply, { theirName: 'Dana' }, esReplyFallbacks).body).toMatch(
      /^Hola, Dana:/,
    );
    for (const reason of spanishReasons) {
      const filled = fillReply(reason.reply, {}, esReplyFallbacks);
      // "de el" and "a el" must contract in Spanish; no template may produce them.
      expect(`${filled.subject}\n${filled.body}`, reason.id).not.toMatch(/\b(de|a) el\b/);
    }
  });
});

describe('the Spanish syllable counter', () => {
  it.each([
    ['entrevista', 4],
    ['día', 2],
    ['leer', 2],
    ['ciudad', 2],
    ['que', 1],
    ['guerra', 2],
    ['pingüino', 3],
    ['hoy', 1],
    ['y', 1],
    ['aéreo', 4],
    ['información', 4],
    ['currículum', 4],
  ] as const)('counts %s as %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});
