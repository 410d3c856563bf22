import type { ReplyPlaceholder } from './codes.ts';

/**
 * What stands in for a name left blank in a follow-up email, by placeholder: words, kept apart
 * from `reply.ts` so that a language translates them with its templates
 * (docs/decisions/008-one-build-per-language.md). The catalog writes `{theirName}` only after
 * "Hi", so "Hi there," reads well. "the company", not "your company", because an agency
 * recruiter who calls does not work for the employer. A blank `{myName}` leaves an empty line,
 * which `fillReply` drops.
 */
export const replyFallbacks = {
  theirName: 'there',
  company: 'the company',
  role: 'the role',
  myName: '',
} as const satisfies Readonly<Record<ReplyPlaceholder, string>>;
