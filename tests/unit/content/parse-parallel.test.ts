import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSites } from '../../../scripts/bench/generate.mjs';
import { parseArticleFile } from '../../../src/content/article-source';
import { parseSource, parseSources } from '../../../src/content/parse-parallel';

const real = ['content/articles', 'content/articles/hi'].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(join(folder, name), 'utf8')),
);
const generated = Object.entries(generateSites({ count: 120, seed: 5 }).files)
  .filter(([path]) => path.startsWith('helpcenter/articles/') && path.endsWith('.mdx'))
  .map(([, text]) => text);
const BROKEN = '---\ntitle: "x"\n---\n\n<TaskTable\n  caption="never closed"\n\nText after.\n';

describe('parseSources', () => {
  it('gives the trees of one thread when a second thread parses part of them', () => {
    const sources = [...real, ...generated, BROKEN];
    expect(sources.length).toBeGreaterThan(130);
    const stats = { worker: 0 };
    const both = parseSources(sources, { threads: true, stats });
    expect(both).toHaveLength(sources.length);
    expect(stats.worker, 'articles the second thread parsed').toBeGreaterThan(0);
    sources.forEach((source, i) => {
      const here = parseSource(source);
      // A refused article comes back as the parser's words and place (its message object stays on the worker).
      if ('error' in here)
        expect(both[i], `article ${i}`).toEqual({
          error: expect.objectContaining({ reason: (here.error as Error & { reason: string }).reason }),
        });
      else expect(both[i], `article ${i}`).toEqual(here);
    });
  });

  it('reports MDX the parser refuses in the same words, whichever thread parsed it', () => {
    const [outcome] = parseSources([BROKEN, ...generated], { threads: true });
    const adopted = parseArticleFile('content/articles/broken.mdx', BROKEN);
    adopted.adoptTree(outcome!);
    const local = parseArticleFile('content/articles/broken.mdx', BROKEN);
    expect(adopted.syntaxProblem).toEqual(local.syntaxProblem);
    expect(local.syntaxProblem).toMatchObject({
      line: 8,
      column: 11,
      message: expect.stringMatching(/^the MDX cannot be parsed: Unexpected character/),
    });
  });
});
