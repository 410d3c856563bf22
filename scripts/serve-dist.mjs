/**
 * A small static server for the built app, as a real host would serve it: gzip when the
 * browser accepts it, the security headers the README recommends, and index.html for `/`.
 * Used by the browser tests, Lighthouse and the perf script. Loopback only.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The response headers a host should add (see README, "Hosting"). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Starts serving `root` on 127.0.0.1 at `port` (0 picks a free one).
 * Resolves to { url, close }.
 */
export async function serveDist({ root = 'dist', port = 0 } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' };
      const gzip =
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
      response.writeHead(
        200,
        gzip ? { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : headers,
      );
      response.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    close: () => new Promise((done) => server.close(() => done(undefined))),
    stop: () => server.closeAllConnections(),
  };
}

// `node scripts/serve-dist.mjs [port]` serves until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDist({ port: Number(process.argv[2] ?? 4173) });
  console.log(`Serving dist/ at ${url}/`);
}
