import { Fragment, type ReactNode } from 'react';
import type { Slots } from '../domain/core.ts';

/**
 * A message template with elements in its gaps, as React nodes (never an HTML string), so a
 * translator can move a link or a bold part within the sentence. Example:
 * `fillNodes('{link} to see the weights.', { link: <NavLink …>See how it decides</NavLink> })`.
 * Text in the template stays text; a gap with no value stays as written, like `fill`'s.
 */
export function fillNodes<T extends string>(
  template: T,
  values: Readonly<Record<Slots<T>, ReactNode>>,
): ReactNode {
  const named: Readonly<Record<string, ReactNode>> = values;
  // Splitting on a captured group puts the gap names at the odd indices.
  return template.split(/\{(\w+)\}/).map((part, index) => {
    if (index % 2 === 0) return part;
    return (
      <Fragment key={index}>{Object.hasOwn(named, part) ? named[part] : `{${part}}`}</Fragment>
    );
  });
}
