import type { Slots } from '../domain/messages.ts';

/** `A | B` as `A & B`. */
type AllOf<U> = (U extends unknown ? (all: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/**
 * A string that holds each of these gaps, in any order. Example: `WithGaps<'a' | 'b'>` accepts
 * `'{b} y {a}'` and refuses `'{a}'`.
 */
type WithGaps<Gap extends string> = [Gap] extends [never]
  ? string
  : AllOf<Gap extends string ? `${string}{${Gap}}${string}` : never>;

/**
 * What a translation of an English words module must be (docs/decisions/008): the same keys
 * all the way down, lists of the same length, and every string free to read as it should in
 * the other language, so long as it keeps the English one's gaps (`{company}`, `{percent}`).
 * Numbers, booleans and ids (anything that is not a string) stay exactly as they are. A
 * translation is written `as const` and checked with `satisfies Translated<typeof english>`.
 * Example: for `{ title: 'Hi {name}', steps: ['One', 'Two'] }` a translation is
 * `{ title: 'Hola, {name}', steps: ['Uno', 'Dos'] }`.
 */
export type Translated<T> = T extends string
  ? string extends T
    ? string
    : WithGaps<Slots<T>>
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: Translated<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: Translated<T[K]> }
      : T;
