import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module without types, shared with the scripts.
import { serveDist } from '../../scripts/serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the production build for the whole suite, and stops it afterwards. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('No build in dist/: run `npm run build` first.');
  const server = (await serveDist({ root: 'dist', port: 0 })) as {
    url: string;
    close: () => Promise<void>;
    stop: () => void;
  };
  project.provide('baseURL', server.url);
  return async () => {
    server.stop();
    await server.close();
  };
}
