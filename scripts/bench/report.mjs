// Turns bench results into the Markdown tables of bench/results.md.

const KB = 1024;
const kb = (bytes) => (typeof bytes === 'number' ? `${(bytes / KB).toFixed(1)} KB` : '—');
const mib = (bytes) => (typeof bytes === 'number' ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : '—');
const sec = (s) => (typeof s === 'number' ? `${s.toFixed(1)} s` : '—');
const num = (x, digits = 1) => (typeof x === 'number' ? x.toFixed(digits) : '—');
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const thousands = (n) => n.toLocaleString('en-US');

/** The larger of the cold and warm peak, for one site. */
const peak = (site, key) => {
  const values = [site.cold?.[key], site.warm?.[key]].filter((v) => typeof v === 'number');
  return values.length ? Math.max(...values) : undefined;
};

function sizeTable(size) {
  const { ours, starlight: sl } = size;
  const row = (label, a, b, format, r = ratio(a, b)) => `| ${label} | ${format(a)} | ${format(b)} | ${r} |`;
  const search = (s) => (s?.firstSearch && !s.firstSearch.error ? s.firstSearch.total : undefined);
  const searchNote = (s) => (s?.firstSearch?.error ? ` (failed: ${s.firstSearch.error})` : s?.firstSearch ? '' : ' (no search in this build)');
  const lines = [
    `### ${thousands(size.n)} articles`,
    '',
    '| Measure | This site | Starlight | This site ÷ Starlight |',
    '| --- | ---: | ---: | ---: |',
    row('Build wall time, cold (fresh caches; ours renders new diagrams)', ours.cold?.seconds, sl.cold?.seconds, sec),
    row('Build wall time, cold as CI sees it (fresh clone: empty build cache, committed diagram cache present; Starlight cold)', ours.ciCold?.seconds, sl.cold?.seconds, sec),
    row('Build wall time, warm (second build, caches kept)', ours.warm?.seconds, sl.warm?.seconds, sec),
    row('HTML pages built', ours.warm?.pages ?? ours.cold?.pages, sl.warm?.pages ?? sl.cold?.pages, (x) => num(x, 0)),
    row('Pages per second, warm', ours.warm?.pagesPerSecond, sl.warm?.pagesPerSecond, num),
    row('**Articles per second, warm** (throughput)', ours.warm?.articlesPerSecond, sl.warm?.articlesPerSecond, num),
    row('Articles per second, cold', ours.cold?.articlesPerSecond, sl.cold?.articlesPerSecond, num),
    row('**Articles per second, cold as CI sees it**', ours.ciCold?.articlesPerSecond, sl.cold?.articlesPerSecond, num),
    row('Peak memory, process tree (PSS sum: shared pages once)', peak(ours, 'peakTreePss'), peak(sl, 'peakTreePss'), mib),
    row('Peak memory, process tree (RSS sum: shared pages per process)', peak(ours, 'peakTreeRss'), peak(sl, 'peakTreeRss'), mib),
    row('Peak memory, largest single process', peak(ours, 'peakProcessRss'), peak(sl, 'peakProcessRss'), mib),
    row('Article page before interaction: HTML (gzip)', ours.articlePage?.html, sl.articlePage?.html, kb),
    row('… CSS', ours.articlePage?.css, sl.articlePage?.css, kb),
    row('… JS', ours.articlePage?.js, sl.articlePage?.js, kb),
    row('… other (images, fonts, SVG)', ours.articlePage?.other, sl.articlePage?.other, kb),
    row('**… total** (median of sampled articles)', ours.articlePage?.total, sl.articlePage?.total, kb),
    row('Article with a diagram, total', ours.diagramPage?.total, sl.diagramPage?.total, kb),
    row('Search files on the host (gzip where text)', ours.searchIndexBytes, sl.searchIndexBytes, kb),
    row(`Cold first one-word search${searchNote(ours)}${searchNote(sl) ? ` / Starlight${searchNote(sl)}` : ''}`, search(ours), search(sl), kb),
  ];
  const errors = ['cold', 'ciCold', 'warm'].flatMap((k) =>
    [
      ['This site', ours[k]],
      ['Starlight', sl[k]],
    ]
      .filter(([, r]) => r?.error)
      .map(([who, r]) => `- ${who} ${k} build failed: ${r.error}`),
  );
  return [...lines, ...(errors.length ? ['', ...errors] : [])].join('\n');
}

/** Hit / miss for each target of issue 7, with the numbers behind it. */
export function evaluateTargets(results) {
  const at = (n) => results.sizes.find((s) => s.n === n);
  const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? '✅ hit' : '❌ miss');
  const targets = [];
  const measured = results.sizes.filter((s) => s.ours.articlePage);
  const worstTotal = measured.length ? Math.max(...measured.map((s) => s.ours.articlePage.total)) : undefined;
  const worstJs = measured.length ? Math.max(...measured.map((s) => s.ours.articlePage.js)) : undefined;
  targets.push(['Article page before interaction ≤ 20 KB gzip (largest median over sizes)', kb(worstTotal), verdict(worstTotal === undefined ? undefined : worstTotal <= 20 * KB)]);
  const guide = results.real?.pages?.guide?.total;
  targets.push(['The guide (with its diagram) ≤ 28 KB gzip', kb(guide), verdict(guide === undefined ? undefined : guide <= 28 * KB)]);
  targets.push(['Article JS before interaction ≤ 4 KB gzip', kb(worstJs), verdict(worstJs === undefined ? undefined : worstJs <= 4 * KB)]);
  for (const n of [1000, 5000]) {
    const s = at(n);
    const warm = s && s.ours.warm?.seconds && s.starlight.warm?.seconds ? s.starlight.warm.seconds / s.ours.warm.seconds : undefined;
    const cold = s && s.ours.cold?.seconds && s.starlight.cold?.seconds ? s.starlight.cold.seconds / s.ours.cold.seconds : undefined;
    targets.push([
      `Build throughput ≥ 2× Starlight's at ${thousands(n)} (warm; cold in brackets)`,
      warm === undefined ? '—' : `${warm.toFixed(2)}× (${cold?.toFixed(2) ?? '—'}×)`,
      verdict(warm === undefined ? undefined : warm >= 2),
    ]);
  }
  for (const n of [1000, 5000]) {
    const s = at(n);
    const ci = s && s.ours.ciCold?.seconds && s.starlight.cold?.seconds ? s.starlight.cold.seconds / s.ours.ciCold.seconds : undefined;
    targets.push([`Cold build as CI sees it ≥ 1.5× Starlight's cold at ${thousands(n)}`, ci === undefined ? '—' : `${ci.toFixed(2)}×`, verdict(ci === undefined ? undefined : ci >= 1.5)]);
  }
  const s100 = at(100);
  const warm100 = s100 && s100.ours.warm?.seconds && s100.starlight.warm?.seconds ? s100.starlight.warm.seconds / s100.ours.warm.seconds : undefined;
  targets.push(["Warm build at 100 at least as fast as Starlight's", warm100 === undefined ? '—' : `${warm100.toFixed(2)}×`, verdict(warm100 === undefined ? undefined : warm100 >= 1)]);
  const s2500 = at(2500);
  const s5000 = at(5000);
  const scale = s2500?.ours.warm?.seconds && s5000?.ours.warm?.seconds ? s5000.ours.warm.seconds / s2500.ours.warm.seconds : undefined;
  const scaleCold = s2500?.ours.cold?.seconds && s5000?.ours.cold?.seconds ? s5000.ours.cold.seconds / s2500.ours.cold.seconds : undefined;
  targets.push(['5,000 articles take ≤ 2.2× the time of 2,500 (warm; cold in brackets)', scale === undefined ? '—' : `${scale.toFixed(2)}× (${scaleCold?.toFixed(2) ?? '—'}×)`, verdict(scale === undefined ? undefined : scale <= 2.2)]);
  const mem = s5000 ? (peak(s5000.ours, 'peakTreePss') ?? peak(s5000.ours, 'peakTreeRss')) : undefined;
  targets.push(['Peak memory ≤ 2 GB at 5,000 (process tree, PSS)', mib(mem), verdict(mem === undefined ? undefined : mem <= 2 * 2 ** 30)]);
  const search = s5000?.ours.firstSearch && !s5000.ours.firstSearch.error ? s5000.ours.firstSearch.total : undefined;
  targets.push(['Cold first search ≤ 100 KB at 5,000', kb(search), verdict(search === undefined ? undefined : search <= 100 * KB)]);
  const lh = results.real?.lighthouse;
  if (lh && !lh.error) {
    const scores = Object.entries(lh).map(([page, r]) => (r.error ? `${page}: failed` : `${page} ${Object.values(r.scores).join('/')}`));
    const all100 = Object.values(lh).every((r) => !r.error && Object.values(r.scores).every((v) => v === 100));
    const anyError = Object.values(lh).some((r) => r.error);
    targets.push(['Lighthouse 100 in all four categories (perf/a11y/best practices/SEO)', scores.join('; '), anyError ? 'not measured' : verdict(all100)]);
  } else {
    targets.push(['Lighthouse 100 in all four categories', lh?.error ?? '—', 'not measured']);
  }
  return targets;
}

/** The whole Markdown report: machine, one table per size, the real site and the targets. */
export function renderMarkdown(results) {
  const m = results.machine;
  const parts = [
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} cores, ${m.memoryGiB} GiB, ${m.cpu}, Node ${m.node} ` +
      `(load average ${m.loadAverage} at the start${m.loadAverageAfter ? `, ${m.loadAverageAfter} at the end` : ''}; the machine was shared, so compare the ratios). ` +
      `This site at ${m.commit} on Astro ${m.astro}; Starlight ${m.starlight} on Astro ${m.starlightAstro}. ` +
      `Seed ${results.seed}; search word “${results.word}”. Bytes are gzip level 6 for text; Pagefind's own files as stored (already compressed).`,
    '',
    'Cold = fresh Astro cache and, for this site, an empty diagram cache, so the 1 in 20 articles with a Mermaid diagram are rendered in Chromium. ' +
      'Cold as CI sees it = a fresh clone: empty build cache, the committed diagram cache present. ' +
      'Warm = an immediate second build with every cache kept (the diagram cache is committed in a real repository). **The throughput ratio uses warm builds**; cold is shown beside it.' +
      (results.repeat > 1
        ? ` Up to 1,000 articles every build except this site's first cold one ran ${results.repeat} times, the two sites alternating; the median is shown (each run in results.json).`
        : ''),
    '',
    ...results.sizes.flatMap((s) => [sizeTable(s), '']),
  ];
  const real = results.real;
  if (real && !real.error) {
    parts.push('### The real site (content/)', '', '| Page | HTML | CSS | JS | Other | Total (gzip, before interaction) |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, p] of Object.entries(real.pages)) parts.push(`| ${name} (\`${p.url}\`) | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.js)} | ${kb(p.other)} | ${kb(p.total)} |`);
    parts.push('');
    if (real.lighthouse && !real.lighthouse.error) {
      parts.push('Lighthouse (mobile preset, system Chromium, median of 3):', '', '| Page | Performance | Accessibility | Best practices | SEO | Audits below full score |', '| --- | ---: | ---: | ---: | ---: | --- |');
      for (const [name, r] of Object.entries(real.lighthouse)) {
        if (r.error) parts.push(`| ${name} | failed: ${r.error} | | | | |`);
        else parts.push(`| ${name} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.failing.join(', ') || 'none'} |`);
      }
      parts.push('');
    } else if (real.lighthouse?.error) parts.push(`Lighthouse could not run: ${real.lighthouse.error}`, '');
  } else if (real?.error) parts.push(`The real site could not be measured: ${real.error}`, '');
  parts.push('### Targets', '', '| Target | Measured | Result |', '| --- | --- | --- |', ...evaluateTargets(results).map((t) => `| ${t.join(' | ')} |`), '');
  return `${parts.join('\n')}`;
}
