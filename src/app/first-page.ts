import { hasAnswers, pageOf, QUESTION_KEYS } from '../domain/core.ts';
import type { AppState } from '../state/store.ts';

/**
 * Whether the app shows exactly the page prerendered into the built index.html: the first
 * question with nothing answered or ticked, and nothing else to say (no saved session to
 * offer, no notice, no problem with the link). Only then does the app take over that markup
 * as it is (hydrate); otherwise it renders afresh. The prerender checks its own page with it.
 * Keys a link holds that the app does not read (`fbclid`…) change nothing here.
 */
export function showsPrerenderedPage(state: AppState): boolean {
  const { link } = state;
  const page = pageOf(link);
  return (
    page.kind === 'question' &&
    page.step === QUESTION_KEYS[0] &&
    !hasAnswers(link.answers) &&
    link.done.length === 0 &&
    link.from === undefined &&
    state.resumable === null &&
    state.storageNotice === null &&
    state.problems.length === 0 &&
    state.reloadForUpdate === null
  );
}

/** What was done early: each changed control's state, by `keyOf`, and which one had focus. */
interface EarlyInput {
  values: Map<string, string | boolean>;
  /** The key of the field being typed in, with where the caret was. */
  focus?: { key: string; start: number | null; end: number | null };
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * The fields to keep: those with a name (a link key), and those marked `data-early-input` that
 * must have no name because their text never goes into a link (the paste box).
 */
function fieldsOf(container: Element): Field[] {
  const fields = container.querySelectorAll<Field>(
    'input[name], textarea[name], [data-early-input]',
  );
  return [...fields].filter((field) => field.type !== 'hidden' && field.type !== 'submit');
}

const checkable = (field: Field): field is HTMLInputElement =>
  field.type === 'radio' || field.type === 'checkbox';

function keyOf(field: Field): string {
  const name = field.name || (field.dataset.earlyInput ?? '');
  return checkable(field) ? `${name}=${field.value}` : name;
}

/**
 * What the person did on the prerendered page before the app's code arrived: a radio or
 * checkbox chosen, text typed or pasted. Read just before the app's first render replaces or
 * takes over that markup.
 */
export function readEarlyInput(container: Element): EarlyInput {
  const early: EarlyInput = { values: new Map() };
  for (const field of fieldsOf(container)) {
    if (
      checkable(field) ? field.checked !== field.defaultChecked : field.value !== field.defaultValue
    )
      early.values.set(keyOf(field), checkable(field) ? field.checked : field.value);
    if (document.activeElement === field && !checkable(field)) {
      early.focus = { key: keyOf(field), start: field.selectionStart, end: field.selectionEnd };
    }
  }
  return early;
}

/**
 * Hands what was done early to the app, once it has rendered, as if the person did it now:
 * a click for a radio or checkbox, an input event for text. So each component's own handlers
 * run and its state matches the page, whether the app hydrated the prerendered markup (whose
 * fields already show it) or rendered new fields.
 */
export function adoptEarlyInput(container: Element, early: EarlyInput): void {
  for (const field of fieldsOf(container)) {
    const wanted = early.values.get(keyOf(field));
    if (wanted === undefined) continue;
    if (checkable(field)) {
      // The app's state is what it rendered (defaultChecked). Setting the opposite first makes
      // the click a real change for React, which tracks the last value it saw.
      // A radio is unchosen by choosing another one, so only the chosen one is replayed.
      if (wanted === field.defaultChecked || (field.type === 'radio' && !wanted)) continue;
      field.checked = !wanted;
      field.click();
    } else if (typeof wanted === 'string' && wanted !== field.defaultValue) {
      // As above: React must see the value change, so it sees the default first (through the
      // property it watches), then the text itself (through the prototype's setter, unseen).
      field.value = field.defaultValue;
      const prototype = Object.getPrototypeOf(field) as Field;
      Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, wanted);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      // A box that was opened to type in stays open, also when the app drew it anew (closed).
      field.closest('details')?.setAttribute('open', '');
    }
  }
  // Someone typing as the app arrives keeps their place, in the field that replaced theirs.
  const focus = early.focus;
  const typing = focus && fieldsOf(container).find((field) => keyOf(field) === focus.key);
  if (focus && typing) {
    if (document.activeElement !== typing) typing.focus();
    if (focus.start !== null) typing.setSelectionRange(focus.start, focus.end);
  }
}
