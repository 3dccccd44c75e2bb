import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://localhost:4422/');
const out = await p.evaluate(async (terms) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const res = {};
  for (const t of terms) { const r = await pf.search(t); res[t] = await Promise.all(r.results.slice(0,3).map(async x => { const d = await x.data(); return d.url.split('/')[2] + ' ' + x.score.toFixed(2) + ' ' + JSON.stringify(x.words.length); })); }
  return res;
}, process.argv.slice(2));
console.log(JSON.stringify(out, null, 1));
await b.close();
