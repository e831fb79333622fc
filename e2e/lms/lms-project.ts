// The LMS packages' Playwright project and stand-in LMS server, shared by playwright.config.ts (npm test runs them in
// the same run as the site's specs, so the two workers stay busy) and playwright.lms.config.ts (npm run test:lms).
import type { PlaywrightTestConfig, Project } from '@playwright/test';
import { LMS_PORT } from './lms-helpers';

/** The stand-in LMS: serves dist-lms/ zips under deep paths and plays the LMS side of SCORM and cmi5. */
export const lmsServer: Extract<NonNullable<PlaywrightTestConfig['webServer']>, { command: string }> = {
  command: `node e2e/lms/test-lms-server.mjs --port ${LMS_PORT} --dir dist-lms`,
  url: `http://localhost:${LMS_PORT}/lms/returned`,
  reuseExistingServer: false,
  timeout: 20_000,
};

/** The LMS specs: longer journeys through a launched package, so a longer timeout, and no retry (a lost record is never a flake). */
export const lmsProject: Project = {
  name: 'lms',
  testDir: 'e2e/lms',
  testIgnore: [],
  timeout: 60_000,
  retries: 0,
  expect: { timeout: 10_000 },
  use: { baseURL: `http://localhost:${LMS_PORT}/` },
};
