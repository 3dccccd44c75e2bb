// `npm run build`: builds the site with Astro, and its search index (Pagefind) as soon as
// Astro has written the article pages (src/build/search-start.ts), while Astro writes the
// files that go with them. If either step fails, the output folder is removed, so a
// half-built site can never be served or deployed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { binPath, NO_TELEMETRY, root } from './paths.mjs';
import './typescript-imports.mjs';
import { PAGES_FINAL } from '../src/build/search-start.ts';

const outDir = process.env.HELPCENTER_OUT ?? 'dist';
const contentDir = process.env.HELPCENTER_CONTENT ?? 'content';
if (!process.env.SITE_URL) {
  console.warn(
    'SITE_URL is not set, so canonical URLs, short links and the sitemap point at http://localhost:4321. ' +
      'For a deploy, build with SITE_URL=https://your-help-site (and BASE_PATH=/sub-path/ if it lives under one).',
  );
}

function fail(message) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(previousSearch, { recursive: true, force: true });
  if (message) console.error(message);
  console.error(
    `\nThe build failed, so ${outDir}/ was removed: nothing half-built can be served. Fix the problems above and run the build again.`,
  );
  process.exit(1);
}

// Astro empties the output folder before it builds, one file at a time (2.4 s for a
// 1,000-article site). Instead the old output is moved aside and deleted while Astro builds.
// The old search files are kept apart: when the article pages, synonyms and search code are the
// same as last time, the search step moves them back instead of indexing again.
const trashPrefix = `${basename(outDir)}.old-`;
const trash = [];
const previousSearch = join(dirname(outDir), `${trashPrefix}search-${process.pid}`);
if (existsSync(outDir)) {
  const aside = join(dirname(outDir), `${trashPrefix}${process.pid}`);
  renameSync(outDir, aside);
  mkdirSync(previousSearch, { recursive: true });
  for (const name of ['pagefind', 'search']) {
    if (existsSync(join(aside, name))) renameSync(join(aside, name), join(previousSearch, name));
  }
  trash.push(aside);
}
for (const name of existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : []) {
  const path = join(dirname(outDir), name);
  if (name.startsWith(trashPrefix) && !trash.includes(path) && path !== previousSearch) trash.push(path);
}
const emptying = Promise.all(trash.map((path) => rm(path, { recursive: true, force: true })));

// The search step's code loads while Astro builds: with Node (see typescript-imports.mjs), or through
// Vite if Node cannot load it. Node keeps what it compiled for the next build, as Astro's own command
// does (not in CI, where the next build starts afresh).
if (!process.env.CI) module.enableCompileCache?.();
const searchStep = import('../src/build/pagefind.ts').catch(() =>
  import('vite').then(({ runnerImport }) =>
    runnerImport('/src/build/pagefind.ts', { root, configFile: false, logLevel: 'error' }).then(({ module }) => module),
  ),
);
searchStep.catch(() => {}); // Reported below, if the build gets that far.

/** The search index, started once: when Astro says its pages are final, or else once it has exited. */
let indexing;
const indexSearch = () => {
  indexing ??= searchStep.then((module) => module.buildSearchIndex({ outDir, contentDir, previous: previousSearch }));
  indexing.catch(() => {}); // Reported below, once Astro has finished.
  return indexing;
};

const typescriptImports = pathToFileURL(join(root, 'scripts', 'typescript-imports.mjs')).href;
const astro = spawn(binPath('node'), ['--import', typescriptImports, binPath('astro'), 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, ...NO_TELEMETRY },
});
// Pagefind indexes while Astro writes its last files, except on a large site: there Astro's process holds
// most of its memory at that point (1.75 GB at 5,000 articles) and the two would pass 2 GB together, so
// the index waits for Astro to exit (a few seconds later).
const OVERLAP_UP_TO_ARTICLES = 3000;
// Loaded once the hooks of typescript-imports.mjs are registered: its own imports have no extension.
const { isArticleFileName } = await import('../src/content/article-source.ts');
const articleCount = existsSync(join(contentDir, 'articles'))
  ? readdirSync(join(contentDir, 'articles')).filter(isArticleFileName).length
  : 0;
astro.on('message', (message) => {
  if (message === PAGES_FINAL && articleCount <= OVERLAP_UP_TO_ARTICLES) indexSearch();
});
const status = await new Promise((resolve) => {
  astro.on('error', (error) => resolve(`Could not start Astro: ${error.message}. Run \`npm install\` first.`));
  astro.on('close', (code) => resolve(code));
});
await emptying;
if (status !== 0) {
  // Pagefind may be writing into the output folder: let it finish before the folder is removed.
  await indexing?.catch(() => {});
  fail(typeof status === 'string' ? status : undefined);
}

try {
  console.log(`[helpcenter:search] ${await indexSearch()}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
rmSync(previousSearch, { recursive: true, force: true });
