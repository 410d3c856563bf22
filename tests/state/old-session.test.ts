import { fromV1, migrate } from '../../src/state/old-session.ts';
import { savedV1, savedV2 } from '../fixtures/saved-sessions.ts';

const v1 = savedV1;
const v2 = savedV2;

describe('each step of the migration chain', () => {
  it('version 1 → 2: keeps the link, notes and date, and starts with no names', () => {
    expect(fromV1(v1)).toEqual({ ...v1, version: 2, names: {} });
  });
});

describe('reading what every older version saved', () => {
  it.each([
    ['version 1', v1, { ...v1, version: 2, names: {} }],
    ['version 2', v2, v2],
  ])('reads a %s record', (_, record, expected) => {
    expect(migrate(JSON.parse(JSON.stringify(record)))).toEqual(expected);
  });

  it.each([
    ['a version from the future', { ...v2, version: 3 }],
    ['a version 1 record with a number for a link', { ...v1, query: 42 }],
    ['a version 2 record whose names are not text', { ...v2, names: { theirName: 7 } }],
  ])('does not read %s', (_, record) => {
    expect(migrate(record)).toBeNull();
  });

  it('drops a stored link that does not parse cleanly, in any version', () => {
    expect(migrate({ ...v1, query: 'caller=nope' })?.query).toBe('');
    expect(migrate({ ...v2, query: 'round=final&days=lots' })?.query).toBe('');
  });

  it('makes stored notes and names well-formed, so they can always be put into an email link', () => {
    const saved = migrate({
      ...v2,
      notes: 'line one\nline \ud800two\u0000',
      names: { theirName: 'Dana\udc00', company: 'Ac\u202eme\nInc' },
    });
    expect(saved?.notes).toBe('line one\nline \ufffdtwo ');
    expect(saved?.names).toEqual({ theirName: 'Dana\ufffd', company: 'Ac me Inc' });
    expect(() => encodeURIComponent(JSON.stringify(saved))).not.toThrow();
    expect(migrate({ ...v1, notes: 'a\ud800' })?.notes).toBe('a\ufffd');
  });
});
