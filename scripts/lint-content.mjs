// `npm run lint:content`: checks every article in the content folder (HELPCENTER_CONTENT,
// default `content`) as the build does, then renders those that pass as the build renders them
// (missing screenshots, broken diagrams, links to missing anchors), and prints each problem as
// file:line:column, then fails once with the count. Results are kept in the build's cache folder
// (HELPCENTER_CACHE), so a second run checks and renders only what changed.
// `--then="build again"` says what to do after fixing (the build hands a failed check over to this script).
import { runnerImport } from 'vite';

const then = process.argv.find((arg) => arg.startsWith('--then='))?.slice('--then='.length) ?? 'run again';

let lint;
let result;
try {
  // Each `runnerImport` loads the modules it needs anew: the check in one, and the renderer
  // (about 0.3 s of code to load) in another only when an article changed since the last run.
  ({ module: lint } = await runnerImport('/src/lint/lint-content.ts'));
  result = await lint.lintContent({
    base: process.env.BASE_PATH ?? '/',
    loadRenderer: async () => (await runnerImport('/src/build/article-renderer.ts')).module,
  });
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const { problems, warnings, failures, contentDir } = result;
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (problems.length > 0) console.error(lint.formatReport(problems, then));
// An article that could not be rendered (a new diagram and no browser) is not fully checked: the run says so and fails.
for (const failure of failures) console.error(failure);
if (failures.length > 0) process.exit(2);
if (problems.length > 0) process.exit(1);
console.log(`Content lint: no problems in ${contentDir}/articles.`);
