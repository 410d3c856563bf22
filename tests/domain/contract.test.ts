import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CALLERS,
  CATEGORIES,
  checklistItemIds,
  CONTACTS,
  LINK_KEYS,
  REASON_IDS,
  reasons,
  ROUNDS,
  TONES,
  TOPICS,
  VIEWS,
} from '../../src/domain/index.ts';

/**
 * docs/contract.md is the public contract: links, ids and page hooks that bookmarks, printed
 * sheets and other people's programs rely on. These tests read the document itself, so a name
 * listed there that disappears from the code fails here, whichever side changed.
 */
const contract = readFileSync('docs/contract.md', 'utf8');

/** The text of one numbered section, up to the next one. */
function section(n: number): string {
  const start = contract.indexOf(`\n## ${String(n)}.`);
  if (start === -1) throw new Error(`docs/contract.md has no section ${String(n)}`);
  const end = contract.indexOf('\n## ', start + 1);
  return contract.slice(start, end === -1 ? undefined : end);
}

/** Every `code` in a text. */
const codes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The table row of a link key in section 1: its values, as codes. */
function linkRow(key: string): string[] {
  const row = section(1)
    .split('\n')
    .find((line) => new RegExp(`^\\|\\s*\`${key}\`\\s*\\|`).test(line));
  if (!row) throw new Error(`No row for ${key} in docs/contract.md §1`);
  return codes(row.split('|')[2] ?? '');
}

/** The names section 8 says are not built yet, from its one "Not held yet" line. */
const planned = new Set(
  codes(
    section(8)
      .split('\n')
      .find((line) => line.startsWith('Not held yet:')) ?? '',
  ),
);

const built = (names: readonly string[]) => names.filter((name) => !planned.has(name));

describe('docs/contract.md holds the code to its public names', () => {
  it('every link key it lists is read by the link codec', () => {
    const keys = section(1)
      .split('\n')
      .filter((line) => /^\|\s*`[a-z]+`\s*\|/.test(line))
      .map((line) => codes(line)[0]!);
    expect(keys.length).toBeGreaterThanOrEqual(12);
    expect(LINK_KEYS).toEqual(expect.arrayContaining(built(keys)));
  });

  it.each([
    ['caller', CALLERS],
    ['contact', CONTACTS],
    ['round', ROUNDS],
    ['tone', TONES],
    ['topics', TOPICS],
  ] as const)('every value of %s is one the app knows, and no other', (key, values) => {
    expect([...values].sort()).toEqual(linkRow(key).sort());
  });

  it('every view it lists opens a page', () => {
    expect([...VIEWS]).toEqual(expect.arrayContaining(built(linkRow('view'))));
  });

  it('every reason id and category is in the catalog, in its category', () => {
    const rows = section(2)
      .split('\n')
      .filter((line) => /^\|\s*`/.test(line))
      .map((line) => codes(line));
    expect(rows.map(([category]) => category)).toEqual([...CATEGORIES]);
    const listed = rows.flatMap(([category, ...ids]) => ids.map((id) => [id, category]));
    expect(listed.map(([id]) => id).sort()).toEqual([...REASON_IDS].sort());
    for (const [id, category] of listed) {
      expect(reasons.find((reason) => reason.id === id)?.category).toBe(category);
    }
  });

  it('every checklist item id it lists is still on its checklist', () => {
    const rows = section(7)
      .split('\n')
      .filter((line) => /^\|\s*`/.test(line))
      .map((line) => codes(line));
    expect(rows).toHaveLength(REASON_IDS.length);
    for (const [reasonId, ...ids] of rows) {
      const reason = reasons.find((r) => r.id === reasonId);
      expect(reason?.checklist.map((item) => item.id)).toEqual(expect.arrayContaining(ids));
      for (const id of ids) expect(checklistItemIds.has(id)).toBe(true);
    }
  });

  it('every page hook it lists is written by a component', () => {
    const hooks = [...section(4).matchAll(/data-[a-z-]+/g)].map((m) => m[0]);
    expect(hooks.length).toBeGreaterThanOrEqual(10);
    const source = readAll('src/ui');
    const missing = built([...new Set(hooks)]).filter((hook) => !source.includes(`${hook}=`));
    expect(missing).toEqual([]);
  });
});

/** The text of every component file under a folder. */
function readAll(folder: string): string {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .join('\n');
}
