import { act, screen, within } from '@testing-library/react';
import { MAX_NAME } from '../../src/domain/core.ts';
import { makeBackup, readBackup } from '../../src/state/backup.ts';
import { callKey, newCall, readCalls, writeCall, type Call } from '../../src/state/calls.ts';
import { openApp } from './render-app.tsx';

const device = () => window.localStorage;
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();

function call(id: string, company: string, updatedDay: number, notes = `Notes for ${company}`) {
  return {
    ...newCall(id, 'caller=recruiter&contact=spoke&round=final&tone=warm', new Date(at(1))),
    company,
    notes,
    updatedAt: at(updatedDay),
  } satisfies Call;
}

const acme = call('acme0001', 'Acme', 10);
const northwind = call('north002', 'Northwind', 12);
const globex = call('globex03', 'Globex', 14);

/** Saves these calls on the (test) device and opens the calls page. */
async function openCalls(...calls: Call[]) {
  for (const each of calls) writeCall(device, each);
  return openApp('view=calls');
}

const list = () => screen.queryByRole('list', { name: 'Saved calls, newest first' });
const names = () =>
  within(list() ?? document.createElement('ul'))
    .queryAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
const saved = () => readCalls(device).calls;

/** The box that says what happened: the element holding these words, with focus on it. */
function outcome(text: string | RegExp): HTMLElement {
  return screen.getByText(text).closest('.outcome') as HTMLElement;
}

function backupFile(text: string): File {
  return new File([text], 'callback-calls-2026-11-29.json', { type: 'application/json' });
}

describe('each saved call', () => {
  it('lists the calls newest first, each opening its own prep', async () => {
    const { user } = await openCalls(acme, globex, northwind);
    expect(names()).toEqual(['Globex', 'Northwind', 'Acme']);
    await user.click(screen.getByRole('link', { name: 'Northwind' }));
    expect(await screen.findByLabelText('My notes for the call')).toHaveValue(
      'Notes for Northwind',
    );
  });

  it('says what each call likely is no more surely than its answers allow', async () => {
    const offer =
      'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm';
    const clear = { ...acme, query: offer };
    const thin = { ...call('thin0004', 'Initech', 9), query: 'caller=unknown' };
    await openCalls(clear, thin);
    const item = (name: string) => screen.getByRole('heading', { name }).closest('li')!;
    expect(item('Acme')).toHaveTextContent('Most likely: A job offer');
    expect(item('Initech')).toHaveTextContent(/Our best guess: /);
    expect(item('Initech')).not.toHaveTextContent('Most likely');
  });

  it('is renamed in place: Enter saves, and focus returns to the Rename button', async () => {
    const { user } = await openCalls(acme, northwind);
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    const field = screen.getByLabelText('Company or name for this call');
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Acme Robotics{Enter}');
    expect(names()).toEqual(['Acme Robotics', 'Northwind']);
    expect(screen.getByRole('button', { name: 'Rename Acme Robotics' })).toHaveFocus();
    expect(saved().find((each) => each.id === acme.id)?.company).toBe('Acme Robotics');
  });

  it('keeps its name when renaming is cancelled with Escape or Cancel', async () => {
    const { user } = await openCalls(acme);
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    await user.type(screen.getByLabelText('Company or name for this call'), 'Oops{Escape}');
    expect(names()).toEqual(['Acme']);
    expect(screen.getByRole('button', { name: 'Rename Acme' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    await user.type(screen.getByLabelText('Company or name for this call'), 'Oops');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(names()).toEqual(['Acme']);
    expect(saved()[0]?.company).toBe('Acme');
  });

  it('is an "Unnamed call" when its name is emptied', async () => {
    const { user } = await openCalls(acme);
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    await user.clear(screen.getByLabelText('Company or name for this call'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(names()).toEqual(['Unnamed call']);
    expect(saved()[0]?.company).toBe('');
  });

  it('is deleted after asking, and brought back with undo', async () => {
    const { user } = await openCalls(acme, northwind);
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    expect(screen.getByText('Delete the call with Acme and its notes?')).toHaveFocus();
    expect(names()).toEqual(['Northwind', 'Acme']);

    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(names()).toEqual(['Northwind']);
    expect(outcome('Deleted the call with Acme.')).toHaveFocus();
    expect(device().getItem(callKey(acme.id))).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Bring it back' }));
    expect(names()).toEqual(['Northwind', 'Acme']);
    expect(outcome('Brought back 1 call.')).toHaveFocus();
    expect(saved().find((each) => each.id === acme.id)).toEqual(acme);
  });

  it('stays when the person says no, with focus back on its Delete button', async () => {
    const { user } = await openCalls(acme);
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(names()).toEqual(['Acme']);
    expect(screen.queryByRole('button', { name: 'Yes, delete it' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete Acme' })).toHaveFocus();
  });
});

describe('clearing all data', () => {
  it('says how much will go, clears after asking, and brings everything back with undo', async () => {
    const { user } = await openCalls(acme, northwind, globex);
    await user.click(screen.getByRole('button', { name: 'Clear all data' }));
    expect(
      screen.getByText(
        'This deletes 3 calls and their notes from this browser. Download a copy first if you may want them.',
      ),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(list()).toBeNull();
    expect(saved()).toEqual([]);
    expect(outcome('Deleted 3 calls and their notes from this browser.')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Bring them back' }));
    expect(names()).toEqual(['Globex', 'Northwind', 'Acme']);
    expect(saved()).toEqual([globex, northwind, acme]);
    expect(outcome('Brought back 3 calls.')).toHaveFocus();
  });

  it('changes nothing when the person says no', async () => {
    const { user } = await openCalls(acme);
    await user.click(screen.getByRole('button', { name: 'Clear all data' }));
    await user.click(screen.getByRole('button', { name: 'No, keep my calls' }));
    expect(saved()).toEqual([acme]);
  });
});

describe('download my calls', () => {
  it('downloads a file that restores the same calls', async () => {
    const blobs: Blob[] = [];
    const created = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:backup';
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });

    const { user } = await openCalls(acme, northwind, globex);
    await user.click(screen.getByRole('button', { name: 'Download my calls' }));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toMatch(/^callback-calls-\d{4}-\d{2}-\d{2}\.json$/);
    expect(
      screen.getByText(`Downloaded 3 calls as ${clicks[0]!.download}.`, { exact: false }),
    ).toBeInTheDocument();
    const read = readBackup(await blobs[0]!.text());
    expect(read).toEqual({ ok: true, calls: [globex, northwind, acme], leftOut: 0 });
  });

  it('says there is nothing to download when no call is saved', async () => {
    const created = vi.fn();
    Object.assign(URL, { createObjectURL: created });
    const { user } = await openCalls();
    await user.click(screen.getByRole('button', { name: 'Download my calls' }));
    expect(
      screen.getByText('There are no calls saved here yet, so there is nothing to download.'),
    ).toBeInTheDocument();
    expect(created).not.toHaveBeenCalled();
  });

  it('reminds quietly, beside the button, once five calls are saved here', async () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((letter, i) =>
      call(`call000${letter}`, letter, i + 1),
    );
    const four = await openCalls(...five.slice(0, 4));
    expect(screen.queryByText(/live only in this browser/)).toBeNull();
    four.unmount();
    writeCall(device, five[4]!);
    await openApp('view=calls');
    const reminder = screen.getByText(/Your 5 calls live only in this browser/);
    const section = reminder.closest('section') as HTMLElement;
    expect(within(section).getByRole('button', { name: 'Download my calls' })).toBeInTheDocument();
  });
});

describe('restore from a file', () => {
  const good = JSON.parse(makeBackup([acme, northwind], new Date(at(28)))) as Record<
    string,
    unknown
  > & { calls: unknown[] };

  it.each([
    ['not JSON', 'PK\u0003\u0004 a zip file', /This file is not a Callback backup: it could not/],
    [
      'another app’s file',
      JSON.stringify({ contacts: [] }),
      /^This file is not a Callback backup\./,
    ],
    [
      'a newer version',
      JSON.stringify({ ...good, version: 2 }),
      /made by a newer version of Callback. Nothing was changed. Reload the page/,
    ],
    ['a damaged list', JSON.stringify({ ...good, calls: 'lost' }), /This backup is damaged/],
  ])('refuses %s, says so plainly, and changes nothing', async (_, text, message) => {
    const { user } = await openCalls(globex);
    await user.upload(screen.getByLabelText('Restore from a file'), backupFile(text));
    expect(outcome(message)).toHaveFocus();
    expect(screen.getByText(message)).toHaveTextContent('Nothing was changed');
    expect(screen.queryByRole('button', { name: 'Restore them' })).toBeNull();
    expect(saved()).toEqual([globex]);
    expect(names()).toEqual(['Globex']);
  });

  it('leaves out just the call that cannot be read, after saying so', async () => {
    const file = {
      ...good,
      calls: [...good.calls, { ...globex, company: 'G'.repeat(MAX_NAME + 1) }],
    };
    const { user } = await openCalls();
    await user.upload(
      screen.getByLabelText('Restore from a file'),
      backupFile(JSON.stringify(file)),
    );
    expect(screen.getByText('This file has 2 calls:')).toHaveFocus();
    expect(
      screen.getByText('1 call in this file could not be read and will be left out.'),
    ).toBeInTheDocument();
    expect(saved()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(outcome('Restored 2 calls from the file.')).toHaveFocus();
    expect(names()).toEqual(['Northwind', 'Acme']);
  });

  it('shows what it will add, never replaces a newer call, and adds nothing twice', async () => {
    const editedHere = { ...acme, notes: 'Edited after the backup', updatedAt: at(20) };
    const olderHere = { ...northwind, notes: 'Before the backup', updatedAt: at(5) };
    const file = makeBackup([acme, northwind, globex], new Date(at(28)));
    const { user } = await openCalls(editedHere, olderHere);

    await user.upload(screen.getByLabelText('Restore from a file'), backupFile(file));
    const question = screen.getByText('This file has 3 calls:');
    expect(question).toHaveFocus();
    const asked = question.parentElement as HTMLElement;
    expect(
      within(asked)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1 new',
      '1 newer than the one here, which it replaces',
      '1 call here is newer than the file’s and stays as it is',
    ]);
    expect(saved()).toEqual([editedHere, olderHere]);

    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(outcome('Restored 2 calls from the file.')).toHaveFocus();
    expect(saved()).toEqual([editedHere, globex, northwind]);

    await user.upload(screen.getByLabelText('Restore from a file'), backupFile(file));
    expect(outcome(/Everything in this file is already here/)).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Restore them' })).toBeNull();
    expect(saved()).toEqual([editedHere, globex, northwind]);
  });

  it('changes nothing when the person cancels', async () => {
    const { user } = await openCalls();
    await user.upload(
      screen.getByLabelText('Restore from a file'),
      backupFile(makeBackup([acme], new Date(at(28)))),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(outcome('Nothing was restored, and nothing changed.')).toHaveFocus();
    expect(saved()).toEqual([]);
  });
});

describe('what the page says about this device', () => {
  it('explains "on this device" and how the backup file moves the calls', async () => {
    await openCalls(acme);
    const section = screen.getByRole('region', { name: 'What “on this device” means' });
    expect(section).toHaveTextContent('does not see them');
    expect(section).toHaveTextContent('download them here and restore the file');
  });

  it('says here, not in the middle of a prep, when the browser may clear the calls', async () => {
    const { store } = await openCalls(acme);
    const section = screen.getByRole('region', { name: 'What “on this device” means' });
    expect(section).not.toHaveTextContent('has not promised');
    act(() => store.setState({ mayBeCleared: true }));
    expect(section).toHaveTextContent('This browser has not promised to keep your calls');
  });

  it('mentions calls it cannot read, and leaves them as they are', async () => {
    const later = JSON.stringify({ ...acme, id: 'later001', version: 2 });
    device().setItem(callKey('later001'), later);
    const { user } = await openCalls(northwind);
    expect(screen.getByText(/1 saved call could not be read/)).toHaveTextContent(
      'We have left it exactly as it is',
    );
    expect(device().getItem(callKey('later001'))).toBe(later);
    // Clearing everything takes it too, said first; undo brings it back as it was.
    await user.click(screen.getByRole('button', { name: 'Clear all data' }));
    expect(
      screen.getByText('It also deletes 1 saved call this version cannot read.'),
    ).toBeInTheDocument();
    await user.click(document.querySelector<HTMLElement>('[data-action="confirm"]')!);
    expect(device().getItem(callKey('later001'))).toBeNull();
    await user.click(document.querySelector<HTMLElement>('[data-action="undo"]')!);
    expect(device().getItem(callKey('later001'))).toBe(later);
  });
});
