/**
 * The web manifest: the installed app's name, colors and icons. English is the plugin's own
 * manifest.webmanifest (vite.config.ts); every other language gets `manifest-<code>.webmanifest`
 * (scripts/first-paint-plugin.ts), the same but for its words, which the boot script links to
 * when it picks that language (src/app/boot.ts).
 */
import type { Language } from '../src/domain/core.ts';
import type { manifestMessages } from '../src/ui/messages/page.ts';

/** A language's manifest words, typed from the English ones. */
export type ManifestWords = { [Key in keyof typeof manifestMessages]: string };

/** Where a language's manifest is served. Example: `'/manifest-es.webmanifest'`. */
export function manifestFile(code: Language): string {
  return code === 'en' ? '/manifest.webmanifest' : `/manifest-${code}.webmanifest`;
}

/** The manifest in one language. */
export function webManifest(code: Language, words: ManifestWords) {
  return {
    name: words.name,
    short_name: 'Callback',
    description: words.description,
    lang: code,
    // One app whatever the language (its id stays what it was when start_url was '/'), and it
    // opens in the language it was installed in, whatever the browser's.
    id: '/',
    start_url: `/?lang=${code}`,
    scope: '/',
    display: 'standalone' as const,
    background_color: '#f7f6f2',
    theme_color: '#1d4e89',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
