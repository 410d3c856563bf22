import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  dropUnknownItems,
  formatLink,
  nextFrom,
  normalizeTopics,
  pageOf,
  parseLink,
  QUESTION_KEYS,
  unfinishedAt,
  type Answers,
  type LinkState,
  type Problem,
  type QuestionKey,
  type ReasonId,
} from '../domain/core.ts';
import type { Merge } from './backup.ts';
import {
  cleanCall,
  cleanField,
  deleteCall,
  detailsOf,
  noDetails,
  makeCallId,
  MAX_TIMELINE,
  newCall,
  newestFirst,
  readCalls,
  writeCall,
  type Call,
  type CallDetails,
  type SetAside,
  type TimelineEntry,
  type WriteResult,
} from './calls.ts';
import type { MigrateResult } from './old-session.ts';
import { STORAGE_KEY, clearSaved, healthAfter } from './storage.ts';

/** Where the link lives. The browser's history in the app; a fake one in tests. */
export interface HistoryPort {
  /** The current query string, with or without `?`. */
  read(): string;
  /** A new history entry, so Back returns to the previous one. */
  push(query: string): void;
  /** The same history entry, updated (ticks, a cleaned-up link). */
  replace(query: string): void;
}

/** The browser's own history: the query string is the whole shareable state. */
export const browserHistory: HistoryPort = {
  read: () => window.location.search,
  push: (query) => window.history.pushState(null, '', urlFor(query)),
  replace: (query) => window.history.replaceState(null, '', urlFor(query)),
};

function urlFor(query: string): string {
  return query ? `?${query}` : window.location.pathname;
}

/** A message about saving on this device, shown once at the top of the page. */
export type StorageNotice =
  /** Storage is blocked: the app works from the link alone. */
  | 'unavailable'
  /** Storage is full: nothing new can be saved. */
  | 'full'
  /** Some saved calls could not be read; they are kept untouched for a later release. */
  | 'set-aside'
  /** The call open here was deleted in another tab; the next change saves it again. */
  | 'deleted-elsewhere';

/** The details' fields typed as text, each with its `data-field` hook in the UI. */
export type TextField = Parameters<typeof cleanField>[0];

/** What was last deleted, kept in memory so it can be brought back. */
export interface Undoable {
  /** One call deleted, or every call cleared. */
  kind: 'deleted' | 'cleared';
  calls: Call[];
  /**
   * After a clear, every key the app had saved, exactly as it was: records this release could
   * not read come back untouched too.
   */
  saved?: [key: string, value: string][];
}

/** What restoring a backup did, for the calls page to say. */
export interface RestoreResult {
  added: number;
  updated: number;
  /** Calls on this device left as they were, being newer than (or the same as) the file's. */
  kept: number;
  /** Calls that could not be written (storage full or blocked). */
  failed: number;
}

/** The app's state: inputs only. The ranking is derived from `link.answers`, never stored. */
export interface AppState {
  /** Everything the link holds: answers, page, ticks and which call it is. */
  link: LinkState;
  /** What the last opened link held that could not be used. */
  problems: Problem[];
  /** The open call's details (company, notes, names…); kept on this device, never in a link. */
  details: CallDetails;
  /** Every call saved on this device that could be read, newest first. */
  calls: Call[];
  /** Saved records this release cannot read, left untouched (docs/decisions/006). */
  setAside: SetAside[];
  /** The latest call, offered as "Continue" on a bare start. */
  resumable: Call | null;
  /**
   * The saved call just left by "Start a new call", so the new call's first question can say
   * it is kept; put away on the next move, so it is said once.
   */
  keptCall: Call | null;
  /** The one message about storage, if any; null once dismissed. */
  storageNotice: StorageNotice | null;
  /** Set once a storage failure has been told, so it is told only once. */
  storageFailureTold: boolean;
  /**
   * The browser would not promise to keep the saved calls (`navigator.storage.persist()`
   * said no). The calls page says what that means; it is no reason to alarm anyone mid-prep.
   */
  mayBeCleared: boolean;
  /** Why the last change could not be saved though storage works (notes over the limit). */
  saveRefused: Exclude<WriteResult, 'ok' | 'full' | 'unavailable'> | null;
  /** What the last delete or clear removed, until it is undone or something else is deleted. */
  undoable: Undoable | null;
  /** How many page changes have happened; the UI moves focus to the heading after each. */
  moves: number;
  /** Set when a new version of the app is waiting; calling it reloads into that version. */
  reloadForUpdate: (() => void) | null;
  /** The catalog's checklist ids once it has loaded, so every link read from then on is checked. */
  knownItems: ReadonlySet<string> | null;
  /** The store's clock (the browser's; a fixed one in tests), for words like "today at 14:05". */
  now(): Date;

  /** Reads the current link again, after Back or Forward. */
  syncFromHistory(): void;
  /** Goes to a page, keeping answers, ticks and the call, with a new history entry. */
  go(target: Partial<Omit<LinkState, 'answers' | 'done' | 'call' | 'lang'>>): void;
  /** Saves the answer to a question and moves on, as the Continue button does. */
  answerAndContinue(step: QuestionKey, value: Answers[QuestionKey]): void;
  /** Ticks or unticks a checklist item, without a new history entry. */
  setDone(id: string, done: boolean): void;
  /**
   * Opens the prep for a reason; undefined goes back to the default prep. `top` is the reason
   * shown by default, left out of the link; undefined when none is (the answers say little).
   */
  chooseReason(reason: ReasonId | undefined, top: ReasonId | undefined): void;
  /** Clears this call's answers and ticks and goes to the first question ("Start again"). */
  restartQuestions(): void;
  /** Starts a new call at the first question; the call that was open stays as it was. */
  startNewCall(): void;
  /** Opens a saved call at its results, or at a question (to finish them). */
  openCall(id: string, step?: QuestionKey): void;
  /** Opens the latest call ("Continue"). */
  resume(): void;
  /**
   * Puts the offer to continue away, saying that call is kept; the page stays on the first
   * question ("Start a new call").
   */
  setResumeAside(): void;
  /** Keeps one typed field of the open call, saved on this device at once, emptied included. */
  setField(field: TextField, value: string): void;
  /** Keeps the interview's date (an ISO date), or forgets it. */
  setInterviewDate(date: string | undefined): void;
  /** Records what the call turned out to be, with a line on its timeline; undefined forgets it. */
  setOutcome(outcome: CallDetails['outcome']): void;
  /** Adds a line to the open call's timeline (they called, I called back). */
  addToTimeline(kind: Exclude<TimelineEntry['kind'], 'outcome'>): void;
  /** Takes one line off the open call's timeline (a tap by mistake), by its place in the list. */
  removeFromTimeline(index: number): void;
  /** Renames a saved call (its company). */
  renameCall(id: string, company: string): WriteResult;
  /** Deletes a saved call, keeping it in memory for `undo`. Says whether it could. */
  deleteSavedCall(id: string): boolean;
  /** Deletes every call and everything else the app saved, keeping the calls for `undo`. */
  clearAll(): boolean;
  /** Brings back what the last delete or clear removed. Says whether every call was saved. */
  undo(): boolean;
  /**
   * Saves what restoring a backup adds (`mergeCalls` in backup.ts, which loads with the calls
   * page): new calls and newer records of calls here, never an older one over a newer.
   */
  restoreCalls(merge: Pick<Merge, 'added' | 'updated' | 'keptNewer' | 'unchanged'>): RestoreResult;
  /** The session an earlier version saved has been turned into a call (or could not be). */
  sessionMigrated(migrated: MigrateResult): void;
  /** Another tab saved or deleted a call (null: it cleared everything): read them again. */
  callsChanged(id: string | null): void;
  /**
   * Takes the answers suggested from pasted text (after the person confirms) and moves to the
   * first question still unanswered, or to the check page.
   */
  applySuggestions(answers: Answers): void;
  /**
   * Unticks items that are on no checklist, once the catalog has loaded, and says so. From
   * then on every link read is checked against these ids straight away.
   */
  checkItems(itemIds: ReadonlySet<string>): void;
  dismissProblems(): void;
  dismissStorageNotice(): void;
  /** A new version is ready: offer it, never force it. */
  offerUpdate(reload: () => void): void;
}

/**
 * What belongs only to the page being left, put away on every move (the one place that says
 * so): what the last link held that could not be used, the offer to continue, and the word
 * that the call just left is kept.
 */
const pageLeft: Pick<AppState, 'problems' | 'resumable' | 'keptCall'> = {
  problems: [],
  resumable: null,
  keptCall: null,
};

/** What the store needs from the outside world. */
export interface StoreEnv {
  history: HistoryPort;
  /** A getter, since merely touching `window.localStorage` throws where storage is blocked. */
  storage: () => Storage;
  now: () => Date;
  /** A new call id. */
  newId: () => string;
  /**
   * Asks the browser to keep this site's storage (`navigator.storage.persist()`); resolves
   * to whether it will. Absent where the browser has no such thing.
   */
  persist?: () => Promise<boolean>;
}

const browserEnv = (): StoreEnv => ({
  history: browserHistory,
  storage: () => window.localStorage,
  now: () => new Date(),
  newId: () => makeCallId(Math.random),
  persist:
    typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function'
      ? () => navigator.storage.persist()
      : undefined,
});

/** The calls with one replaced or added, newest first. */
function withCall(calls: readonly Call[], call: Call): Call[] {
  return newestFirst([...calls.filter((each) => each.id !== call.id), call]);
}

/** A timeline with one more line; past the most a record keeps, its oldest lines give way. */
function appended(timeline: readonly TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  return [...timeline, entry].slice(-MAX_TIMELINE);
}

/** Creates the app's store, reading the link and the calls saved on this device. */
export function createAppStore(env: StoreEnv = browserEnv()): StoreApi<AppState> {
  const initialQuery = env.history.read();
  const opened = parseLink(initialQuery);
  const stored = readCalls(env.storage);
  const openedCall = stored.calls.find((call) => call.id === opened.state.call);
  // An id this device does not know (another device, a deleted call): the link opens as a
  // new call, and the canonical link below drops the id.
  if (!openedCall) delete opened.state.call;
  // The language alone changes no page: `?lang=es` is as bare a start as `/`.
  const bare = initialQuery
    .replace(/^\?/, '')
    .split('&')
    .every((part) => part === '' || /^lang=/i.test(part));
  const oldSession = hasOldSession(env.storage);
  const blocked = stored.unavailable || oldSession === 'unavailable';

  const store = createStore<AppState>()((set, get) => {
    /** Writes the link to history and to the state; a new page also counts as a move. */
    const write = (link: LinkState, mode: 'push' | 'replace', newPage = mode === 'push') => {
      const query = formatLink(link);
      if (mode === 'push') env.history.push(query);
      else env.history.replace(query);
      set((s) => ({ link, moves: newPage ? s.moves + 1 : s.moves }));
    };

    /** Goes to another page with a new history entry, putting away what the last one showed. */
    const moveTo = (link: LinkState, { newPage = true } = {}) => {
      set(pageLeft);
      write(link, 'push', newPage);
    };

    /**
     * The open call's id, made now if the call has never been saved: a link opened without
     * one (someone else's, or one from before calls) becomes a call at its first change.
     */
    const claim = (): LinkState => {
      const { link } = get();
      if (link.call) return link;
      const claimed = { ...link, call: env.newId() };
      set({ link: claimed });
      return claimed;
    };

    /** Tells a storage failure once; the app goes on from the link. */
    const tell = (result: WriteResult) => {
      if ((result === 'full' || result === 'unavailable') && !get().storageFailureTold) {
        set({ storageNotice: result, storageFailureTold: true });
      }
    };

    /** After the first call is saved, asks the browser to keep the calls, and says if it won't. */
    const askToKeep = () => {
      if (!env.persist) return;
      env.persist().then(
        (kept) => {
          if (!kept) set({ mayBeCleared: true });
        },
        () => undefined,
      );
    };

    /**
     * Saves the open call under its own key. Called after every change the person makes
     * (answers, ticks, details), emptied fields included, and never merely for opening a link
     * or moving between pages, so browsing someone else's link saves nothing.
     */
    const save = () => {
      const link = claim();
      const id = link.call as string;
      const { calls, details } = get();
      const now = env.now();
      const query = formatLink({ answers: link.answers, done: link.done });
      const record = newCall(id, query, now, details);
      // A call saved before keeps the day it was first saved.
      record.createdAt = calls.find((call) => call.id === id)?.createdAt ?? record.createdAt;
      const result = writeCall(env.storage, record);
      if (result === 'ok') {
        set({ calls: withCall(calls, cleanCall(record)), saveRefused: null });
        // Saved again after another tab deleted it: the notice has done its work.
        if (get().storageNotice === 'deleted-elsewhere') set({ storageNotice: null });
        if (calls.length === 0) askToKeep();
      } else if (result === 'notes-too-long' || result === 'invalid') {
        set({ saveRefused: result });
      }
      tell(result);
    };

    /** Saves the open call's changed details, writing its id into the link if it had none. */
    const change = (details: CallDetails) => {
      const hadCall = get().link.call !== undefined;
      set({ details });
      const link = claim();
      if (!hadCall) write(link, 'replace');
      save();
    };

    const keep = (link: LinkState): LinkState => {
      const kept: LinkState = { answers: link.answers, done: link.done };
      if (link.call) kept.call = link.call;
      if (link.lang) kept.lang = link.lang;
      return kept;
    };

    /** Opens a link's call: its details when this device has it, else a new call's. */
    const detailsFor = (id: string | undefined): CallDetails => {
      const call = id === undefined ? undefined : get().calls.find((each) => each.id === id);
      return call ? detailsOf(call) : noDetails;
    };

    return {
      link: opened.state,
      problems: opened.problems,
      details: openedCall ? detailsOf(openedCall) : noDetails,
      calls: stored.calls,
      setAside: stored.setAside,
      resumable: bare ? (stored.calls[0] ?? null) : null,
      keptCall: null,
      storageNotice: blocked ? 'unavailable' : stored.setAside.length > 0 ? 'set-aside' : null,
      storageFailureTold: blocked,
      mayBeCleared: false,
      saveRefused: null,
      undoable: null,
      moves: 0,
      reloadForUpdate: null,
      knownItems: null,
      now: env.now,

      syncFromHistory() {
        const { state, problems } = parseLink(env.history.read(), get().knownItems ?? undefined);
        if (state.call && !get().calls.some((call) => call.id === state.call)) {
          // A call deleted since this history entry was made: its answers open as a new call.
          delete state.call;
          env.history.replace(formatLink(state));
        }
        // Following an in-page #link also fires popstate; the link itself has not changed.
        if (formatLink(state) === formatLink(get().link)) return;
        const details = state.call === get().link.call ? get().details : detailsFor(state.call);
        set((s) => ({ ...pageLeft, link: state, problems, details, moves: s.moves + 1 }));
      },
      go(target) {
        moveTo({ ...keep(get().link), ...target });
      },
      answerAndContinue(step, value) {
        const link = claim();
        // Skipping the topics question leaves it unanswered rather than storing an empty list.
        const answers: Answers = Object.fromEntries(
          Object.entries({ ...link.answers, [step]: value }).filter(([, v]) => v !== undefined),
        );
        // Topics in the session as in the link (sorted), so a reload shows the same result.
        if (answers.topics) answers.topics = normalizeTopics(answers.topics);
        // The question's own history entry keeps the answer too, so the browser's Back button
        // returns to the question with it still chosen.
        // (The step is written out: on a bare first page it was only implied.)
        env.history.replace(formatLink({ ...link, answers, step }));
        moveTo({ ...keep(link), answers, ...nextFrom(step, link.from) });
        save();
      },
      setDone(id, done) {
        const link = claim();
        const ids = new Set(link.done);
        if (done) ids.add(id);
        else ids.delete(id);
        write({ ...link, done: [...ids].sort() }, 'replace');
        save();
      },
      chooseReason(reason, top) {
        // A new history entry, but the same page: focus goes to the prep, not the page heading.
        const chosen = reason === top ? undefined : reason;
        moveTo({ ...keep(get().link), view: 'results', reason: chosen }, { newPage: false });
      },
      restartQuestions() {
        const link = claim();
        moveTo({ ...keep({ ...link, answers: {}, done: [] }), step: QUESTION_KEYS[0] });
        save();
      },
      startNewCall() {
        const { link, calls } = get();
        set({ details: noDetails, saveRefused: null });
        moveTo({ answers: {}, done: [], lang: link.lang, step: QUESTION_KEYS[0] });
        set({ keptCall: calls.find((call) => call.id === link.call) ?? null });
      },
      openCall(id, step) {
        const call = get().calls.find((each) => each.id === id);
        if (!call) return;
        const { state } = parseLink(call.query, get().knownItems ?? undefined);
        set({ details: detailsOf(call), saveRefused: null });
        // At its results, a call whose outcome was noted opens at that meaning's prep.
        const reason = call.outcome === 'other' ? undefined : call.outcome;
        const page = step ? { step } : { view: 'results' as const, reason };
        const { lang } = get().link;
        moveTo({ answers: state.answers, done: state.done, call: id, lang, ...page });
      },
      resume() {
        const saved = get().resumable;
        if (!saved) return;
        // A call left mid-questions goes on at the question it stopped at; one whose notes or
        // details were typed (on its results) opens there, where they are.
        const typed = saved.notes || saved.company || saved.role || saved.contactName;
        get().openCall(
          saved.id,
          typed ? undefined : unfinishedAt(parseLink(saved.query).state.answers),
        );
      },
      setResumeAside() {
        set((s) => ({ resumable: null, keptCall: s.resumable }));
      },
      setField(field, value) {
        change({ ...get().details, [field]: cleanField(field, value) });
      },
      setInterviewDate(date) {
        const { interviewDate: _left, ...rest } = get().details;
        change(date === undefined ? rest : { ...rest, interviewDate: date });
      },
      setOutcome(outcome) {
        const { outcome: _left, ...rest } = get().details;
        if (outcome === undefined) return change(rest);
        const entry: TimelineEntry = { kind: 'outcome', at: env.now().toISOString() };
        change({ ...rest, outcome, timeline: appended(rest.timeline, entry) });
      },
      addToTimeline(kind) {
        const { details } = get();
        const entry: TimelineEntry = { kind, at: env.now().toISOString() };
        change({ ...details, timeline: appended(details.timeline, entry) });
      },
      removeFromTimeline(index) {
        const { details } = get();
        if (!details.timeline[index]) return;
        change({ ...details, timeline: details.timeline.filter((_, at) => at !== index) });
      },
      renameCall(id, company) {
        const call = get().calls.find((each) => each.id === id);
        if (!call) return 'invalid';
        const renamed = {
          ...call,
          company: cleanField('company', company),
          updatedAt: env.now().toISOString(),
        };
        const result = writeCall(env.storage, renamed);
        if (result === 'ok') {
          set((s) => ({
            calls: withCall(s.calls, cleanCall(renamed)),
            details: s.link.call === id ? { ...s.details, company: renamed.company } : s.details,
          }));
        }
        tell(result);
        return result;
      },
      deleteSavedCall(id) {
        const call = get().calls.find((each) => each.id === id);
        if (!call || deleteCall(env.storage, id) !== 'ok') return false;
        set((s) => ({
          calls: s.calls.filter((each) => each.id !== id),
          undoable: { kind: 'deleted', calls: [call] },
          resumable: s.resumable?.id === id ? null : s.resumable,
        }));
        // The open call was deleted: what is on screen is a new call from here on.
        if (get().link.call === id) {
          const { call: _gone, ...link } = get().link;
          set({ details: noDetails });
          write(link, 'replace', false);
        }
        return true;
      },
      clearAll() {
        const calls = get().calls;
        const saved = savedKeys(env.storage);
        if (!clearSaved(env.storage)) return false;
        const { call: _gone, ...link } = get().link;
        set({
          calls: [],
          setAside: [],
          details: noDetails,
          resumable: null,
          undoable: saved.length > 0 ? { kind: 'cleared', calls, saved } : null,
        });
        write(link, 'replace', false);
        return true;
      },
      undo() {
        const undoable = get().undoable;
        if (!undoable) return false;
        let all = true;
        if (undoable.saved) {
          for (const [key, value] of undoable.saved) {
            const result = writeRaw(env.storage, key, value);
            if (result !== 'ok') all = false;
            tell(result);
          }
          const read = readCalls(env.storage);
          set({ calls: read.calls, setAside: read.setAside, undoable: null });
          return all;
        }
        for (const call of undoable.calls) {
          const result = writeCall(env.storage, call);
          if (result === 'ok') set((s) => ({ calls: withCall(s.calls, call) }));
          else all = false;
          tell(result);
        }
        set({ undoable: null });
        return all;
      },
      restoreCalls(merge) {
        let failed = 0;
        for (const call of [...merge.added, ...merge.updated]) {
          const result = writeCall(env.storage, call);
          if (result === 'ok') set((s) => ({ calls: withCall(s.calls, call) }));
          else failed += 1;
          tell(result);
        }
        const open = get().link.call;
        const restored = merge.updated.find((call) => call.id === open);
        if (restored) set({ details: detailsOf(restored) });
        return {
          added: merge.added.length,
          updated: merge.updated.length,
          kept: merge.keptNewer.length + merge.unchanged.length,
          failed,
        };
      },
      sessionMigrated(migrated) {
        if (migrated.outcome === 'unreadable') set({ storageNotice: 'set-aside' });
        if (migrated.outcome !== 'migrated') return;
        const read = readCalls(env.storage);
        set((s) => ({
          calls: read.calls,
          // Offered as on any bare start, unless the person has already moved on.
          resumable:
            bare && s.moves === 0 && s.link.call === undefined ? (read.calls[0] ?? null) : null,
        }));
      },
      callsChanged(id) {
        const read = readCalls(env.storage);
        if (read.unavailable) return;
        set({ calls: read.calls, setAside: read.setAside });
        const open = get().link.call;
        if (open === undefined || (id !== null && id !== open)) return;
        // The same call changed in another tab: show its text, answers and ticks here before
        // it is edited again, so the next save here does not put back what that tab changed.
        const call = read.calls.find((each) => each.id === open);
        if (call) {
          const { state } = parseLink(call.query, get().knownItems ?? undefined);
          set((s) => ({
            details: detailsOf(call),
            link: { ...s.link, answers: state.answers, done: state.done },
          }));
          env.history.replace(formatLink(get().link));
        } else if (id === open || id === null) {
          // Deleted in another tab: what is on screen stays, and the page says what a change
          // here will do, rather than saving it back without a word.
          set({ storageNotice: 'deleted-elsewhere' });
        }
      },
      applySuggestions(suggested) {
        const link = claim();
        // What they mentioned adds up, in the one canonical form the link uses.
        const topics = normalizeTopics([
          ...(link.answers.topics ?? []),
          ...(suggested.topics ?? []),
        ]);
        const answers: Answers = { ...link.answers, ...suggested };
        if (topics.length > 0) answers.topics = topics;
        const open = QUESTION_KEYS.find((key) => answers[key] === undefined);
        // As after Continue, the page the text was pasted on keeps the answers in its own
        // history entry, so Back returns to it with them rather than to an empty question.
        const here = pageOf(link);
        if (here.kind === 'question')
          env.history.replace(formatLink({ ...link, answers, step: here.step }));
        moveTo({ ...keep(link), answers, ...(open ? { step: open } : { view: 'check' }) });
        save();
      },
      checkItems(itemIds) {
        set({ knownItems: itemIds });
        const { link, problems } = get();
        const checked = dropUnknownItems(link, problems, itemIds);
        if (checked.state === link) return;
        set({ problems: checked.problems });
        write(checked.state, 'replace');
      },
      dismissProblems() {
        set({ problems: [] });
      },
      dismissStorageNotice() {
        set({ storageNotice: null });
      },
      offerUpdate(reload) {
        set({ reloadForUpdate: reload });
      },
    };
  });

  // A damaged or untidy link is rewritten in its clean form, in place, so a bookmark made
  // from here on works; the notice still says what was left out.
  const canonical = formatLink(opened.state);
  if (canonical !== initialQuery.replace(/^\?/, '')) env.history.replace(canonical);
  // Merely opening a link (perhaps someone else's) saves nothing: the first change made here does.
  if (oldSession === 'yes') {
    // The single session earlier versions saved becomes the first call, once. Its code loads
    // only here, so everyone else's first page does not carry the old shapes.
    void import('./old-session.ts').then(
      (old) => store.getState().sessionMigrated(old.migrateSession(env.storage)),
      // Offline before this version was cached: the session stays, and the next visit tries.
      () => undefined,
    );
  }
  return store;
}

/** Every key the app saved and its value, as they are. Never throws. */
function savedKeys(storage: () => Storage): [string, string][] {
  try {
    const store = storage();
    const saved: [string, string][] = [];
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      const value = key?.startsWith('callback:') ? store.getItem(key) : null;
      if (key && value !== null) saved.push([key, value]);
    }
    return saved;
  } catch {
    return [];
  }
}

/** Puts a key back as it was. */
function writeRaw(storage: () => Storage, key: string, value: string): WriteResult {
  try {
    storage().setItem(key, value);
    return 'ok';
  } catch (error) {
    return healthAfter(error);
  }
}

/** Whether the session of an earlier version is still saved. Never throws. */
function hasOldSession(storage: () => Storage): 'yes' | 'no' | 'unavailable' {
  try {
    return storage().getItem(STORAGE_KEY) === null ? 'no' : 'yes';
  } catch {
    return 'unavailable';
  }
}
