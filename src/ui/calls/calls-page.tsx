import { useRef, useState } from 'react';
import { fill } from '../../domain/core.ts';
import type { Call } from '../../state/calls.ts';
import { callsMessages, deleteMessages, deviceMessages, undoMessages } from '../messages/calls.ts';
import { PageHeading } from '../page-heading.tsx';
import { plural } from '../plural.ts';
import { useApp } from '../store-context.tsx';
import { OutcomeBox, type Outcome, type Tell } from './ask-first.tsx';
import { CallItem, nameOf } from './call-item.tsx';
import { YourData, type Asking } from './your-data.tsx';

/**
 * The calls saved on this device, newest first, each opening its own prep; with download,
 * restore and clear below. One question is open at a time, so one `[data-action="confirm"]`.
 */
export function CallsPage() {
  const calls = useApp((s) => s.calls);
  const setAside = useApp((s) => s.setAside);
  const startNewCall = useApp((s) => s.startNewCall);
  const deleteSavedCall = useApp((s) => s.deleteSavedCall);
  const undo = useApp((s) => s.undo);
  const undoable = useApp((s) => s.undoable);
  const mayBeCleared = useApp((s) => s.mayBeCleared);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const serial = useRef(0);

  const tell = (place: Outcome['place'], lines: string[], how: Tell = {}) => {
    serial.current += 1;
    setOutcome({ place, lines, serial: serial.current, ...how });
  };

  const confirmDelete = (call: Call) => {
    setAsking(null);
    if (!deleteSavedCall(call.id)) {
      tell('list', [deleteMessages.failed], { failed: true });
      return;
    }
    const name = nameOf(call);
    tell('list', [name ? fill(deleteMessages.done, { name }) : deleteMessages.doneUnnamed], {
      undo: 'one',
    });
  };

  const onUndo = () => {
    if (!outcome) return;
    const count = undoable?.calls.length ?? 0;
    const all = undo();
    if (all) tell(outcome.place, [fill(plural(count, undoMessages.done), { count })]);
    else tell(outcome.place, [undoMessages.failed], { failed: true });
  };

  const outcomeAt = (place: Outcome['place']) =>
    outcome?.place === place ? (
      <OutcomeBox outcome={outcome} onUndo={undoable ? onUndo : undefined} />
    ) : null;

  return (
    <>
      <PageHeading>{callsMessages.heading}</PageHeading>
      <p className="lead">{callsMessages.lead}</p>
      {setAside.length > 0 && (
        <p className="notice">
          {fill(plural(setAside.length, callsMessages.setAside), { count: setAside.length })}
        </p>
      )}
      {outcomeAt('list')}
      {calls.length === 0 ? (
        <p>{callsMessages.none}</p>
      ) : (
        <ul className="call-list" aria-label={callsMessages.listLabel}>
          {calls.map((call) => (
            <CallItem
              key={call.id}
              call={call}
              asking={asking?.kind === 'delete' && asking.id === call.id}
              onAsk={() => setAsking({ kind: 'delete', id: call.id })}
              onCancel={() => setAsking(null)}
              onConfirm={() => confirmDelete(call)}
            />
          ))}
        </ul>
      )}
      <p className="button-row">
        <button type="button" className="button" data-action="new-call" onClick={startNewCall}>
          {callsMessages.newCall}
        </button>
      </p>
      <section aria-labelledby="on-this-device">
        <h2 id="on-this-device">{deviceMessages.heading}</h2>
        <p>{deviceMessages.kept}</p>
        <p>{deviceMessages.elsewhere}</p>
        <p>{deviceMessages.shared}</p>
        <p>{deviceMessages.cleared}</p>
        {mayBeCleared && <p>{deviceMessages.mayBeCleared}</p>}
      </section>
      <YourData asking={asking} setAsking={setAsking} tell={tell} outcomeAt={outcomeAt} />
    </>
  );
}
