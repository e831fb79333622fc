// The builds the end-to-end tests run against, each served on a port of its own (npm test builds all three).

/** The production build (dist/), served at the root. */
export const SITE_PORT = Number(process.env.E2E_PORT || 4399);
/** The same site built under a sub-path (npm run build:base), proving base-path support. */
export const BASE_PORT = SITE_PORT + 1;
export const BASE_PATH = '/course/';
/** The fixture site (npm run build:fixture, scripts/bench/fixture-site.mjs), for the reading budget. */
export const FIXTURE_PORT = SITE_PORT + 2;
export const FIXTURE_URL = `http://localhost:${FIXTURE_PORT}/`;
// Clear of the stand-in LMS (4402) and the classroom server (4405, 4406), which run in the same Playwright run.
/** Ports the offline-copy tests (e2e/offline.spec.ts) serve a build on themselves, to redeploy it under one origin. */
export const OFFLINE_UPDATE_PORT = SITE_PORT + 10;
export const OFFLINE_REMOVAL_PORT = SITE_PORT + 11;
