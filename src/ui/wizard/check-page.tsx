import { fill, QUESTION_KEYS } from '../../domain/core.ts';
import { answerText, questionName, questionNameInSentence } from '../answer-text.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { sharedMessages } from '../messages/frame.ts';
import { checkMessages } from '../messages/check.ts';
import { NavLink } from '../nav-link.tsx';
import { PageHeading } from '../page-heading.tsx';
import { PasteBox } from './paste-box.tsx';
import { useApp } from '../store-context.tsx';

/** "Check your answers": one row per question, each with a Change link that comes back here. */
export function CheckPage() {
  const answers = useApp((s) => s.link.answers);
  const interviewDate = useApp((s) => s.details.interviewDate);
  const go = useApp((s) => s.go);
  const restartQuestions = useApp((s) => s.restartQuestions);
  return (
    <>
      <NavLink to={{ step: QUESTION_KEYS[QUESTION_KEYS.length - 1] }} className="back-link">
        {sharedMessages.back}
      </NavLink>
      <PageHeading>{checkMessages.heading}</PageHeading>
      <dl className="summary-list">
        {QUESTION_KEYS.map((key) => (
          <div className="summary-row" key={key}>
            <dt>{questionName(key)}</dt>
            <dd>{answerText(answers, key, interviewDate)}</dd>
            <dd className="summary-action">
              <NavLink to={{ step: key, from: 'check' }}>
                {fillNodes(checkMessages.change, {
                  which: (
                    <span className="visually-hidden">
                      {fill(checkMessages.changeWhich, { question: questionNameInSentence(key) })}
                    </span>
                  ),
                })}
              </NavLink>
            </dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={() => go({ view: 'results' })}>
          {checkMessages.seeResults}
        </button>
        <button type="button" className="button button-secondary" onClick={restartQuestions}>
          {checkMessages.startAgain}
        </button>
      </div>
      <PasteBox />
    </>
  );
}
