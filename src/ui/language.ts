import type { Language } from '../domain/core.ts';

/**
 * The language this build of the app speaks (docs/decisions/008): each language has its own
 * build, and scripts/language-plugin.ts sets `import.meta.env.VITE_LANG` in every build but
 * the English one. The boot script sets `<html lang>` to the same language before loading it.
 */
export const pageLanguage: Language = import.meta.env.VITE_LANG === 'es' ? 'es' : 'en';

/** The language the switch offers: the other one. Example: `'es'` on the English page. */
export const otherLanguage: Language = pageLanguage === 'es' ? 'en' : 'es';

/**
 * The locale `Intl` formats dates and numbers in: the page's own language, as `<html lang>`
 * says, so a date reads in the words around it. Example: `'es'`.
 */
export function pageLocale(): string {
  return (typeof document === 'undefined' ? '' : document.documentElement.lang) || pageLanguage;
}
