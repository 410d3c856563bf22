/**
 * One build per language (docs/decisions/008): in the build for a language other than English,
 * every import of an English module under src/ that has a twin in src/lang/<code>/ (the same
 * path from src/) resolves to the twin instead. Components keep importing
 * `../messages/frame.ts` and never know which language they have. The plugin also tells the
 * app which language it is (`import.meta.env.VITE_LANG`, read by src/ui/language.ts).
 * Example: in the Spanish build, `src/ui/messages/frame.ts` becomes
 * `src/lang/es/ui/messages/frame.ts`; a module with no twin stays English.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Language } from '../src/domain/core.ts';

/** The Vite plugin that builds the app in `language`: for English, nothing changes. */
export function language(code: Language, root = process.cwd()): Plugin {
  const src = resolve(root, 'src');
  const twins = join(src, 'lang', code);
  /** The twin of an English module, if it has one. Example: `…/src/lang/es/ui/messages/frame.ts`. */
  const twinOf = (file: string): string | undefined => {
    const path = relative(src, file);
    if (path.startsWith('..') || isAbsolute(path) || path.startsWith(join('lang', ''))) return;
    const twin = join(twins, path);
    return existsSync(twin) ? twin : undefined;
  };
  return {
    name: 'callback:language',
    enforce: 'pre',
    config: () =>
      code === 'en' ? undefined : { define: { 'import.meta.env.VITE_LANG': JSON.stringify(code) } },
    async resolveId(source, importer, options) {
      // A twin may import its English module (for its types, or to reuse a list): that one
      // import must reach the English file, not the twin itself.
      if (code === 'en' || !importer || importer.startsWith(twins)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const [file = '', query = ''] = resolved.id.split(/(?=\?)/);
      const twin = twinOf(file);
      return twin ? { ...resolved, id: twin + query } : resolved;
    },
  };
}
