import type { Evidence } from '../../domain/index.ts';
import { answerText, questionName } from '../answer-text.ts';

/** One piece of evidence in words. Example: `'What they mentioned: Salary or pay'`. */
export function evidenceText(evidence: Evidence): string {
  const value =
    evidence.question === 'days'
      ? answerText({ days: Number(evidence.value) }, 'days')
      : evidence.question === 'topics'
        ? answerText({ topics: [evidence.value as never] }, 'topics')
        : answerText({ [evidence.question]: evidence.value }, evidence.question);
  return `${questionName(evidence.question)}: ${value}`;
}

/** How strongly a weight moves a reason, in words. Example: `strength(2.4)` is `'strongly'`. */
export function strength(weight: number): string {
  const size = Math.abs(weight);
  if (size >= 2) return 'strongly';
  if (size >= 1) return 'clearly';
  if (size >= 0.4) return 'somewhat';
  return 'slightly';
}

/** A likelihood in plain words. */
export function likelihoodLabel(likelihood: number): string {
  if (likelihood >= 0.6) return 'very likely';
  if (likelihood >= 0.3) return 'likely';
  if (likelihood >= 0.1) return 'possible';
  return 'unlikely';
}

/** A likelihood as a whole percentage. Example: `'62%'`. */
export function percent(likelihood: number): string {
  return `${String(Math.round(likelihood * 100))}%`;
}

/** A weight with its sign, for the curious. Example: `'+2.4'`. */
export function signed(weight: number): string {
  if (weight === 0) return '0';
  return `${weight > 0 ? '+' : '−'}${Math.abs(weight).toFixed(1)}`;
}
