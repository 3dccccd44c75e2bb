import { spawn } from 'node:child_process';
import { treeMemory } from './scripts/bench/measure.mjs';
const child = spawn(process.argv[2], process.argv.slice(3), { stdio: ['ignore', 'pipe', 'pipe'] });
let phase = 'start'; let peak = 0; const phases = new Map(); const t0 = Date.now();
const on = (d) => { for (const l of String(d).split('\n')) if (/\[(build|content|vite|helpcenter[^\]]*)\]|static routes/.test(l)) phase = l.slice(0, 80); };
child.stdout.on('data', on); child.stderr.on('data', on);
const poll = setInterval(() => { const { pss } = treeMemory(child.pid); peak = Math.max(peak, pss); phases.set(phase, Math.max(phases.get(phase) ?? 0, pss)); }, 150);
child.on('close', (c) => { clearInterval(poll); console.log(`exit ${c} in ${((Date.now() - t0) / 1000).toFixed(1)} s, peak PSS ${(peak / 2 ** 20).toFixed(0)} MiB`); for (const [p, v] of phases) console.log(String((v / 2 ** 20).toFixed(0)).padStart(6), p); });
