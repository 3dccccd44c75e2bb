import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm run build` has Node itself load astro.config.mjs (with the integrations it imports) and the search
// step, through scripts/typescript-imports.mjs. Where Node cannot (an enum, a parameter property, an
// import it cannot resolve), Astro and the build quietly load them through Vite instead, about half a
// second slower per build: this test is what says so.
describe('the build code loads in Node without Vite', () => {
  it('loads astro.config.mjs, which shares its content collections with the content config, and the search step', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        './scripts/typescript-imports.mjs',
        '--input-type=module',
        '--eval',
        "const config = await import('./astro.config.mjs'); const search = await import('./src/build/pagefind.ts');" +
          // The content config takes the config's collections (src/content/shared-collections.ts).
          "const loader = globalThis[Symbol.for('helpcenter.content-collections')];" +
          'console.log(config.default.integrations.length, typeof search.buildSearchIndex, typeof loader);',
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+ function function$/);
  });
});
