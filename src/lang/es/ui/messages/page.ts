import type {
  manifestMessages as englishManifest,
  pageMessages as englishPage,
} from '../../../../ui/messages/page.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/page.ts (docs/decisions/008). */

/** The page as the browser and search engines see it before the app runs. */
export const pageMessages = {
  title: 'Callback: ¿qué quería decir esa llamada?',
  description:
    '¿Le llamaron de Recursos Humanos después de la entrevista? Vea qué significa probablemente la llamada y prepárese para devolverla. Es privado: nada de lo que escribe se envía a ningún sitio.',
  noscript:
    'Callback necesita JavaScript para mostrar la siguiente pregunta y averiguar qué significa la llamada. Cuando pulse Continuar, su respuesta se guarda en el enlace de la barra de direcciones: active JavaScript en esta página y vuelva a cargarla para seguir desde ahí.',
} as const satisfies Translated<typeof englishPage>;

/** The web manifest's words: the app as the device shows it once installed. */
export const manifestMessages = {
  name: 'Callback: ¿qué quería decir esa llamada?',
  description:
    '¿Le llamaron de Recursos Humanos después de la entrevista? Vea qué significa probablemente la llamada y prepárese para devolverla.',
} as const satisfies Translated<typeof englishManifest>;
