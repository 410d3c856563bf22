import type { replyFallbacks as english } from '../../../domain/reply-words.ts';
import type { Translated } from '../../translated.ts';

/* The Spanish src/domain/reply-words.ts (docs/decisions/008). The templates open with
   "Hola, {theirName}:", so with no name the email opens "Hola, buenos días:", as many Spanish
   emails do. "este puesto", not "el puesto", because "de el" and "a el" must contract: "este"
   reads well after any word a template puts before {role}. */

/** What stands in for a name left blank in a follow-up email, by placeholder. */
export const replyFallbacks = {
  theirName: 'buenos días',
  company: 'la empresa',
  role: 'este puesto',
  myName: '',
} as const satisfies Translated<typeof english>;
