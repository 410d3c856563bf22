/**
 * Facts read from a pasted message besides its topics: the interview already done (`round`),
 * the days since it (`days`), how they got in touch (`contact`), who wrote (`caller`, from
 * agency names, titles and signatures), and where a signature or a disclaimer footer starts.
 * Pure: the date of today comes from the caller. Small patterns, not a list of messages: a
 * round word is past or ahead by the words around it, a day is counted only when the text
 * ties it to an interview.
 */
import type { Caller, Contact, Round, Topic } from '../codes.ts';
import type { FoundPhrase } from './phrases.ts';

/** A fact found in the text, with the words behind it. */
export interface FactMatch<Value> {
  value: Value;
  start: number;
  end: number;
}

/**
 * One language's readers of facts, time expressions and recruiter phrases. They are given the
 * text as the language reads it (Spanish with its accents folded away, same positions);
 * `findPhrases` is given the text as written, to quote it.
 */
export interface FactReaders {
  footerStart(text: string): number;
  signatureStart(text: string, end?: number): number;
  readRound(text: string, end?: number): RoundReading;
  readCaller(text: string, signature: number): FactMatch<Caller> | undefined;
  readContact(text: string): FactMatch<Contact> | undefined;
  readDays(text: string, today: string | undefined, end?: number): FactMatch<number> | undefined;
  tenseOf(text: string, start: number, end: number): 'past' | 'future' | undefined;
  isProperName(text: string, start: number, end: number): boolean;
  timePhrases(
    text: string,
    end: number,
  ): [number, number, { question: 'topics'; value: Topic }[]][];
  findPhrases(text: string): FoundPhrase[];
}

// ---------------------------------------------------------------------------------------------
// Footers and signatures

/**
 * The first words of a disclaimer footer or an automated notice: what follows is boilerplate
 * ("any attachments", "the intended recipient"), not something asked of the candidate.
 */
const FOOTER =
  /(?:^|\n)[ \t>]*(?:this (?:e-?mail|message)(?:,? including any attachments,?| and any (?:files|attachments)(?: transmitted with it)?)? (?:is|are|may) (?:confidential|intended|for the sole)|confidentiality notice|disclaimer:|if you (?:have received|received|are not the intended)|registered (?:in england|office|address|company)|this is an automated (?:message|email)|please consider the environment|the information (?:contained )?in this (?:e-?mail|message))/i;

/** A line that closes a letter: what follows is a name, a title and contact details. */
const SIGN_OFF =
  /\n[ \t]*(?:(?:kind|best|warm|warmest|many|with best|all the) (?:regards|wishes|thanks)|regards|best|thanks|thank you|many thanks|cheers|sincerely|yours sincerely|yours faithfully|yours truly|speak soon|talk soon|take care|all the best)[ \t]*[,!.]?[ \t]*(?=\n)/gi;

/** Where a disclaimer footer starts, or the text's length when it has none. */
export function footerStart(text: string): number {
  const found = FOOTER.exec(text);
  return found ? found.index : text.length;
}

/**
 * Where the signature block starts (the line after the last sign-off that is followed only by
 * short lines), or the text's length when there is none. Titles and company names live there:
 * "Benefits Manager", "Payroll Solutions Ltd" say nothing about the call.
 */
export function signatureStart(text: string, end = text.length): number {
  let start = end;
  SIGN_OFF.lastIndex = 0;
  for (const found of text.slice(0, end).matchAll(SIGN_OFF)) {
    const after = text.slice(found.index + found[0].length, end);
    const lines = after.split('\n').filter((line) => line.trim() !== '');
    if (lines.length <= 8 && lines.every((line) => line.length <= 80)) {
      start = found.index + found[0].length;
      break;
    }
  }
  return start;
}

/**
 * Whether the words at `start` are part of a proper name: capitalised in the middle of a
 * sentence and followed by another capitalised word ("from Benefit Street Partners",
 * "at Pay Point Ltd"). Sentence starts and headings ("Re: Salary Review") are not names.
 */
export function isProperName(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (!(first >= 65 && first <= 90)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  // After a sentence end, a colon, a line break or nothing, a capital is just a sentence start.
  if (/(?:^|[.!?:\n"“(]\s*)$/.test(before)) return false;
  if (/\b(?:i|we|you|they)\s+$/i.test(before)) return false;
  const after = text.slice(end, end + 40);
  const nameAfter = /^[ \t]+(?:&[ \t]+)?[A-Z][\p{L}]+/u.test(after);
  const nameBefore = /\b(?:from|at|with|of|join|joining|for)\s+$/i.test(before) && nameAfter;
  const capitalBefore = /[A-Z][\p{L}]+[ \t]+$/u.test(before) && !/\bI[ \t]+$/.test(before);
  return (
    nameBefore ||
    (capitalBefore && nameAfter) ||
    (capitalBefore && /^[ \t]+(?:ltd|llp|inc|plc|partners|group|bank|capital)\b/i.test(after))
  );
}

// ---------------------------------------------------------------------------------------------
// Past or ahead

const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
/** Weekday names as people type them, each with its index (Sunday 0). */
const WEEKDAY_WORDS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  weds: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
};
WEEKDAYS.forEach((name, i) => (WEEKDAY_WORDS[name] = i));
const WEEKDAY = `(?:${Object.keys(WEEKDAY_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Words just before a mention of an interview that put it behind the candidate. */
const PAST_BEFORE = new RegExp(
  [
    '\\b(?:after|following|since|during|completed|finished|passed|attended|enjoyed|loved|liked|debrief|did|done)\\b|\\bhad (?:a|an|your|the|our|my)\\b',
    '\\b(?:thanks|thank you|thank u|thx)(?: (?:so much|very much|again))? for\\b',
    '\\b(?:great|good|lovely|nice|pleasure|wonderful|brilliant) (?:to|talking|speaking|meeting|chatting|seeing|conversation)\\b',
    '\\b(?:made it|got|came) through\\b',
    "\\b(?:you|you've|youve) (?:now )?(?:met|completed|finished|done|had|passed|attended)\\b",
    '\\b(?:met|saw|interviewed)(?: you| me)?(?: at| in| during)?\\b',
    '\\bnow that\\b',
    '\\b(?:your|the) (?:recent|last|latest|previous)\\b',
    "\\b(?:yesterday|today|this morning|last week|last night)(?:'s|’s)",
    `\\b(?:${WEEKDAY})(?:'s|’s)`,
    '\\bfeedback (?:on|from|after)\\b',
    '\\b(?:congrats|congratulations) on\\b',
  ].join('|'),
  'gi',
);

/** Words just before a mention of an interview that put it ahead. */
const FUTURE_BEFORE = new RegExp(
  [
    '\\b(?:next|upcoming|another|further|invite|invited|inviting|invitation|book|booked|booking|schedule|scheduled|arrange|arranged|confirm|confirmed|organise|organize|prepare|preparing|ahead of|before|until|will|shall|would|wants?|like you|love you|keen|hope|hoping|going to|looking forward|attend|join us)\\b',
    '\\b(?:moved?|moving|progress|progressed|progressing|proceed|through|on|invite you|bring you in|get you in|you in) (?:on )?to\\b',
    '\\b(?:for|to) (?:a|an|your|the)(?! (?:recent|last|latest|previous)\\b)\\b',
    "\\b(?:next|this coming|this) (?:week's|weeks|week’s)",
    `\\b(?:next|this coming|coming) (?:${WEEKDAY})\\b`,
    "\\b(?:tomorrow|tmrw|tmr)(?:'s|’s)?",
  ].join('|'),
  'gi',
);

/** Words just after a mention that put it behind: "the interview went well", "…on Monday was". */
const PAST_AFTER =
  /^[^.!?\n]{0,30}?\b(?:went|was|were|has gone|had gone|yesterday|yday|yest|last week|earlier today|this morning|is done|done|completed|finished)\b/i;
/** Words just after a mention that put it ahead: "the final round will be on Friday". */
const FUTURE_AFTER =
  /^[^.!?\n]{0,25}?\b(?:will|is on|is booked|is scheduled|is confirmed|'s on|next week|tomorrow|tmrw|is set)\b/i;

/** The words that say a mention is behind the candidate or ahead, in one language. */
export interface TenseWords {
  pastBefore: RegExp;
  futureBefore: RegExp;
  pastAfter: RegExp;
  futureAfter: RegExp;
}

/**
 * Whether a mention between `start` and `end` is behind the candidate, ahead, or not plain, by
 * the last such word in its clause before it, else by the words just after it.
 */
export function tenseIn(
  words: TenseWords,
  text: string,
  start: number,
  end: number,
): 'past' | 'future' | undefined {
  const window = text.slice(Math.max(0, start - 70), start);
  // The clause before: from the last sentence end, colon or line break.
  const cut = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('! '),
    window.lastIndexOf('? '),
    window.lastIndexOf('\n'),
    window.lastIndexOf(': '),
    window.lastIndexOf(' - '),
  );
  const clause = cut >= 0 ? window.slice(cut + 1) : window;
  const lastOf = (pattern: RegExp) => {
    let last = -1;
    pattern.lastIndex = 0;
    for (const m of clause.matchAll(pattern)) last = m.index + m[0].length;
    return last;
  };
  const past = lastOf(words.pastBefore);
  const future = lastOf(words.futureBefore);
  if (past > future) return 'past';
  if (future > past) return 'future';
  const after = text.slice(end, end + 40);
  if (words.futureAfter.test(after)) return 'future';
  if (words.pastAfter.test(after)) return 'past';
  return undefined;
}

const englishTense: TenseWords = {
  pastBefore: PAST_BEFORE,
  futureBefore: FUTURE_BEFORE,
  pastAfter: PAST_AFTER,
  futureAfter: FUTURE_AFTER,
};

/** Whether a mention between `start` and `end` is behind the candidate, ahead, or not plain. */
export function tenseOf(text: string, start: number, end: number): 'past' | 'future' | undefined {
  return tenseIn(englishTense, text, start, end);
}

// ---------------------------------------------------------------------------------------------
// Round

const ORDINAL_MIDDLE = '(?:second|2nd|third|3rd|fourth|4th|middle|next)';
/** Mentions of an interview round, with the round each names. */
const ROUND_WORDS: readonly [Round, RegExp][] = [
  [
    'final',
    /\b(?:final|last|onsite|on-site|on site)[ -](?:round|rd|stage|interview|interviews|panel|loop|chat|conversation|meeting|presentation)s?\b|\b(?:the|your) (?:onsite|on-site|final loop|final)\b(?! (?:offer|decision|say|answer|sign|approval|step|candidates?)\b)|\ball (?:three|four|five|3|4|5|the) (?:interview )?(?:rounds|stages|interviews)\b/gi,
  ],
  [
    'middle',
    new RegExp(
      `\\b${ORDINAL_MIDDLE}[ -](?:round|stage|rd|interview|interviews)\\b|\\b(?:technical|tech|panel|systems? design|coding|case study|competency|competency-based|behavioural|behavioral|pairing|team|hiring manager|hm)[ -](?:round|interview|interviews|stage)\\b|\\b(?:monday|tuesday|wednesday|thursday|friday|yesterday|today|last week)['’]s panel\\b|\\bassessment (?:centre|center|day)\\b|\\bround (?:2|3|two|three)\\b`,
      'gi',
    ),
  ],
  [
    'screen',
    /\b(?:phone|telephone|video|initial|intro|introductory|recruiter|screening|first)[ -](?:screen|screening|call|chat|interview|round|stage|conversation)\b|\bscreening (?:call|interview)\b|\bfirst (?:round|stage|interview)\b|\b(?:the|your|a) (?:phone )?screen\b/gi,
  ],
];

const ROUND_ORDER: Record<Round, number> = { unknown: 0, screen: 1, middle: 2, final: 3 };

/** Round mentions that are plainly behind the candidate, and those plainly ahead. */
export interface RoundReading {
  /** The latest round done, if the text says so. */
  round?: FactMatch<Round>;
  /** Every mention of a round done: topics about a step ahead are not read inside them. */
  past: FactMatch<Round>[];
}

/**
 * The interview already done, from mentions of a round said to be behind the candidate:
 * "after Thursday's final round" is `final`; "we'd like to invite you to a final round" is
 * ahead and says nothing of the round done.
 */
export function readRound(text: string, end = text.length): RoundReading {
  return roundsIn(ROUND_WORDS, tenseOf, text, end);
}

/**
 * The rounds a text says are behind the candidate, in one language: each mention of a round
 * (`words`) that its tense reader (`tenseOf`) puts in the past, the furthest round first.
 * Shared by the English and the Spanish readers, which differ only in their words.
 */
export function roundsIn(
  words: readonly (readonly [Round, RegExp])[],
  tenseOf: (text: string, start: number, end: number) => 'past' | 'future' | undefined,
  text: string,
  end = text.length,
): RoundReading {
  const past: FactMatch<Round>[] = [];
  const body = text.slice(0, end);
  for (const [round, pattern] of words) {
    pattern.lastIndex = 0;
    for (const m of body.matchAll(pattern)) {
      const start = m.index;
      const stop = start + m[0].length;
      if (past.some((p) => p.start <= start && start < p.end)) continue;
      if (tenseOf(body, start, stop) === 'past') past.push({ value: round, start, end: stop });
    }
  }
  let best: FactMatch<Round> | undefined;
  for (const p of past) if (!best || ROUND_ORDER[p.value] > ROUND_ORDER[best.value]) best = p;
  past.sort((a, b) => a.start - b.start);
  return best ? { round: best, past } : { past };
}

// ---------------------------------------------------------------------------------------------
// Days

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORD = '(?:st|nd|rd|th)?';

/** A day named in the text: yesterday, a weekday, a date. Groups name which. */
const DAY_EXPRESSION = new RegExp(
  [
    '\\b(?<yesterday>yesterday|yday|yest)\\b',
    "\\b(?<today>today|this morning|this afternoon|earlier today)(?:'s|’s)?\\b",
    `\\b(?<last>last) (?<lastDay>${WEEKDAY})\\b\\.?`,
    `\\b(?:on |this (?:past )?)?(?<day>${WEEKDAY})(?:'s|’s)?\\b\\.?`,
    `\\b(?:on )?(?:the )?(?<dateDay>\\d{1,2})${ORD}(?: of)? (?<dateMonth>${MONTH})\\b\\.?`,
    `\\b(?:on )?(?<monthFirst>${MONTH}) (?<monthDay>\\d{1,2})${ORD}\\b`,
  ].join('|'),
  'gi',
);

/** Words that tie a day to an interview, in the same sentence. */
const INTERVIEW_WORD =
  /\b(?:interview|interviews|interviewed|round|rd|panel|screen|screening|onsite|on-site|chat|chatted|chatting|call|talking|speaking|spoke|met|meet|meeting|conversation|presentation|assessment|loop|seeing you|came in|coming in|visit)\b/i;

/** The most day expressions `readDays` looks at. */
export const MAX_DAYS_READ = 40;

const dayNumberOf = (year: number, month: number, day: number) =>
  Math.round(Date.UTC(year, month - 1, day) / 86_400_000);

/**
 * The sentence around a span of text, within a few hundred characters either side: from the
 * last full stop, `!`, `?` or line break before it to the first after it. Example: in
 * `'Hi. We met on Tuesday for the interview. Thanks'`, around "Tuesday" it is
 * `' We met on Tuesday for the interview'`, which starts at `from`.
 */
export function sentenceAround(
  body: string,
  start: number,
  stop: number,
): { sentence: string; from: number } {
  const from = Math.max(0, start - 300);
  const before = body.slice(from, start);
  const sentenceStart =
    from +
    Math.max(
      before.lastIndexOf('.'),
      before.lastIndexOf('!'),
      before.lastIndexOf('?'),
      before.lastIndexOf('\n'),
    );
  const nextStop = body.slice(stop, stop + 300).search(/[.!?\n]/);
  const end = nextStop < 0 ? stop + 300 : stop + nextStop;
  return { sentence: body.slice(sentenceStart + 1, end), from: sentenceStart + 1 };
}

/** `'2026-03-12'` as a day number, or `undefined` when it is not a date. */
export function readToday(today: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumberOf(year, month, day);
  const back = new Date(n * 86_400_000);
  return back.getUTCMonth() + 1 === month && back.getUTCDate() === day ? n : undefined;
}

/** Days back to the last `weekday` before today: 1 to 7. */
export function daysBackTo(weekday: number, todayNumber: number): number {
  // Day 0 (1970-01-01) was a Thursday.
  const todayWeekday = (todayNumber + 4) % 7;
  return ((todayWeekday - weekday + 6) % 7) + 1;
}

/** Days from a day and month to today, taking the year that puts it at or before today. */
export function daysBackToDate(
  day: number,
  month: number,
  todayNumber: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = new Date(todayNumber * 86_400_000).getUTCFullYear();
  for (const y of [year, year - 1]) {
    const n = dayNumberOf(y, month, day);
    if (new Date(n * 86_400_000).getUTCDate() !== day) return undefined;
    if (n <= todayNumber) return todayNumber - n;
  }
  return undefined;
}

/**
 * Whole days since the interview, where the text ties a day to it and puts it behind:
 * "yesterday's interview" is 1, "thanks for meeting us last Thursday" counts back to that
 * Thursday, "following your interview on 4 March" to that date. `today` is `'YYYY-MM-DD'`;
 * without it no days are read. The most recent such day wins.
 */
export function readDays(
  text: string,
  today: string | undefined,
  end = text.length,
): FactMatch<number> | undefined {
  const todayNumber = readToday(today);
  if (todayNumber === undefined) return undefined;
  const body = text.slice(0, end);
  let best: FactMatch<number> | undefined;
  DAY_EXPRESSION.lastIndex = 0;
  let seen = 0;
  for (const m of body.matchAll(DAY_EXPRESSION)) {
    // A message names a handful of days; past that it is a pasted page, and reading every
    // weekday of it would cost time for nothing.
    seen += 1;
    if (seen > MAX_DAYS_READ) break;
    const g = m.groups ?? {};
    const start = m.index;
    const stop = start + m[0].length;
    // The sentence around the day, within a few hundred characters either side.
    const { sentence, from } = sentenceAround(body, start, stop);
    if (
      !INTERVIEW_WORD.test(sentence) &&
      !/\b(?:thanks|thank you|thx)\b[^.!?\n]{0,20}$/i.test(body.slice(from, start))
    )
      continue;
    let days: number | undefined;
    let plainlyPast = false;
    if (g.yesterday) {
      days = 1;
      plainlyPast = true;
    } else if (g.today) {
      days = 0;
    } else if (g.last && g.lastDay) {
      days = daysBackTo(WEEKDAY_WORDS[g.lastDay.toLowerCase()] ?? 0, todayNumber);
      plainlyPast = true;
    } else if (g.day) {
      if (
        /\b(?:next|this coming|coming|until|by|before|from)\s+(?:on\s+)?$/i.test(
          body.slice(Math.max(0, start - 20), start),
        )
      ) {
        continue;
      }
      days = daysBackTo(WEEKDAY_WORDS[g.day.toLowerCase()] ?? 0, todayNumber);
    } else if (g.dateDay && g.dateMonth) {
      days = daysBackToDate(Number(g.dateDay), monthOf(g.dateMonth), todayNumber);
    } else if (g.monthFirst && g.monthDay) {
      days = daysBackToDate(Number(g.monthDay), monthOf(g.monthFirst), todayNumber);
    }
    if (days === undefined || days > 365) continue;
    if (!plainlyPast && tenseOf(body, start, stop) !== 'past' && !pastVerbNear(sentence)) continue;
    if (futureNear(body, start, stop)) continue;
    if (!best || days < best.value) best = { value: days, start, end: stop };
  }
  return best;
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/** A past verb in the sentence: "the panel enjoyed meeting you on 3 March". */
function pastVerbNear(sentence: string): boolean {
  return /\b(?:met|enjoyed|loved|liked|had|was|were|went|did|interviewed|spoke|chatted|attended|completed|finished|thanks for|thank you for|following|after|since|done)\b/i.test(
    sentence,
  );
}

/** Words that put a day ahead: "are you free Fri", "the panel meets Friday", "does next Fri work". */
function futureNear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  return (
    /\b(?:free|available|meets|meet on|will|until|by|before|see you|seeing you|looking forward|from|booked|book|is on|for)\s+(?:on\s+|the\s+)?$/i.test(
      before,
    ) || /^\s*(?:work|works|suit|suits|instead)\b/i.test(after)
  );
}

// ---------------------------------------------------------------------------------------------
// Contact

/** Signs of a written message: an email's or a text's shape and words. */
const WRITTEN = [
  /^\s*(?:subject|re|fw|fwd)\s*:/im,
  /^\s*dear\b/im,
  /^\s*(?:hi|hello|hey|morning|good morning|afternoon)\b[^\n]{0,40},?\s*\n\s*\n/i,
  SIGN_OFF,
  /\b(?:this (?:e-?mail|message) and|reply to this e-?mail|please find attached|attached is|see attached|sent from my|by e-?mail|via e-?mail|do not reply|https?:\/\/|www\.)/i,
];
/** Signs of a text at its very end: "thx", "x", a name after the last sentence ("- Kim"). */
const WRITTEN_END = [
  /\b(?:thx|txt|text me|xx?)\s*$/i,
  /\s[-–—]\s?[A-Z][a-z]+(?:,? [A-Za-z@ ]{0,30})?\s*$/,
  /[.!?)]\s+(?:(?:[Tt]hanks|[Tt]hank you|[Tt]hx|[Cc]heers|[Bb]est|[Mm]any thanks),?\s+)?[A-Z][a-z]+(?:,?\s+\(?[A-Z][A-Za-z]*(?: team)?\)?)?\s*$/,
];
/** Signs of a voicemail at its very end: "bye", "speak soon". */
const SPOKEN_END = [/\b(?:bye|bye bye|speak soon|talk soon|cheers)\s*[.!]?\s*$/i];
/** Signs of a voicemail: spoken words left for someone who did not pick up. */
const SPOKEN = [
  /\b(?:sorry (?:i|to have|to) missed you|sorry to miss you|missed you|sorry i missed your call)\b/i,
  /\b(?:voicemail|voice mail|leave (?:you )?a message|leaving (?:you )?a (?:quick )?message|left (?:you )?a message|this message)\b/i,
  /\b(?:just )?calling (?:to|about|from|regarding|re|back|with)\b|\bit's [A-Z][a-z]+ calling\b|\b(?:i'm|i am) calling\b/i,
  /\b(?:call|ring|bell|buzz|shout|try) (?:me|us) (?:back|on|at)\b|\bgive (?:me|us) a (?:call|ring|bell|buzz|shout)\b|\bmy (?:direct )?(?:line|number) is\b/i,
];
/** A candidate's own notes of a call: third person, shorthand. */
const NOTES_SPOKE =
  /^[^.!?\n]{0,60}?\b(?:spoke (?:to|with)|call w\/|chat w\/|call with [A-Z]|had a call|rang|called|phoned)\b|\b(?:recruiter|hr|hm|agency) (?:says|said|rang|called|phoned)\b/i;
const NOTES_MISSED = /\bmissed (?:a )?call\b/i;
const NO_MESSAGE =
  /\b(?:no (?:vm|voicemail|message|msg)(?: left)?|didn't leave a (?:message|voicemail))\b/i;

/**
 * How they got in touch, from the message's shape and words: an email or text (greeting lines,
 * a sign-off, a subject), a voicemail ("sorry I missed you", "call me back on…"), or a
 * candidate's own notes of a call ("spoke to Jen", "missed call, no vm").
 */
export function readContact(text: string): FactMatch<Contact> | undefined {
  const found = readContactAt(text);
  if (!found) return undefined;
  // Highlight the words, not the blank lines a greeting pattern takes with it.
  const words = text.slice(found.start, found.end);
  const lead = words.length - words.trimStart().length;
  const line =
    words
      .trim()
      .split('\n')[0]
      ?.replace(/[\s,]+$/, '') ?? '';
  return { ...found, start: found.start + lead, end: found.start + lead + line.length };
}

/**
 * How many of these patterns match a text's head, and of `ends` its tail (the tail starting at
 * `tailStart`), with where the first match is: the evidence for one way of getting in touch.
 */
export function hitsIn(
  head: string,
  tail: string,
  tailStart: number,
  patterns: readonly RegExp[],
  ends: readonly RegExp[],
): { hits: number; first: FactMatch<undefined> | undefined } {
  let hits = 0;
  let first: FactMatch<undefined> | undefined;
  const look = (pattern: RegExp, where: string, offset: number) => {
    pattern.lastIndex = 0;
    const m = pattern.exec(where);
    pattern.lastIndex = 0;
    if (!m) return;
    hits += 1;
    first ??= { value: undefined, start: offset + m.index, end: offset + m.index + m[0].length };
  };
  for (const pattern of patterns) look(pattern, head, 0);
  for (const pattern of ends) look(pattern, tail, tailStart);
  return { hits, first };
}

function readContactAt(text: string): FactMatch<Contact> | undefined {
  const head = text.slice(0, 4000);
  if (NOTES_MISSED.test(head) && NO_MESSAGE.test(head)) {
    const m = NOTES_MISSED.exec(head);
    if (m) return { value: 'missed', start: m.index, end: m.index + m[0].length };
  }
  const tailStart = Math.max(0, text.length - 300);
  const tail = text.slice(tailStart);
  const firstHit = (patterns: readonly RegExp[], ends: readonly RegExp[]) =>
    hitsIn(head, tail, tailStart, patterns, ends);
  const written = firstHit(WRITTEN, WRITTEN_END);
  const spoken = firstHit(SPOKEN, SPOKEN_END);
  const spokenNotes = NOTES_SPOKE.exec(head);
  // Notes of a call read as the candidate's own words, without a greeting to them.
  if (
    spokenNotes &&
    !/^\s*(?:hi|hello|hey|dear|morning|hiya)\b/i.test(head) &&
    written.hits === 0
  ) {
    return {
      value: 'spoke',
      start: spokenNotes.index,
      end: spokenNotes.index + spokenNotes[0].length,
    };
  }
  const lines = head.trim().split('\n').length;
  // A voicemail transcript is one paragraph of speech; an email has lines and a shape.
  const spokenWins = spoken.hits > written.hits || (spoken.hits === written.hits && lines <= 3);
  if (spoken.first && spokenWins) return { ...spoken.first, value: 'voicemail' };
  if (written.first) return { ...written.first, value: 'email' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Caller

/** An agency by its name: "Greenleaf Recruitment", "Carter Jones Associates", "Vantage Staffing". */
const AGENCY_NAME =
  /\b(?!(?:The|Our|Your|Graduate|Campus|Internal|Early|Talent|People|HR|Global|Group|Senior|Head|Team|Recruitment|Recruiting)\b)[A-Z][\p{L}&'-]+(?: [A-Z][\p{L}&'-]+)? (?:Recruitment|Recruiting|Staffing|Resourcing|Search|Talent Partners|Associates|Personnel|Consultancy|Consulting Group)(?: (?:Ltd|Limited|LLC|Inc|Partners|Group|Solutions|Associates))?\b(?! (?:Team|team|Office|office|Department|department|Coordinator|Officer))/u;
/** Titles an agency recruiter signs with. */
const AGENCY_TITLE =
  /\b(?:(?:senior |principal |associate |managing |lead )?(?:recruitment )?consultant|account manager|recruitment partner|resourcer)\b(?! (?:role|position|job|vacancy))/i;

/** Titles and words of a hiring manager writing or speaking for themselves. */
const MANAGER_SELF = new RegExp(
  [
    "\\b(?:i'm|i am|it's|this is)\\s+(?:[A-Z][a-z]+,?\\s+)?(?:the|your|a)\\s+(?:[\\w-]+\\s+){0,2}(?:manager|director|lead|head of [\\w ]{1,20}|vp|cto|ceo|founder)\\b",
    "\\b(?:i'd|i would|i'll|i will) be your (?:manager|line manager|boss|team lead|supervisor)\\b",
    '\\b(?:you met me|i (?:was|sat) on (?:your|the) (?:interview )?panel|i interviewed you|i chaired)\\b',
    '\\bmy (?:recruiter|team|hiring team)\\b',
    '^\\s*(?:head of [A-Za-z ]{2,30}|(?:engineering|product|design|marketing|sales|operations|finance|data|delivery|team|line|general|store|practice|project|clinical) manager|(?:[A-Z][a-z]+ )?director(?: of [A-Za-z ]+)?|vp(?: of)? [A-Za-z ]+|cto|ceo|founder|co-founder)\\b',
  ].join('|'),
  'im',
);
/** Titles of an in-house recruiter or HR. */
const RECRUITER_TITLE =
  /\b(?:talent|recruiting|recruitment|people|hr|human resources|resourcing|onboarding|graduate recruitment)(?: acquisition)?(?: (?:partner|coordinator|officer|manager|lead|advisor|adviser|specialist|team|business partner|department|office))?\b|\b(?:head of talent|senior recruiter|recruiter)\b/i;

/**
 * Who wrote or called, from names, titles and signatures: an agency by its name or a
 * consultant's title, a hiring manager only when they speak for themselves ("I'd be your
 * manager", a manager's title under the sign-off), a recruiter by an HR or talent title.
 * "The hiring manager asked me to check" is the recruiter writing, not the manager.
 */
export function readCaller(text: string, signature: number): FactMatch<Caller> | undefined {
  const head = text.slice(0, 20_000);
  const agency = AGENCY_NAME.exec(head);
  if (agency) return { value: 'agency', start: agency.index, end: agency.index + agency[0].length };
  const signed = head.slice(signature);
  const title = AGENCY_TITLE.exec(signed);
  if (title) {
    const start = signature + title.index;
    return { value: 'agency', start, end: start + title[0].length };
  }
  const self = MANAGER_SELF.exec(head.slice(0, signature));
  if (self && !RECRUITER_TITLE.test(self[0])) {
    return { value: 'hiring-manager', start: self.index, end: self.index + self[0].length };
  }
  // A text signs off on its last line: "Jas, Talent", "Jo (HR)".
  const lastWords = /[.!?]\s+([^.!?\n]{1,40})\s*$/.exec(head);
  if (signature === text.length && lastWords?.[1] && RECRUITER_TITLE.test(lastWords[1])) {
    const start = lastWords.index + lastWords[0].indexOf(lastWords[1]);
    return { value: 'recruiter', start, end: start + lastWords[1].length };
  }
  const signedRecruiter = RECRUITER_TITLE.exec(signed);
  if (signedRecruiter) {
    const start = signature + signedRecruiter.index;
    return { value: 'recruiter', start, end: start + signedRecruiter[0].length };
  }
  const signedManager = MANAGER_SELF.exec(signed);
  if (signedManager && !RECRUITER_TITLE.test(signed)) {
    const start = signature + signedManager.index;
    return { value: 'hiring-manager', start, end: start + signedManager[0].length };
  }
  return undefined;
}
