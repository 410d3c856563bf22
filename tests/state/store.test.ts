import { formatLink } from '../../src/domain/core.ts';
import { createAppStore, type AppState } from '../../src/state/store.ts';
import { STORAGE_KEY } from '../../src/state/storage.ts';
import { fakeHistory, type Write } from './fake-history.ts';

const offer =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm';

/** A store on a fake history and the jsdom localStorage, opened at `query`. */
function open(query = '') {
  const history = fakeHistory(query);
  const store = createAppStore({
    history,
    storage: () => window.localStorage,
    now: () => new Date('2026-11-26T09:00:00.000Z'),
  });
  return { history, store, act: store.getState() };
}

/** Saves a session the way an earlier visit would have left it. */
function saveEarlier(query: string, notes = '') {
  window.localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({ version: 2, query, notes, names: {}, savedAt: '2026-11-20T09:00:00.000Z' }),
  );
}

const push = (query: string): Write => ({ mode: 'push', query });
const replace = (query: string): Write => ({ mode: 'replace', query });

interface Row {
  /** What the person did, in words. */
  did: string;
  /** The link the store was opened at. */
  at: string;
  /** Something saved before the store opened. */
  saved?: string;
  run: (act: AppState) => void;
  /** Every write to the history, in order. */
  writes: Write[];
  /** Whether a new page opened (the UI then moves focus to its heading). */
  newPage: boolean;
}

const rows: Row[] = [
  {
    did: 'answers the first question on a bare start',
    at: '',
    run: (act) => act.answerAndContinue('caller', 'recruiter'),
    writes: [replace('caller=recruiter&step=caller'), push('caller=recruiter&step=contact')],
    newPage: true,
  },
  {
    did: 'changes an answer from the check page',
    at: `${offer}&step=round&from=check`,
    run: (act) => act.answerAndContinue('round', 'middle'),
    writes: [
      replace(offer.replace('final', 'middle') + '&step=round&from=check'),
      push(offer.replace('final', 'middle') + '&view=check'),
    ],
    newPage: true,
  },
  {
    did: 'skips the topics question',
    at: 'caller=agency&step=topics',
    run: (act) => act.answerAndContinue('topics', undefined),
    writes: [replace('caller=agency&step=topics'), push('caller=agency&step=tone')],
    newPage: true,
  },
  {
    did: 'asks to see the results',
    at: `${offer}&view=check`,
    run: (act) => act.go({ view: 'results' }),
    writes: [push(`${offer}&view=results`)],
    newPage: true,
  },
  {
    did: 'ticks a checklist item',
    at: `${offer}&view=results`,
    run: (act) => act.setDone('offer-know-your-number', true),
    writes: [replace(`${offer}&view=results&done=offer-know-your-number`)],
    newPage: false,
  },
  {
    did: 'unticks it',
    at: `${offer}&view=results&done=offer-know-your-number`,
    run: (act) => act.setDone('offer-know-your-number', false),
    writes: [replace(`${offer}&view=results`)],
    newPage: false,
  },
  {
    did: 'opens the prep for another reason',
    at: `${offer}&view=results`,
    run: (act) => act.chooseReason('rejection', 'offer'),
    writes: [push(`${offer}&view=results&reason=rejection`)],
    newPage: false,
  },
  {
    did: 'goes back to the top reason',
    at: `${offer}&view=results&reason=rejection`,
    run: (act) => act.chooseReason('offer', 'offer'),
    writes: [push(`${offer}&view=results`)],
    newPage: false,
  },
  {
    did: 'starts again from the check page',
    at: `${offer}&view=check&done=offer-know-your-number`,
    run: (act) => act.restartQuestions(),
    writes: [push('step=caller')],
    newPage: true,
  },
  {
    did: 'continues where they left off',
    at: '',
    saved: offer,
    run: (act) => act.resume(),
    writes: [push(`${offer}&view=results`)],
    newPage: true,
  },
  {
    did: 'puts the offer to continue aside',
    at: '',
    saved: offer,
    run: (act) => act.setResumeAside(),
    writes: [],
    newPage: false,
  },
  {
    did: 'takes the answers suggested from pasted text, Back returning to them',
    at: 'topics=benefits&step=caller',
    run: (act) => act.applySuggestions({ caller: 'recruiter', topics: ['salary', 'nothing'] }),
    writes: [
      replace('caller=recruiter&topics=benefits,salary&step=caller'),
      push('caller=recruiter&topics=benefits,salary&step=contact'),
    ],
    newPage: true,
  },
  {
    did: 'takes suggestions that answer everything',
    at: 'step=caller',
    run: (act) =>
      act.applySuggestions({
        caller: 'recruiter',
        contact: 'spoke',
        round: 'final',
        days: 2,
        topics: ['start-date', 'salary'],
        tone: 'warm',
      }),
    writes: [replace(`${offer}&step=caller`), push(`${offer}&view=check`)],
    newPage: true,
  },
  {
    did: 'types notes and a name',
    at: `${offer}&view=results`,
    run: (act) => {
      act.setNotes('Ask about the bonus');
      act.setName('theirName', 'Dana');
    },
    writes: [],
    newPage: false,
  },
  {
    did: 'has the catalog arrive with an unknown tick in the link',
    at: `${offer}&view=results&done=made-up,offer-know-your-number`,
    run: (act) => act.checkItems(new Set(['offer-know-your-number'])),
    writes: [replace(`${offer}&view=results&done=offer-know-your-number`)],
    newPage: false,
  },
];

describe('the store writes the link', () => {
  it.each(rows)('when the person $did', ({ at, saved, run, writes, newPage }) => {
    if (saved) saveEarlier(saved);
    const { history, store, act } = open(at);
    history.take();
    run(act);
    expect(history.take()).toEqual(writes);
    expect(store.getState().moves).toBe(newPage ? 1 : 0);
    // What is on screen is what the link says.
    expect(history.read()).toBe(writes.at(-1)?.query ?? at);
    expect(formatLink(store.getState().link)).toBe(history.read());
  });

  it('holds topics in the link’s own order, whatever order they were clicked in', () => {
    const { store, act } = open('caller=agency&step=topics');
    act.answerAndContinue('topics', ['salary', 'benefits', 'documents']);
    expect(store.getState().link.answers.topics).toEqual(['benefits', 'documents', 'salary']);
    expect(store.getState().link).toEqual(
      open(formatLink(store.getState().link)).store.getState().link,
    );
  });

  it('rewrites an untidy link in place when it opens, and only then', () => {
    const { history } = open('zzz=1&fbclid=abc&caller=recruiter&view=results');
    expect(history.take()).toEqual([replace('caller=recruiter&view=results')]);
    expect(open(`${offer}&view=results`).history.take()).toEqual([]);
  });

  it('follows Back without writing anything, and puts the notice about the old link away', () => {
    const { history, store, act } = open('caller=nope&view=check');
    expect(store.getState().problems).not.toEqual([]);
    act.answerAndContinue('caller', 'agency');
    history.take();
    history.back();
    act.syncFromHistory();
    expect(history.take()).toEqual([]);
    expect(store.getState().link).toMatchObject({ answers: { caller: 'agency' }, step: 'caller' });
    expect(store.getState().problems).toEqual([]);
    expect(store.getState().moves).toBe(2);
  });

  it('every move puts away the notice about the link and the offer to continue', () => {
    saveEarlier(offer);
    const { store, act } = open('');
    expect(store.getState().resumable).not.toBeNull();
    act.go({ view: 'how' });
    expect(store.getState().resumable).toBeNull();

    const broken = open('caller=nope&round=final&view=results');
    expect(broken.store.getState().problems).not.toEqual([]);
    broken.act.chooseReason('rejection', 'offer');
    expect(broken.store.getState().problems).toEqual([]);
  });

  it('keeps the catalog’s checklist ids in the state and checks later links against them', () => {
    const { history, store, act } = open(`${offer}&view=results`);
    act.checkItems(new Set(['offer-know-your-number']));
    expect(store.getState().knownItems).toEqual(new Set(['offer-know-your-number']));
    history.push(`${offer}&view=results&done=made-up`);
    act.syncFromHistory();
    expect(store.getState().link.done).toEqual([]);
  });
});

describe('the store saves on this device', () => {
  const savedRecord = () => JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');

  it('saves each change the person makes, with the link’s answers and ticks only', () => {
    const { act } = open(`${offer}&view=results`);
    act.setDone('offer-know-your-number', true);
    expect(savedRecord()).toEqual({
      version: 2,
      query: `${offer}&done=offer-know-your-number`,
      notes: '',
      names: {},
      savedAt: '2026-11-26T09:00:00.000Z',
    });
  });

  it('does not replace the saved session merely because a link was opened and browsed', () => {
    saveEarlier(offer, 'mine');
    const { act } = open('caller=agency&round=screen&view=results');
    act.chooseReason('rejection', 'offer');
    act.go({ view: 'how' });
    act.checkItems(new Set());
    expect(savedRecord()).toMatchObject({ query: offer, notes: 'mine' });
  });

  it('keeps emptied notes empty after a reload, with no question answered', () => {
    const first = open('view=results');
    first.act.setNotes('Dana, 555 0100');
    first.act.setNotes('');
    expect(open('view=results').store.getState().notes).toBe('');
  });

  it('keeps an emptied name empty after a reload', () => {
    const first = open('');
    first.act.setName('company', 'Acme');
    first.act.setName('company', '');
    expect(open('').store.getState().names.company ?? '').toBe('');
  });

  it('makes typed notes and names well-formed: one line for a name, line breaks kept in notes', () => {
    const { store, act } = open('view=results');
    act.setNotes('Call Dana\nabout \ud800 the\u202e bonus');
    act.setName('theirName', 'Da\nna\udc00');
    expect(store.getState().notes).toBe('Call Dana\nabout \ufffd the  bonus');
    expect(store.getState().names.theirName).toBe('Da na\ufffd');
    expect(() => encodeURIComponent(store.getState().notes)).not.toThrow();
  });

  it('keeps a name cut at the limit well-formed, even when the cut falls inside an emoji', () => {
    const { store, act } = open('view=results');
    act.setName('theirName', `A${'😀'.repeat(60)}`);
    const name = store.getState().names.theirName ?? '';
    expect(() => encodeURIComponent(name)).not.toThrow();
    expect(name.startsWith('A😀')).toBe(true);
  });
});
