import { screen, within } from '@testing-library/react';
import { currentQuery, openApp } from './render-app.tsx';

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';
/** A missed call and nothing else known: the answers say little. */
const missedLink = 'contact=missed&view=results';

const items = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>('ol.ranked > li[data-reason]'),
];
const shownIds = (container: HTMLElement) =>
  items(container)
    .filter((li) => !li.hidden)
    .map((li) => li.dataset.reason);
const prepHeading = () => screen.getByRole('heading', { level: 2, name: /^How to get ready/ });

describe('the likely few first', () => {
  it('shows the top three, and the rest on request, all in one list in rank order', async () => {
    const { user, container } = await openApp(offerLink);
    const all = items(container).map((li) => li.dataset.reason);
    expect(all).toHaveLength(11);
    expect(shownIds(container)).toEqual(all.slice(0, 3));

    const toggle = screen.getByRole('button', { name: 'Show all 11 meanings' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(shownIds(container)).toEqual(all);
    // Focus goes to the first meaning shown, so the keyboard goes on through them.
    expect(within(items(container)[3] as HTMLElement).getByRole('heading')).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Show only the likely few' }));
    expect(shownIds(container)).toEqual(all.slice(0, 3));
  });
});

describe('when the answers say little', () => {
  it('says so first, never calls the best guess unlikely, and gets ready for the likely few at once', async () => {
    const { container } = await openApp(missedLink);
    expect(container.querySelector('[data-confidence]')).toHaveAttribute('data-confidence', 'low');
    const [top, second, third] = items(container);
    expect(top).toHaveTextContent('our best guess, far from sure');
    // The next two are as much in play: never "unlikely" beside a best guess.
    for (const item of [top, second, third]) expect(item).not.toHaveTextContent(/unlikely/);
    expect(second).toHaveTextContent('also possible');

    expect(prepHeading()).toHaveTextContent('How to get ready for any of the likely few');
    const titles = items(container)
      .slice(0, 3)
      .map((li) => within(li).getByRole('heading', { level: 3 }).textContent ?? '');
    const blocks = screen.getAllByRole('heading', { level: 3, name: / \(\d+%\)$/ });
    expect(blocks).toHaveLength(3);
    blocks.forEach((heading, i) =>
      expect(heading.textContent?.toLowerCase()).toContain(titles[i]?.toLowerCase()),
    );
    // Two or three things to do first for each, as real checklist items.
    expect(container.querySelectorAll('.prep input[data-item]').length).toBeGreaterThanOrEqual(6);
    expect(container.querySelectorAll('.prep input[data-item]').length).toBeLessThanOrEqual(9);
  });

  it('opens one meaning’s full prep on request, even the top one, and comes back', async () => {
    const { user, container } = await openApp(missedLink);
    const [top] = items(container);
    const topId = top?.dataset.reason ?? '';
    const topTitle = within(top as HTMLElement).getByRole('heading', { level: 3 }).textContent;
    await user.click(screen.getByRole('button', { name: `See the full prep: ${topTitle}` }));
    expect(currentQuery()).toContain(`reason=${topId}`);
    expect(prepHeading()).toHaveTextContent(`How to get ready: ${topTitle}`);
    expect(prepHeading()).toHaveFocus();
    expect(screen.getAllByText(/The prep below is for “.*” only, our best guess/)).toHaveLength(2);

    const [back] = screen.getAllByRole('button', {
      name: 'Back to getting ready for any of the likely few',
    });
    await user.click(back as HTMLElement);
    expect(currentQuery()).not.toContain('reason=');
    expect(prepHeading()).toHaveTextContent('How to get ready for any of the likely few');
  });

  it('keeps a tick made in the short prep ticked in that meaning’s full prep', async () => {
    const { user, container } = await openApp(missedLink);
    const first = container.querySelector<HTMLInputElement>('.prep input[data-item]');
    const id = first?.dataset.item ?? '';
    await user.click(first as HTMLInputElement);
    expect(currentQuery()).toContain(`done=${id}`);
    const owner = items(container).find((li) =>
      id.startsWith(li.dataset.reason?.split('-')[0] ?? '-'),
    );
    const title = within(owner as HTMLElement).getByRole('heading', { level: 3 }).textContent;
    await user.click(screen.getByRole('button', { name: `See the full prep: ${title}` }));
    expect(container.querySelector(`input[data-item="${id}"]`)).toBeChecked();
  });
});

describe('a link that opens a chosen prep', () => {
  it('opens with that prep in view and focused, and says at the top it is not the most likely', async () => {
    const { container } = await openApp(`${offerLink}&reason=rejection`);
    expect(prepHeading()).toHaveTextContent('How to get ready: Not chosen this time');
    expect(prepHeading()).toHaveFocus();
    // Chosen far down the list, so every meaning shows and the chosen one is among them.
    expect(shownIds(container)).toHaveLength(11);
    const notes = screen.getAllByText(
      /The prep below is for “Not chosen this time” \(\d+%\), which is not the most likely meaning/,
    );
    expect(notes).toHaveLength(2);
    // The first is at the top of the page, before the list.
    const list = container.querySelector('ol.ranked') as Node;
    expect(
      (notes[0] as HTMLElement).compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      screen.getAllByRole('button', { name: 'Back to the most likely: A job offer' }),
    ).toHaveLength(2);
  });
});

describe('questions left unanswered', () => {
  it('invites the rest, linking to the first one skipped', async () => {
    const { user } = await openApp('caller=recruiter&round=final&view=results');
    const invite = screen.getByRole('link', { name: 'Answer 4 more questions to sharpen this' });
    await user.click(invite);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How did they get in touch?',
    );
  });

  it('says nothing of the kind when every question is answered', async () => {
    await openApp(offerLink);
    expect(screen.queryByRole('link', { name: /more question/ })).toBeNull();
  });
});
