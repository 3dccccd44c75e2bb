import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildReport } from './report';
import { reportHtml } from './report-html';
import { readArticles } from './articles';
import { EventStore } from './store';

/** `npm run report [-- --json]`: the report of FEEDBACK_DB, as JSON on stdout or as report/index.html. */
export function runReport(args: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  const db = env.FEEDBACK_DB ?? 'feedback.db';
  if (!existsSync(db))
    throw new Error(
      `${db} was not found: start the collector (npm run collector) first, or set FEEDBACK_DB to its database file.`,
    );
  const articlesPath = env.FEEDBACK_ARTICLES ?? `${env.HELPCENTER_OUT ?? 'dist'}/articles.json`;
  const articles = existsSync(articlesPath) ? readArticles(articlesPath) : [];
  const store = new EventStore(db);
  let events;
  try {
    events = store.all();
  } finally {
    void store.close();
  }
  const report = buildReport(events, articles);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const out = env.FEEDBACK_REPORT ?? 'report/index.html';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, reportHtml(report, new Date()));
  console.log(`Report of ${report.events} events written to ${out}.`);
}
