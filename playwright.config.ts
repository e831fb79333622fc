import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/bench/site.mjs';

// Tests run against the production build on a port of their own, never an already running server.
const port = Number(process.env.E2E_PORT || 4399);
// The same site built under a sub-path (npm run build:base), served on the next port, proves base-path support.
const basePort = port + 1;
const basePath = '/course/';
// `npm test` always builds it; when running specs by hand without it, the base-path project is skipped with a warning.
const hasBaseBuild = existsSync('dist-base/index.html');
if (!hasBaseBuild) console.warn('No dist-base/ build: skipping the base-path project (run npm run build:base).');


export default defineConfig({
  testDir: 'e2e',
  // The LMS packages have their own config and server (playwright.lms.config.ts, npm run test:lms).
  testIgnore: 'lms/**',
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
    baseURL: `http://localhost:${port}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // The system Chromium when there is one (CI, Debian), otherwise Playwright's own browser (a laptop with
    // `npx playwright install chromium`), with the flags that keep it quiet on a closed network.
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: 'site' },
    // Tests tagged @base run again against the build served under /course/.
    ...(hasBaseBuild ? [{ name: 'base-path', grep: /@base/, use: { baseURL: `http://localhost:${basePort}${basePath}` } }] : []),
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    ...(hasBaseBuild
      ? [
          {
            command: `node scripts/serve.mjs --dir dist-base --port ${basePort} --base ${basePath}`,
            url: `http://localhost:${basePort}${basePath}`,
            reuseExistingServer: false,
            timeout: 20_000,
          },
        ]
      : []),
  ],
});
