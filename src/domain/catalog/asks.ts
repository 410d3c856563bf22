import type { Topic } from '../codes.ts';

/** A topic a candidate can ask about on the call: every topic but `nothing`. */
export type AskTopic = Exclude<Topic, 'nothing'>;

/**
 * One question per topic that a candidate can put to the caller early in the call, so that a
 * yes means the call is about that topic. Each is open and polite: it offers to help or asks
 * what they need, and never assumes good or bad news. `nothing` has none, since "nothing
 * specific" is not something to ask about. Example: `asks['start-date']` is
 * `'Would it help to know when I could start?'`.
 */
export const asks: Readonly<Record<AskTopic, string>> = {
  salary: 'Is pay one of the things you would like to talk about today?',
  benefits: 'Will we go over benefits today, such as leave or health cover?',
  'start-date': 'Would it help to know when I could start?',
  'competing-offers': 'Would it help to know where I stand with other companies?',
  references: 'Would you like the names of people who can give me a reference?',
  'background-check': 'Is there a background check I should get ready for?',
  resume: 'Is there something on my resume you would like me to explain?',
  'follow-up-question': 'Do you have more questions for me about the interview?',
  documents: 'Is there anything you need me to send you, such as a form or a work sample?',
  assessment: 'Is there a test or task you would like me to do next?',
  'next-interview': 'Is the next step another interview?',
  onsite: 'Are you calling to plan a visit to your office?',
  timeline: 'Has your timeline for making a choice changed?',
  feedback: 'Do you have any feedback for me from the interview?',
};
