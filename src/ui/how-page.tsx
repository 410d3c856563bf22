import { reasons } from '../domain/catalog/index.ts';
import { HUMILITY } from '../domain/classify.ts';
import { fill, hasAnswers, QUESTION_KEYS } from '../domain/core.ts';
import { weightsOf } from '../domain/signals.ts';
import { fillNodes } from './fill-nodes.tsx';
import { pageLocale } from './language.ts';
import { howMessages } from './messages/how.ts';
import { NavLink } from './nav-link.tsx';
import { PageHeading } from './page-heading.tsx';
import { useApp } from './store-context.tsx';
import { Signs } from './results/why-list.tsx';
import { answerPhrase, strongestFirst } from './results/why-text.ts';

/** One decimal, in the page's language: `2.4` in English, `2,4` in Spanish. */
const oneDecimal = new Intl.NumberFormat(pageLocale(), {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A weight with its sign, for the exact weights only. Example: `'+2.4'`, `'−0.3'`. */
function signed(weight: number): string {
  const figure = oneDecimal.format(Math.abs(weight));
  return weight === 0 ? figure : `${weight > 0 ? '+' : '−'}${figure}`;
}

/**
 * How it decides: a short plain summary first (what counts most, what counts a little, what
 * it cannot know, and that these are not hiring statistics), then the details in words, and
 * the weights themselves last, folded away.
 */
export function HowPage() {
  const humility = fill(howMessages.percent, { percent: Math.round(HUMILITY * 100) });
  // Back where the person came from: their results, or the questions when none are answered.
  const answered = useApp((s) => hasAnswers(s.link.answers));
  return (
    <>
      <NavLink
        to={answered ? { view: 'results' } : { step: QUESTION_KEYS[0] }}
        className="back-link"
      >
        {answered ? howMessages.back : howMessages.backToQuestions}
      </NavLink>
      <PageHeading>{howMessages.heading}</PageHeading>
      <p className="lead">{howMessages.lead}</p>
      <ul className="how-summary">
        {howMessages.inShort.map(({ label, text }) => (
          <li key={label}>
            {fillNodes(howMessages.labelled, { label: <strong>{label}</strong>, text })}
          </li>
        ))}
      </ul>
      <p>
        {fillNodes(howMessages.labelled, {
          label: <strong>{howMessages.notStatistics}</strong>,
          text: howMessages.notStatisticsMore,
        })}
      </p>

      <h2>{howMessages.detailsHeading}</h2>
      <h3>{howMessages.howHeading}</h3>
      {howMessages.how.map((paragraph) => (
        <p key={paragraph}>{fill(paragraph, { humility })}</p>
      ))}
      <h3>{howMessages.sureHeading}</h3>
      <p>{howMessages.sure}</p>

      <h2>{howMessages.meaningsHeading}</h2>
      {reasons.map((reason) => {
        const weights = weightsOf(reason.signals);
        const to = strongestFirst(weights, 1);
        const away = strongestFirst(weights, -1);
        return (
          <section key={reason.id} className="how-reason" aria-labelledby={`how-${reason.id}`}>
            <h3 id={`how-${reason.id}`}>{reason.title}</h3>
            <p>{reason.summary}</p>
            {to.length > 0 && <Signs title={howMessages.pointsTo} items={to} />}
            {away.length > 0 && <Signs title={howMessages.pointsAway} items={away} />}
          </section>
        );
      })}

      <details className="how-exact">
        <summary>{howMessages.exactHeading}</summary>
        <p>{howMessages.exactIntro}</p>
        {reasons.map((reason) => (
          <div key={reason.id}>
            <p className="why-title">
              {fill(howMessages.exactReason, {
                title: reason.title,
                score: signed(reason.signals.base),
              })}
            </p>
            <ul className="weights">
              {([1, -1] as const)
                .flatMap((sign) => strongestFirst(weightsOf(reason.signals), sign))
                .map((w) => (
                  <li key={`${w.question}-${w.value}`}>
                    {fillNodes(howMessages.exactLine, {
                      weight: <span className="weight">{signed(w.weight)}</span>,
                      answer: answerPhrase(w.question, w.value),
                    })}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </details>
    </>
  );
}
