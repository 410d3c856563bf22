import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { MAX_NAME } from '../../src/domain/core.ts';
import { makeBackup, readBackup } from '../../src/state/backup.ts';
import {
  callKey,
  makeCallId,
  newCall,
  readCalls,
  writeCall,
  type Call,
} from '../../src/state/calls.ts';
import { browserHistory, createAppStore } from '../../src/state/store.ts';
import { currentCall, currentQuery, openApp } from './render-app.tsx';

const device = () => window.localStorage;
/** 9 in the morning of a day in November 2026, where the tests run. */
const at = (day: number) => new Date(2026, 10, day, 9).toISOString();
/** The store's clock in the tests that show dates: December 1, 2026, 6 PM, where they run. */
const december = new Date(2026, 11, 1, 18);
/** Every question answered but the topics, which were skipped, as the wizard saves them. */
const answered = 'caller=recruiter&contact=spoke&round=final&days=2&tone=warm';

function call(id: string, company: string, updatedDay: number, notes = `Notes for ${company}`) {
  return {
    ...newCall(id, answered, new Date(at(1))),
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

/**
 * Saves these calls and opens the calls page with the store's clock stopped at `now`, so
 * "today" and "yesterday" are the same on any day the tests run, in any time zone.
 */
async function openCallsAt(now: Date, ...calls: Call[]) {
  for (const each of calls) writeCall(device, each);
  window.history.replaceState(null, '', '/?view=calls');
  const user = userEvent.setup();
  const store = createAppStore({
    history: browserHistory,
    storage: device,
    now: () => now,
    newId: () => makeCallId(Math.random),
  });
  render(<App store={store} />);
  await screen.findByRole('heading', { level: 1, name: 'Your saved calls' });
  return { user, store };
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
    // (The results' first import is slow under the test runner's transform, as in openApp.)
    expect(
      await screen.findByLabelText('My notes for the call', {}, { timeout: 5000 }),
    ).toHaveValue('Notes for Northwind');
  });

  it('has a clear Open button for each call, first of its actions, reached by keyboard', async () => {
    const { user } = await openCalls(acme, northwind);
    const item = screen.getByRole('heading', { name: 'Northwind' }).closest('li')!;
    const open = within(item).getByRole('link', { name: 'Open the call with Northwind' });
    expect(open).toHaveTextContent(/^Open$/);
    expect(open).toHaveClass('button');
    expect(open).not.toHaveClass('button-secondary');
    // Delete comes last, never the first or boldest action.
    const actions = [...item.querySelectorAll('a, button')].map((each) => each.textContent);
    expect(actions.slice(-3)).toEqual(['Open', 'Rename', 'Delete']);
    // Delete is an outlined button after Open, which alone is filled.
    expect(within(item).getByRole('button', { name: 'Delete Northwind' })).toHaveClass(
      'button-secondary',
    );

    open.focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByLabelText('My notes for the call', {}, { timeout: 5000 }),
    ).toHaveValue('Notes for Northwind');
    expect(currentCall()).toBe(northwind.id);
  });

  it('gives Open the address a click opens: the noted outcome’s prep, in the list’s language', async () => {
    writeCall(device, { ...acme, outcome: 'reference-check' });
    await openApp('view=calls&lang=en');
    const open = await screen.findByRole('link', { name: 'Open the call with Acme' });
    const target = new URLSearchParams(open.getAttribute('href')!);
    expect(target.get('reason')).toBe('reference-check');
    expect(target.get('lang')).toBe('en');
    expect(target.get('call')).toBe(acme.id);
  });

  it('names an unnamed call’s Open button for a screen reader', async () => {
    await openCalls({ ...acme, company: '' });
    expect(screen.getByRole('link', { name: 'Open this unnamed call' })).toBeInTheDocument();
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

  it('keeps its name when renaming is canceled with Escape or Cancel', async () => {
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

describe('what the list says about each call', () => {
  const item = (name: string | RegExp) => screen.getByRole('heading', { name }).closest('li')!;
  const changedAt = (date: Date) => ({ updatedAt: date.toISOString() });

  it('names the role beside the company, and keeps the link to the company', async () => {
    const analyst = { ...acme, role: 'Data analyst' };
    await openCallsAt(december, analyst, { ...globex, company: '', role: 'Designer' });
    expect(names()).toEqual(['Unnamed call, Designer', 'Acme, Data analyst']);
    expect(screen.getByRole('link', { name: 'Acme' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Unnamed call' })).toBeInTheDocument();
  });

  it('says when each call last changed in words, by the day where the person is', async () => {
    await openCallsAt(
      december,
      { ...acme, ...changedAt(new Date(2026, 11, 1, 14, 5)) },
      // Not 24 hours ago, but the day before.
      { ...northwind, ...changedAt(new Date(2026, 10, 30, 23, 30)) },
      { ...globex, ...changedAt(new Date(2026, 10, 29, 20, 0)) },
      { ...call('older005', 'Initech', 1), ...changedAt(new Date(2025, 2, 3, 12)) },
    );
    expect(item('Acme')).toHaveTextContent('Last changed today at 2:05 PM');
    expect(item('Northwind')).toHaveTextContent('Last changed yesterday');
    expect(item('Globex')).toHaveTextContent('Last changed on November 29');
    expect(item('Initech')).toHaveTextContent('Last changed on March 3, 2025');
  });

  it('marks a call whose questions were never finished, and continues it where it stopped', async () => {
    const stopped = { ...call('stop0006', '', 20), query: 'caller=agency&contact=email' };
    const { user } = await openCallsAt(december, acme, stopped);
    expect(item('Unnamed call')).toHaveTextContent('Questions not finished (2 of 6 answered)');
    // Skipping the topics question leaves it unanswered: that call is finished all the same.
    expect(item('Acme')).not.toHaveTextContent('not finished');
    expect(within(item('Acme')).queryByRole('link', { name: /Continue the questions/ })).toBeNull();

    await user.click(
      screen.getByRole('link', { name: 'Continue the questions for this unnamed call' }),
    );
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Which interview was your most recent one?');
    expect(currentCall()).toBe('stop0006');
    await user.click(screen.getByLabelText('The final round'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(saved().find((each) => each.id === 'stop0006')?.query).toBe(
      'caller=agency&contact=email&round=final',
    );
  });

  it('continues at the topics for a call that stopped there', async () => {
    const stopped = {
      ...call('stop0007', 'Acme', 20),
      query: 'caller=recruiter&contact=spoke&round=final&days=2',
    };
    const { user } = await openCallsAt(december, stopped);
    expect(item('Acme')).toHaveTextContent('Questions not finished (4 of 6 answered)');
    await user.click(
      screen.getByRole('link', { name: 'Continue the questions for the call with Acme' }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What did they mention or ask about?',
    );
  });

  it('says on the home page when the saved call was last worked on: today, yesterday, or the day', async () => {
    const home = async (updatedAt: string) => {
      window.localStorage.clear();
      writeCall(device, { ...acme, updatedAt });
      window.history.replaceState(null, '', '/');
      const store = createAppStore({
        history: browserHistory,
        storage: device,
        now: () => december,
        newId: () => makeCallId(Math.random),
      });
      const { unmount } = render(<App store={store} />);
      const offer = await screen.findByRole('region', { name: 'Continue where you left off?' });
      const text = offer.textContent;
      unmount();
      return text;
    };
    expect(await home(new Date(2026, 11, 1, 9, 5).toISOString())).toMatch(
      /your call with Acme today at 9:05\sAM\./,
    );
    expect(await home(new Date(2026, 10, 30, 22).toISOString())).toContain(
      'your call with Acme yesterday.',
    );
    expect(await home(at(10))).toContain('your call with Acme on November 10.');
  });

  it('keeps the call answered beside the continued offer, and marks the new one', async () => {
    writeCall(device, acme);
    const { user } = await openApp();
    expect(screen.getByRole('heading', { name: 'Continue where you left off?' })).toBeVisible();
    // Answering the first question instead starts a new call; the saved one stays as it was.
    await user.click(screen.getByLabelText('An outside recruiter or agency'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('link', { name: 'Your saved calls' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your saved calls' }),
    ).toBeVisible();
    expect(names()).toEqual(['Unnamed call', 'Acme']);
    expect(item('Unnamed call')).toHaveTextContent('Questions not finished (1 of 6 answered)');
    expect(saved().find((each) => each.id === acme.id)).toEqual(acme);
  });
});

describe('starting a new call', () => {
  const firstQuestion = () => screen.findByRole('heading', { level: 1, name: 'Who called you?' });

  it('says once, on the first question, that the call just left is saved', async () => {
    writeCall(device, acme);
    const { user } = await openApp(`${acme.query}&view=results&call=${acme.id}`);
    await user.click(screen.getByRole('button', { name: 'Start a new call' }));
    await firstQuestion();
    const note = screen.getByText(/is saved\. Find it under/);
    expect(note).toHaveTextContent('Your call with Acme is saved. Find it under Your saved calls.');
    expect(currentCall()).toBeUndefined();

    await user.click(screen.getByLabelText('HR or an in-house recruiter'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await firstQuestion();
    expect(screen.queryByText(/is saved\. Find it under/)).toBeNull();
    expect(saved().find((each) => each.id === acme.id)).toEqual(acme);
  });

  it('links to the saved calls, and says "your previous call" when it has no name', async () => {
    const unnamed = { ...acme, company: '' };
    writeCall(device, unnamed);
    const { user } = await openApp(`${acme.query}&view=results&call=${acme.id}`);
    await user.click(screen.getByRole('button', { name: 'Start a new call' }));
    await firstQuestion();
    const note = screen.getByText(/is saved\. Find it under/);
    expect(note).toHaveTextContent('Your previous call is saved. Find it under Your saved calls.');
    await user.click(within(note).getByRole('link', { name: 'Your saved calls' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your saved calls' }),
    ).toBeVisible();
    expect(currentQuery()).toMatch(/view=calls/);
    expect(names()).toEqual(['Unnamed call']);
  });

  it('says so too when "Start a new call" is chosen over continuing the latest one', async () => {
    writeCall(device, acme);
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: 'Start a new call' }));
    expect(screen.queryByRole('heading', { name: 'Continue where you left off?' })).toBeNull();
    expect(screen.getByText(/is saved\. Find it under/)).toHaveTextContent(
      'Your call with Acme is saved.',
    );
  });

  it('claims nothing was saved when the call it left never was', async () => {
    const { user } = await openApp(`${acme.query}&view=results`);
    await user.click(screen.getByRole('button', { name: 'Start a new call' }));
    await firstQuestion();
    expect(screen.queryByText(/is saved/)).toBeNull();
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

    // Once calls are restored, the words about an empty device are no longer true.
    const good = makeBackup([acme], new Date(at(28)));
    await user.upload(screen.getByLabelText('Restore from a file'), backupFile(good));
    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(names()).toEqual(['Acme']);
    expect(screen.queryByText(/nothing to download/)).toBeNull();
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
    const { user } = await openCallsAt(december, editedHere, olderHere);

    await user.upload(screen.getByLabelText('Restore from a file'), backupFile(file));
    const question = screen.getByText('This file has 3 calls:');
    expect(question).toHaveFocus();
    const asked = question.parentElement as HTMLElement;
    const items = (list: HTMLElement) =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(items(within(asked).getAllByRole('list')[0]!)).toEqual([
      '1 new',
      '1 newer than the one here, which it replaces',
      '1 call here is newer than the file’s and stays as it is',
    ]);
    // Named, so the person knows which calls change before anything does.
    expect(items(within(asked).getByRole('list', { name: 'It will add or update:' }))).toEqual([
      'Globex, last changed on November 14',
      'Northwind, last changed on November 12',
    ]);
    const kept = within(asked).getByRole('list', {
      name: 'These stay as they are, because this device has a newer copy:',
    });
    expect(items(kept)).toEqual(['Acme, last changed on November 20']);
    expect(saved()).toEqual([editedHere, olderHere]);

    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(outcome('Restored 2 calls from the file.')).toHaveFocus();
    expect(saved()).toEqual([editedHere, globex, northwind]);

    await user.upload(screen.getByLabelText('Restore from a file'), backupFile(file));
    expect(outcome(/Everything in this file is already here/)).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Restore them' })).toBeNull();
    expect(saved()).toEqual([editedHere, globex, northwind]);
  });

  it('names ten calls at most, then says how many more', async () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      call(`many${String(i).padStart(4, '0')}`, `Company ${i + 1}`, i + 1),
    );
    const { user } = await openCallsAt(december);
    await user.upload(
      screen.getByLabelText('Restore from a file'),
      backupFile(makeBackup(many, new Date(at(28)))),
    );
    const named = screen.getByRole('list', { name: 'It will add or update:' });
    const items = within(named).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items[0]).toHaveTextContent('Company 14, last changed on November 14');
    expect(items[9]).toHaveTextContent('Company 5, last changed on November 5');
    expect(screen.getByText('and 4 more')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /newer copy/ })).toBeNull();
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
    expect(section).not.toHaveTextContent('runs short of space');
    act(() => store.setState({ mayBeCleared: true }));
    expect(section).toHaveTextContent(
      'If this device runs short of space, the browser may clear data that sites have saved here, your calls included.',
    );
    expect(section).toHaveTextContent('downloading a copy keeps them safe whatever happens.');
    // Plain words only: how the browser decides is its business, not the reader's worry.
    expect(section).not.toHaveTextContent(/set .* aside|persist|storage/i);
  });

  it('says calmly who else can see the calls and what the backup file holds, without alarm', async () => {
    await openCalls(acme);
    const section = screen.getByRole('region', { name: 'What “on this device” means' });
    expect(section).toHaveTextContent(
      'Anyone who uses this browser on this device, with the same profile, can see them too.',
    );
    expect(section).toHaveTextContent('use your own browser profile');
    expect(screen.getByText(/^Saves one file with every call/)).toHaveTextContent(
      'The file has no password, so keep it where you keep other private papers.',
    );
    expect(document.body).not.toHaveTextContent(/has not promised|anyone who opens it/i);
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
