// The builds the end-to-end tests run against, each served on a port of its own (npm test builds all three).
import { existsSync } from 'node:fs';
import { FIXTURE_OUT_DIR } from '../scripts/bench/fixture-site.mjs';

/** The production build (dist/), served at the root. */
export const SITE_PORT = Number(process.env.E2E_PORT || 4399);
/** The same site built under a sub-path (npm run build:base), proving base-path support. */
export const BASE_PORT = SITE_PORT + 1;
export const BASE_PATH = '/course/';
/** The fixture site (npm run build:fixture): the course plus a reading-only lesson, for the reading budget. */
export const FIXTURE_PORT = SITE_PORT + 2;
export const FIXTURE_DIR = FIXTURE_OUT_DIR;
export const FIXTURE_URL = `http://localhost:${FIXTURE_PORT}/`;

/** Whether a build folder holds a built site. */
export const isBuiltSite = (dir: string) => existsSync(`${dir}/index.html`);
