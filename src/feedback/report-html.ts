import { escapeHtml } from '../shared/text';
import { REASON_LABELS, REASONS } from './events';
import type { FeedbackReport } from './report';

const YES = '#15803d';
const NO = '#b91c1c';
const BAR = '#1d4ed8';

/** Horizontal bars, one row per item, stacked segments; the labels and numbers are also in the table next to it. */
function bars(title: string, rows: { label: string; parts: { value: number; color: string }[] }[]): string {
  if (rows.length === 0) return '';
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const rowHeight = 22;
  const labelWidth = 260;
  const width = 640;
  const scale = (width - labelWidth - 40) / max;
  const body = rows
    .map((row, i) => {
      const y = i * rowHeight;
      let x = labelWidth;
      const label = row.label.length > 38 ? `${row.label.slice(0, 37)}…` : row.label;
      const segments = row.parts
        .map((part) => {
          const w = part.value * scale;
          const rect = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${part.color}"/>`;
          x += w;
          return rect;
        })
        .join('');
      const total = row.parts.reduce((s, p) => s + p.value, 0);
      return `<text x="0" y="${y + 15}">${escapeHtml(label)}</text>${segments}<text x="${(x + 4).toFixed(1)}" y="${y + 15}">${total}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${rows.length * rowHeight}" width="${width}" height="${rows.length * rowHeight}" font-size="12" font-family="system-ui, sans-serif">${body}</svg>`;
}

/** Vertical bars per week: searches, and "No" votes beside them. */
function weekly(report: FeedbackReport): string {
  if (report.weeks.length === 0) return '';
  const height = 120;
  const step = 48;
  const width = Math.max(200, report.weeks.length * step + 20);
  const max = Math.max(1, ...report.weeks.map((w) => Math.max(w.searches, w.yes + w.no)));
  const body = report.weeks
    .map((w, i) => {
      const x = 10 + i * step;
      const h1 = (w.searches / max) * (height - 30);
      const h2 = ((w.yes + w.no) / max) * (height - 30);
      return (
        `<rect x="${x}" y="${(height - 20 - h1).toFixed(1)}" width="16" height="${h1.toFixed(1)}" fill="${BAR}"/>` +
        `<rect x="${x + 18}" y="${(height - 20 - h2).toFixed(1)}" width="16" height="${h2.toFixed(1)}" fill="${NO}"/>` +
        `<text x="${x}" y="${height - 6}">${escapeHtml(w.week.slice(5))}</text>`
      );
    })
    .join('');
  return `<svg role="img" aria-label="Searches (blue) and votes (red) per week" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="11" font-family="system-ui, sans-serif">${body}</svg>`;
}

function table(headers: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return '<p class="none">Nothing yet.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/**
 * The report as one self-contained HTML page: inline styles and SVG charts,
 * no scripts and no requests to anywhere. Every text from readers (queries,
 * comments) and from articles is escaped, so it shows as text, never as HTML.
 */
export function reportHtml(report: FeedbackReport, generated: Date): string {
  const unhelpful = report.articles.filter((a) => a.no > 0).slice(0, 15);
  const comments = report.articles.flatMap((a) => a.comments.map((c) => ({ ...c, title: a.title })));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Reader feedback report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.6rem}h2{margin-top:2.5rem;font-size:1.2rem}
table{border-collapse:collapse;width:100%;margin:.75rem 0}th,td{border-bottom:1px solid #e5e7eb;padding:.3rem .5rem;text-align:left;vertical-align:top}
td:not(:first-child),th:not(:first-child){white-space:nowrap}svg{max-width:100%;height:auto;display:block;margin:.75rem 0}
.none,.meta{color:#6b7280}blockquote{margin:.5rem 0;padding:.5rem .75rem;border-left:3px solid #d1d5db;white-space:pre-wrap;overflow-wrap:anywhere}
.key span{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 1em;vertical-align:-.05em}
</style>
</head>
<body>
<h1>Reader feedback report</h1>
<p class="meta">${report.events} events · generated ${escapeHtml(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>

<h2>Articles readers found unhelpful</h2>
<p class="key"><span style="background:${NO}"></span>No<span style="background:${YES}"></span>Yes</p>
${bars(
  'Votes per article, most “No” first',
  unhelpful.map((a) => ({
    label: a.title,
    parts: [
      { value: a.no, color: NO },
      { value: a.yes, color: YES },
    ],
  })),
)}
${table(
  ['Article', 'Id', 'No', 'Yes', ...REASONS.map((r) => REASON_LABELS[r])],
  report.articles.map((a) => [a.title, a.id, a.no, a.yes, ...REASONS.map((r) => a.reasons[r])]),
)}

<h2>Comments</h2>
${
  comments.length === 0
    ? '<p class="none">No comments yet.</p>'
    : comments
        .map(
          (c) =>
            `<p><strong>${escapeHtml(c.title)}</strong> · ${escapeHtml(c.day)}${c.reason ? ` · ${escapeHtml(REASON_LABELS[c.reason as keyof typeof REASON_LABELS] ?? c.reason)}` : ''}</p><blockquote>${escapeHtml(c.text)}</blockquote>`,
        )
        .join('\n')
}

<h2>Searches that found nothing</h2>
${bars(
  'Searches with no results, most frequent first',
  report.zeroResults.slice(0, 15).map((s) => ({ label: s.query, parts: [{ value: s.count, color: NO }] })),
)}
${table(
  ['Query', 'Searches'],
  report.zeroResults.map((s) => [s.query, s.count]),
)}

<h2>Searches with results but no click</h2>
${table(
  ['Query', 'Searches', 'Results'],
  report.noClick.map((s) => [s.query, s.count, s.results]),
)}

<h2>Top searches</h2>
${bars(
  'Most frequent searches',
  report.searches.slice(0, 15).map((s) => ({ label: s.query, parts: [{ value: s.count, color: BAR }] })),
)}
${table(
  ['Query', 'Searches', 'Results', 'Clicks'],
  report.searches.slice(0, 100).map((s) => [s.query, s.count, s.results, s.clicks]),
)}

<h2>Week by week</h2>
<p class="key"><span style="background:${BAR}"></span>Searches<span style="background:${NO}"></span>Votes</p>
${weekly(report)}
${table(
  ['Week of', 'Searches', 'No results', 'No click', 'Yes', 'No'],
  report.weeks.map((w) => [w.week, w.searches, w.zeroResults, w.noClick, w.yes, w.no]),
)}
</body>
</html>
`;
}
