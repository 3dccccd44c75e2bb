import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, buildRealContent, type FixtureBuild } from './build-fixture';

const hasStrace = spawnSync('strace', ['-V']).status === 0;

/** How many times the build opened each article file (translations in `<lang>/` too), from an strace log of `openat` calls. */
function opensPerArticle(log: string, contentDir: string): Map<string, number> {
  const folder = join(resolve(contentDir), 'articles');
  const counts = new Map<string, number>();
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) if (name.endsWith('.mdx')) counts.set(name, 0);
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    // Under load strace splits a call across two lines ("<unfinished ...>", then "<... openat resumed> = 5"); the path is on the first.
    const match = /openat\([^"]*"([^"]+)".*(= \d+|<unfinished \.\.\.>)$/.exec(line);
    const path = match?.[1] && resolve(match[1]);
    const name = path?.startsWith(folder + '/') ? path.slice(folder.length + 1) : undefined;
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

  it('opens every article and every translation exactly once in a site with two languages', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'helpcenter-strace-')), 'openat.log');
    const build = await buildRealContent({
      wrap: ['strace', '-f', '-qq', '-e', 'trace=openat', '-o', log],
      env: { HELPCENTER_NO_BROWSER: '1' },
    });
    expect(build.status, build.output).toBe(0);
    const counts = opensPerArticle(log, build.contentDir);
    expect([...counts.keys()].some((name) => name.startsWith('hi/'))).toBe(true);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries([...counts.keys()].map((name) => [name, 1])));
  });
});
