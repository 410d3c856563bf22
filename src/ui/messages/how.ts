/*
 * The words of "How Callback decides", around the catalog's weights and summaries. They load
 * with that page only. See docs/decisions/005-messages-are-data.md.
 */

/** "How Callback decides": the model in one paragraph, its limits, and every weight. */
export const howMessages = {
  back: 'Back to the results',
  heading: 'How Callback decides',
  /** `{humility}` is the share spread evenly over every meaning. Example: `'10%'`. */
  lead: 'Each possible meaning starts from a base score. Every answer you give adds points to some meanings and takes points from others, using the weights listed below. The scores are then turned into percentages that add up to 100, and {humility} of the total is spread evenly over every meaning, in case our rules are wrong for your call. Answers you skip, or mark “Not sure”, change nothing.',
  /** A share of 100. Example: `'10%'`. */
  percent: '{percent}%',
  limitsHeading: 'What it cannot do',
  limits: [
    'The weights are our own judgement of how hiring calls usually go, written down in the open. They are not statistics from real hiring data.',
    'It cannot know your employer, your interview or what was said. Treat the result as a way to get ready, not as a prediction.',
    'How sure it says it is depends on your answers. It says “low” whenever the top meaning is under 50%, and never says “high” unless you told it what they mentioned.',
  ],
  weightsHeading: 'Every meaning and its weights',
  /** A meaning's summary, then its starting score. Example: `'… Starting score: −1.0.'`. */
  summary: '{summary} Starting score: {score}.',
  /** One weight: the signed figure, then the answer, then how it moves the meaning. */
  weightLine: '{weight} {answer} {effect}',
  /** `{strength}` is how strongly, as it fits "raises it …". Example: `'(raises it strongly)'`. */
  raises: '(raises it {strength})',
  lowers: '(lowers it {strength})',
} as const;
