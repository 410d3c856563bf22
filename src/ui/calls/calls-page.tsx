import type { MouseEvent } from 'react';
import { findReason } from '../../domain/catalog/index.ts';
import { classify } from '../../domain/classify.ts';
import { fill, formatLink, hasAnswers, parseLink } from '../../domain/core.ts';
import type { Call } from '../../state/calls.ts';
import { callsMessages } from '../messages/calls.ts';
import { PageHeading } from '../page-heading.tsx';
import { plural } from '../plural.ts';
import { useApp } from '../store-context.tsx';

/** The calls saved on this device, newest first, each opening its own prep. */
export function CallsPage() {
  const calls = useApp((s) => s.calls);
  const startNewCall = useApp((s) => s.startNewCall);
  return (
    <>
      <PageHeading>{callsMessages.heading}</PageHeading>
      <p className="lead">{callsMessages.lead}</p>
      {calls.length === 0 ? (
        <p>{callsMessages.none}</p>
      ) : (
        <ul className="call-list" aria-label={callsMessages.listLabel}>
          {calls.map((call) => (
            <CallItem key={call.id} call={call} />
          ))}
        </ul>
      )}
      <p className="button-row">
        <button type="button" className="button" data-action="new-call" onClick={startNewCall}>
          {callsMessages.newCall}
        </button>
      </p>
    </>
  );
}

/** One saved call: its name, when it changed, what it likely is, and how far the prep got. */
function CallItem({ call }: { call: Call }) {
  const openCall = useApp((s) => s.openCall);
  const { state } = parseLink(call.query);
  const name = call.company.trim() || callsMessages.unnamed;
  const date = new Date(call.updatedAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
  const href = `?${formatLink({ answers: state.answers, done: state.done, call: call.id, view: 'results' })}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    event.preventDefault();
    openCall(call.id);
  };
  return (
    <li data-call={call.id} className="call-item">
      <h2 className="call-name">
        <a href={href} onClick={onClick}>
          {name}
        </a>
      </h2>
      <p className="muted">{fill(callsMessages.changedOn, { date })}</p>
      <p>{summaryOf(call, state.answers)}</p>
      <p className="muted">
        {fill(plural(state.done.length, callsMessages.ticked), { count: state.done.length })}
      </p>
    </li>
  );
}

/** What the call was, once recorded; else what it likely is by its answers. */
function summaryOf(call: Call, answers: ReturnType<typeof parseLink>['state']['answers']): string {
  if (call.outcome === 'other') return callsMessages.outcomeOther;
  if (call.outcome) return fill(callsMessages.outcome, { title: findReason(call.outcome).title });
  if (!hasAnswers(answers)) return callsMessages.noAnswers;
  const top = classify(answers).ranked[0];
  return top ? fill(callsMessages.likely, { title: findReason(top.reason).title }) : '';
}
