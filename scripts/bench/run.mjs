// `npm run bench [-- --sizes 100,1000] [--sites ours,starlight] [--seed 1] [--repeat 3] [--no-lighthouse] [--no-real] [--name results] [--keep]`
// Builds N generated articles with this site and with Starlight, alternating on
// the same machine in the same run, and compares build time, memory, page weight
// and search cost. Writes bench/results.json and bench/results.md (the README links to them).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { root } from '../paths.mjs';
import { generateSites } from './generate.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { folderWireBytes, listFiles, median, pageWeight, searchWeight, serve, timedRun, wireBytes } from './measure.mjs';
import { renderMarkdown } from './report.mjs';

const benchDir = import.meta.dirname;
const workDir = join(benchDir, '.work');
const resultsDir = join(root, 'bench');

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,2500,5000' },
    seed: { type: 'string', default: '1' },
    lighthouse: { type: 'boolean', default: true },
    // --no-real skips the real site (its page weights and Lighthouse).
    real: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
    word: { type: 'string', default: 'webhook' },
    // Another name keeps a run beside the latest one: bench/<name>.json and .md, README untouched.
    name: { type: 'string', default: 'results' },
    // `ours` skips Starlight: enough for the targets that concern this site alone (scaling, memory, search).
    sites: { type: 'string', default: 'ours,starlight' },
    // Builds of sites up to 1,000 articles are repeated this many times; the median counts.
    repeat: { type: 'string', default: '3' },
  },
  allowNegative: true,
});
const sizes = options.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 4 || n > 6000)) {
  console.error(`--sizes must be a comma-separated list of whole numbers from 4 to 6000, got "${options.sizes}"`);
  process.exit(1);
}
const seed = Number(options.seed);
const sites = new Set(options.sites.split(',').map((s) => s.trim()));
if (![...sites].every((s) => s === 'ours' || s === 'starlight') || sites.size === 0) {
  console.error(`--sites must list ours and/or starlight, got "${options.sites}"`);
  process.exit(1);
}
const node = process.execPath;
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Installs the bench's own dependencies into scripts/bench/node_modules when they are missing. */
function ensureDependencies() {
  const marker = join(benchDir, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (existsSync(marker) && existsSync(join(benchDir, 'node_modules', 'lighthouse', 'package.json'))) return;
  log('installing the benchmark’s dependencies (Starlight, Lighthouse) into scripts/bench/node_modules…');
  const npm = spawnSync('npm', ['install', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('npm install --prefix scripts/bench failed; see the output above. The site’s own dependencies are untouched.');
    process.exit(1);
  }
}

const version = (dir, name) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;

function machine() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    commit: git('rev-parse', '--short', 'HEAD'),
    astro: version(root, 'astro'),
    starlight: version(benchDir, '@astrojs/starlight'),
    starlightAstro: version(benchDir, 'astro'),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    /** @type {string | null} */
    loadAverageAfter: null,
  };
}

/** Writes one size's generated sources: our content folder and Starlight's src. */
function generate(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  const { articles, files } = generateSites({ count: n, seed });
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
  // Search synonyms, when the site has them, are part of a real build.
  if (existsSync(join(root, 'content', 'synonyms.json'))) cpSync(join(root, 'content', 'synonyms.json'), join(dir, 'helpcenter', 'synonyms.json'));
  writeFileSync(
    join(dir, 'starlight', 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return articles;
}

/**
 * cold: nothing cached, so every diagram is rendered in Chromium.
 * ciCold: a fresh clone as CI sees it: an empty build cache, but the diagram cache that a real
 * repository commits (content/.diagrams/) is present. Warm: every cache kept.
 * Cold builds of both sites start, as in a fresh clone, without an output folder (removed before
 * the clock starts); a warm build finds the last one's.
 */
function buildOurs(dir, { cold, ciCold, label }) {
  if (cold || ciCold) {
    rmSync(join(dir, 'ours-cache'), { recursive: true, force: true });
    rmSync(join(dir, 'ours-dist'), { recursive: true, force: true });
  }
  if (cold) rmSync(join(dir, 'helpcenter', '.diagrams'), { recursive: true, force: true });
  return timedRun(node, ['scripts/build.mjs'], {
    cwd: root,
    env: {
      HELPCENTER_CONTENT: join(dir, 'helpcenter'),
      HELPCENTER_OUT: join(dir, 'ours-dist'),
      HELPCENTER_CACHE: join(dir, 'ours-cache'),
      NO_COLOR: '1',
    },
    logFile: join(dir, `ours-${label}.log`),
  });
}

function buildStarlight(dir, { cold, label }) {
  if (cold) {
    rmSync(join(dir, 'starlight', 'cache'), { recursive: true, force: true });
    rmSync(join(dir, 'starlight', 'dist'), { recursive: true, force: true });
  }
  return timedRun(node, [join(benchDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--config', 'starlight.config.mjs'], {
    cwd: benchDir,
    env: { BENCH_STARLIGHT_DIR: join(dir, 'starlight'), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    logFile: join(dir, `starlight-${label}.log`),
  });
}

const htmlCount = (dist) => listFiles(dist).filter((f) => f.endsWith('.html')).length;

/** Our search: focus the header box and type. */
const OUR_SEARCH = {
  open: (page) => page.locator('form[data-search-box] input[name="q"]').first().focus(),
  input: 'form[data-search-box] input[name="q"]',
  result: '[data-search-result]',
};
/** Starlight's search: open its dialog and type into Pagefind UI. */
const STARLIGHT_SEARCH = {
  open: (page) => page.locator('button[data-open-modal]').first().click(),
  input: '.pagefind-ui__search-input',
  result: '.pagefind-ui__result',
};

async function launch() {
  const { chromium } = await import('@playwright/test');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Page weights and the first-search cost of one built site. */
async function weigh(browser, dist, urls, search, word) {
  const server = await serve(dist);
  try {
    const pages = [];
    for (const url of urls) pages.push({ url, ...(await pageWeight(browser, server, url)) });
    const pick = (key) => median(pages.map((p) => p[key]));
    let firstSearch = null;
    if (existsSync(join(dist, 'pagefind'))) {
      try {
        firstSearch = await searchWeight(browser, server, urls[0], search, word);
      } catch (error) {
        firstSearch = { error: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
      }
    }
    return {
      articlePage: { html: pick('html'), css: pick('css'), js: pick('js'), other: pick('other'), total: pick('total'), sampled: pages.length },
      firstSearch,
    };
  } finally {
    await server.close();
  }
}

/** Search files a host stores: Pagefind's folder plus our synonym/vocabulary files, on the wire. */
function searchIndexBytes(dist) {
  const extra = existsSync(join(dist, 'search')) ? listFiles(join(dist, 'search')).filter((f) => !f.endsWith('.html')) : [];
  return folderWireBytes(join(dist, 'pagefind')) + extra.reduce((s, f) => s + wireBytes(join(dist, 'search', f)), 0);
}

async function runSize(n, browser) {
  const dir = join(workDir, `n${n}`);
  log(`N=${n}: generating ${n} articles (seed ${seed})`);
  const articles = generate(n, dir);
  const result = { n, ours: {}, starlight: {} };
  // Alternate the two sites so machine noise falls on both alike. Up to 1,000 articles a build takes
  // seconds and one noisy moment can swing a ratio, so each round after the first cold builds runs
  // `repeats` times and the median counts (`runs` keeps every figure).
  const repeats = n <= 1000 ? Number(options.repeat) : 1;
  const round = (first) => [
    ...(first ? [['ours', 'cold', () => buildOurs(dir, { cold: true, label: 'cold' })]] : []),
    ['ours', 'ciCold', () => buildOurs(dir, { ciCold: true, label: 'ci-cold' })],
    ['ours', 'warm', () => buildOurs(dir, { cold: false, label: 'warm' })],
    ['starlight', 'cold', () => buildStarlight(dir, { cold: true, label: 'cold' })],
    ['starlight', 'warm', () => buildStarlight(dir, { cold: false, label: 'warm' })],
  ];
  const plan = Array.from({ length: repeats }, (_, i) => round(i === 0))
    .flat()
    .filter(([site]) => sites.has(site));
  const runs = {};
  for (const [site, kind, build] of plan) {
    log(`N=${n}: building ${site === 'ours' ? 'this site' : 'Starlight'} (${kind})…`);
    try {
      const run = await build();
      const dist = site === 'ours' ? join(dir, 'ours-dist') : join(dir, 'starlight', 'dist');
      const pages = htmlCount(dist);
      (runs[`${site} ${kind}`] ??= []).push({ ...run, pages });
      log(`  ${run.seconds.toFixed(1)} s, ${pages} pages, peak tree RSS ${(run.peakTreeRss / 2 ** 20).toFixed(0)} MiB`);
    } catch (error) {
      result[site][kind] = { error: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
      log(`  failed: ${result[site][kind].error}`);
    }
  }
  for (const [key, list] of Object.entries(runs)) {
    const [site, kind] = key.split(' ');
    if (result[site][kind]?.error) continue;
    const seconds = median(list.map((r) => r.seconds));
    const peak = (field) => Math.max(...list.map((r) => r[field] ?? 0));
    const { pages } = list.at(-1);
    result[site][kind] = {
      seconds,
      runs: list.map((r) => +r.seconds.toFixed(2)),
      peakTreeRss: peak('peakTreeRss'),
      peakTreePss: peak('peakTreePss'),
      peakProcessRss: peak('peakProcessRss'),
      pages,
      pagesPerSecond: pages / seconds,
      articlesPerSecond: n / seconds,
    };
  }
  // Every 15th-ish article, the same ones on both sites.
  const sample = Array.from({ length: Math.min(15, n) }, (_, i) => articles[Math.floor((i * n) / Math.min(15, n))]);
  const withDiagram = articles.find((a) => a.diagram);
  log(`N=${n}: weighing pages and first search in Chromium…`);
  const oursDist = join(dir, 'ours-dist');
  const slDist = join(dir, 'starlight', 'dist');
  if (sites.has('ours') && existsSync(oursDist)) {
    Object.assign(result.ours, await weigh(browser, oursDist, sample.map((a) => `/articles/${a.slug}/`), OUR_SEARCH, options.word));
    if (withDiagram) result.ours.diagramPage = await weighOne(browser, oursDist, `/articles/${withDiagram.slug}/`);
    result.ours.searchIndexBytes = searchIndexBytes(oursDist);
  }
  if (sites.has('starlight') && existsSync(slDist)) {
    Object.assign(result.starlight, await weigh(browser, slDist, sample.map((a) => `/${a.category}/${a.slug}/`), STARLIGHT_SEARCH, options.word));
    if (withDiagram) result.starlight.diagramPage = await weighOne(browser, slDist, `/${withDiagram.category}/${withDiagram.slug}/`);
    result.starlight.searchIndexBytes = searchIndexBytes(slDist);
  }
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

async function weighOne(browser, dist, url) {
  const server = await serve(dist);
  try {
    return await pageWeight(browser, server, url);
  } finally {
    await server.close();
  }
}

/** The real site (content/): home, the guide and the search page, weighed and put through Lighthouse. */
async function runRealSite(browser) {
  const dir = join(workDir, 'real');
  rmSync(dir, { recursive: true, force: true });
  log('real site: building content/…');
  const build = await timedRun(node, ['scripts/build.mjs'], {
    cwd: root,
    env: { HELPCENTER_OUT: join(dir, 'dist'), HELPCENTER_CACHE: join(dir, 'cache'), NO_COLOR: '1' },
    logFile: join(workDir, 'real.log'),
  });
  const dist = join(dir, 'dist');
  const settings = JSON.parse(readFileSync(join(root, 'content', 'site.json'), 'utf8'));
  const pages = [
    ['home', '/'],
    ['guide', `/articles/${settings.featured}/`],
    ['search', '/search/'],
  ].filter(([, url]) => existsSync(join(dist, url, 'index.html')));
  const server = await serve(dist);
  const real = { buildSeconds: build.seconds, pages: {}, lighthouse: null };
  try {
    for (const [name, url] of pages) real.pages[name] = { url, ...(await pageWeight(browser, server, url)) };
    if (options.lighthouse) {
      log('real site: Lighthouse (mobile, median of 3) on ' + pages.map(([name]) => name).join(', ') + '…');
      real.lighthouse = await runLighthouse(server.url, pages, join(workDir, 'lighthouse'));
    }
  } finally {
    await server.close();
  }
  return real;
}

ensureDependencies();
mkdirSync(workDir, { recursive: true });
mkdirSync(resultsDir, { recursive: true });
const info = machine();
log(`machine: ${info.nproc} cores, ${info.memoryGiB} GiB, ${info.cpu}, Node ${info.node}, load ${info.loadAverage}`);
const browser = await launch();
const results = { machine: info, seed, repeat: Number(options.repeat), word: options.word, sites: [...sites], sizes: [], real: null };
const save = () => {
  writeFileSync(join(resultsDir, `${options.name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderMarkdown(results);
  writeFileSync(join(resultsDir, `${options.name}.md`), markdown);
};
try {
  for (const n of sizes) {
    results.sizes.push(await runSize(n, browser));
    save();
  }
  if (options.real) {
    try {
      results.real = await runRealSite(browser);
    } catch (error) {
      results.real = { error: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
    }
  }
  results.machine.loadAverageAfter = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  save();
  log(`wrote bench/${options.name}.json and bench/${options.name}.md`);
} finally {
  await browser.close();
}
