import { asks, type AskTopic } from './catalog/asks.ts';
import { findReason } from './catalog/index.ts';
import { classify } from './classify.ts';
import { optionLabel } from './questions.ts';
import {
  CALLERS,
  CONTACTS,
  DAY_BANDS,
  ROUNDS,
  TONES,
  TOPICS,
  dayBand,
  type Answers,
  type Contact,
  type DayBand,
  type QuestionKey,
  type ReasonId,
  type Topic,
} from './schema.ts';

/** One answer change that would put the second meaning above the first. */
export interface Swap {
  /** The meaning on top now. Example: `'status-update'`. */
  first: ReasonId;
  /** The runner-up that the change would move above it. Example: `'offer'`. */
  second: ReasonId;
  /** The question whose answer changes. Example: `'topics'`. */
  question: QuestionKey;
  /** The new answer as a link writes it; for days, the first day of a band. Example: `'14'`. */
  value: string;
  /** `add-topic`: one more thing they mentioned; `set`: a different answer to the question. */
  kind: 'add-topic' | 'set';
  /**
   * The stated answer the change would overrule, if any. Absent when it fills in an unanswered
   * or "not sure" question, or adds a topic to those already named. Example: `'warm'`.
   */
  replaces?: string;
  /** All the answers with the change made, ready for a link. */
  changed: Answers;
  /** Whether `second` would then be the top meaning of all, not only above `first`. */
  leads: boolean;
  /** How far `second` would be ahead of `first`, in likelihood (0 to 1). Example: `0.21`. */
  lead: number;
}

/** The question to ask on the call that best tells the top two meanings apart. */
export interface Ask {
  /** What to say, in the candidate's words. Example: `'Would it help to know when I could start?'` */
  question: string;
  /** The topic the question is about. Example: `'start-date'`. */
  topic: AskTopic;
  /** The meaning, of the top two, that a yes points to. Example: `'offer'`. */
  favours: ReasonId;
  /** The other of the top two, which a no makes more likely. Example: `'status-update'`. */
  against: ReasonId;
  /** Why the question helps, in one plain sentence. */
  why: string;
}

type Single = 'caller' | 'contact' | 'round' | 'tone';

const singleValues: Record<Single, readonly string[]> = {
  caller: CALLERS,
  contact: CONTACTS,
  round: ROUNDS,
  tone: TONES,
};

interface Candidate {
  question: QuestionKey;
  value: string;
  kind: Swap['kind'];
  replaces?: string;
  changed: Answers;
}

/** Likelihoods closer than this count as tied. */
const TIE = 1e-9;

/** The first day of a band, to stand for it: `'14-29'` gives 14, `'30+'` gives 30. */
function firstDay(band: DayBand): number {
  return Number.parseInt(band, 10);
}

/**
 * Every single change to the answers that we can put in words. "Not sure" is never a target:
 * "if you had not been sure" says nothing about the call.
 */
function candidates(answers: Answers): Candidate[] {
  const list: Candidate[] = [];
  for (const question of ['caller', 'contact', 'round', 'tone'] as const) {
    const current = answers[question];
    const stated = current !== undefined && current !== 'unknown' ? current : undefined;
    for (const value of singleValues[question]) {
      if (value === 'unknown' || value === current) continue;
      const changed = { ...answers, [question]: value };
      list.push({ question, value, kind: 'set', ...(stated && { replaces: stated }), changed });
    }
  }

  const days = answers.days;
  const known = typeof days === 'number';
  for (const band of DAY_BANDS) {
    if (known && dayBand(days) === band) continue;
    const day = firstDay(band);
    const changed = { ...answers, days: day };
    const replaced = known ? { replaces: String(days) } : {};
    list.push({ question: 'days', value: String(day), kind: 'set', ...replaced, changed });
  }

  const topics = answers.topics ?? [];
  // A specific topic replaces "nothing specific", which only ever stands alone.
  const kept = topics.filter((topic) => topic !== 'nothing');
  const replaced = topics.includes('nothing') ? { replaces: 'nothing' } : {};
  for (const topic of TOPICS) {
    if (topic === 'nothing' || topics.includes(topic)) continue;
    const changed = { ...answers, topics: [...kept, topic].sort() };
    list.push({ question: 'topics', value: topic, kind: 'add-topic', ...replaced, changed });
  }
  if (topics.length === 0) {
    const changed: Answers = { ...answers, topics: ['nothing'] };
    list.push({ question: 'topics', value: 'nothing', kind: 'add-topic', changed });
  }
  return list;
}

/**
 * The single answer change that would put the second meaning above the first, or `null` when
 * none would. It tries each other answer to caller, contact, round and tone, each other band
 * of days, and each topic not yet mentioned. Filling in a gap or adding a topic is preferred
 * over overruling something the candidate said; among equals, the change that puts the
 * second meaning furthest ahead wins, and then the earlier question and option. Example:
 * `whatWouldSwap({ round: 'final', topics: ['timeline'] })` adds `'salary'` to the topics,
 * lifting `'offer'` above `'status-update'`.
 */
export function whatWouldSwap(answers: Answers): Swap | null {
  const [top, next] = classify(answers).ranked;
  if (!top || !next) return null;
  const first = top.reason;
  const second = next.reason;
  let best: { swap: Swap; departure: number } | undefined;
  for (const candidate of candidates(answers)) {
    const { ranked } = classify(candidate.changed);
    const likelihood = (id: ReasonId) => ranked.find((r) => r.reason === id)?.likelihood ?? 0;
    const mine = likelihood(second);
    const lead = mine - likelihood(first);
    // Clearly ahead, not tied: a tie would leave the order to the catalog, and "would lead" to
    // chance. Weights that cancel exactly can still differ by 1e-15 after floating-point sums.
    if (!(lead > TIE)) continue;
    const departure = candidate.replaces === undefined ? 0 : 1;
    if (
      best &&
      (departure > best.departure || (departure === best.departure && lead <= best.swap.lead))
    ) {
      continue;
    }
    const leads = ranked.every((r) => r.reason === second || r.likelihood < mine - TIE);
    best = { swap: { first, second, ...candidate, leads, lead }, departure };
  }
  return best?.swap ?? null;
}

/** Days-band phrases that fit "your interview had been …". */
const bandWords: Record<DayBand, string> = {
  '0-2': 'in the last two days',
  '3-6': 'three to six days ago',
  '7-13': 'one to two weeks ago',
  '14-29': 'two to four weeks ago',
  '30+': 'a month or more ago',
};

// The contact options are labelled as the candidate's own words ("We spoke on the phone"),
// which cannot sit inside "If …", so this one question has its own phrases.
const contactWords: Record<Exclude<Contact, 'unknown'>, string> = {
  spoke: 'you had spoken with them on the phone',
  voicemail: 'they had left a voicemail',
  missed: 'it had been a missed call with no message',
  email: 'they had sent an email or text asking for a call',
};

/** A label as it reads inside a sentence: `'The final round'` gives `'the final round'`. */
function midSentence(label: string): string {
  // What follows a colon or "such as" lists examples, and a list inside a sentence that
  // already has its own commas is hard to read: "visiting the office" says enough.
  const head = label.split(/:|, such as /)[0] ?? label;
  // Keep capitals that belong to the word, as in "HR or an in-house recruiter".
  if (/^[A-Z]{2}/.test(head)) return head;
  return head.charAt(0).toLowerCase() + head.slice(1);
}

/**
 * A meaning's title as the subject or object of a sentence. Titles that open with an article
 * read as a noun ("a job offer"); any other, such as "Not chosen this time", is quoted so the
 * sentence stays grammatical.
 */
function meaningWords(id: ReasonId): string {
  const title = findReason(id).title;
  if (/^(a|an|another|the)\s/i.test(title)) return midSentence(title);
  return `the meaning “${title}”`;
}

/** The "if" part of a swap: what would have been different. */
function condition(swap: Swap): string {
  const { question, value } = swap;
  switch (question) {
    case 'caller':
      return `the caller had been ${midSentence(optionLabel('caller', value))}`;
    case 'contact':
      return (
        contactWords[value as keyof typeof contactWords] ??
        `they had got in touch this way: ${midSentence(optionLabel('contact', value))}`
      );
    case 'round':
      return `your latest interview had been ${midSentence(optionLabel('round', value))}`;
    case 'days': {
      const days = Number(value);
      return Number.isFinite(days)
        ? `your interview had been ${bandWords[dayBand(days)]}`
        : 'your interview had been at another time';
    }
    case 'topics': {
      const also = (swap.changed.topics ?? []).filter((topic) => topic !== value).length > 0;
      return `they had ${also ? 'also ' : ''}mentioned ${midSentence(optionLabel('topics', value))}`;
    }
    case 'tone':
      return `they had sounded ${midSentence(optionLabel('tone', value))}`;
  }
}

/**
 * A swap as one plain sentence. It says "would lead" only when the second meaning would then
 * top the list; otherwise it says which meaning it would move ahead of. Example: `'If they had
 * also mentioned salary or pay, a job offer would lead.'`
 */
export function describeSwap(swap: Swap): string {
  const outcome = swap.leads
    ? `${meaningWords(swap.second)} would lead`
    : `${meaningWords(swap.second)} would move ahead of ${meaningWords(swap.first)}`;
  return `If ${condition(swap)}, ${outcome}.`;
}

function isAskTopic(topic: Topic): topic is AskTopic {
  return topic !== 'nothing';
}

/**
 * The one question to ask on the call that best tells the top two meanings apart: the topic,
 * not yet mentioned, whose weight differs most between them, asked in the words of
 * `catalog/asks.ts`. Only a topic that counts as a sign of the meaning a yes points to (a
 * positive weight in its catalog file) is asked about, and topics already mentioned are
 * skipped, since their weight is already counted. `null` when no topic is left that weighs
 * differently for the two. Ties go to the earlier topic. Example:
 * `bestQuestionToAsk({ round: 'final', days: 1 })` asks about benefits: a yes points to a job
 * offer, a no to a reference check.
 */
export function bestQuestionToAsk(answers: Answers): Ask | null {
  const [top, next] = classify(answers).ranked;
  if (!top || !next) return null;
  const topWeights = findReason(top.reason).signals.topics ?? {};
  const nextWeights = findReason(next.reason).signals.topics ?? {};
  const mentioned = new Set(answers.topics ?? []);
  let best: { topic: AskTopic; gap: number } | undefined;
  for (const topic of TOPICS) {
    if (!isAskTopic(topic) || mentioned.has(topic)) continue;
    const topWeight = topWeights[topic] ?? 0;
    const nextWeight = nextWeights[topic] ?? 0;
    // A topic that only counts against one meaning, such as a start date against a rejection,
    // is a sign of some third meaning; a yes to it would not point to the other of the two.
    if (Math.max(topWeight, nextWeight) <= 0) continue;
    const gap = topWeight - nextWeight;
    if (Math.abs(gap) > Math.abs(best?.gap ?? 0)) best = { topic, gap };
  }
  if (!best) return null;
  const [favours, against] = best.gap > 0 ? [top.reason, next.reason] : [next.reason, top.reason];
  return {
    question: asks[best.topic],
    topic: best.topic,
    favours,
    against,
    why: `A yes points to ${meaningWords(favours)}; a no makes ${meaningWords(against)} more likely.`,
  };
}
