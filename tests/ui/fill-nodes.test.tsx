import { render, screen } from '@testing-library/react';
import { fillNodes } from '../../src/ui/fill-nodes.tsx';
import { plural } from '../../src/ui/plural.ts';

describe('sentences with an element inside', () => {
  it('puts the element where the template says, so a translator can move it', () => {
    const link = <a href="?view=how">the rules</a>;
    const { container: before } = render(<p>{fillNodes('See {link} first.', { link })}</p>);
    const { container: after } = render(<p>{fillNodes('{link}: read them first.', { link })}</p>);
    expect(before).toHaveTextContent('See the rules first.');
    expect(after).toHaveTextContent('the rules: read them first.');
    expect(screen.getAllByRole('link', { name: 'the rules' })).toHaveLength(2);
  });

  it('shows a value as text, never as markup', () => {
    const { container } = render(<p>{fillNodes('Hello {name}', { name: '<b>Sam</b>' })}</p>);
    expect(container).toHaveTextContent('Hello <b>Sam</b>');
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('plurals', () => {
  const days = { one: '{days} day', other: '{days} days' };

  it('picks the form for one and for every other count', () => {
    expect(plural(1, days)).toBe(days.one);
    expect([0, 2, 5, 21].map((n) => plural(n, days))).toEqual(Array(4).fill(days.other));
  });
});
