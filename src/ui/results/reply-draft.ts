import { fill, type Contact, type Reply } from '../../domain/core.ts';
import { followUpMessages as words, missingNames } from '../messages/prep.ts';

/** The names the email may hold, as in the catalog's templates. */
export type ReplyName = 'theirName' | 'company' | 'role' | 'myName';

/** The names asked for in place when blank; a blank job title reads well as "the role". */
export type AskedName = keyof typeof missingNames;

/** The email before its names are filled in: templates using `{theirName}`, `{company}`… */
export interface ReplyDraft {
  subject: string;
  paragraphs: string[];
}

/** How the email knows what has happened so far. */
export interface ReplySituation {
  /** How they first got in touch (`contact=`); undefined when the link does not say. */
  contact: Contact | undefined;
  /** They have talked, on that first call or since. */
  talked: boolean;
  /** A "They called" line of the call's timeline is dated today, so "today" is true. */
  calledToday: boolean;
}

/**
 * The email that fits what has happened. After a talk: the meaning's own email, opened with a
 * thank-you for how they got in touch. Before any talk: a short reply that thanks them for
 * the message, the missed call or the email, and claims nothing about what the call is about.
 */
export function draftReply(reply: Reply, situation: ReplySituation): ReplyDraft {
  const kind = situation.contact ?? 'unknown';
  if (situation.talked || kind === 'spoke') {
    const opener =
      kind === 'spoke'
        ? situation.calledToday
          ? words.talkedOpener.spokeToday
          : words.talkedOpener.spoke
        : words.talkedOpener[kind];
    const [greeting = '', first = '', ...rest] = reply.body;
    // The catalog writes its first paragraph to follow a thank-you, in the same paragraph;
    // a short reply with nothing between greeting and sign-off gets the thank-you on its own.
    const paragraphs =
      rest.length > 0 ? [greeting, `${opener} ${first}`, ...rest] : [greeting, opener, first];
    return { subject: reply.subject, paragraphs };
  }
  const notYet = words.notYet;
  return {
    subject: notYet.subject[kind],
    paragraphs: [
      notYet.greeting,
      `${notYet.opener[kind]} ${notYet.interest}`,
      notYet.next[kind],
      notYet.signOff,
    ],
  };
}

/** A template cut at its names: text at even places, a name at odd ones. */
export function replyPieces(template: string): (string | ReplyName)[] {
  return template.split(/\{(theirName|company|role|myName)\}/);
}

/** The names a draft asks for when blank, in the order the email first uses them. */
export function namesIn(draft: ReplyDraft): AskedName[] {
  const used: AskedName[] = [];
  for (const template of [draft.subject, ...draft.paragraphs]) {
    replyPieces(template).forEach((piece, index) => {
      if (index % 2 === 0 || piece === 'role') return;
      const name = piece as AskedName;
      if (!used.includes(name)) used.push(name);
    });
  }
  return used;
}

/**
 * A draft as plain text to copy or send, the same as the preview shows: a blank name of theirs,
 * yours or the company's stays a marked gap ("Hi [their name],"), so the copied email never
 * greets nobody or ends unsigned, and a blank job title reads "the role".
 */
export function replyText(
  draft: ReplyDraft,
  names: Record<ReplyName, string>,
): { subject: string; body: string } {
  const text = (template: string) =>
    replyPieces(template)
      .map((piece, index) => {
        if (index % 2 === 0) return piece;
        const value = names[piece as ReplyName];
        if (value) return value;
        if (piece === 'role') return words.roleFallback;
        return fill(words.gap, { name: missingNames[piece as AskedName] });
      })
      .join('')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim();
  return {
    subject: text(draft.subject),
    body: draft.paragraphs
      .map(text)
      .filter((paragraph) => paragraph !== '')
      .join('\n\n'),
  };
}
