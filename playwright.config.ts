import { existsSync, readdirSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { FIXTURE_OUT_DIR } from './scripts/bench/fixture-site.mjs';
import { isBuilt } from './scripts/bench/measure.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/bench/site.mjs';
import { BASE_PATH, BASE_PORT, FIXTURE_PORT, SITE_PORT } from './e2e/sites';
import { lmsProject, lmsServer } from './e2e/lms/lms-project';

// Tests run against the production build on a port of their own, never an already running server.
// `npm test` always builds the base-path site and the fixture site; when running specs by hand without them, what
// needs them is skipped with a warning.
const hasBaseBuild = isBuilt('dist-base', '');
if (!hasBaseBuild) console.warn('No dist-base/ build: skipping the base-path project (run npm run build:base).');
const hasFixtureBuild = isBuilt(FIXTURE_OUT_DIR, '');
if (!hasFixtureBuild) console.warn(`No ${FIXTURE_OUT_DIR}/ build: skipping the reading budget (run npm run build:fixture).`);
// npm test builds the LMS packages before this run, so their specs share the workers with the site's.
const hasLmsBuild = existsSync('dist-lms') && readdirSync('dist-lms').some((file) => file.endsWith('.zip'));
if (!hasLmsBuild) console.warn('No dist-lms/ packages: skipping the LMS specs (run npm run build:lms).');

const server = (dir: string, serverPort: number, base = '/') => ({
  command: `node scripts/serve.mjs --dir ${dir} --port ${serverPort}${base === '/' ? '' : ` --base ${base}`}`,
  url: `http://localhost:${serverPort}${base}`,
  reuseExistingServer: false,
  timeout: 20_000,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry in CI, as a safety net for timing on a loaded machine: a retried pass is listed as "flaky" in the log,
  // and a real failure still fails twice.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${SITE_PORT}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // The system Chromium when there is one (CI, Debian), otherwise Playwright's own browser (a laptop with
    // `npx playwright install chromium`), with the flags that keep it quiet on a closed network.
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  projects: [
    // The LMS specs have a project of their own (e2e/lms/lms-project.ts).
    { name: 'site', testIgnore: 'lms/**' },
    // Tests tagged @base run again against the build served under /course/.
    ...(hasLmsBuild ? [lmsProject] : []),
    ...(hasBaseBuild ? [{ name: 'base-path', testIgnore: 'lms/**', grep: /@base/, use: { baseURL: `http://localhost:${BASE_PORT}${BASE_PATH}` } }] : []),
  ],
  webServer: [
    server('dist', SITE_PORT),
    ...(hasBaseBuild ? [server('dist-base', BASE_PORT, BASE_PATH)] : []),
    ...(hasFixtureBuild ? [server(FIXTURE_OUT_DIR, FIXTURE_PORT)] : []),
    ...(hasLmsBuild ? [lmsServer] : []),
  ],
});
