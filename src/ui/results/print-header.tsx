import { pageLocale } from '../language.ts';
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
  const forCall = callWords(company.trim(), role.trim(), printMessages.call);
  usePageMargins(callWords(company.trim(), role.trim(), printMessages.runningHead));
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

/**
 * Gives the pages after the first a running header and every page its number, in the page
 * margins that print.css draws from two custom properties on the root element: the page's
 * margins inherit only from there, and CSS `string-set`, which would copy the header's text,
 * does nothing in Chromium. Set through the CSSOM, which the strict CSP allows.
 */
function usePageMargins(runningHead: string) {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-running-head', cssString(runningHead));
    root.setProperty('--print-page-number', cssContent(printMessages.pageNumber));
    return () => {
      root.removeProperty('--print-running-head');
      root.removeProperty('--print-page-number');
    };
  }, [runningHead]);
}

/** Text as a CSS string: quotes and backslashes escaped, line breaks and controls as spaces. */
function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces.
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/**
 * A message as a CSS `content` value, each `{gap}` the page counter of that name.
 * Example: `'Page {page} of {pages}'` → `"Page " counter(page) " of " counter(pages)`.
 */
function cssContent(message: string): string {
  return message
    .split(/\{(page|pages)\}/)
    .map((part, i) => (i % 2 ? `counter(${part})` : cssString(part)))
    .filter((part) => part !== '""')
    .join(' ');
}

function callWords(
  company: string,
  role: string,
  words: typeof printMessages.call | typeof printMessages.runningHead,
): string {
  if (company && role) return fill(words.roleAtCompany, { company, role });
  if (company) return fill(words.companyOnly, { company });
  if (role) return fill(words.roleOnly, { role });
  return words.neither;
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
      setDate(new Date().toLocaleDateString(pageLocale(), { dateStyle: 'long' })),
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
