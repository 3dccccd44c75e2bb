// `npm run bench:collector`: the feedback collector's reliability on loopback.
// 1. 20,000 events, one per request, from 50 concurrent clients against `npm run collector`
//    (its own process, WAL mode), paced at 20,000 a minute (the target): p50/p99/max
//    latency, and that every acknowledged event is in the database.
// 1b. The same, unpaced (each client sends again as soon as it has its answer): the ceiling in events/s.
// 2. The same load again, with the collector killed (SIGKILL) half-way and restarted: every
//    event it had acknowledged must still be there.
// The rate limit is lifted for the run (FEEDBACK_RATE_LIMIT), since all 50 clients share 127.0.0.1.
//
//   npm run bench:collector
//   BENCH_EVENTS=5000 npm run bench:collector
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { root } from '../paths.mjs';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const CLIENTS = 50;
const SITE = 'http://127.0.0.1:4321';
const ids = Array.from({ length: 50 }, (_, i) => String(100 + i));

const load = async (path) => (await runnerImport(path, { root, configFile: false, logLevel: 'error' })).module;
const { sendLoad } = await load('/src/feedback/load.ts');
const { EventStore, storedMarkers } = await load('/src/feedback/store.ts');

const dir = mkdtempSync(join(tmpdir(), 'helpcenter-bench-collector-'));
writeFileSync(join(dir, 'articles.json'), JSON.stringify({ articles: ids.map((id) => ({ id, title: `Article ${id}` })) }));

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function collector(db, port) {
  const child = spawn(process.execPath, [join(root, 'scripts/collector.mjs')], {
    env: {
      ...process.env,
      FEEDBACK_DB: db,
      FEEDBACK_PORT: String(port),
      FEEDBACK_ARTICLES: join(dir, 'articles.json'),
      SITE_URL: SITE,
      FEEDBACK_RATE_LIMIT: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => chunk.toString().includes('Collector listening') && resolve());
    child.on('exit', (code) => reject(new Error(`the collector exited with ${code}`)));
  });
  return child;
}

// The collector's own CPU time (user + system, Linux /proc), so its cost per event can be read apart
// from what else the machine was doing.
function cpuSeconds(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return NaN;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const stop = (child, signal) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill(signal);
  });

function missing(db, acknowledged) {
  const store = new EventStore(db);
  try {
    const stored = storedMarkers(store);
    return { missing: acknowledged.filter((m) => !stored.has(m)).length, stored: store.count() };
  } finally {
    void store.close();
  }
}

const ms = (n) => `${n.toFixed(1)} ms`;
try {
  console.log(`Load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores: above 2, the figures include waiting for a CPU)`);
  // 1. Latency at the target rate, then the ceiling.
  const runs = [];
  for (const [name, ratePerSecond] of [
    ['paced at 20,000 a minute', 20_000 / 60],
    ['unpaced', undefined],
  ]) {
    const db = join(dir, `load-${runs.length}.db`);
    const port = await freePort();
    const child = await collector(db, port);
    const cpuAtStart = cpuSeconds(child.pid);
    const result = await sendLoad({
      url: `http://127.0.0.1:${port}`,
      origin: SITE,
      events: EVENTS,
      concurrency: CLIENTS,
      articleIds: ids,
      ...(ratePerSecond ? { ratePerSecond } : {}),
    });
    const cpu = cpuSeconds(child.pid) - cpuAtStart;
    await stop(child, 'SIGTERM');
    const check = missing(db, result.acknowledged);
    runs.push({ result, check });
    console.log(`Load, ${name}: ${EVENTS} events from ${CLIENTS} concurrent clients on loopback`);
    console.log(`  acknowledged ${result.acknowledged.length}, failed ${JSON.stringify(result.failures)}`);
    console.log(`  ${(result.ms / 1000).toFixed(1)} s, ${Math.round((result.acknowledged.length / result.ms) * 1000)} events/s`);
    console.log(`  latency p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, max ${ms(result.max)}`);
    console.log(`  stored ${check.stored}, acknowledged but missing ${check.missing}`);
    console.log(`  collector CPU ${cpu.toFixed(1)} s: ${((cpu / EVENTS) * 1e6).toFixed(0)} µs per event`);
  }

  // 2. SIGKILL half-way, then restart.
  const db2 = join(dir, 'kill.db');
  const port2 = await freePort();
  const victim = await collector(db2, port2);
  const killed = await sendLoad({
    url: `http://127.0.0.1:${port2}`,
    origin: SITE,
    events: EVENTS,
    concurrency: CLIENTS,
    articleIds: ids,
    timeoutMs: 3000,
    onAck: (n) => n === Math.floor(EVENTS / 2) && victim.kill('SIGKILL'),
  });
  const restarted = await collector(db2, port2);
  await stop(restarted, 'SIGTERM');
  const check2 = missing(db2, killed.acknowledged);
  console.log(`Kill: SIGKILL after ${Math.floor(EVENTS / 2)} acknowledged events, then restart`);
  console.log(`  acknowledged ${killed.acknowledged.length}, stored ${check2.stored}, acknowledged but missing ${check2.missing}`);

  console.log(`Load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const ok =
    check2.missing === 0 && runs.every(({ result, check }) => check.missing === 0 && result.acknowledged.length === EVENTS);
  console.log(ok ? 'OK: no acknowledged event lost.' : 'FAILED: acknowledged events were lost or refused.');
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
