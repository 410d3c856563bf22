import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
// @ts-expect-error: a plain .mjs script, with no types of its own.
import { DEFAULT_PORT, servePort } from '../../scripts/serve-dist.mjs';

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Runs `node scripts/serve-dist.mjs ...args` as `npm run serve -- ...args` does. Resolves with
 * what it printed once it serves (then stops it), or once it has stopped by itself, with its
 * exit code.
 */
function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/serve-dist.mjs', ...args], {
    env: { ...process.env, PORT: '', ...env },
  });
  return new Promise<{ said: string; code: number | null }>((done) => {
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => (said += String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      said += String(chunk);
      if (said.includes('\n')) {
        child.kill();
        done({ said: said.trim(), code: null });
      }
    });
    child.on('exit', (code) => done({ said: said.trim(), code }));
  });
}

describe('npm run serve', () => {
  it('serves on the port given after --', async () => {
    const port = await freePort();
    const { said } = await serve([String(port)]);
    expect(said).toBe(`Serving dist/ at http://127.0.0.1:${port}/`);
  });

  it('serves on PORT when no port is given', async () => {
    const port = await freePort();
    const { said } = await serve([], { PORT: String(port) });
    expect(said).toBe(`Serving dist/ at http://127.0.0.1:${port}/`);
  });

  it('says plainly when a port is not a number, and stops', async () => {
    const { said, code } = await serve(['43OO']);
    expect(said).toBe('"43OO" is not a port. Give a whole number from 0 to 65535, like 4300.');
    expect(code).toBe(1);
  });

  it('says plainly when the port is already in use, and stops', async () => {
    const port = await freePort();
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(port, '127.0.0.1', done));
    try {
      const { said, code } = await serve([String(port)]);
      expect(said).toBe(`Port ${port} is already in use. Try another: npm run serve -- 4300`);
      expect(code).toBe(1);
    } finally {
      await new Promise((done) => taken.close(done));
    }
  });

  it.each([
    [[], {}, DEFAULT_PORT],
    [[], { PORT: '' }, 4173],
    [['4300'], { PORT: '5000' }, 4300],
    [['0'], {}, 0],
  ])('reads %j with %j as port %i', (args, env, port) => {
    expect(servePort(args, env)).toBe(port);
  });

  it.each(['-1', '65536', '4.5', 'abc', ''])('refuses %j as a port', (given) => {
    expect(() => servePort([given], {})).toThrow(RangeError);
  });
});
