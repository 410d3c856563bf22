/** A title as it reads inside a sentence. Example: `'A job offer'` becomes `'a job offer'`. */
export function lowerFirst(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1);
}
