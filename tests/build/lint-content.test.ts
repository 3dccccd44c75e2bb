import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERYTHING_AT_ONCE, reportedProblems } from './everything-at-once';
import { fixtureContent, runScript } from './run-script';

/** A build cache folder of its own, as each fixture build has (`HELPCENTER_CACHE`). */
const freshCache = () => ({ HELPCENTER_CACHE: mkdtempSync(join(tmpdir(), 'helpcenter-lint-cache-')) });
const NO_BROWSER = { CHROMIUM_PATH: '/nonexistent' };

describe('npm run lint:content', { timeout: 60_000 }, () => {
  it('passes a folder of clean articles', async () => {
    const run = await runScript('lint-content', fixtureContent(), [], freshCache());
    expect(run.output).toContain('Content lint: no problems');
    expect(run.status).toBe(0);
  });

  it('prints every problem as file:line:column: message (fix), then the count, and exits non-zero', async () => {
    const run = await runScript('lint-content', fixtureContent('lint-several'), [], freshCache());
    expect(run.output.trim()).toMatchInlineSnapshot(`
      "4 content problems found; fix them and run again:
        ✗ content/articles/extra.mdx:6:23: keywords[1] "call-flow" is the same tag ("call-flow") as keywords[0] "Call flow" (remove one of them; case, spaces and punctuation do not make a different tag)
        ✗ content/articles/extra.mdx:8:5: sources[0] "https//support.myoperator.com/portal" is not a URL (copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…)
        ✗ content/articles/extra.mdx:14:1: heading level skips from ## to #### (use ### here, or add the missing level above it)
        ✗ content/articles/extra.mdx:16:1: image "/screenshot.png" has no alt text (describe what the image shows inside the brackets: ![Compliance page with the Upload button](…))"
    `);
    expect(run.status).toBe(1);
  });

  it('reports everything the build would reject in one run: schema, components, shared ids, missing media, broken anchors and diagrams', async () => {
    const run = await runScript('lint-content', fixtureContent('everything-at-once'), [], freshCache());
    for (const line of EVERYTHING_AT_ONCE) expect(run.output).toContain(line);
    expect(reportedProblems(run.output).filter((line) => line.startsWith('  ✗ '))).toHaveLength(9);
    expect(run.status).toBe(1);
  });

  it('a second run takes what rendering found from the build cache, and renders again only an article that changed', async () => {
    const content = fixtureContent('everything-at-once');
    const cache = freshCache();
    const first = await runScript('lint-content', content, [], cache);
    // The broken diagram is in no diagram cache: only the remembered findings let a run without a browser report it.
    const second = await runScript('lint-content', content, [], { ...cache, ...NO_BROWSER });
    expect(second.output).toBe(first.output);
    expect(second.status).toBe(1);

    const article = join(content, 'articles', 'ivr.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace('ivr-manu.png', 'ivr-menu.png'));
    const edited = await runScript('lint-content', content, [], { ...cache, ...NO_BROWSER });
    expect(edited.output).toContain(
      'content/articles/ivr.mdx:16: this diagram is not in the diagram cache (content/.diagrams/) yet, and rendering it needs Chromium, which could not be started: ' +
        'CHROMIUM_PATH is set to "/nonexistent", which is not an executable file. Install it with `apt-get install -y chromium`',
    );
    // The rest is still reported, and the article that could not be rendered is no longer said to be fine or broken.
    expect(edited.output).toContain('content/articles/extra.mdx:3:1: id 115 is not text');
    expect(edited.output).not.toContain('ivr-manu.png');
    expect(edited.status).toBe(2);
  });

  it('needs no browser for a diagram already in the diagram cache', async () => {
    const content = fixtureContent('diagrams/valid-flowchart');
    const drawn = await runScript('lint-content', content, [], freshCache());
    expect(drawn.output).toContain('Content lint: no problems');
    // A fresh build cache: the article is rendered again, its diagram comes from content/.diagrams/.
    const again = await runScript('lint-content', content, [], { ...freshCache(), ...NO_BROWSER });
    expect(again.output).toContain('Content lint: no problems');
    expect(again.status).toBe(0);
  });
});
