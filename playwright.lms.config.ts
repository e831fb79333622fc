import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/bench/site.mjs';

// The LMS packages' tests (npm run test:lms, after npm run build:lms): a stand-in LMS on its own port serves the
// zips under deep paths, plays the LMS side of SCORM 1.2/2004 (scorm-again) and cmi5 (a mock LMS and LRS).
const port = Number(process.env.LMS_E2E_PORT || 4402);

export default defineConfig({
  testDir: 'e2e/lms',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // The system Chromium when there is one (CI, Debian), otherwise Playwright's own browser (a laptop with
    // `npx playwright install chromium`), with the flags that keep it quiet on a closed network.
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  webServer: {
    command: `node e2e/lms/test-lms-server.mjs --port ${port} --dir dist-lms`,
    url: `http://localhost:${port}/lms/returned`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
