import fc from 'fast-check';
import { CALL_ID_PATTERN, MAX_NAME } from '../../src/domain/core.ts';
import {
  CALL_KEY_PREFIX,
  callKey,
  deleteCall,
  makeCallId,
  newCall,
  onCallsChanged,
  readCall,
  readCalls,
  writeCall,
  type Call,
} from '../../src/state/calls.ts';
import { migrateSession } from '../../src/state/old-session.ts';
import { MAX_NOTES, STORAGE_KEY } from '../../src/state/storage.ts';
import { savedV1, savedV2 } from '../fixtures/saved-sessions.ts';
import { FakeStorage, blocked, brokenStorage } from './fake-storage.ts';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

/** A call as a person leaves it after typing into every field. */
function acme(overrides: Partial<Call> = {}): Call {
  return {
    ...newCall('acme0001', 'caller=recruiter&round=final&done=offer-know-your-number', at(20)),
    company: 'Acme',
    role: 'Data analyst',
    contactName: 'Dana Reyes',
    phone: '+1 555 0100',
    interviewDate: '2026-11-18',
    notes: 'Salary range 70–80k\nAsk about the start date',
    theirName: 'Dana',
    myName: 'Sam',
    outcome: 'offer',
    timeline: [{ kind: 'called', at: at(20).toISOString() }],
    ...overrides,
  };
}

const northwind = (overrides: Partial<Call> = {}): Call => ({
  ...newCall('north002', 'caller=agency&tone=warm', at(22)),
  company: 'Northwind',
  notes: 'Agency call, second round',
  ...overrides,
});

describe('call ids', () => {
  it('are 4 to 16 lowercase letters and digits, made from the random source given', () => {
    let n = 0;
    const sequence = () => [0, 0.5, 0.999, 0.1][n++ % 4]!;
    const id = makeCallId(sequence);
    expect(id).toBe('as9das9das');
    expect(id).toMatch(CALL_ID_PATTERN);
    expect(makeCallId(Math.random)).toMatch(CALL_ID_PATTERN);
  });

  it('stay inside the alphabet even when the random source misbehaves', () => {
    expect(makeCallId(() => 1)).toMatch(CALL_ID_PATTERN);
    expect(makeCallId(() => -0.5)).toMatch(CALL_ID_PATTERN);
  });
});

describe('saving and reading calls', () => {
  it('keeps two calls apart, each with its own company and notes, newest first', () => {
    const storage = new FakeStorage();
    expect(writeCall(() => storage, acme())).toBe('ok');
    expect(writeCall(() => storage, northwind())).toBe('ok');
    const read = readCalls(() => storage);
    expect(read).toEqual({ calls: [northwind(), acme()], setAside: [], unavailable: false });
  });

  it('saves each call under its own key, so editing one never rewrites another', () => {
    const storage = new FakeStorage();
    writeCall(() => storage, acme());
    writeCall(() => storage, northwind());
    const before = storage.getItem(callKey('acme0001'));
    writeCall(
      () => storage,
      northwind({ notes: 'Typed in another tab', updatedAt: at(23).toISOString() }),
    );
    expect(storage.getItem(callKey('acme0001'))).toBe(before);
    expect(Object.keys(storage.snapshot()).sort()).toEqual([
      'callback:call:acme0001',
      'callback:call:north002',
    ]);
  });

  it('deletes one call and leaves the others', () => {
    const storage = new FakeStorage();
    writeCall(() => storage, acme());
    writeCall(() => storage, northwind());
    expect(deleteCall(() => storage, 'acme0001')).toBe('ok');
    expect(readCalls(() => storage).calls).toEqual([northwind()]);
  });

  it('reads nothing from an empty storage, and ignores keys that are not calls', () => {
    const storage = new FakeStorage();
    storage.setItem('other-site', '{}');
    storage.setItem('callback:v1', '{}');
    expect(readCalls(() => storage)).toEqual({ calls: [], setAside: [], unavailable: false });
  });
});

describe('when storage is full', () => {
  it('says so, saves nothing of the new call, and keeps the calls already saved', () => {
    const first = JSON.stringify(acme()).length + callKey('acme0001').length;
    const storage = new FakeStorage(first + 100);
    expect(writeCall(() => storage, acme())).toBe('ok');
    expect(writeCall(() => storage, northwind())).toBe('full');
    expect(readCalls(() => storage).calls).toEqual([acme()]);
  });

  it('still lets a call be saved again at the same size', () => {
    const size = JSON.stringify(acme()).length + callKey('acme0001').length;
    const storage = new FakeStorage(size);
    expect(writeCall(() => storage, acme())).toBe('ok');
    expect(writeCall(() => storage, acme({ notes: acme().notes.toUpperCase() }))).toBe('ok');
  });
});

describe('when storage is blocked', () => {
  it.each([
    ['refused outright', blocked],
    ['open but failing on every use', () => brokenStorage()],
  ])('reports it and never throws: %s', (_, storage) => {
    expect(readCalls(storage)).toEqual({ calls: [], setAside: [], unavailable: true });
    expect(writeCall(storage, acme())).toBe('unavailable');
    expect(deleteCall(storage, 'acme0001')).toBe('unavailable');
    expect(migrateSession(storage)).toEqual({ outcome: 'unavailable' });
  });
});

describe('records this release cannot read', () => {
  /** Storage holding two good calls around the given records. */
  function withRecords(records: Record<string, string>) {
    const storage = new FakeStorage();
    writeCall(() => storage, acme());
    for (const [key, value] of Object.entries(records)) storage.setItem(key, value);
    writeCall(() => storage, northwind());
    return storage;
  }

  it('sets corrupt records aside one by one, reads the good ones, and changes nothing', () => {
    const storage = withRecords({
      'callback:call:broken01': '{"version":1,"id":"broken01","notes":"half a rec',
      'callback:call:broken02': 'null',
      'callback:call:broken03': JSON.stringify({ ...acme(), id: 'broken03', timeline: 'soon' }),
      'callback:call:broken04': '"just text"',
    });
    const before = storage.snapshot();
    const read = readCalls(() => storage);
    expect(read.calls).toEqual([northwind(), acme()]);
    expect(read.setAside).toEqual([
      { key: 'callback:call:broken01', why: 'damaged' },
      { key: 'callback:call:broken02', why: 'invalid' },
      { key: 'callback:call:broken03', why: 'invalid' },
      { key: 'callback:call:broken04', why: 'invalid' },
    ]);
    expect(storage.snapshot()).toEqual(before);
  });

  it('keeps a record from a newer release aside, byte for byte, for that release to read', () => {
    const newer = JSON.stringify({ ...acme(), id: 'later001', version: 2, mood: 'hopeful' });
    const storage = withRecords({ 'callback:call:later001': newer });
    const read = readCalls(() => storage);
    expect(read.setAside).toEqual([{ key: 'callback:call:later001', why: 'newer-version' }]);
    expect(read.calls.map((call) => call.id)).toEqual(['north002', 'acme0001']);
    expect(storage.getItem('callback:call:later001')).toBe(newer);
  });

  it('keeps a call whose name is one character too long aside, notes and all, untouched', () => {
    const long = JSON.stringify({ ...acme(), id: 'longname', company: 'A'.repeat(MAX_NAME + 1) });
    const storage = withRecords({ 'callback:call:longname': long });
    expect(readCalls(() => storage).setAside).toEqual([
      { key: 'callback:call:longname', why: 'invalid' },
    ]);
    expect(storage.getItem('callback:call:longname')).toBe(long);
  });

  it('sets aside a record saved under another call’s key instead of reading a twin', () => {
    const storage = withRecords({ 'callback:call:other001': JSON.stringify(acme()) });
    expect(readCalls(() => storage).setAside).toEqual([
      { key: 'callback:call:other001', why: 'invalid' },
    ]);
  });

  it('never throws, whatever text is stored under a call key', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string(), fc.json())),
        (records) => {
          const storage = new FakeStorage();
          writeCall(() => storage, acme());
          for (const [id, value] of Object.entries(records)) {
            storage.setItem(CALL_KEY_PREFIX + id, value);
          }
          const before = storage.snapshot();
          const read = readCalls(() => storage);
          expect(storage.snapshot()).toEqual(before);
          expect(read.calls.length + read.setAside.length).toBe(storage.length);
        },
      ),
    );
  });
});

describe('what a call may hold', () => {
  it('refuses notes over the limit, saving nothing and cutting nothing', () => {
    const storage = new FakeStorage();
    writeCall(() => storage, acme());
    const before = storage.snapshot();
    expect(writeCall(() => storage, acme({ notes: 'x'.repeat(MAX_NOTES + 1) }))).toBe(
      'notes-too-long',
    );
    expect(storage.snapshot()).toEqual(before);
    expect(writeCall(() => storage, acme({ notes: 'x'.repeat(MAX_NOTES) }))).toBe('ok');
    expect(readCalls(() => storage).calls[0]!.notes).toHaveLength(MAX_NOTES);
  });

  it('refuses a name over the limit instead of cutting it', () => {
    const storage = new FakeStorage();
    expect(writeCall(() => storage, acme({ company: 'A'.repeat(MAX_NAME + 1) }))).toBe('invalid');
    expect(storage.length).toBe(0);
  });

  it('refuses a record that does not fit: a bad id, a link that does not parse, a bad date', () => {
    const storage = new FakeStorage();
    expect(writeCall(() => storage, acme({ id: 'ACME' }))).toBe('invalid');
    expect(writeCall(() => storage, acme({ query: 'caller=nope' }))).toBe('invalid');
    expect(writeCall(() => storage, acme({ interviewDate: '26-11-18' }))).toBe('invalid');
    expect(storage.length).toBe(0);
  });

  // Each field that does not fit sets the whole record aside (and is refused when saving), so a
  // damaged record is never half read: one case per rule of the record's shape.
  const unfit: [string, Record<string, unknown>][] = [
    ['an older, unknown version', { version: 0 }],
    ['no version', { version: undefined }],
    ['an id in capitals', { id: 'ACME0001' }],
    ['an id that is a number', { id: 12345678 }],
    ['a link that does not parse', { query: 'round=later' }],
    ['a link over the limit', { query: `caller=recruiter${'&'.repeat(4000)}` }],
    ['a company that is not text', { company: 42 }],
    ['no role', { role: undefined }],
    ['a phone number over 40 characters', { phone: '5'.repeat(41) }],
    ['notes over the limit', { notes: 'n'.repeat(MAX_NOTES + 1) }],
    ['a name for the email over the limit', { myName: 'S'.repeat(MAX_NAME + 1) }],
    ['an interview date that does not exist', { interviewDate: '2026-02-30' }],
    ['an interview date with a time', { interviewDate: '2026-11-18T09:00:00.000Z' }],
    ['an outcome that is no reason', { outcome: 'promotion' }],
    ['a timeline that is not a list', { timeline: 'called' }],
    [
      'a timeline line of an unknown kind',
      { timeline: [{ kind: 'emailed', at: at(20).toISOString() }] },
    ],
    ['a timeline line without a time', { timeline: [{ kind: 'called' }] }],
    [
      'a timeline over 200 lines',
      { timeline: Array(201).fill({ kind: 'called', at: at(20).toISOString() }) },
    ],
    ['a creation time with an offset', { createdAt: '2026-11-20T09:00:00+01:00' }],
    ['a change time that does not exist', { updatedAt: '2026-11-31T09:00:00.000Z' }],
  ];
  it.each(unfit)('sets aside a record with %s, and refuses to save it', (_, change) => {
    const record = { ...acme(), ...change };
    expect(readCall(record)).toBeUndefined();
    const storage = new FakeStorage();
    storage.setItem(callKey('acme0001'), JSON.stringify(record));
    expect(readCalls(() => storage)).toMatchObject({ calls: [], setAside: [{ why: 'invalid' }] });
    expect(writeCall(() => storage, record as unknown as Call)).not.toBe('ok');
  });

  it('reads a record with only its own fields: what it does not know is left out', () => {
    const read = readCall({
      ...acme(),
      password: 'hunter2',
      timeline: [{ kind: 'called', at: at(20).toISOString(), by: 'x' }],
    });
    expect(read).toEqual(acme());
    expect(read).not.toHaveProperty('password');
    expect(readCall(northwind())).toEqual(northwind());
    expect(readCall(null)).toBeUndefined();
    expect(readCall('acme0001')).toBeUndefined();
  });

  it('makes a lone surrogate in a name well-formed as it is saved, and as it is read', () => {
    const storage = new FakeStorage();
    expect(writeCall(() => storage, acme({ theirName: 'Dana\ud800', company: 'Ac\u202eme' }))).toBe(
      'ok',
    );
    const [saved] = readCalls(() => storage).calls;
    expect(saved?.theirName).toBe('Dana\ufffd');
    expect(saved?.company).toBe('Ac me');
    expect(storage.getItem(callKey('acme0001'))).not.toMatch(/\\ud800/i);

    storage.setItem(callKey('acme0001'), JSON.stringify(acme({ myName: '\udc00Sam' })));
    const [read] = readCalls(() => storage).calls;
    expect(read?.myName).toBe('\ufffdSam');
    expect(() => encodeURIComponent(JSON.stringify(read))).not.toThrow();
  });
});

describe('today’s saved session becomes the first call', () => {
  const v1 = savedV1;
  const v2 = savedV2;

  it('from version 1: the link, ticks and notes, with no names', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v1));
    const result = migrateSession(() => storage);
    expect(result).toEqual({ outcome: 'migrated', id: expect.stringMatching(CALL_ID_PATTERN) });
    const { calls } = readCalls(() => storage);
    expect(calls).toEqual([
      {
        ...newCall(result.id!, v1.query, new Date(v1.savedAt)),
        notes: v1.notes,
      },
    ]);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('from version 2: the link, notes and every name', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v2));
    const { id } = migrateSession(() => storage);
    expect(readCalls(() => storage).calls).toEqual([
      {
        ...newCall(id!, v2.query, new Date(v2.savedAt)),
        notes: 'Agency: Northwind',
        company: 'Acme',
        role: 'Analyst',
        theirName: 'Dana',
        myName: 'Sam',
      },
    ]);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('happens once: a second run finds nothing to do and the call is not doubled', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v2));
    const first = migrateSession(() => storage);
    const after = storage.snapshot();
    expect(migrateSession(() => storage)).toEqual({ outcome: 'nothing' });
    expect(storage.snapshot()).toEqual(after);
    expect(readCalls(() => storage).calls.map((call) => call.id)).toEqual([first.id]);
  });

  it('finishes the job without a second call when the old key could not be removed', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v2));
    let refuse = true;
    const flaky = (): Storage => ({
      get length() {
        return storage.length;
      },
      key: (index) => storage.key(index),
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => {
        if (refuse) throw new DOMException('Busy', 'UnknownError');
        storage.removeItem(key);
      },
      clear: () => storage.clear(),
    });
    const first = migrateSession(() => flaky());
    expect(storage.getItem(STORAGE_KEY)).not.toBeNull();
    // The user edits the migrated call before the next start.
    const [call] = readCalls(() => storage).calls;
    writeCall(() => storage, { ...call!, notes: 'Edited after the update' });
    refuse = false;
    expect(migrateSession(() => flaky())).toEqual(first);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(readCalls(() => storage).calls.map((each) => each.notes)).toEqual([
      'Edited after the update',
    ]);
  });

  it('keeps the old session when the call cannot be written (storage full)', () => {
    const stored = JSON.stringify(v2);
    const storage = new FakeStorage(STORAGE_KEY.length + stored.length + 10);
    storage.setItem(STORAGE_KEY, stored);
    expect(migrateSession(() => storage)).toEqual({ outcome: 'full' });
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: stored });
  });

  it('leaves a session it cannot read exactly as it was', () => {
    for (const stored of ['{not json', JSON.stringify({ ...v2, version: 3 })]) {
      const storage = new FakeStorage();
      storage.setItem(STORAGE_KEY, stored);
      expect(migrateSession(() => storage)).toEqual({ outcome: 'unreadable' });
      expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: stored });
    }
  });

  it('finds nothing to do when there was no session', () => {
    expect(migrateSession(() => new FakeStorage())).toEqual({ outcome: 'nothing' });
  });
});

describe('edits from another tab', () => {
  const storageEvent = (key: string | null) => new StorageEvent('storage', { key });

  it('call back with the changed call’s id, and with null when that tab cleared everything', () => {
    const changed: (string | null)[] = [];
    const stop = onCallsChanged(window, (id) => changed.push(id));
    window.dispatchEvent(storageEvent('callback:call:acme0001'));
    window.dispatchEvent(storageEvent(null));
    stop();
    expect(changed).toEqual(['acme0001', null]);
  });

  it('ignore every other key, and stop after unsubscribing', () => {
    const changed: (string | null)[] = [];
    const stop = onCallsChanged(window, (id) => changed.push(id));
    window.dispatchEvent(storageEvent(STORAGE_KEY));
    window.dispatchEvent(storageEvent('another-app:call:x'));
    stop();
    window.dispatchEvent(storageEvent('callback:call:acme0001'));
    expect(changed).toEqual([]);
  });
});
