// `npm test`: code style, type check, unit and build tests (Vitest), then a fresh build of the site and
// the browser tests (Playwright in Chromium) against it. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureDevanagariFont } from './chromium.mjs';
import { binPath, NO_TELEMETRY } from './paths.mjs';

process.env.CHROMIUM_PATH = ensureChromium();
Object.assign(process.env, NO_TELEMETRY);
ensureDevanagariFont();
const node = binPath('node');

const steps = [
  ['Code style (ESLint, Prettier)', [binPath('eslint'), '.']],
  ['Formatting (Prettier)', [binPath('prettier'), '--check', '.']],
  ['Type check (astro check, TypeScript strict)', [binPath('astro'), 'check']],
  ['Unit and build tests', [binPath('vitest'), 'run']],
  ['Build the site', ['scripts/build.mjs']],
  ['Browser tests', [binPath('playwright'), 'test']],
];

for (const [name, args] of steps) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(node, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(status ?? 1);
  }
}
console.log('\n✓ All tests passed.');
