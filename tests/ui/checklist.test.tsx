import { screen, within } from '@testing-library/react';
import { preps } from '../../src/domain/catalog/prep/index.ts';
import { currentQuery, openApp } from './render-app.tsx';

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';
const offer = preps.offer.checklist;
const firstTexts = offer.filter((item) => item.first).map((item) => item.text);
const restTexts = offer.filter((item) => !item.first).map((item) => item.text);

describe('the prep checklist', () => {
  it('puts the items that matter most first, under “Do this first”, then the rest', async () => {
    await openApp(offerLink);
    const checklist = screen.getByRole('group', { name: 'Your prep checklist' });
    const first = within(checklist).getByRole('list', { name: 'Do this first' });
    const rest = within(checklist).getByRole('list', { name: 'Then, if you have time' });
    const labels = (list: HTMLElement) =>
      within(list)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(firstTexts.length).toBeGreaterThanOrEqual(2);
    expect(labels(first)).toEqual(firstTexts);
    expect(labels(rest)).toEqual(restTexts);
    // "Do this first" is words on the page, before the first box, not a color.
    const all = within(checklist).getAllByRole('checkbox');
    expect(all[0]).toHaveAccessibleName(firstTexts[0] as string);
    expect(screen.getByText('Do this first')).toBeVisible();
  });

  it('keeps each item’s id and its tick in the link, wherever it now shows', async () => {
    const { user, container } = await openApp(`${offerLink}&done=offer-research-pay`);
    const ticked = container.querySelector('[data-item="offer-research-pay"]');
    expect(ticked).toBeChecked();
    await user.click(screen.getByLabelText(/Keep a pen and paper/));
    const done = new URLSearchParams(currentQuery()).get('done')?.split(',');
    expect(done?.sort()).toEqual(['offer-pen-and-paper', 'offer-research-pay']);
    expect(screen.getByText(`2 of ${String(offer.length)} done`)).toBeInTheDocument();
  });

  it('copies in the same order, with the same group names', async () => {
    const { user } = await openApp(`${offerLink}&done=offer-pen-and-paper`);
    await user.click(screen.getByRole('button', { name: 'Copy checklist' }));
    const plain = (await navigator.clipboard.readText()).split('\n');
    expect(plain.slice(0, 3)).toEqual([
      'Prep checklist: A job offer',
      'Do this first:',
      `[ ] ${firstTexts[0] ?? ''}`,
    ]);
    expect(plain).toContain(
      '[x] Keep a pen and paper by you to write down every number and date they say.',
    );
    expect(plain.indexOf('Then, if you have time:')).toBe(firstTexts.length + 2);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toMatch(
      /^## Prep checklist: A job offer\n\n### Do this first\n\n- \[ \] .+\n[\s\S]*\n\n### Then, if you have time\n\n- \[ \] /,
    );
  });

  it('gathers only the items to do first when the answers say little', async () => {
    const { container } = await openApp('contact=missed&view=results');
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input[data-item]')];
    const firstIds = new Set(
      Object.values(preps).flatMap((prep) =>
        prep.checklist.filter((item) => item.first).map((item) => item.id),
      ),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(firstIds).toContain(box.dataset.item);
  });
});
