// `node scripts/bench/profile.mjs [N] [--warm]`: builds N generated articles (default
// 1,000) with this site under `--cpu-prof` and prints where the main Astro process
// spent its time (self time by package or source folder, and the top functions) and
// the process tree's memory at each phase of the build. Used to find the cause when
// a bench target is missed. (Profiling slows the build: its times are not bench times.)
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, root } from '../paths.mjs';
import { generateSites } from './generate.mjs';
import { treeRss } from './measure.mjs';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1000);
const warm = process.argv.includes('--warm');
const dir = join(import.meta.dirname, '.work', `profile-${n}`);
const profDir = join(dir, 'prof');

if (!warm) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(generateSites({ count: n, seed: 1 }).files)) {
    if (!path.startsWith('helpcenter/')) continue;
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
rmSync(profDir, { recursive: true, force: true });
const env = {
  ...process.env,
  HELPCENTER_CONTENT: join(dir, 'helpcenter'),
  HELPCENTER_OUT: join(dir, 'dist'),
  HELPCENTER_CACHE: join(dir, 'cache'),
  NO_COLOR: '1',
};
const started = Date.now();
// The whole of `npm run build` (Astro, then the search index), every Node process profiled; the biggest profile is read below.
const child = spawn(binPath('node'), ['scripts/build.mjs'], {
  cwd: root,
  env: { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}` },
  stdio: ['ignore', 'pipe', 'pipe'],
});
// Memory over the build, against the log line printed last: which phase holds the peak.
let phase = '(start)';
let peak = 0;
const phases = new Map();
const note = (chunk) => {
  for (const line of String(chunk).split('\n')) if (/\[(build|content|vite|types|helpcenter[^\]]*)\]/.test(line)) phase = line.replace(/^\S+ /, '').slice(0, 90);
};
child.stdout.on('data', note);
child.stderr.on('data', note);
const poll = setInterval(() => {
  const rss = treeRss(child.pid);
  peak = Math.max(peak, rss);
  phases.set(phase, Math.max(phases.get(phase) ?? 0, rss));
}, 200);
const status = await new Promise((resolve) => child.on('close', resolve));
clearInterval(poll);
console.log(`build of ${n} articles (${warm ? 'warm' : 'cold'}): ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${status}, peak tree RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
console.log('\nPeak tree RSS after each log line:');
for (const [line, rss] of phases) console.log(`  ${(rss / 2 ** 20).toFixed(0).padStart(6)} MiB  ${line}`);

// The biggest profile is the Astro process itself.
const profiles = readdirSync(profDir).map((f) => join(profDir, f));
const biggest = profiles.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
const profile = JSON.parse(readFileSync(biggest, 'utf8'));
const selfMicros = new Map();
const gaps = profile.timeDeltas;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (gaps[i] ?? 0)));

const where = (url) => {
  if (!url) return '(native/idle)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const src = url.match(/\/(src\/[^/]+(?:\/[^/]+)?)/);
  return src ? src[1] : url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
};
const groups = new Map();
const functions = new Map();
let total = 0;
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id);
  total += micros;
  const group = callFrame.functionName === '(idle)' || callFrame.functionName === '(program)' ? callFrame.functionName : where(callFrame.url);
  groups.set(group, (groups.get(group) ?? 0) + micros);
  const fn = `${callFrame.functionName || '(anonymous)'} ${where(callFrame.url)}:${callFrame.lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + micros);
}
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `  ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1e6).toFixed(1).padStart(6)} s  ${name}`)
    .join('\n');
console.log(`\nSelf time by package or folder (${(total / 1e6).toFixed(1)} s sampled, ${biggest}):\n${top(groups, 15)}`);
console.log(`\nTop functions by self time:\n${top(functions, 20)}`);
