import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';

const baseURL = inject('baseURL');
const html = readFileSync('dist/index.html', 'utf8');

function policy(): Map<string, string[]> {
  const content =
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the built page’s Content-Security-Policy', () => {
  it('is strict: nothing but the app’s own files, no inline code but what it names by hash', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    // Forms submit only to the app itself: the first question works without JavaScript.
    expect(csp.get('form-action')).toEqual(["'self'"]);
    // Script addresses only through the boot script's one Trusted Types policy.
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(csp.get('trusted-types')).toEqual(['default']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    for (const name of ['connect-src', 'manifest-src', 'worker-src'])
      expect(csp.get(name)).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      const values = csp.get(name) ?? [];
      expect(values[0]).toBe("'self'");
      expect(values.slice(1).every((v) => v.startsWith("'sha256-"))).toBe(true);
    }
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('allows exactly the inline script and style the page holds, by their hashes', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha(m[1]!));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]!));
    // The page holds both languages' first question, so these checks cover the Spanish one too.
    expect(html).toContain('<template id="first-page-es">');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy().get('script-src')?.slice(1)).toEqual(scripts);
    expect(policy().get('style-src')?.slice(1)).toEqual(styles);
    // No inline event handlers or style attributes, which hashes do not cover.
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  // A Spanish browser and a Spanish link get the same page, with the same headers.
  it.each([
    ['an English browser', '/', 'en-US,en'],
    ['a Spanish browser', '/', 'es-ES,es'],
    ['a Spanish link', '/?lang=es', 'en-US,en'],
  ])(
    'is served with the headers the README asks hosts to add, to %s',
    async (_who, path, language) => {
      const response = await fetch(`${baseURL}${path}`, {
        headers: { 'accept-language': language },
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect(response.headers.get('set-cookie')).toBeNull();
    },
  );
});
