import { describe, expect, it } from 'vitest';
import { buildReport, weekOf, type StoredEvent } from '../../../src/feedback/report';
import { reportHtml } from '../../../src/feedback/report-html';

const articles = [
  { id: '101', title: 'Set up auto-pay' },
  { id: '102', title: 'Add users' },
];
const events: StoredEvent[] = [
  { day: '2026-11-16', type: 'vote', article: '101', helpful: true },
  { day: '2026-11-17', type: 'vote', article: '102', helpful: false, reason: 'outdated' },
  { day: '2026-11-23', type: 'vote', article: '102', helpful: false, reason: 'unclear', comment: '<script>alert(1)</script>' },
  { day: '2026-11-23', type: 'search', query: 'auto pay', results: 3, clicked: { article: '101', position: 1 } },
  { day: '2026-11-24', type: 'search', query: 'auto pay', results: 3 },
  { day: '2026-11-24', type: 'search', query: 'fax', results: 0 },
  { day: '2026-11-29', type: 'search', query: 'invoice gst', results: 2 },
];

describe('weekOf', () => {
  it('files a day under the Monday that starts its week', () => {
    expect(weekOf('2026-11-29')).toBe('2026-11-23');
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
    expect(weekOf('2026-11-22')).toBe('2026-11-16');
  });
});

describe('buildReport', () => {
  const report = buildReport(events, articles);

  it('lists articles by "No" votes with their reasons and comments', () => {
    expect(report.articles.map(({ id, title, yes, no, reasons }) => ({ id, title, yes, no, reasons }))).toEqual([
      { id: '102', title: 'Add users', yes: 0, no: 2, reasons: { outdated: 1, unclear: 1, unsolved: 0, other: 0 } },
      { id: '101', title: 'Set up auto-pay', yes: 1, no: 0, reasons: { outdated: 0, unclear: 0, unsolved: 0, other: 0 } },
    ]);
    expect(report.articles[0]!.comments).toEqual([{ day: '2026-11-23', reason: 'unclear', text: '<script>alert(1)</script>' }]);
  });

  it('counts searches, the ones that found nothing and the ones nobody clicked', () => {
    expect(report.searches).toEqual([
      { query: 'auto pay', count: 2, results: 3, clicks: 1 },
      { query: 'fax', count: 1, results: 0, clicks: 0 },
      { query: 'invoice gst', count: 1, results: 2, clicks: 0 },
    ]);
    expect(report.zeroResults).toEqual([{ query: 'fax', count: 1 }]);
    expect(report.noClick).toEqual([{ query: 'invoice gst', count: 1, results: 2 }]);
  });

  it('sums each week', () => {
    expect(report.weeks).toEqual([
      { week: '2026-11-16', yes: 1, no: 1, searches: 0, zeroResults: 0, noClick: 0 },
      { week: '2026-11-23', yes: 0, no: 1, searches: 4, zeroResults: 1, noClick: 2 },
    ]);
    expect(report.events).toBe(7);
  });

  it('keeps the id as title of an article that left the site', () => {
    expect(buildReport([{ day: '2026-11-16', type: 'vote', article: '999', helpful: true }], articles).articles[0]!.title).toBe(
      '999',
    );
  });
});

describe('reportHtml', () => {
  const html = reportHtml(buildReport(events, articles), new Date('2026-11-29T10:00:00Z'));

  it('shows comments and queries as text, never as HTML', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
  });

  it('draws its charts inline and requests nothing from anywhere', () => {
    expect(html).toMatch(/<svg role="img" aria-label="Votes per article/);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });
});
