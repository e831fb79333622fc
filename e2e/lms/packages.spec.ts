// The zips themselves: what an LMS checks on upload (manifest against the official schemas, the schemas' control
// files at the package root), that every URL in them works under any path, that answers ship only where they are
// needed, and that a rebuild gives the same bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findRootRelativeUrls } from '../../scripts/lms/relativize.mjs';
import { LAUNCH_FILE, PACKAGES } from '../../scripts/lms/packages.mjs';
import { SCORM_SCHEMA_DIR as SCHEMAS } from '../../scripts/lms/schemas.mjs';
import { readZip } from './read-zip.mjs';

const zipPath = (name: string) => join('dist-lms', name);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** A schema that imports every namespace a manifest uses, so that xmllint checks all of them (strictly). */
const WRAPPERS: Record<string, [string, string][]> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'scorm12edition/imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scorm12edition/adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'scorm20044thedition/imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'scorm20044thedition/adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'scorm20044thedition/adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'scorm20044thedition/adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'scorm20044thedition/imsss_v1p0.xsd'],
  ],
};

function xmllint(schema: string, xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'srm-lms-xsd-'));
  try {
    writeFileSync(join(dir, 'document.xml'), xml);
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, join(dir, 'document.xml')], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function wrapperSchema(standard: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'srm-lms-wrapper-'));
  const imports = WRAPPERS[standard]!.map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${join(SCHEMAS, file)}"/>`);
  const path = join(dir, 'wrapper.xsd');
  writeFileSync(path, `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:srm-course:wrapper">${imports.join('')}</xs:schema>`);
  return path;
}

test.describe('LMS packages', () => {
  // The last test packages again in place: nothing else may read the zips meanwhile.
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(() => {
    for (const { zipName } of PACKAGES) expect(existsSync(zipPath(zipName)), `${zipName}: run npm run build:lms first`).toBe(true);
  });

  for (const standard of ['scorm12', 'scorm2004'] as const) {
    test(`${standard}: imsmanifest.xml validates against the official ADL/IMS schemas`, () => {
      test.skip(!hasXmllint, 'xmllint is not installed (Debian: apt-get install libxml2-utils); manifest schema validation skipped');
      test.skip(!existsSync(SCHEMAS), `the ADL/IMS schemas are not in ${SCHEMAS}: run npm run setup:schemas (downloads them once from the npm registry)`);
      const { zipName } = PACKAGES.find((item) => item.standard === standard)!;
      const manifest = readZip(zipPath(zipName)).get('imsmanifest.xml')!.toString('utf8');
      const schema = wrapperSchema(standard);
      const valid = xmllint(schema, manifest);
      expect(valid.output).toContain('validates');
      expect(valid.ok).toBe(true);
      // The validation can fail: a manifest with an unknown element is refused.
      const broken = xmllint(schema, manifest.replace('<organizations default="course">', '<organizations default="course"><unknown/>'));
      expect(broken.ok).toBe(false);
      // The pitfall that passes learners after one question: no mastery score or completion threshold.
      expect(manifest).not.toMatch(/masteryscore|completionThreshold/i);
    });
  }

  for (const standard of ['scorm12', 'scorm2004'] as const) {
    test(`${standard}: the schema control files named by the manifest ship at the package root, and the manifest validates against them`, () => {
      test.skip(!hasXmllint, 'xmllint is not installed (Debian: apt-get install libxml2-utils); validation against the shipped schemas skipped');
      const { zipName } = PACKAGES.find((item) => item.standard === standard)!;
      const entries = readZip(zipPath(zipName));
      const manifest = entries.get('imsmanifest.xml')!.toString('utf8');
      const locations = /xsi:schemaLocation="([^"]+)"/.exec(manifest)![1]!.trim().split(/\s+/);
      const named = locations.filter((_, index) => index % 2 === 1);
      expect(named.length).toBeGreaterThanOrEqual(3);
      // Every file named, and every file those include or import (schemas and their DTDs), is at the root.
      const missing: string[] = [];
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const data = entries.get(file);
        if (!data) return void missing.push(file);
        const text = data.toString('utf8');
        const references = [
          ...[...text.matchAll(/<\w+:(?:include|import)\b[^>]*schemaLocation\s*=\s*"([^"]+)"/g)].map((match) => match[1]!),
          ...[...text.matchAll(/<!DOCTYPE[^>]*"([^"]+\.dtd)"/g)].map((match) => match[1]!),
        ];
        for (const reference of references) if (!/^[a-z]+:/.test(reference)) visit(reference);
      };
      for (const file of named) visit(file);
      expect(missing, `${zipName} lacks control files`).toEqual([]);
      // The shipped copies are the schemas themselves: the manifest validates against them alone.
      const dir = mkdtempSync(join(tmpdir(), 'srm-lms-package-'));
      try {
        for (const file of seen) writeFileSync(join(dir, file), entries.get(file)!);
        const imports = locations
          .flatMap((value, index) => (index % 2 === 0 ? [[value, locations[index + 1]!]] : []))
          .map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`);
        writeFileSync(join(dir, 'wrapper.xsd'), `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:srm-course:wrapper">${imports.join('')}</xs:schema>`);
        const valid = xmllint(join(dir, 'wrapper.xsd'), manifest);
        expect(valid.output).toContain('validates');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  test('answers ship only where they are needed: the launch page scores the assessment and nothing else', () => {
    for (const { zipName } of PACKAGES) {
      const entries = readZip(zipPath(zipName));
      const shell = entries.get(LAUNCH_FILE)!.toString('utf8');
      const data = JSON.parse(/<script[^>]*id="lms-course"[^>]*>([\s\S]*?)<\/script>/.exec(shell)![1]!) as {
        key: { assessmentId: string; checks: Record<string, { questions: { correctOptionIds: string[] }[] }>; exercises: Record<string, { solution: object }> };
      };
      const { assessmentId, checks, exercises } = data.key;
      for (const [id, check] of Object.entries(checks)) {
        const answered = check.questions.filter((question) => question.correctOptionIds.length > 0).length;
        expect(answered, `${zipName}: answers of check ${id} in the launch page`).toBe(id === assessmentId ? check.questions.length : 0);
      }
      for (const [id, exercise] of Object.entries(exercises)) expect(exercise.solution, `${zipName}: solution of ${id}`).toEqual({});
      // The instructors' printed answer key in a package leaves out the final assessment, which learners take there.
      const answerKey = entries.get('print/answer-key/index.html')!.toString('utf8');
      expect(answerKey).not.toMatch(/<h2[^>]*>\s*Final assessment/);
      expect(answerKey).toContain('The final assessment is not in this printout');
    }
  });

  test('cmi5: cmi5.xml validates against the cmi5 course structure schema', () => {
    const xsd = process.env.CMI5_XSD;
    test.skip(
      !xsd || !hasXmllint,
      'The cmi5 CourseStructure.xsd is not published in any npm package: set CMI5_XSD to a local copy of v1/CourseStructure.xsd (and install xmllint) to validate cmi5.xml',
    );
    const { zipName } = PACKAGES.find((item) => item.standard === 'cmi5')!;
    const structure = readZip(zipPath(zipName)).get('cmi5.xml')!.toString('utf8');
    const valid = xmllint(xsd!, structure);
    expect(valid.output).toContain('validates');
  });

  test('every package has one launch file, set to its standard, and no URL that breaks under a deep path', () => {
    for (const { standard, zipName } of PACKAGES) {
      const entries = readZip(zipPath(zipName));
      const files = new Set(entries.keys());
      const shell = entries.get(LAUNCH_FILE)!.toString('utf8');
      expect(shell).toContain(`data-lms-standard="${standard}"`);
      // The shell's own Content-Security-Policy must let it frame the course (the site's default forbids frames).
      if (shell.includes('content-security-policy')) expect(shell).toContain("frame-src 'self'");
      const problems: string[] = [];
      for (const [file, data] of entries) {
        if (/\.(html|css|js)$/.test(file)) problems.push(...findRootRelativeUrls(file, data.toString('utf8'), files));
      }
      expect(problems, zipName).toEqual([]);
      // The scan can fail: a root-relative link is reported.
      expect(findRootRelativeUrls('index.html', '<a href="/lessons/">x</a>', files)).not.toEqual([]);
    }
  });

  test('no package registers a service worker, offers the offline copy or carries the web app files (an LMS manages its own caching)', () => {
    // The web app manifest, its icons and the offline copy's fallback page serve only the public site's offline
    // copy: unlinked in a package, they would be dead weight in every LMS upload.
    const appFile = (file: string) => file === 'sw.js' || file === 'manifest.webmanifest' || file.startsWith('icons/') || file === 'offline/index.html';
    const offlineTraces = (files: Map<string, Buffer>) =>
      [...files]
        .filter(([file, data]) => appFile(file) || (/\.(html|js)$/.test(file) && /serviceWorker|data-offline-control|rel="manifest"/.test(data.toString('utf8'))))
        .map(([file]) => file);
    for (const { zipName } of PACKAGES) expect(offlineTraces(readZip(zipPath(zipName))), zipName).toEqual([]);
    // The scan can fail: the public build's worker, control, manifest, icons and fallback page are found.
    const publicHome = new Map([
      ['sw.js', Buffer.from('')],
      ['index.html', Buffer.from('<section data-offline-control>')],
      ['manifest.webmanifest', Buffer.from('{}')],
      ['icons/icon-192.png', Buffer.from('')],
      ['offline/index.html', Buffer.from('<h1>This page needs a connection</h1>')],
    ]);
    expect(offlineTraces(publicHome)).toEqual([...publicHome.keys()]);
  });

  test('packaging again gives the same bytes', () => {
    const hashes = () => PACKAGES.map(({ zipName }) => createHash('sha256').update(readFileSync(zipPath(zipName))).digest('hex'));
    const before = hashes();
    execFileSync('node', ['scripts/build-lms.mjs', '--skip-site'], { stdio: 'pipe' });
    expect(hashes()).toEqual(before);
  });
});
