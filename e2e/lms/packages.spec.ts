// The zips themselves: what an LMS checks on upload (manifest against the official schemas), that every URL in
// them works under any path, and that a rebuild gives the same bytes.
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

  test('no package registers a service worker or offers the offline copy (an LMS manages its own caching)', () => {
    const offlineTraces = (files: Map<string, Buffer>) =>
      [...files]
        .filter(([file, data]) => file === 'sw.js' || (/\.(html|js)$/.test(file) && /serviceWorker|data-offline-control|rel="manifest"/.test(data.toString('utf8'))))
        .map(([file]) => file);
    for (const { zipName } of PACKAGES) expect(offlineTraces(readZip(zipPath(zipName))), zipName).toEqual([]);
    // The scan can fail: the public build's worker and control are found.
    const publicHome = new Map([
      ['sw.js', Buffer.from('')],
      ['index.html', Buffer.from('<section data-offline-control>')],
    ]);
    expect(offlineTraces(publicHome)).toEqual(['sw.js', 'index.html']);
  });

  test('packaging again gives the same bytes', () => {
    const hashes = () => PACKAGES.map(({ zipName }) => createHash('sha256').update(readFileSync(zipPath(zipName))).digest('hex'));
    const before = hashes();
    execFileSync('node', ['scripts/build-lms.mjs', '--skip-site'], { stdio: 'pipe' });
    expect(hashes()).toEqual(before);
  });
});
