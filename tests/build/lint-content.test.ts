import { describe, expect, it } from 'vitest';
import { EVERYTHING_AT_ONCE } from './everything-at-once';
import { fixtureContent, runScript } from './run-script';

describe('npm run lint:content', { timeout: 60_000 }, () => {
  it('passes a folder of clean articles', async () => {
    const run = await runScript('lint-content', fixtureContent());
    expect(run.output).toContain('Content lint: no problems');
    expect(run.status).toBe(0);
  });

  it('prints every problem as file:line:column: message (fix), then the count, and exits non-zero', async () => {
    const run = await runScript('lint-content', fixtureContent('lint-several'));
    expect(run.output.trim()).toMatchInlineSnapshot(`
      "4 content problems found; fix them and run again:
        ✗ content/articles/extra.mdx:6:23: keywords[1] "call-flow" is the same tag ("call-flow") as keywords[0] "Call flow" (remove one of them; case, spaces and punctuation do not make a different tag)
        ✗ content/articles/extra.mdx:8:5: sources[0] "https//support.myoperator.com/portal" is not a URL (copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…)
        ✗ content/articles/extra.mdx:14:1: heading level skips from ## to #### (use ### here, or add the missing level above it)
        ✗ content/articles/extra.mdx:16:1: image "/screenshot.png" has no alt text (describe what the image shows inside the brackets: ![Compliance page with the Upload button](…))"
    `);
    expect(run.status).toBe(1);
  });

  it('reports everything the build would reject: schema, components and ids shared between articles, in one run', async () => {
    const run = await runScript('lint-content', fixtureContent('everything-at-once'));
    for (const line of EVERYTHING_AT_ONCE) expect(run.output).toContain(line);
    expect(run.status).toBe(1);
  });
});
