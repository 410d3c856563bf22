import { useEffect, useState } from 'react';
import { fill, QUESTION_KEYS, type Answers } from '../../domain/core.ts';
import { answerText, questionName } from '../answer-text.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { useApp } from '../store-context.tsx';
import { printMessages } from '../messages/print.ts';

/**
 * The printed sheet's header: its title, the company and role of the call where they are
 * known (either may be empty: then it says nothing about it), and the day it was printed.
 * Example: `<PrintHeader company="Acme" role="Data analyst" />`.
 */
export function PrintHeader({ company, role }: { company: string; role: string }) {
  const forCall = callWords(company.trim(), role.trim());
  return (
    <header className="print-only print-header">
      <div>
        <p className="print-title">{printMessages.title}</p>
        {forCall && <p className="print-call">{forCall}</p>}
      </div>
      <PrintDate />
    </header>
  );
}

function callWords(company: string, role: string): string {
  if (company && role) return fill(printMessages.roleAtCompany, { company, role });
  if (company) return fill(printMessages.companyOnly, { company });
  if (role) return fill(printMessages.roleOnly, { role });
  return '';
}

/**
 * "Made with Callback on 29 November 2026", for the printed sheet. Written after the page is
 * on screen: formatting a date in the reader's locale loads the browser's locale data, which
 * costs a slow phone tens of milliseconds that a bookmarked prep should not wait for.
 */
function PrintDate() {
  const [date, setDate] = useState('');
  useEffect(() => {
    const later = setTimeout(() =>
      setDate(new Date().toLocaleDateString(undefined, { dateStyle: 'long' })),
    );
    return () => clearTimeout(later);
  }, []);
  return <p>{date && fill(printMessages.madeOn, { date })}</p>;
}

/** The answers, as the printed sheet lists them under its header. */
export function PrintAnswers({ answers }: { answers: Answers }) {
  const interviewDate = useApp((s) => s.details.interviewDate);
  return (
    <section className="print-only print-answers" aria-label={printMessages.answersHeading}>
      <h2>{printMessages.answersHeading}</h2>
      <dl>
        {QUESTION_KEYS.map((key) => (
          <div key={key}>
            <dt>{questionName(key)}</dt>
            <dd>{answerText(answers, key, interviewDate)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The sheet's own address at its foot, so the paper leads back to the prep. */
export function PrintLink({ address }: { address: string }) {
  return (
    <p className="print-only print-link">
      {fillNodes(printMessages.reopen, { address: <span>{address}</span> })}
    </p>
  );
}
