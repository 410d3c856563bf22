import { formatLink } from '../../src/domain/core.ts';
import { callKey, newCall, readCalls, writeCall } from '../../src/state/calls.ts';
import { createAppStore, type AppState } from '../../src/state/store.ts';
import { STORAGE_KEY } from '../../src/state/storage.ts';
import { fakeHistory, type Write } from './fake-history.ts';
import { FakeStorage } from './fake-storage.ts';

const offer =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm';

/** A store on a fake history and the jsdom localStorage, opened at `query`. */
function open(query = '') {
  const history = fakeHistory(query);
  const store = createAppStore({
    history,
    storage: () => window.localStorage,
    now: () => new Date('2026-11-26T09:00:00.000Z'),
    newId: () => ID,
  });
  return { history, store, act: store.getState() };
}

/** The id the store gives a new call in these tests. */
const ID = 'newcall1';

/** A call saved by an earlier visit, with these answers. */
const earlier = 'earlier1';
function saveEarlier(query: string, notes = '') {
  const call = { ...newCall(earlier, query, new Date('2026-11-20T09:00:00.000Z')), notes };
  expect(writeCall(() => window.localStorage, call)).toBe('ok');
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
    writes: [
      replace(`caller=recruiter&step=caller&call=${ID}`),
      push(`caller=recruiter&step=contact&call=${ID}`),
    ],
    newPage: true,
  },
  {
    did: 'changes an answer from the check page',
    at: `${offer}&step=round&from=check`,
    run: (act) => act.answerAndContinue('round', 'middle'),
    writes: [
      replace(`${offer.replace('final', 'middle')}&step=round&from=check&call=${ID}`),
      push(`${offer.replace('final', 'middle')}&view=check&call=${ID}`),
    ],
    newPage: true,
  },
  {
    did: 'skips the topics question',
    at: 'caller=agency&step=topics',
    run: (act) => act.answerAndContinue('topics', undefined),
    writes: [
      replace(`caller=agency&step=topics&call=${ID}`),
      push(`caller=agency&step=tone&call=${ID}`),
    ],
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
    writes: [replace(`${offer}&view=results&done=offer-know-your-number&call=${ID}`)],
    newPage: false,
  },
  {
    did: 'unticks it',
    at: `${offer}&view=results&done=offer-know-your-number`,
    run: (act) => act.setDone('offer-know-your-number', false),
    writes: [replace(`${offer}&view=results&call=${ID}`)],
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
    writes: [push(`step=caller&call=${ID}`)],
    newPage: true,
  },
  {
    did: 'continues where they left off',
    at: '',
    saved: offer,
    run: (act) => act.resume(),
    writes: [push(`${offer}&view=results&call=${earlier}`)],
    newPage: true,
  },
  {
    did: 'continues a call left mid-questions at the question it stopped at',
    at: '',
    saved: 'caller=agency&contact=voicemail',
    run: (act) => act.resume(),
    writes: [push(`caller=agency&contact=voicemail&step=round&call=${earlier}`)],
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
      replace(`caller=recruiter&topics=benefits,salary&step=caller&call=${ID}`),
      push(`caller=recruiter&topics=benefits,salary&step=contact&call=${ID}`),
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
    writes: [replace(`${offer}&step=caller&call=${ID}`), push(`${offer}&view=check&call=${ID}`)],
    newPage: true,
  },
  {
    did: 'types notes and a name, which makes the link a saved call',
    at: `${offer}&view=results`,
    run: (act) => {
      act.setField('notes', 'Ask about the bonus');
      act.setField('theirName', 'Dana');
    },
    writes: [replace(`${offer}&view=results&call=${ID}`)],
    newPage: false,
  },
  {
    did: 'answers a question in Spanish, the language staying in the link',
    at: 'step=caller&lang=es',
    run: (act) => act.answerAndContinue('caller', 'recruiter'),
    writes: [
      replace(`caller=recruiter&step=caller&call=${ID}&lang=es`),
      push(`caller=recruiter&step=contact&call=${ID}&lang=es`),
    ],
    newPage: true,
  },
  {
    did: 'goes to another page in Spanish',
    at: `${offer}&view=check&lang=es`,
    run: (act) => act.go({ view: 'results' }),
    writes: [push(`${offer}&view=results&lang=es`)],
    newPage: true,
  },
  {
    did: 'starts again in Spanish',
    at: `${offer}&view=check&lang=es`,
    run: (act) => act.restartQuestions(),
    writes: [push(`step=caller&call=${ID}&lang=es`)],
    newPage: true,
  },
  {
    did: 'continues where they left off in Spanish',
    at: 'lang=es',
    saved: offer,
    run: (act) => act.resume(),
    writes: [push(`${offer}&view=results&call=${earlier}&lang=es`)],
    newPage: true,
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
describe('the store keeps each call on this device', () => {
  const record = (id = ID) => JSON.parse(window.localStorage.getItem(callKey(id)) ?? 'null');

  it('saves each change under the call’s own key, with only answers and ticks in its link', () => {
    const { act } = open(`${offer}&view=results`);
    act.setDone('offer-know-your-number', true);
    expect(record()).toMatchObject({
      version: 1,
      id: ID,
      query: `${offer}&done=offer-know-your-number`,
      notes: '',
      updatedAt: '2026-11-26T09:00:00.000Z',
    });
  });

  it('saves nothing merely because a link was opened and browsed', () => {
    const { act } = open('caller=agency&round=screen&view=results');
    act.chooseReason('rejection', 'offer');
    act.go({ view: 'how' });
    act.checkItems(new Set());
    expect(readCalls(() => window.localStorage).calls).toEqual([]);
  });

  it('keeps two calls apart: a new call starts empty and the first keeps its notes', () => {
    let next = 0;
    let minutes = 0;
    const history = fakeHistory(`${offer}&view=results`);
    const env = {
      history,
      storage: () => window.localStorage,
      now: () => new Date(Date.UTC(2026, 10, 26, 9, (minutes += 1))),
      newId: () => `call${String((next += 1))}`,
    };
    const store = createAppStore(env);
    store.getState().setField('company', 'Acme');
    store.getState().setField('notes', 'Range 70–80k');
    store.getState().startNewCall();
    expect(store.getState().details).toMatchObject({ company: '', notes: '' });
    expect(store.getState().link.call).toBeUndefined();
    store.getState().answerAndContinue('caller', 'agency');
    store.getState().setField('company', 'Globex');
    expect(history.read()).toContain('call=call2');

    const again = createAppStore({
      ...env,
      history: fakeHistory(`${offer}&view=results&call=call1`),
    });
    expect(again.getState().details).toMatchObject({ company: 'Acme', notes: 'Range 70–80k' });
    expect(again.getState().calls.map((call) => call.company)).toEqual(['Globex', 'Acme']);
    // Back from the new call's question to the first call's results shows the first call's notes.
    history.back();
    history.back();
    store.getState().syncFromHistory();
    expect(store.getState().details).toMatchObject({ company: 'Acme', notes: 'Range 70–80k' });
  });

  it('opens a link whose call this device does not know as a new call, dropping the id', () => {
    const { history, store } = open(`${offer}&view=results&call=elsewhere1`);
    expect(store.getState().link.call).toBeUndefined();
    expect(history.read()).toBe(`${offer}&view=results`);
    expect(store.getState().details.notes).toBe('');
  });

  it('keeps emptied notes empty after a reload', () => {
    const first = open('view=results');
    first.act.setField('notes', 'Dana, 555 0100');
    first.act.setField('notes', '');
    expect(open(`view=results&call=${ID}`).store.getState().details.notes).toBe('');
  });

  it('makes typed notes and names well-formed: one line for a name, line breaks kept in notes', () => {
    const { store, act } = open('view=results');
    act.setField('notes', 'Call Dana\nabout \ud800 the\u202e bonus');
    act.setField('theirName', 'Da\nna\udc00');
    expect(store.getState().details.notes).toBe('Call Dana\nabout \ufffd the  bonus');
    expect(store.getState().details.theirName).toBe('Da na\ufffd');
    expect(record().notes).toBe('Call Dana\nabout \ufffd the  bonus');
  });

  it('refuses notes over the limit with a reason, keeping them on screen and the saved ones intact', () => {
    const { store, act } = open('view=results');
    act.setField('notes', 'short');
    act.setField('notes', 'x'.repeat(50_001));
    expect(store.getState().saveRefused).toBe('notes-too-long');
    expect(store.getState().details.notes).toHaveLength(50_001);
    expect(record().notes).toBe('short');
    act.setField('notes', 'x'.repeat(50_000));
    expect(store.getState().saveRefused).toBeNull();
    expect(record().notes).toHaveLength(50_000);
  });

  it('turns the saved session of an earlier version into the first call, notes and names kept', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        query: offer,
        notes: 'Ask about the bonus',
        names: { theirName: 'Dana', company: 'Acme' },
        savedAt: '2026-11-20T09:00:00.000Z',
      }),
    );
    const { store, act } = open('');
    await vi.waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull());
    expect(store.getState().resumable).toMatchObject({
      company: 'Acme',
      notes: 'Ask about the bonus',
    });
    act.resume();
    expect(store.getState().details).toMatchObject({
      theirName: 'Dana',
      notes: 'Ask about the bonus',
    });
    expect(store.getState().link.answers).toMatchObject({ caller: 'recruiter', round: 'final' });
  });

  it('never deletes what it cannot read, and says so once', () => {
    window.localStorage.setItem(STORAGE_KEY, '{"version":9');
    window.localStorage.setItem(callKey('later1'), JSON.stringify({ version: 2, id: 'later1' }));
    const { store, act } = open('');
    expect(store.getState().storageNotice).toBe('set-aside');
    act.answerAndContinue('caller', 'recruiter');
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('{"version":9');
    expect(window.localStorage.getItem(callKey('later1'))).toContain('"version":2');
  });

  it('deletes a call and brings it back, and clears everything and brings it all back', () => {
    const { store, act } = open(`${offer}&view=results`);
    act.setField('company', 'Acme');
    expect(act.deleteSavedCall(ID)).toBe(true);
    expect(record()).toBeNull();
    expect(store.getState().link.call).toBeUndefined();
    expect(act.undo()).toBe(true);
    expect(record()).toMatchObject({ company: 'Acme' });
    window.localStorage.setItem(callKey('later1'), '{"version":2}');
    expect(act.clearAll()).toBe(true);
    expect(window.localStorage.length).toBe(0);
    expect(store.getState().calls).toEqual([]);
    act.undo();
    expect(store.getState().calls.map((call) => call.company)).toEqual(['Acme']);
    // What this release could not read comes back exactly as it was.
    expect(window.localStorage.getItem(callKey('later1'))).toBe('{"version":2}');
  });

  it('shows what another tab saved to the same call', () => {
    const one = open(`${offer}&view=results`);
    one.act.setField('notes', 'first');
    const two = open(`${offer}&view=results&call=${ID}`);
    two.act.setField('notes', 'typed in the second tab');
    one.act.callsChanged(ID);
    expect(one.store.getState().details.notes).toBe('typed in the second tab');
  });

  it('keeps the answers another tab changed in the same call when this tab types next', () => {
    const one = open(`${offer}&view=results`);
    one.act.setField('notes', 'first');
    const two = open(`${offer}&view=results&call=${ID}`);
    one.act.answerAndContinue('round', 'screen');
    two.act.callsChanged(ID);
    two.act.setField('notes', 'first, then the second tab');
    const saved = readCalls(() => window.localStorage).calls[0];
    expect(saved?.query).toContain('round=screen');
    expect(saved?.notes).toBe('first, then the second tab');
    expect(two.store.getState().link.answers.round).toBe('screen');
  });

  it('says so when another tab deletes the call open here, and saves it again only on a change', () => {
    const one = open(`${offer}&view=results`);
    one.act.setField('notes', 'keep me');
    const two = open(`${offer}&view=results&call=${ID}`);
    two.act.deleteSavedCall(ID);
    one.act.callsChanged(ID);
    expect(one.store.getState().storageNotice).toBe('deleted-elsewhere');
    expect(one.store.getState().details.notes).toBe('keep me');
    expect(window.localStorage.getItem(callKey(ID))).toBeNull();

    one.act.setField('notes', 'keep me, please');
    expect(readCalls(() => window.localStorage).calls[0]?.notes).toBe('keep me, please');
    expect(one.store.getState().storageNotice).toBeNull();
  });

  it('tells once when storage is full, and goes on from the link', () => {
    const full = new FakeStorage(10);
    const store = createAppStore({
      history: fakeHistory(`${offer}&view=results`),
      storage: () => full,
      now: () => new Date('2026-11-26T09:00:00.000Z'),
      newId: () => ID,
    });
    store.getState().setField('notes', 'a');
    expect(store.getState().storageNotice).toBe('full');
    store.getState().dismissStorageNotice();
    store.getState().setField('notes', 'ab');
    expect(store.getState().storageNotice).toBeNull();
    expect(store.getState().details.notes).toBe('ab');
  });

  it('asks the browser to keep the calls after the first one is saved, and says if it will not', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const store = createAppStore({
      history: fakeHistory(`${offer}&view=results`),
      storage: () => window.localStorage,
      now: () => new Date('2026-11-26T09:00:00.000Z'),
      newId: () => ID,
      persist,
    });
    store.getState().setDone('offer-know-your-number', true);
    store.getState().setDone('offer-know-your-number', false);
    await Promise.resolve();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(store.getState().mayBeCleared).toBe(true);
    expect(store.getState().storageNotice).toBeNull();
  });
});

describe('forgetting a detail', () => {
  it('forgets the interview date and the outcome in the saved call too', () => {
    const { act } = open(`${offer}&view=results`);
    act.setInterviewDate('2026-11-24');
    act.setOutcome('offer');
    act.setInterviewDate(undefined);
    act.setOutcome(undefined);
    const saved = JSON.parse(window.localStorage.getItem(callKey(ID)) ?? 'null');
    expect(saved).not.toHaveProperty('interviewDate');
    expect(saved).not.toHaveProperty('outcome');
    // The outcome's line stays on the timeline: it happened.
    expect(saved.timeline).toEqual([{ kind: 'outcome', at: '2026-11-26T09:00:00.000Z' }]);
  });
});

describe("a call's timeline", () => {
  const savedTimeline = () =>
    JSON.parse(window.localStorage.getItem(callKey(ID)) ?? 'null')?.timeline;

  it('keeps each line in order, saved with the call, and takes off the one tapped by mistake', () => {
    const { act } = open(`${offer}&view=results`);
    act.addToTimeline('called-back');
    act.addToTimeline('called');
    act.setOutcome('reference-check');
    expect(savedTimeline().map((entry: { kind: string }) => entry.kind)).toEqual([
      'called-back',
      'called',
      'outcome',
    ]);
    act.removeFromTimeline(1);
    expect(savedTimeline().map((entry: { kind: string }) => entry.kind)).toEqual([
      'called-back',
      'outcome',
    ]);
    // A line that is not there changes nothing.
    act.removeFromTimeline(5);
    expect(savedTimeline()).toHaveLength(2);
  });

  it('keeps saving past the most lines a record holds, the oldest giving way', () => {
    const { act, store } = open(`${offer}&view=results`);
    for (let i = 0; i < 205; i += 1) act.addToTimeline('called');
    expect(store.getState().saveRefused).toBeNull();
    expect(savedTimeline()).toHaveLength(200);
  });
});
