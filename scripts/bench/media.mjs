// `node scripts/bench/media.mjs`: the cost of screenshots. Builds a small site
// whose article shows three 1600×1000 screenshots (PNG, drawn here with sharp),
// then loads it in Chromium as a 390 px phone and records: the bytes before any
// interaction (against the same article without screenshots), the image bytes
// after scrolling through the article against the source PNGs, layout shift,
// and the cold and warm build times. Writes bench/media.json and bench/media.md.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { byKind, serve, timedRun } from './measure.mjs';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'helpcenter-bench-media-'));
const SCREENS = ['call-flow', 'users', 'compliance'];

/** A screenshot-like PNG: a header, a sidebar, rows of text and a table, in a few colours, 1600×1000. */
async function screenshot(file, seed) {
  const rows = Array.from({ length: 18 }, (_, i) => {
    const y = 150 + i * 44;
    const words = Array.from({ length: 6 }, (_, j) => `Item ${seed}-${i}-${j} status active`).join('   ');
    return `<rect x="300" y="${y - 26}" width="1260" height="38" fill="${i % 2 ? '#f6f8fa' : '#ffffff'}"/><text x="316" y="${y}" font-family="sans-serif" font-size="17" fill="#1b1f24">${words}</text>`;
  }).join('');
  const menu = Array.from({ length: 12 }, (_, i) => `<text x="28" y="${140 + i * 48}" font-family="sans-serif" font-size="18" fill="#e6edf3">Menu entry ${i + 1}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <rect width="1600" height="1000" fill="#ffffff"/>
    <rect width="1600" height="72" fill="#0a58a8"/><text x="28" y="46" font-family="sans-serif" font-size="26" fill="#ffffff">MyOperator dashboard — ${seed}</text>
    <rect y="72" width="260" height="928" fill="#161b22"/>${menu}${rows}
    <circle cx="1500" cy="36" r="18" fill="#e0b43c"/></svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
}

/** Paragraphs of step text between screenshots: 1 (a short article) or more (screenshots a few screens apart). */
const filler = (count) =>
  Array.from(
    { length: count },
    (_, i) =>
      `Step detail ${i + 1}: choose the option that fits how your team answers calls. You can change it later from the same page, and every change stays in a draft until you publish it.`,
  ).join('\n\n');

const body = (withImages, spacing) => `---
title: How do I set up a call flow?
id: "3"
quickAnswer: Open Call Flows, add the steps in order, then publish.
category: getting-started
keywords: [call flow]
updated: 2026-11-25
---

## Steps

Open **Call Flows** from the menu.

${withImages ? `![The Call Flows page with the New flow button](./images/${SCREENS[0]}.png "Call Flows")` : ''}

Add a greeting, then a menu, then the departments.

${filler(spacing)}

${withImages ? `![The Users page with three agents](./images/${SCREENS[1]}.png)` : ''}

Check that every department has at least one agent who can take the calls it gets.

${filler(spacing)}

${withImages ? `![The Compliance page with the Upload button](./images/${SCREENS[2]}.png)` : ''}

Publish the flow. Calls follow it within a minute.
`;

async function buildSite(name, withImages, spacing = 1) {
  const dir = join(work, name);
  const content = join(dir, 'content');
  cpSync(join(root, 'tests', 'fixtures', '_base'), content, { recursive: true });
  mkdirSync(join(content, 'articles', 'images'), { recursive: true });
  if (withImages) for (const [i, screen] of SCREENS.entries()) await screenshot(join(content, 'articles', 'images', `${screen}.png`), i + 1);
  writeFileSync(join(content, 'articles', 'call-flow.mdx'), body(withImages, spacing));
  const env = {
    ...process.env,
    HELPCENTER_CONTENT: content,
    HELPCENTER_OUT: join(dir, 'dist'),
    HELPCENTER_CACHE: join(dir, 'cache'),
    HELPCENTER_NO_BROWSER: '1',
  };
  const cold = await timedRun(process.execPath, ['scripts/build.mjs'], { cwd: root, env, logFile: join(dir, 'cold.log') });
  const warm = withImages
    ? await timedRun(process.execPath, ['scripts/build.mjs'], { cwd: root, env, logFile: join(dir, 'warm.log') })
    : { seconds: NaN };
  const sources = withImages ? SCREENS.reduce((sum, s) => sum + statSync(join(content, 'articles', 'images', `${s}.png`)).size, 0) : 0;
  return { dist: join(dir, 'dist'), coldMs: cold.seconds * 1000, warmMs: warm.seconds * 1000, sources };
}

async function measure(browser, dist) {
  const server = await serve(dist);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    server.take();
    await page.goto(`${server.url}/articles/call-flow/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const before = server.take();
    const firstFile = await page.evaluate(() => new URL(document.querySelector('.article-image img')?.currentSrc ?? location.href).pathname);
    for (let y = 0; y < 20; y++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(150);
    }
    await page.waitForLoadState('networkidle');
    const after = server.take();
    // The zoom code arrives on the first tap on a screenshot (with the full-size file, counted apart).
    let zoomJs = 0;
    const zoomable = page.locator('a[data-zoom]').first();
    if ((await zoomable.count()) > 0) {
      await zoomable.click();
      await page.locator('dialog.zoom-dialog[open]').waitFor();
      zoomJs = byKind(server.take()).js;
    }
    const images = [...before, ...after].filter((r) => r.path.startsWith('/_media/'));
    return {
      beforeInteraction: byKind(before),
      firstImageBytes: before.filter((r) => r.path === firstFile).reduce((sum, r) => sum + r.bytes, 0),
      imagesBeforeInteraction: before.filter((r) => r.path.startsWith('/_media/')).length,
      imageBytes: images.reduce((sum, r) => sum + r.bytes, 0),
      imageFiles: images.map((r) => `${r.path} ${r.bytes}`),
      layoutShift: await page.evaluate(() => window.__shift),
      zoomJs,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

const { chromium } = await import('@playwright/test');
const plain = await buildSite('plain', false);
const shots = await buildSite('screenshots', true);
const spaced = await buildSite('spaced', true, 8);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let result;
try {
  const without = await measure(browser, plain.dist);
  const withImages = await measure(browser, shots.dist);
  const withSpacedImages = await measure(browser, spaced.dist);
  // Lighthouse (mobile preset) on the article with screenshots, both layouts, median of three runs each.
  const lighthouse = {};
  for (const [name, site] of [
    ['screenshots', shots],
    ['spaced', spaced],
  ]) {
    const server = await serve(site.dist);
    try {
      const found = await runLighthouse(server.url, [[name, '/articles/call-flow/']], join(work, 'lighthouse'));
      lighthouse[name] = found.error ? { error: found.error } : found[name];
    } finally {
      await server.close();
    }
  }
  result = {
    date: new Date().toISOString(),
    lighthouse,
    viewport: '390×844 at 3× (a phone)',
    sourcePngBytes: shots.sources,
    articleWithoutImages: without.beforeInteraction,
    articleWithImages: withImages.beforeInteraction,
    firstImageBytes: withImages.firstImageBytes,
    imagesBeforeInteraction: withImages.imagesBeforeInteraction,
    spacedArticle: {
      beforeInteraction: withSpacedImages.beforeInteraction,
      imagesBeforeInteraction: withSpacedImages.imagesBeforeInteraction,
      imageBytesAfterScroll: withSpacedImages.imageBytes,
      layoutShift: withSpacedImages.layoutShift,
    },
    zoomJsOnFirstTap: withImages.zoomJs,
    imageBytesAfterScroll: withImages.imageBytes,
    imageFiles: withImages.imageFiles,
    layoutShift: withImages.layoutShift,
    build: { coldMs: shots.coldMs, warmMs: shots.warmMs, coldWithoutImagesMs: plain.coldMs },
  };
} finally {
  await browser.close();
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const budget = result.articleWithoutImages.total + result.firstImageBytes;
// The site's article budget (bench/results.md: an article page ≤ 20 KB gzip before interaction).
const ARTICLE_BUDGET = 20 * 1024;
const siteBudget = ARTICLE_BUDGET + result.firstImageBytes;
const parts = (w) => `HTML ${kb(w.html)}, JS ${kb(w.js)}, CSS ${kb(w.css)}`;
const spacedWeight = result.spacedArticle.beforeInteraction;
const added = (kind) => spacedWeight[kind] - result.articleWithoutImages[kind];
writeFileSync(join(root, 'bench', 'media.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(root, 'bench', 'media.md'),
  `# Screenshots: what a phone downloads

\`node scripts/bench/media.mjs\`, ${result.date.slice(0, 10)}: an article with three 1600×1000 PNG
screenshots (drawn by the script), loaded in Chromium at ${result.viewport}, against the same
article without them. Bytes are as sent (gzip for text).

| | Value | Target |
| --- | --- | --- |
| Article before interaction, without screenshots | ${kb(result.articleWithoutImages.total)} (${parts(result.articleWithoutImages)}) | ≤ ${kb(ARTICLE_BUDGET)} (the article budget) |
| Article before interaction, with screenshots | ${kb(result.articleWithImages.total)} (${result.imagesBeforeInteraction} of 3 screenshots) | ≤ ${kb(siteBudget)} (article budget + first screenshot); ≤ ${kb(budget)} (the row above + first screenshot) |
| … the first screenshot | ${kb(result.firstImageBytes)} | — |
| Same, screenshots eight paragraphs apart | ${kb(result.spacedArticle.beforeInteraction.total)} (${result.spacedArticle.imagesBeforeInteraction} of 3 screenshots; ${parts(result.spacedArticle.beforeInteraction)}) | ≤ ${kb(siteBudget)}; ≤ ${kb(budget)} |
| Zoom code, fetched on the first tap on a screenshot | ${kb(result.zoomJsOnFirstTap)} | none before |
| Source PNGs (three) | ${kb(result.sourcePngBytes)} | — |
| Image bytes after scrolling through the article | ${kb(result.imageBytesAfterScroll)} | ≤ ${kb(result.sourcePngBytes / 3)} (a third of the PNGs) |
| Layout shift (CLS) while loading and scrolling | ${result.layoutShift.toFixed(3)} | 0 |
| Build, cold / warm (with screenshots) | ${(result.build.coldMs / 1000).toFixed(1)} s / ${(result.build.warmMs / 1000).toFixed(1)} s | warm encodes nothing |
| Build, cold, without screenshots | ${(result.build.coldWithoutImagesMs / 1000).toFixed(1)} s | — |

Lighthouse (mobile preset, system Chromium, median of three runs; performance / accessibility /
best practices / SEO): ${Object.entries(result.lighthouse)
    .map(([name, r]) =>
      r.error
        ? `${name}: could not run (${r.error})`
        : `${name === 'spaced' ? 'screenshots eight paragraphs apart' : 'three screenshots'} ${Object.values(r.scores).join(' / ')}${r.failing.length ? ` (below full score: ${r.failing.join(', ')})` : ''}`,
    )
    .join('; ')}.

Lazy images are fetched by Chromium once they are within its load-in distance of the viewport
(1,250 px or more), so in a short article all three screenshots load before any scrolling; the
"eight paragraphs apart" row shows the same screenshots a few screens apart.

Besides the first screenshot, the three screenshots add ${added('html')} bytes of HTML (their
\`<picture>\` markup: sources, \`srcset\`s, the zoom link) and ${added('js')} bytes of JS (the
zoom listener; the dialog code itself comes on the first tap). Against the article budget
(${kb(ARTICLE_BUDGET)}) plus the first screenshot that leaves ${siteBudget - spacedWeight.total} bytes to spare; against
the article without screenshots plus the first screenshot it is ${spacedWeight.total - budget} bytes
${spacedWeight.total > budget ? 'over' : 'under'}: that reading leaves no room for any markup at all.

Files the phone fetched: ${result.imageFiles.map((f) => `\`${f}\``).join(', ')}.
`,
);
// BENCH_KEEP=1 keeps the built sites and Lighthouse reports for a closer look.
if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(readFileSync(join(root, 'bench', 'media.md'), 'utf8'));
