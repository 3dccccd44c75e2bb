// `npm run collector`: the feedback collector (src/feedback/). Settings come from the
// environment: SITE_URL, FEEDBACK_PORT (4322), FEEDBACK_DB (feedback.db); see docs/feedback.md.
import { runnerImport } from 'vite';
import { root } from './paths.mjs';

try {
  const { module } = await runnerImport('/src/feedback/main.ts', { root, configFile: false, logLevel: 'error' });
  await module.main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
