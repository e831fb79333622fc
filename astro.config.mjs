// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { lmsShell } from './scripts/lms/astro-integration.mjs';
import { securityHeaders } from './src/integrations/security-headers';
import { startDirective } from './src/integrations/start-directive';
import { liveModules } from './src/integrations/live-modules';
import { authoringErrors } from './src/integrations/authoring/dev-overlay';
import { astroCspConfig } from './src/lib/security/policy';
import { themeBootScript } from './src/stores/theme-boot';
import { instructorBootScript } from './src/stores/instructor-mode-boot';

// Deploy settings come from the environment so one build script serves every host:
// SITE_URL enables canonical URLs, BASE_PATH serves the course under a sub-path, OUT_DIR keeps parallel builds apart.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
const outDir = process.env.OUT_DIR || './dist';
// The LMS build's head scripts read storage keys of their own package, worked out from this base at run time.
const lmsBase = process.env.LMS_BUILD === 'true' ? base : null;

// React, React DOM, the scheduler and Astro's React renderer load together on every page with an island, so they
// ship as one chunk (plus the renderer's one-line entry file): split automatically they came as four files, each a
// request and its own gzip stream, which put the exercise page over its budget.
const REACT_RUNTIME = /[\\/]node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react|@nanostores[\\/]react|nanostores[\\/]listen-keys)[\\/]/;
// The sorting rules both exercise islands share (src/lib/sort) ship as one chunk rather than one per module: a
// request and a gzip stream fewer on the drag-and-drop page, whose budget is tight. The verbs that record exercises,
// which the same two islands and no other use, come with them.
const SORT_RULES = /[\\/]src[\\/](lib[\\/]sort[\\/]|lib[\\/]progress[\\/]exercise-attempts\.ts|stores[\\/]exercise-progress\.ts)/;
// The quiz rules the knowledge checks, the Review page and the progress dashboard share (grading, versions of a check,
// the seeded option order) ship as one chunk: split by who imports what they came as two, and the lesson pages with a
// check paid a request and a gzip stream more for the few hundred bytes of the option shuffle.
const QUIZ_RULES = /[\\/]src[\\/]lib[\\/]quiz[\\/](grading|versions|shuffle)\.ts$/;
// The progress store and the rules every page runs with it (reading, merging and checking saved progress) ship as one
// chunk. Left to itself the bundler puts `own`, which the sorting rules also use, in the sort-rules chunk, and every
// reading page then loads that chunk too. The nanostores atom the store is made of comes with it (a file of its own
// would be one more request on every page).
const PROGRESS_CORE =
  /[\\/](node_modules[\\/]nanostores[\\/]atom[\\/]|src[\\/](lib[\\/]own|lib[\\/]progress[\\/](model|codec|shape|migrations|limits|merge)|stores[\\/](progress-store|guarded-storage|storage-namespace))\.ts$)/;

export default defineConfig({
  site,
  base,
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The LMS packages (npm run build:lms) add their launch shell page; the public build never has it.
  integrations: [mdx(), react(), startDirective(), liveModules(), securityHeaders(), authoringErrors(), ...(process.env.LMS_BUILD === 'true' ? [lmsShell()] : [])],
  devToolbar: { enabled: false },
  security: {
    // Astro hashes its own scripts and styles into a <meta> CSP on every page; the theme script is inline
    // (it must run before the first paint), so its hash is added here, as is the instructor-mode flag's. The build also writes the policy to _headers.
    csp: astroCspConfig([themeBootScript(lmsBase), instructorBootScript(lmsBase)]),
  },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'react', test: REACT_RUNTIME }, { name: 'sort-rules', test: SORT_RULES }, { name: 'quiz-rules', test: QUIZ_RULES }, { name: 'progress-store', test: PROGRESS_CORE, priority: 1 }] } },
          },
        },
      },
    },
  },
});
