// `npm run lint:content`: checks every article in the content folder (HELPCENTER_CONTENT,
// default `content`) as the build does and prints each problem as file:line:column, then fails once with the count.
import { runnerImport } from 'vite';

let contentDir = process.env.HELPCENTER_CONTENT ?? 'content';
let problems;
try {
  ({ contentDir } = (await runnerImport('/src/content/files.ts')).module);
  problems = (await runnerImport('/src/lint/check-content.ts')).module.checkContent(contentDir);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (problems.length === 0) {
  console.log(`Content lint: no problems in ${contentDir}/articles.`);
} else {
  const { module } = await runnerImport('/src/lint/problems.ts');
  console.error(module.formatReport(problems, 'run again'));
  process.exit(1);
}
