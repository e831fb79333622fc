#!/usr/bin/env node
// npm run build:fixture: builds the fixture site (the course plus a reading-only lesson) into dist-fixture/.
import { FIXTURE_OUT_DIR, buildFixtureSite } from './fixture-site.mjs';

const { astroBuildMs, pagefindMs } = await buildFixtureSite({ root: process.cwd() });
console.log(`Built ${FIXTURE_OUT_DIR}/ (astro build ${(astroBuildMs / 1000).toFixed(1)} s, pagefind ${(pagefindMs / 1000).toFixed(1)} s)`);
