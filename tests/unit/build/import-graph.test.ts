import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateFiles, localImports } from '../../../src/build/import-graph';
import { codeDigest, codeFiles } from '../../../src/build/source-digest';

describe('localImports', () => {
  it('finds relative imports, re-exports, dynamic imports and files loaded by URL; not packages', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b/index.ts';",
      "export { c } from './c.js';",
      "const d = await import('./d');",
      "const page = new URL('./page.js', import.meta.url);",
      "import { unified } from 'unified';",
      "import './side-effect';",
    ].join('\n');
    expect(localImports(source)).toEqual(['./a', '../b/index.ts', './c.js', './d', './side-effect', './page.js']);
  });

  it('tries the specifier as written, then with module extensions and as a folder', () => {
    expect(candidateFiles('/x/a')).toEqual(['/x/a', '/x/a.ts', '/x/a.js', '/x/a.mjs', '/x/a/index.ts', '/x/a/index.js']);
  });
});

describe('codeDigest', () => {
  it('follows the import graph, so a change in an imported file changes the digest and an unrelated one does not', () => {
    const root = mkdtempSync(join(tmpdir(), 'helpcenter-graph-'));
    writeFileSync(join(root, 'entry.ts'), "import { b } from './b';\nexport const a = b;\n");
    writeFileSync(join(root, 'b.ts'), "export const b = new URL('./page.js', import.meta.url);\n");
    writeFileSync(join(root, 'page.js'), 'window.x = 1;\n');
    writeFileSync(join(root, 'unrelated.ts'), 'export const u = 1;\n');
    expect(codeFiles(root, ['entry.ts']).map((f) => f.slice(root.length + 1))).toEqual(['b.ts', 'entry.ts', 'page.js']);
    const before = codeDigest(root, ['entry.ts']);
    writeFileSync(join(root, 'unrelated.ts'), 'export const u = 2;\n');
    expect(codeDigest(root, ['entry.ts'])).toBe(before);
    writeFileSync(join(root, 'page.js'), 'window.x = 2;\n');
    expect(codeDigest(root, ['entry.ts'])).not.toBe(before);
  });
});
