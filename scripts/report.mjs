// `npm run report`: writes report/index.html from the collector's database (FEEDBACK_DB);
// `npm run report -- --json` prints the same report as JSON. See docs/feedback.md.
import { runnerImport } from 'vite';
import { root } from './paths.mjs';

try {
  const { module } = await runnerImport('/src/feedback/report-cli.ts', { root, configFile: false, logLevel: 'error' });
  module.runReport(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
