import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { fill } from '../../domain/core.ts';
import { mergeCalls, readBackup } from '../../state/backup.ts';
import { newestFirst, type Call } from '../../state/calls.ts';
import {
  backupMessages,
  callsMessages,
  clearMessages,
  dataMessages,
  restoreMessages,
} from '../messages/calls.ts';
import { plural, type PluralMessage } from '../plural.ts';
import { useApp } from '../store-context.tsx';
import { AskFirst, type Outcome, type Tell } from './ask-first.tsx';
import { downloadBackup } from './backup-file.ts';
import { nameOf } from './call-item.tsx';
import { whenChanged } from '../when-changed.ts';

/** The one question open on the calls page, if any. */
export type Asking =
  | { kind: 'delete'; id: string }
  | { kind: 'clear' }
  /** A backup file read and waiting for "Restore them": its calls and how many were left out. */
  | { kind: 'restore'; calls: Call[]; leftOut: number };

/** A count in its plural form, filled. */
const counted = (count: number, message: PluralMessage) => fill(plural(count, message), { count });

/** Download, restore and clear: everything on this device, moved, kept or deleted. */
export function YourData({
  asking,
  setAsking,
  tell,
  outcomeAt,
}: {
  asking: Asking | null;
  setAsking: (asking: Asking | null) => void;
  tell: (place: Outcome['place'], lines: string[], how?: Tell) => void;
  outcomeAt: (place: Outcome['place']) => ReactNode;
}) {
  const calls = useApp((s) => s.calls);
  const setAside = useApp((s) => s.setAside);
  const clearAll = useApp((s) => s.clearAll);
  const restoreCalls = useApp((s) => s.restoreCalls);
  const [downloaded, setDownloaded] = useState('');
  // What was said about the last download stops being true once the calls change.
  const [saidFor, setSaidFor] = useState(calls);
  if (saidFor !== calls) {
    setSaidFor(calls);
    setDownloaded('');
  }
  const id = useId();

  const backup = () => {
    if (calls.length === 0) {
      setDownloaded(dataMessages.nothingToDownload);
      return;
    }
    const file = downloadBackup(calls, new Date());
    setDownloaded(
      fill(plural(calls.length, dataMessages.downloaded), { count: calls.length, file }),
    );
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Emptied at once, so choosing the same file again reads it again.
    input.value = '';
    if (!file) return;
    setAsking(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      tell('restore', [restoreMessages.unreadable], { failed: true });
      return;
    }
    const read = readBackup(text);
    if (!read.ok) {
      tell('restore', [backupMessages[read.why]], { failed: true });
      return;
    }
    const merge = mergeCalls(calls, read.calls);
    if (merge.added.length + merge.updated.length === 0) {
      const leftOut = read.leftOut > 0 ? [counted(read.leftOut, backupMessages.leftOut)] : [];
      tell('restore', [restoreMessages.nothingNew, ...leftOut]);
      return;
    }
    setAsking({ kind: 'restore', calls: read.calls, leftOut: read.leftOut });
  };

  const restore = (incoming: Call[]) => {
    setAsking(null);
    // Merged again with the calls of this render: another tab may have saved since the file was read.
    const result = restoreCalls(mergeCalls(calls, incoming));
    const restored = result.added + result.updated - result.failed;
    const lines =
      restored > 0 || result.failed === 0 ? [counted(restored, restoreMessages.done)] : [];
    if (result.failed > 0) lines.push(counted(result.failed, restoreMessages.failed));
    tell('restore', lines.length > 0 ? lines : [restoreMessages.nothingNew], {
      failed: result.failed > 0,
    });
  };

  const clear = () => {
    setAsking(null);
    const count = calls.length;
    if (!clearAll()) {
      tell('clear', [clearMessages.failed], { failed: true });
      return;
    }
    if (count === 0) tell('clear', [clearMessages.doneNothing]);
    else tell('clear', [counted(count, clearMessages.done)], { undo: 'all' });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="your-data">
      <h2 id={`${id}-heading`}>{dataMessages.heading}</h2>

      {calls.length >= 5 && (
        <p className="reminder">{counted(calls.length, dataMessages.reminder)}</p>
      )}
      <p className="hint" id={`${id}-backup-hint`}>
        {dataMessages.backupHint}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button"
          data-action="backup"
          aria-describedby={`${id}-backup-hint`}
          onClick={backup}
        >
          {dataMessages.backup}
        </button>
      </p>
      <p role="status" className="status">
        {downloaded}
      </p>

      <div className="field">
        <label htmlFor={`${id}-restore`}>{dataMessages.restore}</label>
        <p className="hint" id={`${id}-restore-hint`}>
          {dataMessages.restoreHint}
        </p>
        <input
          id={`${id}-restore`}
          type="file"
          accept=".json,application/json"
          data-action="restore"
          aria-describedby={`${id}-restore-hint`}
          onChange={(event) => void chooseFile(event)}
        />
      </div>
      {asking?.kind === 'restore' && (
        <RestoreQuestion
          incoming={asking.calls}
          leftOut={asking.leftOut}
          onConfirm={() => restore(asking.calls)}
          onCancel={() => {
            setAsking(null);
            tell('restore', [restoreMessages.cancelled]);
          }}
        />
      )}
      {outcomeAt('restore')}

      <p className="hint" id={`${id}-clear-hint`}>
        {dataMessages.clearHint}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button-secondary"
          data-action="clear-all"
          aria-describedby={`${id}-clear-hint`}
          aria-expanded={asking?.kind === 'clear'}
          onClick={() => setAsking({ kind: 'clear' })}
        >
          {dataMessages.clearAll}
        </button>
      </p>
      {asking?.kind === 'clear' && (
        <AskFirst
          question={
            calls.length === 0 ? clearMessages.askNothing : counted(calls.length, clearMessages.ask)
          }
          confirm={clearMessages.confirm}
          cancel={clearMessages.cancel}
          onConfirm={clear}
          onCancel={() => setAsking(null)}
        >
          {setAside.length > 0 && <p>{counted(setAside.length, clearMessages.askSetAside)}</p>}
        </AskFirst>
      )}
      {outcomeAt('clear')}
    </section>
  );
}

/** What restoring this file will do, before anything changes. */
function RestoreQuestion({
  incoming,
  leftOut,
  onConfirm,
  onCancel,
}: {
  incoming: Call[];
  leftOut: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const calls = useApp((s) => s.calls);
  const merge = mergeCalls(calls, incoming);
  const parts: [number, PluralMessage][] = [
    [merge.added.length, restoreMessages.added],
    [merge.updated.length, restoreMessages.updated],
    [merge.unchanged.length, restoreMessages.unchanged],
    [merge.keptNewer.length, restoreMessages.keptNewer],
  ];
  return (
    <AskFirst
      question={counted(incoming.length, restoreMessages.fileHas)}
      confirm={restoreMessages.confirm}
      cancel={restoreMessages.cancel}
      onConfirm={onConfirm}
      onCancel={onCancel}
      deletes={false}
    >
      <ul>
        {parts
          .filter(([count]) => count > 0)
          .map(([count, message]) => (
            <li key={message.other}>{counted(count, message)}</li>
          ))}
      </ul>
      <CallNames heading={restoreMessages.willRestore} calls={[...merge.added, ...merge.updated]} />
      <CallNames heading={restoreMessages.willKeep} calls={merge.keptNewer} />
      {leftOut > 0 && <p>{counted(leftOut, backupMessages.leftOut)}</p>}
    </AskFirst>
  );
}

/** The most calls named in one list; a file of forty says how many more, not all forty. */
const MAX_NAMED = 10;

/** A list of calls by name and date, newest first, or nothing for none. */
function CallNames({ heading, calls }: { heading: string; calls: Call[] }) {
  const now = useApp((s) => s.now);
  const id = useId();
  if (calls.length === 0) return null;
  const today = now();
  const more = calls.length - MAX_NAMED;
  return (
    <>
      <p id={id}>{heading}</p>
      <ul aria-labelledby={id}>
        {newestFirst(calls)
          .slice(0, MAX_NAMED)
          .map((call) => (
            <li key={call.id}>
              {fill(restoreMessages.callLine, {
                name: nameOf(call) || callsMessages.unnamed,
                when: whenChanged(call.updatedAt, today),
              })}
            </li>
          ))}
      </ul>
      {more > 0 && <p>{counted(more, restoreMessages.more)}</p>}
    </>
  );
}
