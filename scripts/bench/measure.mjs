// Measuring tools of `npm run bench`: a build timed with its process tree's peak
// memory, a static server that counts the bytes it sends, and page/search weights
// taken in headless Chromium.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Pids of `rootPid` and every process descended from it (from /proc). */
function treePids(rootPid) {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself contain spaces and parentheses.
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return [...parent.keys()].filter((pid) => {
    for (let p = pid; p && p !== 1; p = parent.get(p) ?? 0) if (p === rootPid) return true;
    return false;
  });
}

/**
 * Memory of a process tree, in bytes: `rss` sums each process's resident set
 * (pages shared between Chromium's processes count once per process); `pss`
 * shares each page among the processes using it, so the sum is what the tree
 * really holds.
 */
export function treeMemory(rootPid) {
  let rss = 0;
  let pss = 0;
  for (const pid of treePids(rootPid)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024;
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return { rss, pss };
}

/** RSS in bytes of every process in the tree of `rootPid`, summed. */
export function treeRss(rootPid) {
  return treeMemory(rootPid).rss;
}

/**
 * Runs a command and measures it: wall time, the peak of its whole process tree's
 * memory polled every 200 ms (summed RSS, which counts pages Chromium's processes
 * share once per process, and summed PSS, which counts them once) and the largest
 * single process's peak RSS (GNU time).
 * Rejects with the command's output when it fails.
 */
export function timedRun(command, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const useTime = existsSync('/usr/bin/time');
    const timeOut = `${logFile}.time`;
    const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeOut, command, ...args]] : [command, args];
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    let peakPss = 0;
    const poll = setInterval(() => {
      const { rss, pss } = treeMemory(child.pid);
      peak = Math.max(peak, rss);
      peakPss = Math.max(peakPss, pss);
    }, 200);
    child.on('error', reject);
    child.on('close', async (status) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { writeFileSync } = await import('node:fs');
      writeFileSync(logFile, output);
      if (status !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${status}); its output is in ${logFile}:\n${output.slice(-3000)}`));
        return;
      }
      const maxRssKb = useTime ? Number(readFileSync(timeOut, 'utf8').trim().split('\n').pop()) : NaN;
      resolve({ seconds, peakTreeRss: peak, peakTreePss: peakPss, peakProcessRss: Number.isFinite(maxRssKb) ? maxRssKb * 1024 : null });
    });
  });
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir) {
  const out = [];
  const walk = (sub) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
/** Text types a host compresses; Pagefind's own files are gzip already and are sent as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** Bytes a file costs on the wire: gzip (level 6, as hosts use) for text, as stored otherwise. */
export function wireBytes(file) {
  const data = readFileSync(file);
  return COMPRESSIBLE.has(extname(file)) ? gzipSync(data).length : data.length;
}

/** Sum of {@link wireBytes} over every file under `dir` (0 when it does not exist). */
export function folderWireBytes(dir) {
  if (!existsSync(dir)) return 0;
  return listFiles(dir).reduce((sum, f) => sum + wireBytes(join(dir, f)), 0);
}

/**
 * Headers from a Netlify/Cloudflare-style `_headers` file, so pages are served as
 * deployed (CSP and the rest). Supports exact paths and a trailing `*`.
 */
function readHeaderRules(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves `root` on a free port, gzip for text types, and records the body bytes
 * sent for every request. `take()` returns and clears the record.
 */
export async function serve(root) {
  const cache = new Map();
  const rules = readHeaderRules(root);
  let log = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (relative(root, file).startsWith('..')) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      if (existsSync(`${file}.html`)) file = `${file}.html`;
      else {
        status = 404;
        file = join(root, '404.html');
      }
    }
    const ext = extname(file);
    for (const rule of rules) {
      const match = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
      if (match) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    let body = cache.get(file);
    if (!body) {
      const data = readFileSync(file);
      body = COMPRESSIBLE.has(ext) ? gzipSync(data) : data;
      cache.set(file, body);
    }
    if (COMPRESSIBLE.has(ext)) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.length);
    log.push({ path, ext, bytes: body.length, status });
    res.writeHead(status).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Splits recorded requests into HTML, CSS, JS and other bytes. */
export function byKind(requests) {
  const sums = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: requests.length };
  for (const r of requests) {
    const kind = r.ext === '.html' ? 'html' : r.ext === '.css' ? 'css' : r.ext === '.js' || r.ext === '.mjs' ? 'js' : 'other';
    sums[kind] += r.bytes;
    sums.total += r.bytes;
  }
  return sums;
}

const settle = async (page) => {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
};

/**
 * What a page costs before any interaction: every request the page makes while
 * loading, in a fresh browser context (empty cache), until the network is idle.
 */
export async function pageWeight(browser, server, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    server.take();
    await page.goto(server.url + url, { waitUntil: 'load' });
    await settle(page);
    return byKind(server.take());
  } finally {
    await context.close();
  }
}

/**
 * Bytes a cold first search costs: load `url` in a fresh context, then open the
 * site's search (`open`), type `word`, wait for a result, and sum what was
 * requested from the moment search was opened.
 */
export async function searchWeight(browser, server, url, { open, input, result }, word) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url + url, { waitUntil: 'load' });
    await settle(page);
    server.take();
    await open(page);
    await page.locator(input).first().pressSequentially(word, { delay: 60 });
    await page.locator(result).first().waitFor({ state: 'attached', timeout: 30_000 });
    await settle(page);
    const requests = server.take();
    return { ...byKind(requests), results: await page.locator(result).count(), files: requests.map((r) => `${r.path} ${r.bytes}`) };
  } finally {
    await context.close();
  }
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
