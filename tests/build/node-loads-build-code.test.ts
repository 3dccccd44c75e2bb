import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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

  it('loads each module of the build on its own, so none works only when another was loaded first (an import cycle)', () => {
    const files = ['src/build', 'src/content', 'src/lint', 'src/render'].flatMap((folder) =>
      readdirSync(folder)
        // The parse worker runs only as a worker, handed its articles.
        .filter((name) => name.endsWith('.ts') && name !== 'parse-worker.ts')
        .map((name) => `${folder}/${name}`),
    );
    // Each in a worker of its own (a module cache of its own), four at a time; prints the modules that fail.
    const script = `
      import { Worker } from 'node:worker_threads';
      import { pathToFileURL } from 'node:url';
      const hooks = pathToFileURL('scripts/typescript-imports.mjs').href;
      const code = new URL('data:text/javascript,' + encodeURIComponent(
        "import { workerData } from 'node:worker_threads'; await import(workerData.hooks); await import(workerData.module);",
      ));
      const failures = [];
      const load = (file) => new Promise((resolve) => {
        const worker = new Worker(code, { workerData: { hooks, module: pathToFileURL(file).href } });
        worker.on('error', (error) => failures.push(file + ': ' + error.message));
        worker.on('exit', resolve);
      });
      const files = ${JSON.stringify(files)};
      for (let i = 0; i < files.length; i += 4) await Promise.all(files.slice(i, i + 4).map(load));
      console.log(failures.join('\\n'));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(files.length).toBeGreaterThan(60);
    expect(run.stdout.trim(), 'modules that fail to load on their own').toBe('');
  }, 60_000);
});
