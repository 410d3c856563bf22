/*
 * The words of "How Callback decides", around the catalog's summaries and the answers' own
 * sentences (messages/why.ts). They load with that page only. See
 * docs/decisions/005-messages-are-data.md.
 */

/** "How Callback decides": a short plain summary first, then the details in words, then the weights. */
export const howMessages = {
  back: 'Back to the results',
  backToQuestions: 'Back to the questions',
  heading: 'How Callback decides',
  lead: 'Callback compares your answers with a short set of rules we wrote by hand about what calls like yours often mean. It is a way to get ready, not a prediction.',
  /** A line of the summary: `{label}` in bold, then `{text}`. */
  labelled: '{label} {text}',
  /** The summary, what counts most first. */
  inShort: [
    {
      label: 'Counts most:',
      text: 'what they mentioned or asked about, such as your start date or your references.',
    },
    {
      label: 'Counts next:',
      text: 'which interview you had last, and how they sounded. A final round, for example, points toward an offer.',
    },
    {
      label: 'Counts a little:',
      text: 'who called, how they got in touch, and how long ago your interview was.',
    },
    {
      label: 'It cannot know:',
      text: 'the company’s plans, how your interview went for them, or who else they are talking to.',
    },
  ],
  /** The honesty rule, said plainly on the first screen: in bold, then `notStatisticsMore`. */
  notStatistics: 'These are not hiring statistics.',
  notStatisticsMore:
    'No real hiring data went into the percentages. They come from our rules, which are all written out below.',
  detailsHeading: 'The details',
  howHeading: 'How the percentages are made',
  /** `{humility}` is the share kept back for every meaning. Example: `'10%'`. */
  how: [
    'Every meaning starts from its own starting point. Each answer you give then counts for some meanings and against others, some strongly and some only a little. The lists below say which.',
    'Things that are really one subject count once. Pay, benefits and a start date are all talk about a job’s terms, so after the first of them the second counts half and the third a quarter; references and a background check are treated the same way.',
    'The results are turned into percentages that add up to 100. We always keep {humility} of the total spread evenly over every meaning, in case our rules are wrong for your call, so nothing ever drops to zero.',
    'Answers you skip, or mark “Not sure”, change nothing.',
  ],
  /** A share of 100. Example: `'10%'`. */
  percent: '{percent}%',
  sureHeading: 'How sure it says it is',
  sure: 'It says “low” whenever the top meaning is under 50%. It says “high” only when the top meaning is well ahead of the next, you told it what they mentioned, and no single answer points to the next meaning more than to the top one by a clear margin. Tone is easy to misread, so it can never make the answer more than one step surer on its own: if your other answers alone would say “low”, a tone can lift that to “medium” but not to “high”.',
  meaningsHeading: 'What points to each meaning',
  pointsTo: 'Points to it:',
  pointsAway: 'Points away from it:',
  /** Opens the weights themselves, for the curious, at the end of the page. */
  exactHeading: 'The exact weights',
  exactIntro:
    'For the curious, the numbers behind the words above. Each meaning starts from its starting score; each answer adds its number to the score (a minus number takes away), with a second and third topic of one subject counting half and a quarter. The scores are then turned into percentages.',
  /** A meaning's title and its starting score. Example: `'A job offer: starting score 0.0'`. */
  exactReason: '{title}: starting score {score}',
  /** One weight: the signed figure, then the answer. */
  exactLine: '{weight} {answer}',
} as const;
