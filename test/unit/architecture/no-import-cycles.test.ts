import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';

/**
 * No import circle anywhere in the app's code (issue 20): a module that imports, through others,
 * a module that imports it can be evaluated half-initialised (a `const` read before it is set),
 * and the rooms of ARCHITECTURE.md blur. dpdm walks every import from shared/, electron/ and
 * renderer/src. Type-only imports (`import type`, `import { type X }`) do not count: they are gone
 * at run time (dpdm's transform option erases them before the walk). Dynamic `import()`s count.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = ['shared/**/*.ts', 'electron/**/*.{ts,tsx}', 'renderer/src/**/*.{ts,tsx}'];

/** The run-time circles among these files, each as "a.ts -> b.ts -> a.ts" (relative to cwd). */
async function importCircles(entries: string[], cwd: string, tsconfig?: string): Promise<string[]> {
  const circles = async (transform: boolean) =>
    parseCircular(await parseDependencyTree(entries, { cwd, context: cwd, tsconfig, transform, skipDynamicImports: false }));
  // Erasing the type-only imports (a TypeScript transpile of every file) takes twice as long as
  // reading the imports as written, and only removes edges: no circle with them, none without.
  if ((await circles(false)).length === 0) return [];
  return (await circles(true)).map((circle) => [...circle, circle[0]].join(' -> '));
}

describe('imports', () => {
  it('form no circle in shared/, electron/ or renderer/src', { timeout: 60_000 }, async () => {
    const circles = await importCircles(sources, root, join(root, 'renderer/tsconfig.json'));
    expect(circles, `Import circles (break each: move what both sides need into a module of its own):\n${circles.join('\n')}`).toEqual([]);
  });

  describe('the check itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-cycles-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (files: Record<string, string>) => {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    };

    it('names a run-time circle, through a dynamic import too', async () => {
      write({
        'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'b.ts': "export const b = async () => (await import('./a')).a;\n",
      });
      expect(await importCircles(['a.ts', 'b.ts'], dir)).toEqual(['a.ts -> b.ts -> a.ts']);
    });

    it('ignores a circle of type-only imports', async () => {
      write({
        'c.ts': "import type { D } from './d';\nexport interface C { d: D }\nexport const c = 1;\n",
        'd.ts': "import { type C } from './c';\nexport interface D { c?: C }\n",
      });
      expect(await importCircles(['c.ts', 'd.ts'], dir)).toEqual([]);
    });
  });
});
