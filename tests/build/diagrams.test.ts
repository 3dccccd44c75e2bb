import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-fixture';

const page = (build: FixtureBuild) => readFileSync(join(build.outDir, 'articles', 'extra', 'index.html'), 'utf8');
const cacheFiles = (build: FixtureBuild) => readdirSync(join(build.contentDir, '.diagrams')).sort();
const realCache = () => readdirSync(join(import.meta.dirname, '..', '..', 'content', '.diagrams')).sort();
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const NO_BROWSER = { CHROMIUM_PATH: '/nonexistent' };

// Sequential: concurrent Astro builds in one project share its .astro/ folder.
describe('building articles with Mermaid diagrams', { timeout: 120_000 }, () => {
  let flowchart: FixtureBuild;

  it('turns a flowchart fence into a captioned figure with light and dark SVGs, a text version and no script', async () => {
    const before = realCache();
    flowchart = await buildFixture('diagrams/valid-flowchart');
    expect(flowchart.output).not.toMatch(/error/i);
    expect(flowchart.status).toBe(0);
    const html = page(flowchart);
    const figure = /<figure class="diagram"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure.match(/<svg /g)).toHaveLength(2);
    expect(figure).toContain('<svg id="diagram-1-light" class="diagram-light"');
    expect(figure).toContain('<svg id="diagram-1-dark" class="diagram-dark"');
    for (const svg of figure.match(/<svg [^>]*>/g)!) {
      expect(svg).toMatch(
        /role="img" aria-labelledby="chart-title-diagram-1-(light|dark)" aria-describedby="chart-desc-diagram-1-\1" data-pagefind-ignore/,
      );
    }
    expect(figure).toContain('<title id="chart-title-diagram-1-light">How a call reaches your team</title>');
    expect(figure).toContain('<figcaption id="diagram-1-caption">How a call reaches your team</figcaption>');
    // The text version sits outside the ignored SVGs, so search indexes it.
    expect(figure).toContain(
      '<details class="diagram-text"><summary>Diagram as text<span class="visually-hidden">: How a call reaches your team</span></summary><p>The IVR answers; the caller presses 1 for sales or 2 for support, and the call rings that team.</p>' +
        '<ol><li>IVR answers → Sales team (presses 1)</li><li>IVR answers → Support team (presses 2)</li></ol></details>',
    );
    expect(html).not.toMatch(/<script[^>]*mermaid/i);
    expect(new Set(ids(html)).size, 'ids are unique on the page').toBe(ids(html).length);
    expect(cacheFiles(flowchart)).toHaveLength(2);
    expect(realCache(), 'a fixture build never touches the real cache').toEqual(before);
  });

  it('rebuilds from a warm cache with no browser at all, byte for byte the same, pruning entries no article uses', async () => {
    const first = page(flowchart);
    const used = cacheFiles(flowchart);
    writeFileSync(join(flowchart.contentDir, '.diagrams', `${'0'.repeat(64)}.json`), '{}\n');
    const again = await buildFixture('diagrams/valid-flowchart', { again: flowchart, env: NO_BROWSER });
    expect(again.status).toBe(0);
    expect(page(again)).toBe(first);
    expect(cacheFiles(again)).toEqual(used);
    expect(again.output).toContain('pruned 1 unused diagram rendering(s) from content/.diagrams/');
  });

  it('fails a cold build with no browser, saying how to get Chromium', async () => {
    const build = await buildFixture('diagrams/valid-flowchart', { env: NO_BROWSER });
    expect(build.status).not.toBe(0);
    expect(build.hasOutput).toBe(false);
    expect(build.output).toContain(
      'content/articles/extra.mdx:12: this diagram is not in the diagram cache (content/.diagrams/) yet, and rendering it needs Chromium, which could not be started: ' +
        'CHROMIUM_PATH is set to "/nonexistent", which is not an executable file. Install it with `apt-get install -y chromium` (Debian/Ubuntu, as root), ' +
        'or point CHROMIUM_PATH at a Chrome or Chromium executable. Builds whose diagrams are all cached need no browser.',
    );
  });

  it('fails on invalid Mermaid with the article line and Mermaid’s own message', async () => {
    const build = await buildFixture('diagrams/invalid-syntax');
    expect(build.status).not.toBe(0);
    expect(build.hasOutput).toBe(false);
    expect(build.output).toContain(
      [
        '  ✗ content/articles/extra.mdx:16:1: Mermaid cannot parse this diagram (fix the diagram source (try it at https://mermaid.live) and build again. Mermaid says: Parse error on line 4:',
        '      ...  pay[Pay --> login[Log in]  login -->',
        '      ----------------------^',
        "      Expecting 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND', 'SUBROUTINEEND', 'PIPE', 'CYLINDEREND', 'DIAMOND_STOP', 'TAGEND', 'TRAPEND', 'INVTRAPEND', 'UNICODE_TEXT', 'TEXT', 'TAGSTART', got 'SQS'",
      ].join('\n'),
    );
  });

  it('fails on a diagram without accDescr, saying how to add one', async () => {
    const build = await buildFixture('diagrams/missing-description');
    expect(build.status).not.toBe(0);
    expect(build.hasOutput).toBe(false);
    expect(build.output).toContain(
      // The content lint, which runs before the build, is the first to catch it.
      'content/articles/extra.mdx:12:1: mermaid diagram has no accDescr ' +
        '(add "accDescr: one or two sentences saying what it shows" below the diagram type line)',
    );
  });

  it('lists the diagram problems of every article, then fails once with the count', async () => {
    const build = await buildFixture('diagrams/several-problems');
    expect(build.status).not.toBe(0);
    expect(build.hasOutput).toBe(false);
    expect(build.output).toContain('2 content problems found; fix them and build again:\n  ✗ content/articles/extra.mdx:');
    expect(build.output).toMatch(/\n {2}✗ content\/articles\/extra\.mdx:1\d:1: Mermaid cannot parse this diagram \(/);
    expect(build.output).toContain('\n  ✗ content/articles/more.mdx:16:1: Mermaid cannot parse this diagram (');
  });

  it('renders a sequence diagram and lists its messages as the text version', async () => {
    const build = await buildFixture('diagrams/sequence');
    expect(build.status).toBe(0);
    const html = page(build);
    expect(html).toContain('<figcaption id="diagram-1-caption">Paying a bill</figcaption>');
    expect(html).toContain('<p>You pay on the billing page, MyOperator confirms the payment and emails you a receipt.</p>');
    expect(html).toContain(
      '<ol><li>You → MyOperator: Pay the bill</li><li>MyOperator → You: Payment confirmed</li><li>MyOperator → You: Receipt by email</li></ol>',
    );
    // Mermaid's unused icons (one with a path Chromium logs as an error) are not shipped.
    expect(html).not.toContain('<symbol');
  });

  it('gives two diagrams in one article (and their two themes) ids that never collide', async () => {
    const build = await buildFixture('diagrams/two-diagrams');
    expect(build.status).toBe(0);
    const html = page(build);
    expect(html.match(/<figure class="diagram"/g)).toHaveLength(2);
    expect(html.match(/<svg id="diagram-\d-(light|dark)"/g)).toEqual([
      '<svg id="diagram-1-light"',
      '<svg id="diagram-1-dark"',
      '<svg id="diagram-2-light"',
      '<svg id="diagram-2-dark"',
    ]);
    expect(new Set(ids(html)).size).toBe(ids(html).length);
    expect(html).toContain('<ol><li>Manage</li><li>Design Callflow</li><li>Add the IVR</li></ol>');
    expect(html).toContain('<ol><li>Save</li><li>Publish</li><li>Published</li></ol>');
    expect(cacheFiles(build)).toHaveLength(4);
  });
});
