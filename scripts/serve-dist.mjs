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
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    close: () => new Promise((done) => server.close(() => done(undefined))),
    stop: () => server.closeAllConnections(),
  };
}

/** The port `npm run serve` uses when it is given none. */
export const DEFAULT_PORT = 4173;

/**
 * The port asked for: the first argument (`npm run serve -- 4300`), else `PORT`, else 4173.
 * Example: `servePort(['4300'], {})` is `4300`. Throws a RangeError, in words to show as they
 * are, for anything but a whole number from 0 to 65535 (0 picks a free one).
 */
export function servePort(args, env) {
  const given = args[0] ?? (env.PORT || String(DEFAULT_PORT));
  const port = Number(given);
  if (!/^\d+$/.test(given) || port > 65535) {
    throw new RangeError(
      `"${given}" is not a port. Give a whole number from 0 to 65535, like 4300.`,
    );
  }
  return port;
}

// `node scripts/serve-dist.mjs [port]` (or `PORT=4300 node scripts/serve-dist.mjs`) serves
// until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const port = servePort(process.argv.slice(2), process.env);
    const { url } = await serveDist({ port }).catch((error) => {
      // A port already taken is the usual stumble: say so plainly, without a stack trace.
      if (error?.code !== 'EADDRINUSE') throw error;
      throw new Error(`Port ${port} is already in use. Try another: npm run serve -- 4300`);
    });
    console.log(`Serving dist/ at ${url}/`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
