/*
 * How a message template's gaps are named and filled. Apart from messages.ts, whose words a
 * translation replaces (docs/decisions/008): each language's messages module re-exports these,
 * so swapping the words never swaps the code.
 */

/**
 * The names of a template's gaps. Example: `Slots<'If {condition}, {meaning} would lead.'>`
 * is `'condition' | 'meaning'`.
 */
export type Slots<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Slots<Rest>
  : never;

/**
 * A template with its gaps filled. Example: `fill('If {condition}, {meaning} would lead.',
 * { condition: 'they had mentioned benefits', meaning: 'a job offer' })`. The values are put
 * in as they are, never read as templates themselves.
 */
export function fill<T extends string>(
  template: T,
  values: Readonly<Record<Slots<T>, string | number>>,
): string {
  const named: Readonly<Record<string, string | number | undefined>> = values;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = Object.hasOwn(named, name) ? named[name] : undefined;
    return value === undefined ? slot : String(value);
  });
}
