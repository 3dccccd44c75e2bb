import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/files';
import { formatProblem, formatReport } from '../lint/problems';
import { checkContent } from '../lint/check-content';

/**
 * Runs the content check (`npm run lint:content`: syntax, schema, lint rules,
 * components, links between articles) before Astro does anything else. A build
 * stops with every problem as `file:line:column: message (fix)` and their
 * count, before a single page is written; `astro dev` warns here, and the
 * content loader checks each article again when it is saved. Results are cached
 * per file in Astro's cache folder, so only changed articles are checked again.
 */
export function contentLint(): AstroIntegration {
  return {
    name: 'helpcenter:content-lint',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkContent(contentDir, { cacheFile: fileURLToPath(new URL('helpcenter-lint.json', config.cacheDir)) });
        if (problems.length === 0) return;
        if (command === 'dev') {
          for (const problem of problems) logger.warn(formatProblem(problem));
          return;
        }
        // An author's mistake, not a crash: Astro would wrap a thrown error in an "unhandled error … hook"
        // banner and a stack trace, which only bury the lines that say where each problem is.
        logger.error(
          `Content check failed (run \`npm run lint:content\` to check again without building):\n${formatReport(problems, 'build again')}`,
        );
        process.exit(1);
      },
    },
  };
}
