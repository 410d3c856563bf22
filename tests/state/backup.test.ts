import fc from 'fast-check';
import { MAX_NAME } from '../../src/domain/core.ts';
import { makeBackup, mergeCalls, readBackup } from '../../src/state/backup.ts';
import { newCall, readCalls, writeCall, type Call } from '../../src/state/calls.ts';
import { FakeStorage } from './fake-storage.ts';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();

function call(
  id: string,
  company: string,
  updatedDay: number,
  notes = `Notes for ${company}`,
): Call {
  return {
    ...newCall(id, 'caller=recruiter&round=final', new Date(at(1))),
    company,
    notes,
    updatedAt: at(updatedDay),
  };
}

const acme = call('acme0001', 'Acme', 10);
const northwind = call('north002', 'Northwind', 12);
const globex = call('globex03', 'Globex', 14);
const now = new Date(at(28));

describe('the backup file', () => {
  it('round trip: download, clear everything, restore, and the same calls come back', () => {
    const device = new FakeStorage();
    for (const each of [acme, northwind, globex]) writeCall(() => device, each);
    const file = makeBackup(readCalls(() => device).calls, now);

    device.clear();
    const read = readBackup(file);
    expect(read).toEqual({ ok: true, calls: [globex, northwind, acme], leftOut: 0 });
    if (!read.ok) return;
    const merge = mergeCalls(readCalls(() => device).calls, read.calls);
    for (const each of [...merge.added, ...merge.updated]) writeCall(() => device, each);
    expect(readCalls(() => device).calls).toEqual([globex, northwind, acme]);
  });

  it('is the documented version 1 shape, newest call first', () => {
    expect(JSON.parse(makeBackup([acme, globex], now))).toEqual({
      format: 'callback-backup',
      version: 1,
      savedAt: '2026-11-28T09:00:00.000Z',
      calls: [globex, acme],
    });
  });
});

describe('a file that cannot be restored says what is wrong', () => {
  const good = JSON.parse(makeBackup([acme], now)) as Record<string, unknown>;

  it.each([
    ['not JSON at all', 'PK\u0003\u0004 a zip file', 'not-json'],
    ['empty', '', 'not-json'],
    ['another app’s JSON', JSON.stringify({ contacts: [] }), 'foreign'],
    ['another format', JSON.stringify({ ...good, format: 'other-backup' }), 'foreign'],
    ['a bare list', JSON.stringify([acme]), 'foreign'],
    ['JSON null', 'null', 'foreign'],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), 'newer-version'],
    ['no version', JSON.stringify({ ...good, version: undefined }), 'damaged'],
    ['a list of calls that is not a list', JSON.stringify({ ...good, calls: {} }), 'damaged'],
  ] as const)('%s', (_, text, why) => {
    expect(readBackup(text)).toEqual({ ok: false, why });
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (text) => {
        const read = readBackup(text);
        expect(typeof read.ok).toBe('boolean');
      }),
    );
  });
});

describe('a partly damaged file', () => {
  it('keeps the good calls and counts those left out', () => {
    const file = JSON.parse(makeBackup([acme, northwind], now)) as { calls: unknown[] };
    file.calls.push(
      { ...globex, company: 'G'.repeat(MAX_NAME + 1) },
      { ...globex, id: 'later001', version: 2 },
      'not a call',
    );
    expect(readBackup(JSON.stringify(file))).toEqual({
      ok: true,
      calls: [northwind, acme],
      leftOut: 3,
    });
  });

  it('counts one left out as one', () => {
    const file = JSON.parse(makeBackup([acme], now)) as { calls: unknown[] };
    file.calls.push(null);
    expect(readBackup(JSON.stringify(file))).toEqual({ ok: true, calls: [acme], leftOut: 1 });
  });

  it('makes the text of restored calls well-formed', () => {
    const file = makeBackup([{ ...acme, theirName: 'Dana\ud800' }], now);
    const read = readBackup(file);
    expect(read.ok && read.calls[0]!.theirName).toBe('Dana\ufffd');
  });
});

describe('merging a restored file', () => {
  it('adds new calls, replaces older records, and never overwrites a newer one', () => {
    const editedHere = { ...acme, notes: 'Edited after the backup', updatedAt: at(20) };
    const olderHere = { ...northwind, notes: 'Before the backup', updatedAt: at(5) };
    const merge = mergeCalls([editedHere, olderHere], [acme, northwind, globex]);
    expect(merge).toEqual({
      merged: [editedHere, globex, northwind],
      added: [globex],
      updated: [northwind],
      keptNewer: [editedHere],
      unchanged: [],
    });
  });

  it('changes nothing when the same backup is restored twice', () => {
    const merge = mergeCalls([acme, northwind], [acme, northwind]);
    expect(merge).toEqual({
      merged: [northwind, acme],
      added: [],
      updated: [],
      keptNewer: [],
      unchanged: [northwind, acme],
    });
  });

  it('keeps the newest when the file holds the same call twice', () => {
    const newer = { ...acme, notes: 'Newer', updatedAt: at(25) };
    expect(mergeCalls([], [newer, acme]).merged).toEqual([newer]);
    expect(mergeCalls([], [acme, newer]).merged).toEqual([newer]);
    expect(mergeCalls([acme], [newer, acme])).toMatchObject({ updated: [newer], keptNewer: [] });
  });
});
