import { normalizeTopics } from './answers.ts';
import { asks, type AskTopic } from './catalog/asks.ts';
import { findReason } from './catalog/index.ts';
import { classify } from './classify.ts';
import { dayBandWords, explainMessages } from './explain-messages.ts';
import { fill } from './messages.ts';
import { optionInSentence } from './questions.ts';
import {
  DAY_BANDS,
  SINGLE_CHOICE_KEYS,
  TOPICS,
  dayBand,
  SINGLE_CHOICES,
  type Answers,
  type DayBand,
  type QuestionKey,
  type ReasonId,
  type Topic,
} from './codes.ts';
import { topicGain } from './signals.ts';

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
  for (const question of SINGLE_CHOICE_KEYS) {
    const current = answers[question];
    const stated = current !== undefined && current !== 'unknown' ? current : undefined;
    for (const value of SINGLE_CHOICES[question]) {
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

  const topics = normalizeTopics(answers.topics ?? []);
  // A specific topic replaces "nothing specific", which only ever stands alone.
  const kept = topics.filter((topic) => topic !== 'nothing');
  const replaced = topics.includes('nothing') ? { replaces: 'nothing' } : {};
  for (const topic of TOPICS) {
    if (topic === 'nothing' || topics.includes(topic)) continue;
    const changed = { ...answers, topics: normalizeTopics([...kept, topic]) };
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

/** A meaning's title as it reads inside a sentence. Example: `'a job offer'`. */
function meaningWords(id: ReasonId): string {
  return findReason(id).titleInSentence;
}

/** The "if" part of a swap: what would have been different. */
function condition(swap: Swap): string {
  const { question, value } = swap;
  const answer = optionInSentence(question, value);
  switch (question) {
    case 'caller':
      return fill(explainMessages.ifCaller, { answer });
    case 'contact':
      return fill(explainMessages.ifContact, { answer });
    case 'round':
      return fill(explainMessages.ifRound, { answer });
    case 'days': {
      const band = dayBand(Number(value));
      return fill(explainMessages.ifDays, { when: dayBandWords[band].when });
    }
    case 'topics': {
      const also = (swap.changed.topics ?? []).some((topic) => topic !== value);
      return fill(also ? explainMessages.ifAlsoTopic : explainMessages.ifTopic, { answer });
    }
    case 'tone':
      return fill(explainMessages.ifTone, { answer });
  }
}

/**
 * A swap as one plain sentence. It says "would lead" only when the second meaning would then
 * top the list; otherwise it says which meaning it would move ahead of. Example: `'If they had
 * also mentioned salary or pay, a job offer would lead.'`
 */
export function describeSwap(swap: Swap): string {
  const meaning = meaningWords(swap.second);
  if (swap.leads) return fill(explainMessages.swapLeads, { condition: condition(swap), meaning });
  return fill(explainMessages.swapMovesAhead, {
    condition: condition(swap),
    meaning,
    other: meaningWords(swap.first),
  });
}

function isAskTopic(topic: Topic): topic is AskTopic {
  return topic !== 'nothing';
}

/**
 * The one question to ask on the call that best tells the top two meanings apart: the topic,
 * not yet mentioned, whose weight differs most between them, asked in the words of
 * `catalog/asks.ts`. The weight is what a yes would add now (`topicGain`): less when a topic
 * of its family was already mentioned. Only a topic that counts as a sign of the meaning a yes
 * points to (a positive weight) is asked about, and topics already mentioned are skipped,
 * since their weight is already counted. `null` when no topic is left that weighs
 * differently for the two. Ties go to the earlier topic. Example:
 * `bestQuestionToAsk({ round: 'final', days: 1 })` asks about benefits: a yes points to a job
 * offer, a no to a reference check.
 */
export function bestQuestionToAsk(answers: Answers): Ask | null {
  const [top, next] = classify(answers).ranked;
  if (!top || !next) return null;
  const topSignals = findReason(top.reason).signals;
  const nextSignals = findReason(next.reason).signals;
  const said = normalizeTopics(answers.topics ?? []).filter(isAskTopic);
  const mentioned = new Set<Topic>(said);
  let best: { topic: AskTopic; gap: number } | undefined;
  for (const topic of TOPICS) {
    if (!isAskTopic(topic) || mentioned.has(topic)) continue;
    // What a yes would add now: less when a topic of its family was already mentioned.
    const topWeight = topicGain(topSignals, said, topic);
    const nextWeight = topicGain(nextSignals, said, topic);
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
    why: fill(explainMessages.askWhy, {
      favours: meaningWords(favours),
      against: meaningWords(against),
    }),
  };
}
