// `npm run bench:diagrams`: measures build-time diagrams. Prints
//   1. amortised ms per diagram (both themes) with one warm browser, over 50 diagrams;
//   2. gzip bytes of the guide page's HTML + CSS + JS;
//   3. build time of the real content with a cold and a warm diagram cache.
// Builds run on a copy of content/ in a temporary folder: the real cache is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import { binPath, root } from '../paths.mjs';

const DIAGRAMS = 50;
const GUIDE = 'articles/what-to-do-after-paying-for-myoperator/index.html';

/** A distinct flowchart (so nothing is cached), the size of a typical help-article diagram. */
function flowchart(i) {
  return [
    'flowchart LR',
    `  accTitle: Benchmark flow ${i}`,
    `  accDescr: Step ${i} leads through login and setup to a live service.`,
    `  a${i}[Step ${i}] --> login[Dashboard login]`,
    '  login --> setup{Setup done?}',
    '  setup -->|yes| live([Service live])',
    '  setup -->|no| help[Contact support]',
  ].join('\n');
}

/**
 * CPU milliseconds used so far by this process and its child processes still
 * running (the browser), read from /proc; undefined elsewhere. Unlike wall
 * time, it does not grow when other work shares the machine.
 */
function cpuMs() {
  try {
    const parent = new Map();
    const ticks = new Map();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        parent.set(pid, fields[1]);
        ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The process ended while we looked.
      }
    }
    const self = String(process.pid);
    const inTree = (pid) => {
      for (let p = pid; p && p !== '0'; p = parent.get(p)) if (p === self) return true;
      return false;
    };
    const children = [...ticks].filter(([pid]) => pid !== self && inTree(pid)).reduce((sum, [, t]) => sum + t, 0);
    const { user, system } = process.cpuUsage();
    return children * 10 + (user + system) / 1000; // Linux counts 100 ticks per second
  } catch {
    return undefined;
  }
}

async function renderTiming() {
  // Vite loads the TypeScript renderer exactly as the build does.
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const renderer = await vite.ssrLoadModule('/src/build/diagram-renderer.ts');
    const launchStart = performance.now();
    await Promise.all([renderer.renderDiagram(flowchart(-1), 'light'), renderer.renderDiagram(flowchart(-1), 'dark')]); // launches and warms the browser
    const launch = performance.now() - launchStart;
    const start = performance.now();
    const cpuStart = cpuMs();
    // As the build does: both themes of a diagram at once, diagrams one after another.
    for (let i = 0; i < DIAGRAMS; i++) {
      await Promise.all([renderer.renderDiagram(flowchart(i), 'light'), renderer.renderDiagram(flowchart(i), 'dark')]);
    }
    const perDiagram = (performance.now() - start) / DIAGRAMS;
    const cpuEnd = cpuMs();
    const cpuPerDiagram = cpuStart === undefined || cpuEnd === undefined ? undefined : (cpuEnd - cpuStart) / DIAGRAMS;
    await renderer.closeRenderer();
    return { launch, perDiagram, cpuPerDiagram };
  } finally {
    await vite.close();
  }
}

function build(content, out, env = {}) {
  const start = performance.now();
  const result = spawnSync(binPath('node'), [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    env: { ...process.env, HELPCENTER_CONTENT: content, HELPCENTER_OUT: out, HELPCENTER_CACHE: join(out, '..', 'cache'), ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - start;
}

function pageWeight(out) {
  const html = readFileSync(join(out, GUIDE), 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]);
  const files = [html, ...assets.map((href) => readFileSync(join(out, href.replace(/^\//, ''))))];
  return { gzip: files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0), files: 1 + assets.length };
}

const dir = mkdtempSync(join(tmpdir(), 'helpcenter-bench-'));
try {
  const { launch, perDiagram, cpuPerDiagram } = await renderTiming();
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  rmSync(join(content, '.diagrams'), { recursive: true, force: true });
  const out = join(dir, 'dist');
  const cold = build(content, out);
  const warm = build(content, out);
  const warmNoBrowser = build(content, out, { HELPCENTER_NO_BROWSER: '1' });
  const weight = pageWeight(out);
  const ms = (n) => `${Math.round(n)} ms`;
  // Timings are wall-clock: on a shared machine they grow with its load, so say what it was.
  console.log(`Machine: ${availableParallelism()} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
  console.log(`Browser launch + first render:            ${ms(launch)}`);
  console.log(`Amortised per diagram (light + dark), ${DIAGRAMS}:  ${ms(perDiagram)}   (target ≤ 100 ms)`);
  if (cpuPerDiagram !== undefined) console.log(`  CPU time per diagram (node + browser):  ${ms(cpuPerDiagram)}`);
  console.log(`Guide page HTML + CSS + JS, gzip (${weight.files} files): ${(weight.gzip / 1024).toFixed(1)} KB   (target ≤ 28 KB)`);
  console.log(`Build, cold diagram cache:                ${ms(cold)}`);
  console.log(`Build, warm diagram cache:                ${ms(warm)}`);
  console.log(`Build, warm cache, HELPCENTER_NO_BROWSER: ${ms(warmNoBrowser)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
