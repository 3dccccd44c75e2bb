// `npm run translations`: per language, the articles translated, missing (the /<lang>/ page shows
// the English article) and outdated (the English article was updated after the translation).
// `--json` prints the same for machines. Exits 0 whatever is missing; 2 when it cannot run.
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

try {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const { contentDir, settings } = (await runnerImport('/src/content/files.ts')).module;
  const { readTranslationStatus } = (await runnerImport('/src/content/translation-status.ts')).module;
  const { formatTranslationReport } = (await runnerImport('/src/content/translations.ts')).module;
  const statuses = readTranslationStatus(
    contentDir,
    settings.languages.slice(1).map((l) => l.code),
  );
  console.log(values.json ? JSON.stringify(statuses, null, 2) : formatTranslationReport(statuses));
} catch (error) {
  console.error(`Cannot list the translations: ${error.message}`);
  process.exit(2);
}
