import type { AstroIntegration } from 'astro';
import { contentDir, settings } from '../content/files';
import { reviewSummary } from '../content/review';
import { statusLine } from '../content/translations';
import { reviewContent, reviewDay } from '../content/review-content';
import { readTranslationStatus } from '../content/translation-status';

/**
 * Prints one warning line when articles are due or overdue for a check against
 * the product (`npm run review` lists them). It never fails the build: an
 * article past its date is work to plan, not a broken page. The day is
 * `HELPCENTER_TODAY` when set, so tests do not depend on the calendar.
 */
export function reviewReminder(): AstroIntegration {
  return {
    name: 'helpcenter:review-summary',
    hooks: {
      'astro:build:done': ({ logger }) => {
        let line: string;
        try {
          const options = { today: reviewDay(undefined), defaultEvery: settings.reviewEvery };
          line = reviewSummary(reviewContent(contentDir, options).due);
        } catch (error) {
          // A reminder must never cost a finished build: say why it is missing instead.
          line = `cannot tell which articles are due for review: ${(error as Error).message}`;
        }
        if (line) logger.warn(line);
        if (settings.languages.length > 1) {
          try {
            const statuses = readTranslationStatus(
              contentDir,
              settings.languages.slice(1).map((l) => l.code),
            );
            logger.info(`translations: ${statusLine(statuses)} (npm run translations lists them)`);
          } catch (error) {
            logger.warn(`cannot tell where the translations stand: ${(error as Error).message}`);
          }
        }
      },
    },
  };
}
