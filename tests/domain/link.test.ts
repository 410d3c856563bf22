import fc from 'fast-check';
import {
  checklistItemIds,
  dropUnknownItems,
  formatAnswers,
  formatLink,
  LANGUAGES,
  parseAnswers,
  parseLink,
  REASON_IDS,
  VIEWS,
  QUESTION_KEYS,
} from '../../src/domain/index.ts';
import { answersArb, linkishArb } from '../fixtures/arbitraries.ts';

const itemIds = [...checklistItemIds];

const linkStateArb = fc.record(
  {
    answers: answersArb,
    step: fc.constantFrom(...QUESTION_KEYS),
    from: fc.constant('check' as const),
    view: fc.constantFrom(...VIEWS),
    reason: fc.constantFrom(...REASON_IDS),
    done: fc.uniqueArray(fc.constantFrom(...itemIds), { maxLength: 8 }).map((d) => d.sort()),
    lang: fc.constantFrom(...LANGUAGES),
  },
  { requiredKeys: ['answers', 'done'] },
);

describe('parseLink', () => {
  it('reads the contract example exactly', () => {
    const { state, problems } = parseLink(
      '?caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      answers: {
        caller: 'recruiter',
        contact: 'spoke',
        round: 'final',
        days: 2,
        topics: ['salary', 'start-date'],
        tone: 'warm',
      },
      view: 'results',
      done: [],
    });
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), linkishArb), (query) => {
        const { state, problems } = parseLink(query);
        expect(Array.isArray(problems)).toBe(true);
        expect(typeof state.answers).toBe('object');
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a whole link as well as its query', () => {
    const expected = parseAnswers('caller=agency&round=final').answers;
    for (const given of [
      '?caller=agency&round=final',
      '/?caller=agency&round=final',
      'https://example.org/?caller=agency&round=final#top',
    ]) {
      expect(parseAnswers(given).answers).toEqual(expected);
    }
  });

  it('survives inputs that are not strings at all', () => {
    for (const odd of [undefined, null, 42, {}, []]) {
      expect(parseLink(odd as unknown as string).state.answers).toEqual({});
    }
  });

  it('writes back only valid codes, and reading that back changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), linkishArb), (query) => {
        const once = formatLink(parseLink(query).state);
        expect(once).toMatch(/^[a-z0-9=&,-]*$/);
        const again = parseLink(once);
        expect(again.problems).toEqual([]);
        expect(formatLink(again.state)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('gives back the same state from its own canonical link', () => {
    fc.assert(
      fc.property(linkStateArb, (state) => {
        const parsed = parseLink(formatLink(state));
        expect(parsed.problems).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the good answers and names each bad one in plain words', () => {
    const { state, problems } = parseLink(
      'caller=boss&round=final&days=-3&topics=salary,llamas&tone=warm&view=nope&done=made-up-item',
      checklistItemIds,
    );
    expect(state.answers).toEqual({ round: 'final', topics: ['salary'], tone: 'warm' });
    expect(problems.map((p) => p.key)).toEqual(['caller', 'days', 'topics', 'view', 'done']);
    expect(problems[0]!.message).toMatch(/Who called/);
    expect(problems[1]!.message).toMatch(/whole number from 0 to 365/);
    expect(problems[2]!.message).toMatch(/llamas/);
  });

  it.each(['abc', '-3', '2.5', '1e2', '366', '99999999'])('drops days=%s', (days) => {
    const { answers, problems } = parseAnswers(`days=${days}&round=middle`);
    expect(answers).toEqual({ round: 'middle' });
    expect(problems).toHaveLength(1);
  });

  it('ignores keys it does not know, without complaint', () => {
    const { state, problems } = parseLink('utm_source=mail&caller=agency&fbclid=x');
    expect(state.answers).toEqual({ caller: 'agency' });
    expect(problems).toEqual([]);
  });

  it('keeps the first of repeated keys and says so', () => {
    const { answers, problems } = parseAnswers('round=final&round=screen');
    expect(answers.round).toBe('final');
    expect(problems[0]!.message).toMatch(/more than once/);
  });

  it('uses a good second value when the first was bad, without claiming it used the first', () => {
    const { answers, problems } = parseAnswers('caller=xyz&caller=agency');
    expect(answers.caller).toBe('agency');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).not.toMatch(/more than once/);
  });

  it('reports a few problems one by one, then says there were more', () => {
    const query = Array.from({ length: 20 }, (_, i) => `days=bad${String(i)}`).join('&');
    const { problems } = parseLink(query);
    expect(problems).toHaveLength(7);
    expect(problems[6]!.message).toMatch(/Other parts of the link/);
  });

  it('shows back at most two unknown words', () => {
    const { problems } = parseAnswers('topics=aaa,bbb,ccc,ddd');
    expect(problems[0]!.message).toMatch(/“aaa”, “bbb” and others/);
    expect(problems[0]!.message).not.toMatch(/ccc/);
  });

  it('lets "nothing specific" stand only alone', () => {
    const { answers, problems } = parseAnswers('topics=nothing,salary');
    expect(answers.topics).toEqual(['salary']);
    expect(problems[0]!.message).toMatch(/Nothing specific/);
    expect(parseAnswers('topics=nothing').answers.topics).toEqual(['nothing']);
  });

  it('reads damaged escapes, huge values and prototype keys safely', () => {
    const huge = 'a'.repeat(1_000_000);
    const { state, problems } = parseLink(
      `caller=%E0%A4%A&__proto__=x&constructor=y&topics=${huge}&round=final`,
    );
    expect(state.answers).toEqual({ round: 'final' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(problems.every((p) => p.value.length <= 31)).toBe(true);
  });

  it('keeps the entries of a list that can be read when one of them is damaged', () => {
    const { state, problems } = parseLink(
      'caller=boss&days=-3&topics=salary,%ZZ&done=offer-know-your-number,%E0%A4',
    );
    expect(state.answers.topics).toEqual(['salary']);
    expect(state.done).toEqual(['offer-know-your-number']);
    expect(problems.map((problem) => problem.key)).toEqual(['caller', 'days', 'topics', 'done']);
    expect(problems[2]!.message).toMatch(/damaged/);
    // A single answer with a damaged escape has nothing else to keep.
    expect(parseLink('round=fin%ZZal').state.answers).toEqual({});
    // A repeated list with a damaged entry is one problem, as any damaged repeat is.
    expect(parseLink('topics=salary&topics=benefits,%ZZ').problems).toHaveLength(1);
  });

  it.each([
    ['a right-to-left override', 'caller=%E2%80%AEexe.live', 'caller', '\u202e'],
    ['a NUL', 'days=1%002', 'days', '\u0000'],
    ['a right-to-left override among topics', 'topics=salary,%E2%80%AEllamas', 'topics', '\u202e'],
    ['a NUL in a repeated key', 'round=final&round=scr%00een', 'round', '\u0000'],
  ])('shows back a value with %s without it', (_name, query, key, character) => {
    const { problems } = parseLink(query);
    const problem = problems.find((p) => p.key === key)!;
    expect(problem).toBeDefined();
    expect(problem.value).not.toContain(character);
    expect(problem.message).not.toContain(character);
  });

  it('never shows back a control or bidirectional character, or half a surrogate pair', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), linkishArb), (query) => {
        for (const problem of parseLink(query).problems) {
          for (const text of [problem.value, problem.message]) {
            expect(text).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
            expect(() => encodeURIComponent(text)).not.toThrow();
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts a long value after 30 characters, never inside an emoji', () => {
    const { problems } = parseLink(`caller=${'a'.repeat(29)}${'😀'.repeat(5)}`);
    expect(problems[0]!.value).toBe(`${'a'.repeat(29)}😀…`);
  });

  it('reads values written in capitals or with spaces', () => {
    expect(parseAnswers('caller=%20Recruiter%20&topics=Salary,+Benefits').answers).toEqual({
      caller: 'recruiter',
      topics: ['benefits', 'salary'],
    });
  });
});

describe('the language', () => {
  it('reads each language the app speaks, in any case, and writes it last', () => {
    expect(parseLink('lang=es&caller=agency')).toEqual({
      state: { answers: { caller: 'agency' }, done: [], lang: 'es' },
      problems: [],
    });
    expect(parseLink('lang=EN').state.lang).toBe('en');
    expect(
      formatLink({ answers: { caller: 'agency' }, done: [], lang: 'es', view: 'results' }),
    ).toBe('caller=agency&view=results&lang=es');
  });

  it('drops a language it does not speak, says so, and keeps the rest', () => {
    const { state, problems } = parseLink('caller=agency&lang=fr');
    expect(state).toEqual({ answers: { caller: 'agency' }, done: [] });
    expect(problems).toEqual([
      {
        key: 'lang',
        value: 'fr',
        message: 'The link asked for a language we do not have yet, so we left that out.',
      },
    ]);
  });

  it('changes what no other key means', () => {
    const english = parseLink('caller=agency&round=final&done=offer-research-pay&lang=en');
    const spanish = parseLink('caller=agency&round=final&done=offer-research-pay&lang=es');
    expect({ ...spanish.state, lang: 'en' }).toEqual(english.state);
  });
});

describe('ticked items', () => {
  it('checks their form at once and their ids once the catalog is known', () => {
    const { state, problems } = parseLink('done=offer-pen-and-paper,made-up-item,BAD%20ID');
    expect(state.done).toEqual(['made-up-item', 'offer-pen-and-paper']);
    expect(problems).toHaveLength(1);
    const checked = dropUnknownItems(state, [], checklistItemIds);
    expect(checked.state.done).toEqual(['offer-pen-and-paper']);
    expect(checked.problems[0]!.message).toMatch(/not on any checklist/);
  });

  it('leaves a link with only real items alone', () => {
    const { state } = parseLink('done=offer-pen-and-paper');
    const checked = dropUnknownItems(state, [], checklistItemIds);
    expect(checked.state).toBe(state);
    expect(checked.problems).toEqual([]);
  });
});

describe('formatAnswers', () => {
  it('writes keys in contract order with topics sorted and nothing empty', () => {
    expect(
      formatAnswers({
        tone: 'warm',
        topics: ['start-date', 'salary'],
        days: 2,
        caller: 'recruiter',
      }),
    ).toBe('caller=recruiter&days=2&topics=salary,start-date&tone=warm');
    expect(formatAnswers({ topics: [] })).toBe('');
  });

  it('is a fixed point of parseAnswers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const text = formatAnswers(answers);
        expect(parseAnswers(text).answers).toEqual(answers);
        expect(formatAnswers(parseAnswers(text).answers)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
