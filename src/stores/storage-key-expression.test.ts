import { describe, expect, it } from 'vitest';
import { instructorBootScript, INSTRUCTOR_BOOT_SCRIPT } from './instructor-mode-boot';
import { storageKeyExpression } from './storage-key-expression';
import { themeBootScript, THEME_BOOT_SCRIPT } from './theme-boot';

const PACKAGE = '/pluginfile.php/12/mod_scorm/content/1/';
/** A lesson page of a package, whose head scripts the packager gave the path back to the package root. */
const page = { baseURI: `https://lms.example${PACKAGE}lessons/iaas-in-practice/index.html`, lmsBase: '../../' };

/** Runs a head script against a fake page and storage; returns the keys it read and what it did to <html>. */
function run(script: string, stored: Record<string, string>) {
  const read: string[] = [];
  const html = { classList: { add: () => undefined }, dataset: {} as Record<string, string>, attributes: [] as string[], setAttribute(name: string) { this.attributes.push(name); } };
  const localStorage = { getItem: (key: string) => (read.push(key), stored[key] ?? null) };
  const document = { baseURI: page.baseURI, documentElement: html };
  new Function('localStorage', 'document', 'matchMedia', 'name', script)(localStorage, document, () => ({ matches: false }), '');
  return { read, theme: html.dataset.theme, attributes: html.attributes };
}

describe('head scripts and their storage keys', () => {
  it('read the fixed keys on the public site', () => {
    expect(storageKeyExpression('theme', null)).toBe('"srm-course:theme"');
    expect(run(THEME_BOOT_SCRIPT, { 'srm-course:theme': 'dark' })).toMatchObject({ read: ['srm-course:theme'], theme: 'dark' });
    expect(run(INSTRUCTOR_BOOT_SCRIPT, {}).read).toEqual(['srm-course:progress']);
  });

  it("read the package's own keys in the LMS build, so two packages on one LMS never share them", () => {
    const stored = {
      'srm-course:theme': 'light',
      [`srm-course@${PACKAGE}:theme`]: 'dark',
      [`srm-course@${PACKAGE}:progress`]: JSON.stringify({ version: 1, settings: { instructorMode: true } }),
    };
    expect(run(themeBootScript(page.lmsBase), stored)).toMatchObject({ read: [`srm-course@${PACKAGE}:theme`], theme: 'dark' });
    expect(run(instructorBootScript(page.lmsBase), stored)).toMatchObject({ read: [`srm-course@${PACKAGE}:progress`], attributes: ['data-instructor-mode'] });
  });
});
