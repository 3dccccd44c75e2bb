// Lighthouse (its default mobile preset) on pages of a served site, with the system
// Chromium: the four category scores, median of three runs per page.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../chromium.mjs';
import { median } from './measure.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const cli = join(import.meta.dirname, 'node_modules', 'lighthouse', 'cli', 'index.js');

function once(url, outputPath, chromePath) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        `--output-path=${outputPath}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0 || !existsSync(outputPath)) {
        reject(new Error(`lighthouse exited with ${status} on ${url}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
        return;
      }
      const report = JSON.parse(readFileSync(outputPath, 'utf8'));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
      // Audits that cost points (weighted in a category and below full score), so a miss names its cause.
      const weighted = new Set(CATEGORIES.flatMap((c) => (report.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
      const failing = [...weighted].filter((id) => typeof report.audits[id]?.score === 'number' && report.audits[id].score < 1);
      resolve({ scores, failing, runtimeError: report.runtimeError?.message });
    });
  });
}

/**
 * Runs Lighthouse three times on each `[name, path]` under `baseUrl`.
 * Returns per page the median score of each category and the audits that failed in any run,
 * or `{ error }` saying why Lighthouse could not run.
 */
export async function runLighthouse(baseUrl, pages, outDir) {
  const chromePath = findChromium();
  if (!existsSync(cli)) return { error: `lighthouse is not installed in scripts/bench/node_modules (npm install --prefix scripts/bench)` };
  if (!chromePath) return { error: 'no Chromium found for Lighthouse (apt-get install -y chromium, or set CHROMIUM_PATH)' };
  mkdirSync(outDir, { recursive: true });
  const results = {};
  for (const [name, path] of pages) {
    const runs = [];
    try {
      for (let i = 0; i < 3; i++) {
        const output = join(outDir, `${name}-${i}.json`);
        // Lighthouse sometimes fails to record its own trace ("NO_NAVSTART"): that run is tried once more.
        runs.push(await once(baseUrl + path, output, chromePath).catch((error) => {
          if (!/Runtime error encountered/.test(String(error))) throw error;
          return once(baseUrl + path, output, chromePath);
        }));
      }
    } catch (error) {
      results[name] = { error: error instanceof Error ? error.message : String(error) };
      continue;
    }
    results[name] = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
      runs: runs.map((r) => r.scores),
      failing: [...new Set(runs.flatMap((r) => r.failing))],
    };
  }
  return results;
}
