import { chromium } from '@playwright/test';
import { relevanceCases } from './tests/e2e/search-queries.ts';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('pageerror', e => console.log('pageerror:', e.message));
let hits = 0;
const only = process.argv[2];
for (const c of relevanceCases.filter(c => !only || c.query.includes(only))) {
  await p.goto('http://localhost:4422/search/?q=' + encodeURIComponent(c.query));
  await p.locator('[data-search-results], [data-search-empty]').first().waitFor();
  const hrefs = await p.locator('[data-search-result] > a').evaluateAll(as => as.map(a => new URL(a.href).pathname.split('/')[2]));
  const corr = await p.locator('[data-search-corrected] strong').allInnerTexts();
  const pos = hrefs.indexOf(c.expect);
  const ok = pos >= 0 && pos < 3;
  if (ok) hits++;
  console.log(ok ? '✓' : '✗', c.kind, JSON.stringify(c.query), corr.join(''), '→', pos, hrefs.slice(0,3).join(' '));
}
console.log('hit rate', hits, '/', relevanceCases.length);
await b.close();
