import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/files';
import { formatProblem, formatReport } from '../lint/problems';
import { checkContent } from '../lint/check-content';

/**
 * Runs the content check (`npm run lint:content`: syntax, schema, lint rules,
 * components, links between articles) before Astro does anything else. A build
 * stops with every problem as `file:line:column: message (fix)` and their
 * count, before a single page is written; the articles that passed are
 * rendered first (by `npm run lint:content`), so what only rendering finds is
 * listed in the same run. `astro dev` warns here, and the content loader checks each
 * article again when it is saved. Results are cached per file in Astro's cache
 * folder, so only changed articles are checked again.
 */
export function contentLint(): AstroIntegration {
  return {
    name: 'helpcenter:content-lint',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const checked = checkContent(contentDir, { cacheFile: fileURLToPath(new URL('helpcenter-lint.json', config.cacheDir)) });
        if (checked.length === 0) return;
        if (command === 'dev') {
          for (const problem of checked) logger.warn(formatProblem(problem));
          return;
        }
        // The build stops here. What only rendering finds in the articles that passed is looked for too, by
        // `npm run lint:content` itself, so the report lists every problem in one run and in its words. It runs
        // as a process of its own, waited for: awaited here, Astro would print "Waiting for integration … hook"
        // after 3 s (Chromium drawing a diagram), which only buries the report.
        const root = fileURLToPath(config.root);
        const lint = spawnSync(process.execPath, [join(root, 'scripts', 'lint-content.mjs'), '--then=build again'], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, BASE_PATH: config.base },
        });
        const report = `${lint.stdout ?? ''}${lint.stderr ?? ''}`.trim() || formatReport(checked, 'build again');
        // An author's mistake, not a crash: Astro would wrap a thrown error in an "unhandled error … hook"
        // banner and a stack trace, which only bury the lines that say where each problem is.
        logger.error(`Content check failed (run \`npm run lint:content\` to check again without building):\n${report}`);
        process.exit(1);
      },
    },
  };
}
