// `npm run bench:search`: what search costs a reader, on the real site and on
// generated articles (scripts/bench/generate.mjs), beside Starlight's default search
// (Pagefind UI) on the same articles and Pagefind's own engine on this site's index.
// Prints, for each: bytes transferred (compressed) for a cold first query (index files +
// search code, by kind of file), warm query latency p50/p95 in headless Chromium (new
// questions and every keystroke of typed ones, after a warm-up), and typo recall on
// single-edit typos of 50 indexed words (this site only).
//
//   npm run bench:search                      real site + 5,000 articles (+ Starlight when installed)
//   npm run bench:search -- --real            the real site only
//   npm run bench:search -- --no-starlight    skip Starlight
//   BENCH_ARTICLES=1000 npm run bench:search
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { binPath, root } from '../paths.mjs';
import { generateSites } from './generate.mjs';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
// Beside the generated content, in this checkout: a second checkout (or user) of the machine gets its own, and
// the build caches stay for the next run.
const work = join(root, 'scripts', 'bench', '.work', 'search-builds');
const QUERIES = [
  'receipt not in inbox', 'forgot my password', 'publish ivr', 'stop paying airtel bill', 'sip ports firewall',
  'helpline for ngo', 'template placeholders', 'whitelist ip', 'autopay', 'invoice in junk', 'pasword reset',
  'reciept not recieved', 'call flow', 'add users', 'port number out', 'noc', 'recurring payment', 'whatsapp template',
  'escalate ticket', 'kyc documents',
];
// Timed after the warm-up: other questions, so only words they share with earlier ones are cached, as when typing.
const TIMED = [
  'email not received', 'reset login', 'ivr holidays', 'old operator bills', 'firewall webhooks', 'donors helpline',
  'template category', 'allow list api', 'auto pay card', 'spam folder', 'forgot pasword', 'recieve receipt', 'design callflow',
  'user roles', 'port out dues', 'no objection', 'e-mandate refund', 'whatsapp campaign', 'support ticket', 'compliance upload',
];

/** Writes `count` generated articles as this site's content folder and as Starlight's source. */
function generateContent(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  const { articles, files } = generateSites({ count, seed: 1 });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(join(root, 'content', 'synonyms.json'), join(dir, 'helpcenter', 'synonyms.json'));
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

const benchDir = join(root, 'scripts', 'bench');
const starlightInstalled = () => existsSync(join(benchDir, 'node_modules', '@astrojs', 'starlight', 'package.json'));

/** Builds the Starlight site of `dir` (Starlight's default search: Pagefind UI). */
function buildStarlight(dir) {
  const started = Date.now();
  const result = spawnSync(binPath('node'), [join(benchDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--config', 'starlight.config.mjs'], {
    cwd: benchDir,
    env: { ...process.env, BENCH_STARLIGHT_DIR: join(dir, 'starlight'), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error('The Starlight build failed');
  }
  return Date.now() - started;
}

/** Pagefind's complete bundle (its own engine, pagefind.js and WebAssembly) for this site's built articles, in `<dir>/pagefind-own/`. */
async function writeOwnBundle(dir) {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: dir, glob: '**/articles/*/index.html' });
  await index.writeFiles({ outputPath: join(dir, 'pagefind-own') });
  await pagefind.close();
}

/**
 * Pagefind's own engine (its pagefind.js) on an index: the cold bytes of a first query that also
 * loads the data of the first 8 results, then warm latency (search + data of 8 results) on the timed
 * queries and typed prefixes, as `measure` times this site's engine.
 */
async function measurePagefindOwn(name, dir, bundle, pagePath) {
  const { server, port } = await serve(dir);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}${pagePath}`);
    await page.waitForLoadState('networkidle');
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const ask = (q) =>
      page.evaluate(
        async ({ q, bundle }) => {
          const pagefind = (window.__pf ??= await import(`${bundle}pagefind.js`));
          const started = performance.now();
          const { results } = await pagefind.search(q);
          await Promise.all(results.slice(0, 8).map((r) => r.data()));
          return performance.now() - started;
        },
        { q, bundle },
      );
    await ask('receipt not in inbox');
    await page.waitForLoadState('networkidle');
    const cold = requested.reduce((sum, path) => sum + wireBytes(dir, path), 0);
    const coldFiles = requested.length;
    for (const q of QUERIES) await ask(q);
    const timings = [];
    for (const q of TIMED) timings.push(await ask(q));
    for (const q of QUERIES.slice(0, 4)) for (let n = 3; n <= q.length; n++) if (q[n - 1] !== ' ') timings.push(await ask(q.slice(0, n)));
    console.log(`\n${name}`);
    console.log(`  cold first query: ${(cold / 1024).toFixed(1)} KB compressed in ${coldFiles} requests`);
    console.log(`  warm query latency: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (${timings.length} queries)`);
    return { cold, p50: percentile(timings, 50), p95: percentile(timings, 95) };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Starlight's default search as a reader meets it: open the dialog on an article, type, wait for Pagefind UI's results. */
async function measureStarlightUi(dir, articlePath) {
  const { server, port } = await serve(dir);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}${articlePath}`);
    await page.waitForLoadState('networkidle');
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').first().fill('receipt not in inbox');
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const cold = requested.reduce((sum, path) => sum + wireBytes(dir, path), 0);
    console.log(`\nStarlight, default search (Pagefind UI)`);
    console.log(`  cold first query: ${(cold / 1024).toFixed(1)} KB compressed in ${requested.length} requests`);
    return { cold };
  } finally {
    await browser.close();
    server.close();
  }
}

function build(content, out) {
  const started = Date.now();
  const result = spawnSync(binPath('node'), ['scripts/build.mjs'], {
    cwd: root,
    env: { ...process.env, HELPCENTER_CONTENT: content, HELPCENTER_OUT: out, HELPCENTER_CACHE: `${out}-cache` },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`The build of ${content} failed`);
  }
  return Date.now() - started;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.svg': 'image/svg+xml' };

/** Serves a built site; `bytes(path)` is what the response costs on the wire with gzip. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    // Cached like a static host caches: Pagefind's files and the bundles have hashed names.
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })));
}

/** Bytes on the wire: Pagefind's index files are gzipped already; everything else as a server would gzip it. */
function wireBytes(dir, pathname) {
  const file = join(dir, pathname);
  if (!existsSync(file) || statSync(file).isDirectory()) return 0;
  const body = readFileSync(file);
  return /\.(pf_\w+|pagefind)$/.test(pathname) ? body.length : Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One edit of a word, chosen deterministically: deletion, substitution, transposition or insertion. */
function typo(word, n) {
  const at = 1 + (n % (word.length - 2));
  const letter = 'etaoinsr'[n % 8];
  switch (n % 4) {
    case 0: return word.slice(0, at) + word.slice(at + 1);
    case 1: return word.slice(0, at) + (word[at] === letter ? 'x' : letter) + word.slice(at + 1);
    case 2: return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default: return word.slice(0, at) + letter + word.slice(at);
  }
}

async function measure(name, dir) {
  const { server, port } = await serve(dir);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const article = readdirSync(join(dir, 'articles'))[0];
    await page.goto(`${base}/articles/${article}/`);
    await page.waitForLoadState('networkidle');
    // Two figures: the bytes downloaded before the first results are on screen (what a customer on a
    // phone waits for; the ≤ 0.5× Starlight target is read from it) and the bytes once the search has
    // settled (synonym chunks and fragments of results that joined later included). Each request is
    // counted by when it started (Resource Timing), against the moment the UI painted its first results.
    const started = await page.evaluate(() => performance.now());
    const box = page.locator('#search-header');
    await box.focus();
    await box.fill('receipt not in inbox');
    await page.waitForFunction(() => document.querySelector('form.search-box-header')?.dataset.searchDone === 'receipt not in inbox');
    await page.waitForLoadState('networkidle');
    const { entries, firstAt } = await page.evaluate((started) => ({
      entries: performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= started)
        .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
      firstAt: Number(document.querySelector('form.search-box-header').dataset.searchFirstAt),
    }), started);
    const requested = entries.map((e) => e.path);
    const firstPaths = entries.filter((e) => e.start <= firstAt).map((e) => e.path);
    const first = firstPaths.reduce((sum, path) => sum + wireBytes(dir, path), 0);
    const cold = requested.reduce((sum, path) => sum + wireBytes(dir, path), 0);
    const firstChunks = firstPaths.filter((p) => p.endsWith('.pf_index')).length;
    const kinds = [
      ['search UI JS', /\.js$/],
      ['synonyms/vocabulary', /^\/search\//],
      ['entry', /pagefind-entry\.json$/],
      ['page list (pf_meta)', /\.pf_meta$/],
      ['word chunks', /\.pf_index$/],
      ['filters', /\.pf_filter$/],
      ['fragments', /\.pf_fragment$/],
      ['WebAssembly', /\.pagefind$/],
    ];
    const breakdown = kinds
      .map(([kind, pattern]) => {
        const paths = requested.filter((path) => pattern.test(path));
        const bytes = paths.reduce((sum, path) => sum + wireBytes(dir, path), 0);
        return paths.length ? `${kind} ${(bytes / 1024).toFixed(1)} KB${paths.length > 1 ? ` (${paths.length} files)` : ''}` : '';
      })
      .filter(Boolean)
      .join(', ');
    if (process.env.BENCH_VERBOSE) for (const path of requested) console.log(`    ${wireBytes(dir, path)}	${path}`);
    const coldFiles = requested.length;

    // Warm latency, through the header box: every query once to warm, then timed three times.
    // The UI records how long each search took (without its typing debounce) on the form.
    const ask = (q) =>
      page.evaluate(async (q) => {
        const form = document.querySelector('form.search-box-header');
        const input = form.querySelector('input[name="q"]');
        input.value = q;
        input.dispatchEvent(new Event('input'));
        while (form.dataset.searchDone !== q.trim()) await new Promise((r) => setTimeout(r, 5));
        form.dataset.searchDone = '';
        return { ms: Number(form.dataset.searchMs), corrected: form.querySelector('[data-search-corrected] strong')?.textContent ?? undefined };
      }, q);
    for (const q of QUERIES) await ask(q);
    const timings = [];
    for (const q of TIMED) timings.push((await ask(q)).ms);
    // And as a reader types: every prefix of a few questions.
    for (const q of QUERIES.slice(0, 4)) for (let n = 3; n <= q.length; n++) if (q[n - 1] !== ' ') timings.push((await ask(q.slice(0, n))).ms);
    if (process.env.BENCH_VERBOSE) console.log(TIMED.map((q, i) => `    ${q}: ${timings[i].toFixed(1)} ms`).join('\n'));

    // Typo recall: 50 indexed words (from the vocabulary, 5+ letters, past the 20 commonest), one edit each.
    const vocabulary = readFileSync(join(dir, 'search', 'vocabulary.txt'), 'utf8').split('\n').filter(Boolean);
    const known = new Set(vocabulary);
    const candidates = vocabulary.filter((w) => w.length >= 5).slice(20);
    const step = Math.max(1, Math.floor(candidates.length / 50));
    const pairs = [];
    for (let i = 0; pairs.length < 50 && i < candidates.length; i += step) {
      const t = typo(candidates[i], i);
      if (!known.has(t)) pairs.push([candidates[i], t]);
    }
    const misses = [];
    for (const [word, t] of pairs) {
      const { corrected } = await ask(t);
      if (corrected !== word) misses.push(`${t}→${corrected ?? '(none)'} (${word})`);
    }
    const recall = { hits: pairs.length - misses.length, total: pairs.length, misses };
    const vocabBytes = gzipSync(readFileSync(join(dir, 'search', 'vocabulary.txt'))).length;
    const loaderChunk = readdirSync(join(dir, '_astro')).find((f) => f.startsWith('SearchBox.astro_astro_type_script'));
    const loaderBytes = loaderChunk ? gzipSync(readFileSync(join(dir, '_astro', loaderChunk))).length : 0;
    // Each article is a folder of `articles/`; its `.md` export sits beside it.
    const pages = readdirSync(join(dir, 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
    console.log(`\n${name} (${pages} articles)`);
    console.log(`  cold first query, first results shown: ${(first / 1024).toFixed(1)} KB compressed in ${firstPaths.length} requests (${firstChunks} word chunks)`);
    console.log(`  cold first query, settled: ${(cold / 1024).toFixed(1)} KB compressed in ${coldFiles} requests (index + UI): ${breakdown}`);
    console.log(`  warm query latency: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (${timings.length} queries)`);
    console.log(`  typo recall: ${recall.hits}/${recall.total} single-edit typos corrected to the word${recall.misses.length ? `; missed: ${recall.misses.slice(0, 8).join(', ')}` : ''}`);
    console.log(`  correction vocabulary: ${vocabulary.length} words, ${(vocabBytes / 1024).toFixed(1)} KB gzipped (loaded only when a word needs correcting)`);
    console.log(`  loader on every page: ${loaderBytes} bytes gzipped`);
    return { first, cold, timings, recall };
  } finally {
    await browser.close();
    server.close();
  }
}

mkdirSync(work, { recursive: true });
const realOut = join(work, 'real');
console.log(`Building the real site into ${realOut}…`);
console.log(`  built in ${(build(join(root, 'content'), realOut) / 1000).toFixed(1)} s`);
await measure('Real site', realOut);

if (!process.argv.includes('--real')) {
  // Under scripts/bench, where Starlight is installed, so the Starlight build resolves its packages.
  const content = join(root, 'scripts', 'bench', '.work', `search-${ARTICLES}`);
  const out = join(work, `out-${ARTICLES}`);
  console.log(`\nGenerating ${ARTICLES} articles into ${content} and building them into ${out}…`);
  const articles = generateContent(content, ARTICLES);
  console.log(`  built in ${(build(join(content, 'helpcenter'), out) / 1000).toFixed(1)} s`);
  const ours = await measure(`Generated site`, out);
  await writeOwnBundle(out);
  const own = await measurePagefindOwn(`Pagefind's own engine (pagefind.js + WebAssembly) on this site's index`, out, '/pagefind-own/', `/articles/${articles[0].slug}/`);
  let starlight;
  if (starlightInstalled() && !process.argv.includes('--no-starlight')) {
    console.log(`\nBuilding Starlight with the same ${ARTICLES} articles…`);
    console.log(`  built in ${(buildStarlight(content) / 1000).toFixed(1)} s`);
    const dist = join(content, 'starlight', 'dist');
    starlight = await measureStarlightUi(dist, `/${articles[0].category}/${articles[0].slug}/`);
    const engine = await measurePagefindOwn(`Starlight's index, Pagefind's own engine`, dist, '/pagefind/', `/${articles[0].category}/${articles[0].slug}/`);
    starlight = { ...starlight, p50: engine.p50, p95: engine.p95 };
  } else console.log('\nStarlight is not installed (cd scripts/bench && npm ci) or --no-starlight: skipped.');
  const summary = {
    date: new Date().toISOString().slice(0, 10),
    articles: ARTICLES,
    ours: { firstKB: +(ours.first / 1024).toFixed(1), coldKB: +(ours.cold / 1024).toFixed(1), p50: +percentile(ours.timings, 50).toFixed(1), p95: +percentile(ours.timings, 95).toFixed(1), typoRecall: `${ours.recall.hits}/${ours.recall.total}` },
    pagefindOwn: { coldKB: +(own.cold / 1024).toFixed(1), p50: +own.p50.toFixed(1), p95: +own.p95.toFixed(1) },
    ...(starlight ? { starlight: { coldKB: +(starlight.cold / 1024).toFixed(1), p50: +starlight.p50.toFixed(1), p95: +starlight.p95.toFixed(1) } } : {}),
  };
  // The target (≤ 0.5×) is read from the bytes before the first results are shown; Starlight shows its first results once settled.
  if (starlight)
    console.log(
      `\nCold first-search bytes, this site / Starlight: ${(ours.first / starlight.cold).toFixed(2)}× before the first results are shown (the target), ${(ours.cold / starlight.cold).toFixed(2)}× once settled`,
    );
  console.log(`\n${JSON.stringify(summary)}`);
  if (process.env.BENCH_RECORD) writeFileSync(process.env.BENCH_RECORD, `${JSON.stringify(summary, null, 2)}\n`);
}
