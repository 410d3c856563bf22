import { ESLint } from 'eslint';

const eslint = new ESLint();

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('one-way dependencies, enforced by lint', () => {
  it.each([
    ['src/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/domain/x.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/domain/x.ts', "import { x as y } from '../state/store.ts';\nexport const x = y;\n"],
    ['src/state/x.ts', "import { x as y } from '../ui/results.tsx';\nexport const x = y;\n"],
    ['src/state/x.ts', "import { x as y } from '../domain/classify.ts';\nexport const x = y;\n"],
    ['src/ui/x.ts', "import { x as y } from '../app/app.tsx';\nexport const x = y;\n"],
  ])('refuses %s importing the wrong way: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each([
    ['src/domain/x.ts', "import * as z from 'zod/mini';\nexport const x = z;\n"],
    [
      'src/state/x.ts',
      "import { classify } from '../domain/index.ts';\nexport const x = classify;\n",
    ],
    ['src/ui/x.ts', "import { classify } from '../domain/index.ts';\nexport const x = classify;\n"],
  ])('allows %s: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
