/**
 * Which language a pasted message is in, English or Spanish, from counts of the small words
 * every sentence has ("the", "you", "de", "que"). No library: two short lists tell these two
 * languages apart in a line or two, and a message that is neither reads as English, as it did
 * before Spanish was read.
 */

/** A language the paste reader reads. */
export type PasteLanguage = 'en' | 'es';

// Words common in one language and rare in the other. Left out: words both share ("me", "no",
// "a"). "La", "el" and "del" also sit in English names ("Del Monte"), but an English message
// holds many more English words than that.
const SPANISH = new Set(
  (
    'de la el del que en y los las por para con una un se su sus es te le lo tu nos muy gracias hola ' +
    'saludos pero como cuando puedas puede usted ustedes este esta estamos tienes tiene si ya ' +
    'al o mas pues buenas buenos dias tardes soy habla llamo queremos nos gustaria sobre tambien ' +
    'q xq pq tb tmb porfa xfa vos sr sra estimado estimada atentamente cordial un ' +
    'seria hacer donde quedo quedamos favor entrevista proceso equipo empresa puesto'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the and to of you your we is for in on it be with this that are have will i my hi ' +
    'thanks would could can just our they from at as about an if or was were do did so all ' +
    'hello dear regards best please let know interview team role call'
  ).split(' '),
);

/** How much of a text is looked at: enough to tell, and cheap on 100 KB. */
const SAMPLE = 3000;

/**
 * `'es'` when a text's small words are plainly Spanish, else `'en'`. Example:
 * `detectLanguage('Hola, ¿me puedes mandar tu currículum?')` is `'es'`.
 */
export function detectLanguage(text: string): PasteLanguage {
  const head = text.slice(0, SAMPLE).toLowerCase();
  const sample = foldAccents(head);
  // "¿", "¡" and "ñ" are Spanish; "á", "í", "ó", "ú" nearly so ("é" is also in "résumé").
  let spanish = (/[¿¡ñ]/.test(head) ? 2 : 0) + (/[áíóú]/.test(head) ? 1 : 0);
  let english = 0;
  for (const word of sample.match(/[a-z]+/g) ?? []) {
    if (SPANISH.has(word)) spanish += 1;
    else if (ENGLISH.has(word)) english += 1;
  }
  return spanish >= 2 && spanish > english ? 'es' : 'en';
}

const LATIN = /[\u00c0-\u024f]/g;

/**
 * The text with the accents of Latin letters taken off ("remuneración" → "remuneracion",
 * "año" → "ano"), one character for one, so that every position stays where it was.
 */
export function foldAccents(text: string): string {
  return text.replace(LATIN, (c) => c.normalize('NFD')[0] ?? c);
}
