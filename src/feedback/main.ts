import { readArticles } from './articles';
import { startCollector } from './server';

/** `npm run collector`: reads its settings from the environment, starts, and stops cleanly on SIGINT/SIGTERM. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const articlesPath = env.FEEDBACK_ARTICLES ?? `${env.HELPCENTER_OUT ?? 'dist'}/articles.json`;
  const siteUrl = env.SITE_URL ?? 'http://localhost:4321';
  const port = Number(env.FEEDBACK_PORT ?? 4322);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`FEEDBACK_PORT=${env.FEEDBACK_PORT} is not a port: use a number from 1 to 65535 (default 4322).`);
  const rateLimit = Number(env.FEEDBACK_RATE_LIMIT ?? 120);
  if (!Number.isFinite(rateLimit) || rateLimit < 1)
    throw new Error(
      `FEEDBACK_RATE_LIMIT=${env.FEEDBACK_RATE_LIMIT} is not a positive number of requests per minute (default 120).`,
    );
  if (!env.SITE_URL)
    console.warn("SITE_URL is not set: only pages from http://localhost:4321 may send events. Set it to the site's address.");
  const articles = readArticles(articlesPath);
  const collector = await startCollector({
    db: env.FEEDBACK_DB ?? 'feedback.db',
    siteUrl,
    articleIds: new Set(articles.map((a) => a.id)),
    port,
    host: env.FEEDBACK_HOST ?? '127.0.0.1',
    rateLimit,
    trustProxy: env.FEEDBACK_TRUST_PROXY === '1',
  });
  console.log(
    `Collector listening on ${collector.url} for ${new URL(siteUrl).origin} (${articles.length} articles), storing in ${env.FEEDBACK_DB ?? 'feedback.db'}.`,
  );
  const stop = () => void collector.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
