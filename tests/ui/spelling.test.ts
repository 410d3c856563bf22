import { readdirSync, readFileSync } from 'node:fs';

/*
 * One spelling throughout: American English (docs/spelling.md). Every word the app shows
 * comes from the message files and the catalog, so scanning their exported text catches a
 * British spelling wherever it would appear. The paste reader's lexicon is exempt: it must
 * still recognize the British words people write in the messages they paste.
 */

/** British spellings and their American forms, as whole words (case-insensitive). */
const BRITISH: readonly RegExp[] = [
  // -our: colour, favour, behaviour…
  /\b(colour|favour|behaviour|honour|labour|neighbour|humour|rumour|flavour|endeavour|harbour|armour|vigour|odour|rigour|candour)/,
  // -ise and -yse: organise, recognise, analyse…
  /\b(organi|reali|recogni|apologi|prioriti|summari|customi|emphasi|finali|minimi|maximi|utili|speciali|authori|familiari|memori|personali|visuali|optimi|categori|characteri|critici|sympathi|normali|standardi|stabili|mobili)s(e|ed|es|ing|ation|ations)\b/,
  /\b(analy|paraly|cataly)s(e|ed|ing)\b/,
  // -ence, -ogue, -tre.
  /\b(licence|defence|offence|pretence|catalogue|analogue|centre|metre|theatre|litre|fibre|calibre|sombre|spectre)s?\b/,
  // Doubled l, and other single words.
  /\b(travell|cancell|labell|modell|fuell|counsell|signall)(ed|ing|er|ers)\b/,
  /\b(cheques?|enrol|enrols|enrolment|programmes?|jewellery|judgement|acknowledgement|ageing|grey|tyres?|aluminium|storeys?|whilst|amongst|learnt|spelt|practise[sd]?|practising|fulfil|fulfils|instalments?|skilful|wilful|manoeuvre|sceptical|mould|plough|draught|aeroplane|per cent)\b/,
];
/** Our own sentences say "resume"; "CV" only in the lexicon, as a word people write. */
const CV = /\bCVs?\b/;

/** The British spellings in a text, skipping `{gaps}`, whose names are code. */
function britishIn(text: string): string[] {
  const words = text.replace(/\{[a-zA-Z]+\}/g, ' ');
  const found = BRITISH.flatMap((pattern) => {
    const match = new RegExp(pattern.source, 'gi').exec(words);
    return match ? [match[0]] : [];
  });
  const cv = CV.exec(words);
  return cv ? [...found, cv[0]] : found;
}

const exempt = new Set<unknown>(
  Object.values(
    import.meta.glob<Record<string, unknown>>('../../src/domain/paste/*.ts', { eager: true }),
  ).flatMap((module) => Object.values(module)),
);
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../src/ui/messages/*.ts', '../../src/domain/**/*.ts', '!../../src/domain/paste/**'],
  { eager: true },
);

/** Every string in a value: plain objects and arrays are opened; code and schemas are not. */
function stringsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value) || exempt.has(value))
    return [];
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) return value.flatMap((item) => stringsIn(item, seen));
  if (proto !== Object.prototype && proto !== null) return [];
  return Object.values(value).flatMap((item) => stringsIn(item, seen));
}

/** A Markdown or HTML file's prose, without code, whose names are not ours to spell. */
function prose(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ');
}

describe('one spelling: American English', () => {
  it('finds British spellings, and not the words they look like', () => {
    expect(britishIn('We did not recognise the colour of your CV.')).toEqual([
      'colour',
      'recognise',
      'CV',
    ]);
    expect(britishIn('The {favours} gap, aria-labelledby, analyses, a promise, advice.')).toEqual(
      [],
    );
  });

  it('reads the message files and the catalog', () => {
    const files = Object.keys(modules);
    expect(files).toContain('../../src/ui/messages/frame.ts');
    expect(files).toContain('../../src/domain/catalog/prep/offer.ts');
    expect(files.some((file) => file.includes('/paste/'))).toBe(false);
    const text = Object.values(modules).flatMap((module) => stringsIn(module));
    expect(text.join('\n')).toMatch(/Do this first/);
    // The lexicon is reached through the domain's entry too, and left out there as well.
    expect(text.join('\n')).not.toMatch(/\bCV\b/);
  });

  it.each(Object.entries(modules))('%s has none', (_file, module) => {
    const found = stringsIn(module).flatMap((text) =>
      britishIn(text).map((word) => `${word} in “${text.slice(0, 60)}”`),
    );
    expect(found).toEqual([]);
  });

  // docs/spelling.md is left out: it lists the British words to watch.
  const texts = [
    'README.md',
    'index.html',
    ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md') && file !== 'spelling.md')
      .map((file) => `docs/${file}`),
  ];

  it.each(texts)('%s has none', (file) => {
    expect(britishIn(prose(file))).toEqual([]);
  });
});
