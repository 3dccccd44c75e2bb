import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture';

/** Every search file of a build (Pagefind's index and the site's word files), by path, with a digest of its bytes. */
function searchFiles(outDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(join(outDir, dir))) {
      const path = join(dir, name);
      if (statSync(join(outDir, path)).isDirectory()) walk(path);
      else if (!path.endsWith('.html'))
        files[path] = createHash('sha256')
          .update(readFileSync(join(outDir, path)))
          .digest('hex');
    }
  };
  walk('pagefind');
  walk('search');
  return files;
}

/** The text of every page Pagefind indexed. */
function indexedText(outDir: string): string {
  const dir = join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir)
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'))
    .join('\n');
}

// A warm build whose article pages, synonyms and search code are unchanged keeps the last search index
// (scripts/build.mjs sets it aside; src/build/pagefind.ts moves it back); any change indexes again.
describe('the search index of an unchanged site is kept, not rebuilt', { timeout: 240_000 }, () => {
  it('keeps it when nothing changed, and indexes again after an article or the synonyms change', async () => {
    const env = { HELPCENTER_NO_BROWSER: '1' };
    const first = await buildFixture(undefined, { env });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/\[helpcenter:search\] Indexed \d+ pages/);
    const before = searchFiles(first.outDir);
    expect(Object.keys(before).length).toBeGreaterThan(100);

    const again = await buildFixture(undefined, { env, again: first });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('[helpcenter:search] Search index unchanged since the last build');
    expect(searchFiles(again.outDir)).toEqual(before);

    const article = readdirSync(join(first.contentDir, 'articles')).find((name) => name.endsWith('.mdx'))!;
    appendFileSync(join(first.contentDir, 'articles', article), '\nA zanzibarian sentence only this build has.\n');
    const edited = await buildFixture(undefined, { env, again: first });
    expect(edited.status, edited.output).toBe(0);
    expect(edited.output).toMatch(/\[helpcenter:search\] Indexed \d+ pages/);
    expect(indexedText(edited.outDir)).toContain('zanzibarian');

    const editedSynonyms = searchFiles(edited.outDir)['search/synonyms.json'];
    writeFileSync(join(first.contentDir, 'synonyms.json'), JSON.stringify([['zanzibarian', 'sentence']]));
    const withSynonyms = await buildFixture(undefined, { env, again: first });
    expect(withSynonyms.status, withSynonyms.output).toBe(0);
    expect(withSynonyms.output).toMatch(/\[helpcenter:search\] Indexed \d+ pages/);
    expect(searchFiles(withSynonyms.outDir)['search/synonyms.json']).not.toBe(editedSynonyms);
  });
});
