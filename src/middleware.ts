import { defineMiddleware } from 'astro:middleware';
import { throwDevProblems } from './lint/dev-problems';

/**
 * `astro dev` only: while a saved article has content problems, every page
 * shows them in Astro's error overlay (file:line, message, fix) instead of
 * quietly serving the last good version.
 */
export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) throwDevProblems();
  return next();
});
