import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-fixture';

const hasStrace = spawnSync('strace', ['-V']).status === 0;

/** How many times the build opened each article file, from an strace log of `openat` calls. */
function opensPerArticle(log: string, contentDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of readdirSync(join(contentDir, 'articles'))) counts.set(name, 0);
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    // Under load strace splits a call across two lines ("<unfinished ...>", then "<... openat resumed> = 5"); the path is on the first.
    const match = /openat\([^"]*"([^"]+)".*(= \d+|<unfinished \.\.\.>)$/.exec(line);
    const name = match?.[1]?.startsWith(join(contentDir, 'articles') + '/') ? match[1].slice(contentDir.length + 10) : undefined;
    if (name && counts.has(name)) counts.set(name, counts.get(name)! + 1);
  }
  return counts;
}

// The content reader (src/content/articles.ts) is the only code that opens an article; a second reader shows up here.
describe.skipIf(!hasStrace)('a build reads each article file once', { timeout: 180_000 }, () => {
  it('opens every article exactly once, cold and warm', async () => {
    let first: FixtureBuild | undefined;
    for (const run of ['cold', 'warm']) {
      const log = join(mkdtempSync(join(tmpdir(), 'helpcenter-strace-')), 'openat.log');
      const build: FixtureBuild = await buildFixture(undefined, {
        wrap: ['strace', '-f', '-qq', '-e', 'trace=openat', '-o', log],
        env: { HELPCENTER_NO_BROWSER: '1' },
        ...(first ? { again: first } : {}),
      });
      expect(build.status, build.output).toBe(0);
      first ??= build;
      const counts = opensPerArticle(log, build.contentDir);
      expect(counts.size).toBeGreaterThan(0);
      expect(Object.fromEntries(counts), `${run} build`).toEqual(Object.fromEntries([...counts.keys()].map((name) => [name, 1])));
    }
  });
});
