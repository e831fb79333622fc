import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { lmsProject, lmsServer } from './e2e/lms/lms-project';

// The LMS specs alone (npm run test:lms builds the packages first): the main config's browser and reporting, with
// only the LMS project and its stand-in LMS server. `npm test` runs them inside the main Playwright run instead.
export default defineConfig({ ...base, projects: [lmsProject], webServer: [lmsServer] });
