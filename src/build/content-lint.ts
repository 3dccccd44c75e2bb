import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runnerImport } from 'vite';
import { contentDir } from '../content/files';
import { formatProblem, formatReport } from '../lint/problems';
import { checkContent } from '../lint/check-content';
import { checkRendering, type ArticleRendererModule } from '../lint/check-rendering';

/**
 * Runs the content check (`npm run lint:content`: syntax, schema, lint rules,
 * components, links between articles) before Astro does anything else. A build
 * stops with every problem as `file:line:column: message (fix)` and their
 * count, before a single page is written; the articles that passed are
 * rendered first (`checkRendering`), so what only rendering finds is listed in
 * the same run. `astro dev` warns here, and the content loader checks each
 * article again when it is saved. Results are cached per file in Astro's cache
 * folder, so only changed articles are checked again.
 */
export function contentLint(): AstroIntegration {
  return {
    name: 'helpcenter:content-lint',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const checked = checkContent(contentDir, { cacheFile: fileURLToPath(new URL('helpcenter-lint.json', config.cacheDir)) });
        if (checked.length === 0) return;
        if (command === 'dev') {
          for (const problem of checked) logger.warn(formatProblem(problem));
          return;
        }
        // The build stops here, so what only rendering finds is looked for now, in the articles that passed:
        // every problem is listed in one run, as `npm run lint:content` lists them.
        const root = fileURLToPath(config.root);
        const { problems, failures } = await checkRendering(contentDir, checked, {
          root,
          base: config.base,
          cacheFile: fileURLToPath(new URL('helpcenter-render-check.json', config.cacheDir)),
          // The module runner that loaded this integration is closed by now: the renderer gets one of its own.
          loadRenderer: async () =>
            (await runnerImport<ArticleRendererModule>('/src/build/article-renderer.ts', { root, logLevel: 'error' })).module,
        });
        // An author's mistake, not a crash: Astro would wrap a thrown error in an "unhandled error … hook"
        // banner and a stack trace, which only bury the lines that say where each problem is.
        logger.error(
          `Content check failed (run \`npm run lint:content\` to check again without building):\n${formatReport(problems, 'build again')}`,
        );
        for (const failure of failures) logger.error(failure);
        process.exit(1);
      },
    },
  };
}
