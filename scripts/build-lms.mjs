#!/usr/bin/env node
// Builds the LMS packages: SCORM 1.2, SCORM 2004 4th edition and cmi5 zips in dist-lms/, next to the normal build.
// The site is built again under a sentinel base path into dist-lms/site/ (with the LMS shell page), its URLs are
// made relative, and the same files are zipped three times with a different manifest and shell setting.
// Usage: node scripts/build-lms.mjs [--skip-site]   (--skip-site re-packages an existing dist-lms/site/)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { findRootRelativeUrls, relativize, ROOT_SENTINEL } from './lms/relativize.mjs';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest } from './lms/manifests.mjs';
import { isPublicSiteOnly, LAUNCH_FILE, PACKAGES, readCourseInfo, withStandard } from './lms/packages.mjs';
import { controlFiles } from './lms/control-files.mjs';
import { writeReproducibleZip } from './lms/zip.mjs';

const { values } = parseArgs({ options: { 'skip-site': { type: 'boolean', default: false } } });
const outDir = 'dist-lms';
const siteDir = join(outDir, 'site');
const started = Date.now();

if (!values['skip-site']) {
  rmSync(outDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    BASE_PATH: ROOT_SENTINEL,
    OUT_DIR: siteDir,
    LMS_BUILD: 'true',
    PUBLIC_LMS_BUILD: 'true',
    SITE_URL: '',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  execFileSync('node_modules/.bin/astro', ['build', '--silent'], { stdio: 'inherit', env });
  execFileSync('node_modules/.bin/pagefind', ['--site', siteDir, '--silent'], { stdio: 'inherit' });

  const files = listFiles(siteDir);
  const fileSet = new Set(files);
  const problems = [];
  for (const file of files) {
    if (!/\.(html|css|js|mjs)$/.test(file)) continue;
    const path = join(siteDir, file);
    const text = readFileSync(path, 'utf8');
    const rewritten = relativize(file, text, fileSet);
    if (rewritten !== text) writeFileSync(path, rewritten);
    problems.push(...findRootRelativeUrls(file, rewritten, fileSet));
  }
  if (problems.length) {
    console.error(`The LMS build still has URLs that break under a deep path:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
}

const files = listFiles(siteDir).filter((file) => !isPublicSiteOnly(file));
if (!files.includes(LAUNCH_FILE)) {
  console.error(`${siteDir}/${LAUNCH_FILE} is missing: the LMS shell page was not built.`);
  process.exit(1);
}
const course = readCourseInfo(readFileSync(join(siteDir, LAUNCH_FILE), 'utf8'));
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const manifestFor = {
  scorm12: () => ['imsmanifest.xml', scorm12Manifest({ identifier: 'srm-course-scorm12', version, title: course.title, launch: LAUNCH_FILE, files })],
  scorm2004: () => ['imsmanifest.xml', scorm2004Manifest({ identifier: 'srm-course-scorm2004', version, title: course.title, launch: LAUNCH_FILE, files })],
  cmi5: () => ['cmi5.xml', cmi5CourseStructure({ ...course, launch: LAUNCH_FILE })],
};

mkdirSync(outDir, { recursive: true });
for (const { standard, zipName } of PACKAGES) {
  const entries = new Map(files.map((file) => [file, readFileSync(join(siteDir, file))]));
  entries.set(LAUNCH_FILE, withStandard(entries.get(LAUNCH_FILE).toString('utf8'), standard));
  const [manifestName, manifest] = manifestFor[standard]();
  entries.set(manifestName, manifest);
  // SCORM packages carry the schemas their manifest names, at the root, as the ADL conformance suite requires.
  let schemas;
  try {
    schemas = controlFiles(standard);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
  for (const [name, data] of schemas) {
    if (entries.has(name)) throw new Error(`${name} is both a course file and a schema control file`);
    entries.set(name, data);
  }
  await writeReproducibleZip(entries, join(outDir, zipName));
  console.log(`${join(outDir, zipName)}: ${entries.size} files, ${Math.round(statSync(join(outDir, zipName)).size / 1024)} KB`);
}
console.log(`LMS packages built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

function listFiles(root) {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path).split('\\').join('/'));
    }
  };
  if (existsSync(root)) walk(root);
  return found.sort();
}
