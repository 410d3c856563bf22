import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { language } from '../../scripts/language-plugin.ts';

/** A module of its own that imports the app's frame words, as a component does. */
const folder = mkdtempSync(join(tmpdir(), 'callback-language-'));
const entry = join(folder, 'uses-frame.ts');
writeFileSync(
  entry,
  `export { frameMessages } from ${JSON.stringify(resolve('src/ui/messages/frame.ts'))};\n`,
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The code that module builds to, in a language. */
async function frameWordsIn(code: 'en' | 'es'): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [language(code)],
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'frame' },
      rollupOptions: { external: () => false },
    },
  })) as Rolldown.RolldownOutput[];
  return output[0]!.output.map((file) => (file.type === 'chunk' ? file.code : '')).join('');
}

describe('the language plugin', () => {
  it('builds the Spanish twin of a module that has one, and leaves English alone', async () => {
    const spanish = await frameWordsIn('es');
    expect(spanish).toContain('Saltar al contenido principal');
    expect(spanish).not.toContain('Skip to main content');
    const english = await frameWordsIn('en');
    expect(english).toContain('Skip to main content');
    expect(english).not.toContain('Saltar al contenido principal');
  });
});
