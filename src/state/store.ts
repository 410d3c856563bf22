import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  dropUnknownItems,
  formatLink,
  hasAnswers,
  nextFrom,
  normalizeTopics,
  pageOf,
  parseLink,
  QUESTION_KEYS,
  type Answers,
  type LinkState,
  type Problem,
  type QuestionKey,
  type ReasonId,
} from '../domain/core.ts';
import {
  cleanName,
  cleanNotes,
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
  /** The catalog's checklist ids once it has loaded, so every link read from then on is checked. */
  knownItems: ReadonlySet<string> | null;

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
  /** Clears the answers and ticks and goes to the first question ("Start again"). */
  restartQuestions(): void;
  /** Opens the saved session ("Continue where you left off"). */
  resume(): void;
  /**
   * Puts the offer to continue away, leaving the saved session as it is until the first change
   * made here ("Start fresh"). The page stays on the first question.
   */
  setResumeAside(): void;
  /** Keeps the private notes, saved on this device at once, also when they are emptied. */
  setNotes(notes: string): void;
  /** Keeps one name for the follow-up email, saved on this device at once. */
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

/**
 * What belongs only to the page being left, put away on every move (the one place that says
 * so): what the last link held that could not be used, and the offer to continue.
 */
const pageLeft: Pick<AppState, 'problems' | 'resumable'> = { problems: [], resumable: null };

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
     * Keeps the session on this device. Called after every change the person makes (answers,
     * ticks, notes, names), emptied ones included, and never merely for opening a link or
     * moving between pages, so browsing someone else's link does not replace the saved session.
     */
    const save = () => {
      const { link, notes, names, storageFailureTold } = get();
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
      knownItems: null,

      syncFromHistory() {
        const { state, problems } = parseLink(env.history.read(), get().knownItems ?? undefined);
        // Following an in-page #link also fires popstate; the link itself has not changed.
        if (formatLink(state) === formatLink(get().link)) return;
        set((s) => ({ ...pageLeft, link: state, problems, moves: s.moves + 1 }));
      },
      go(target) {
        moveTo({ ...keep(get().link), ...target });
      },
      answerAndContinue(step, value) {
        const { link } = get();
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
        moveTo({ answers, done: link.done, ...nextFrom(step, link.from) });
        save();
      },
      setDone(id, done) {
        const { link } = get();
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
        moveTo({ answers: {}, done: [], step: QUESTION_KEYS[0] });
        save();
      },
      resume() {
        const saved = get().resumable;
        if (!saved) return;
        const { state } = parseLink(saved.query, get().knownItems ?? undefined);
        moveTo({ ...state, view: 'results' });
      },
      setResumeAside() {
        set({ resumable: null });
      },
      setNotes(notes) {
        // Within what storage accepts, so a long paste can never make the saved record unreadable.
        set({ notes: cleanNotes(notes) });
        save();
      },
      setName(key, value) {
        set((s) => ({ names: { ...s.names, [key]: cleanName(value) } }));
        save();
      },
      applySuggestions(suggested) {
        const { link } = get();
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
        moveTo({ answers, done: link.done, ...(open ? { step: open } : { view: 'check' }) });
        save();
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
  // Merely opening a link (perhaps someone else's) does not replace the saved session: the
  // first change made here does.
  return store;
}
