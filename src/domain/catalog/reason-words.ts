import type { ReasonId } from '../codes.ts';
import type { ReasonWords } from './reason-parts.ts';

/**
 * Each call reason's names, by reason id: the words of `catalog/<reason>.ts`, kept apart from
 * its weights so that a language translates this file and never copies a weight
 * (docs/decisions/008-one-build-per-language.md). Example: `reasonWords.offer.title` is
 * `'A job offer'`.
 */
export const reasonWords = {
  offer: {
    title: 'A job offer',
    titleInSentence: 'a job offer',
    summary: 'They may want to offer you the job, or check the details before they do.',
  },
  'next-interview': {
    title: 'Another interview',
    titleInSentence: 'another interview',
    summary: 'They may want to invite you to the next round of interviews.',
  },
  'reference-check': {
    title: 'A reference check',
    titleInSentence: 'a reference check',
    summary: 'They may want to talk to people you have worked with before they decide.',
  },
  'background-check': {
    title: 'A background check',
    titleInSentence: 'a background check',
    summary: 'They may want your OK to check your past before the job is confirmed.',
  },
  'resume-clarification': {
    title: 'A question about your resume',
    titleInSentence: 'a question about your resume',
    summary: 'They may want to check a date, a job title or a gap on your resume.',
  },
  'follow-up-question': {
    title: 'A follow-up question',
    titleInSentence: 'a follow-up question',
    summary:
      'Someone from your interview may have thought of another question, or want to hear more.',
  },
  'missing-documents': {
    title: 'A missing document',
    titleInSentence: 'a missing document',
    summary: 'They may need a form, an ID, a certificate or a work sample from you.',
  },
  assessment: {
    title: 'A test or task',
    titleInSentence: 'a test or task',
    summary: 'They may want you to do a skills test, a take-home task or a case study.',
  },
  'onsite-logistics': {
    title: 'Plans for a visit in person',
    titleInSentence: 'plans for a visit in person',
    summary:
      'They may want to set a date for an interview at their office and go over the details.',
  },
  'status-update': {
    title: 'An update on timing',
    titleInSentence: 'an update on timing',
    summary:
      'They may be calling to say things are taking longer, or that they are still deciding.',
  },
  rejection: {
    title: 'Not chosen this time',
    titleInSentence: 'news that you were not chosen this time',
    summary: 'They may be calling to say they chose someone else for this role.',
  },
} as const satisfies Readonly<Record<ReasonId, ReasonWords>>;
