import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  dropUnknownItems,
  MAX_NAME,
  formatLink,
  hasAnswers,
  nextFrom,
  parseLink,
  QUESTION_KEYS,
  type Answers,
  type LinkState,
  type Problem,
  type QuestionKey,
  type ReasonId,
} from '../domain/core.ts';
import {
  MAX_NOTES,
  clearSaved,
  readSaved,
  writeSaved,
  type Names,
  type Saved,
  type StorageHealth,
} from './storage.ts';

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

/** A message about saving on this device, shown once. */
export type StorageNotice = 'unavailable' | 'full' | 'corrupt' | 'cleared' | 'clear-failed';

/** The app's state: inputs only. The ranking is derived from `link.answers`, never stored. */
export interface AppState {
  /** Everything the link holds: answers, page and ticks. */
  link: LinkState;
  /** What the last opened link held that could not be used. */
  problems: Problem[];
  /** Private notes for the call; kept on this device, never in a link. */
  notes: string;
  /** Names for the follow-up email; kept on this device, never in a link. */
  names: Names;
  /** A session saved earlier, offered as "Continue where you left off" on a bare start. */
  resumable: Saved | null;
  /** The one message about storage, if any; null once dismissed. */
  storageNotice: StorageNotice | null;
  /** Set once a storage failure has been told, so it is told only once. */
  storageFailureTold: boolean;
  /** How many page changes have happened; the UI moves focus to the heading after each. */
  moves: number;
  /** Set when a new version of the app is waiting; calling it reloads into that version. */
  reloadForUpdate: (() => void) | null;

  /** Reads the current link again, after Back or Forward. */
  syncFromHistory(): void;
  /** Goes to a page, keeping answers and ticks, with a new history entry. */
  go(target: Partial<Omit<LinkState, 'answers' | 'done'>>): void;
  /** Saves the answer to a question and moves on, as the Continue button does. */
  answerAndContinue(step: QuestionKey, value: Answers[QuestionKey]): void;
  /** Ticks or unticks a checklist item, without a new history entry. */
  setDone(id: string, done: boolean): void;
  /** Opens the prep for another reason; undefined goes back to the top one. */
  chooseReason(reason: ReasonId | undefined, top: ReasonId): void;
  /** Clears the answers and ticks and goes to the first question. */
  startAgain(): void;
  /** Opens the saved session. */
  resume(): void;
  /** Sets the saved session aside and starts at the first question. */
  startFresh(): void;
  setNotes(notes: string): void;
  setName(key: keyof Names, value: string): void;
  /**
   * Takes the answers suggested from pasted text (after the person confirms) and moves to the
   * first question still unanswered, or to the check page.
   */
  applySuggestions(answers: Answers): void;
  /** Removes everything the app stored on this device. */
  clearData(): void;
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

/** What the store needs from the outside world. */
export interface StoreEnv {
  history: HistoryPort;
  /** A getter, since merely touching `window.localStorage` throws where storage is blocked. */
  storage: () => Storage;
  now: () => Date;
}

const browserEnv = (): StoreEnv => ({
  history: browserHistory,
  storage: () => window.localStorage,
  now: () => new Date(),
});

/** Creates the app's store, reading the link and what was saved. */
export function createAppStore(env: StoreEnv = browserEnv()): StoreApi<AppState> {
  const initialQuery = env.history.read();
  const opened = parseLink(initialQuery);
  const stored = readSaved(env.storage);
  const bare = initialQuery.replace(/^\?/, '') === '';
  const canResume = bare && stored.saved && hasAnswers(parseLink(stored.saved.query).state.answers);

  /** The catalog's checklist ids, once it has loaded. */
  let knownItems: ReadonlySet<string> | undefined;

  const store = createStore<AppState>()((set, get) => {
    /** Writes the link to history, then saves the session on this device. */
    const commit = (link: LinkState, mode: 'push' | 'replace', newPage = mode === 'push') => {
      const query = formatLink(link);
      if (mode === 'push') env.history.push(query);
      else env.history.replace(query);
      set((s) => ({ link, moves: newPage ? s.moves + 1 : s.moves }));
      save();
    };

    const save = () => {
      const { link, notes, names, storageFailureTold } = get();
      if (!hasAnswers(link.answers) && notes === '' && Object.keys(names).length === 0) return;
      const health: StorageHealth = writeSaved(env.storage, {
        version: 2,
        query: formatLink({ answers: link.answers, done: link.done }),
        notes,
        names,
        savedAt: env.now().toISOString(),
      });
      if (health !== 'ok' && !storageFailureTold) {
        set({ storageNotice: health, storageFailureTold: true });
      }
    };

    const keep = (link: LinkState): LinkState => ({ answers: link.answers, done: link.done });

    return {
      link: opened.state,
      problems: opened.problems,
      notes: stored.saved?.notes ?? '',
      names: stored.saved?.names ?? {},
      resumable: canResume ? stored.saved : null,
      storageNotice: stored.unavailable ? 'unavailable' : stored.corrupt ? 'corrupt' : null,
      storageFailureTold: stored.unavailable,
      moves: 0,
      reloadForUpdate: null,

      syncFromHistory() {
        const { state, problems } = parseLink(env.history.read(), knownItems);
        // Following an in-page #link also fires popstate; the link itself has not changed.
        if (formatLink(state) === formatLink(get().link)) return;
        set((s) => ({ link: state, problems, resumable: null, moves: s.moves + 1 }));
      },
      go(target) {
        set({ problems: [], resumable: null });
        commit({ ...keep(get().link), ...target }, 'push');
      },
      answerAndContinue(step, value) {
        const { link } = get();
        // Skipping the topics question leaves it unanswered rather than storing an empty list.
        const answers: Answers = Object.fromEntries(
          Object.entries({ ...link.answers, [step]: value }).filter(([, v]) => v !== undefined),
        );
        set({ problems: [], resumable: null });
        // The question's own history entry keeps the answer too, so the browser's Back button
        // returns to the question with it still chosen.
        // (The step is written out: on a bare first page it was only implied.)
        env.history.replace(formatLink({ ...link, answers, step }));
        commit({ answers, done: link.done, ...nextFrom(step, link.from) }, 'push');
      },
      setDone(id, done) {
        const { link } = get();
        const ids = new Set(link.done);
        if (done) ids.add(id);
        else ids.delete(id);
        commit({ ...link, done: [...ids].sort() }, 'replace');
      },
      chooseReason(reason, top) {
        const { link } = get();
        set({ problems: [] });
        // A new history entry, but the same page: focus goes to the prep, not the page heading.
        const chosen = reason === top ? undefined : reason;
        commit({ ...keep(link), view: 'results', reason: chosen }, 'push', false);
      },
      startAgain() {
        set({ problems: [], resumable: null });
        commit({ answers: {}, done: [], step: QUESTION_KEYS[0] }, 'push');
      },
      resume() {
        const saved = get().resumable;
        if (!saved) return;
        const { state } = parseLink(saved.query, knownItems);
        set({ resumable: null, problems: [] });
        commit({ ...state, view: 'results' }, 'push');
      },
      startFresh() {
        set({ resumable: null });
      },
      setNotes(notes) {
        // Within what storage accepts, so a long paste can never make the saved record unreadable.
        set({ notes: notes.slice(0, MAX_NOTES) });
        save();
      },
      setName(key, value) {
        set((s) => ({ names: { ...s.names, [key]: value.slice(0, MAX_NAME) } }));
        save();
      },
      applySuggestions(suggested) {
        const { link } = get();
        const topics = [...new Set([...(link.answers.topics ?? []), ...(suggested.topics ?? [])])];
        const answers: Answers = { ...link.answers, ...suggested };
        // What they mentioned adds up; "nothing specific" only stands when nothing else does.
        const specific = topics.filter((topic) => topic !== 'nothing');
        if (topics.length > 0) answers.topics = specific.length > 0 ? specific.sort() : ['nothing'];
        const open = QUESTION_KEYS.find((key) => answers[key] === undefined);
        set({ problems: [], resumable: null });
        commit(
          { answers, done: link.done, ...(open ? { step: open } : { view: 'check' }) },
          'push',
        );
      },
      clearData() {
        const cleared = clearSaved(env.storage);
        set({
          notes: '',
          names: {},
          resumable: null,
          storageNotice: cleared ? 'cleared' : 'clear-failed',
        });
      },
      checkItems(itemIds) {
        knownItems = itemIds;
        const { link, problems } = get();
        const checked = dropUnknownItems(link, problems, itemIds);
        if (checked.state === link) return;
        set({ problems: checked.problems });
        commit(checked.state, 'replace');
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
  // Merely opening a link (perhaps someone else's) does not replace the saved session: the
  // first change made here does.
  return store;
}
