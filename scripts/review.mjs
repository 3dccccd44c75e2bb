// `npm run review`: lists the articles due or overdue for a check against the product, with
// owner and days overdue. `--json` prints the same for machines; `--today YYYY-MM-DD` (or
// HELPCENTER_TODAY) fixes the day; `--soon N` counts articles due within N days (default 14).
// Exits 0 whatever is due (the list is work to plan, not a failure); 2 when it cannot run.
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

try {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, today: { type: 'string' }, soon: { type: 'string', default: '14' } },
  });
  const soon = Number(values.soon);
  if (!Number.isInteger(soon) || soon < 0)
    throw new Error(`--soon "${values.soon}" is not a whole number of days, e.g. --soon 14`);
  const { contentDir, settings } = (await runnerImport('/src/content/files.ts')).module;
  const { reviewContent, reviewDay } = (await runnerImport('/src/content/review-content.ts')).module;
  const lib = (await runnerImport('/src/content/review.ts')).module;
  const options = { today: reviewDay(values.today), defaultEvery: settings.reviewEvery, soon };
  const { due, total } = reviewContent(contentDir, options);
  console.log(
    values.json ? JSON.stringify(lib.reviewJson(due, options), null, 2) : lib.formatReviewReport(due, { ...options, total }),
  );
} catch (error) {
  console.error(`Cannot list the articles due for review: ${error.message}`);
  process.exit(2);
}
