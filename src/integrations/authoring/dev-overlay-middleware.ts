// `npm run dev` only (added by dev-overlay.ts): while a content file has a mistake, every page answers with it, so
// Astro shows its error overlay (file, field, line and the lines around it) instead of the page's last valid version.
import { defineMiddleware } from 'astro:middleware';
import { firstContentProblem } from './content-problems';

/** Throws the recorded content problem, if any, before the page renders. */
export const onRequest = defineMiddleware((_context, next) => {
  const problem = firstContentProblem();
  if (problem) throw problem;
  return next();
});
