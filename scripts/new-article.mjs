// `npm run new -- "How do I …?"`: creates content/articles/<slug>.mdx with the next free id,
// today's date and every required field, with TODOs the content lint rejects until replaced.
import { runnerImport } from 'vite';

const title = process.argv.slice(2).join(' ').trim();
try {
  const { contentDir, categories, retired } = (await runnerImport('/src/content/files.ts')).module;
  const { createArticle } = (await runnerImport('/src/content/create-article.ts')).module;
  const { path, id } = createArticle(
    title,
    contentDir,
    categories.map((c) => c.slug),
    retired.map((r) => r.id),
  );
  console.log(`Created ${path} (id ${id}).
Replace every TODO (docs/authoring.md shows each field and component), then run \`npm run lint:content\`.`);
} catch (error) {
  console.error(`Cannot create the article: ${error.message}`);
  process.exit(1);
}
