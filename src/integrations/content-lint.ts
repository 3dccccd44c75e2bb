import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content-files';
import { formatLintProblem, formatLintReport } from '../lib/lint';
import { lintContent } from '../lint-content';

/**
 * Runs the content lint (`npm run lint:content`) before Astro does anything
 * else. A build stops with every problem as `file:line:column: message (fix)`
 * and their count, before a single page is written; `astro dev` only warns, so
 * an author can keep previewing while fixing. Results are cached per file in
 * Astro's cache folder, so only changed articles are linted again.
 */
export function contentLint(): AstroIntegration {
  return {
    name: 'helpcenter:content-lint',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = lintContent(contentDir, { cacheFile: fileURLToPath(new URL('helpcenter-lint.json', config.cacheDir)) });
        if (problems.length === 0) return;
        if (command === 'dev') {
          for (const problem of problems) logger.warn(formatLintProblem(problem));
          return;
        }
        const error = new Error(
          `Content lint failed (run \`npm run lint:content\` to check again without building):\n${formatLintReport(problems)}`,
        );
        // The lines above already say where each problem is; Astro's stack trace of this hook would only bury them.
        error.stack = '';
        throw error;
      },
    },
  };
}
