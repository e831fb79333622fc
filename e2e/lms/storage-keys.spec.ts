// Two packages of the course uploaded to one LMS share its origin, so they share localStorage: each must keep its own
// theme, progress and instructor mode, including in the scripts that run in <head> before the first paint, which
// read storage before any module loads.
import { expect, test, type Page } from '@playwright/test';
import { trackLmsPageErrors } from './lms-helpers';

const A = '/pluginfile.php/12/mod_scorm/content/1/';
const B = '/pluginfile.php/12/mod_scorm/content/2/';

/** What the head scripts alone made of the page: module scripts are blocked, so nothing else can set these. */
async function headScriptsOnly(page: Page, root: string): Promise<{ theme: string | undefined; instructorMode: boolean }> {
  await page.route('**/_astro/**', (route) => route.abort());
  await page.goto(`${root}index.html`);
  const seen = await page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    instructorMode: document.documentElement.hasAttribute('data-instructor-mode'),
  }));
  await page.unroute('**/_astro/**');
  return seen;
}

test('two packages on one origin: theme and instructor mode chosen in one stay in it, in the head scripts too', async ({ page }) => {
  const errors = trackLmsPageErrors(page);
  // Package A: the learner picks the dark theme and switches instructor mode on.
  await page.goto(`${A}index.html`);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.goto(`${A}instructors/index.html`);
  const toggle = page.getByRole('button', { name: 'Instructor mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toContain(`srm-course@${A}:theme`);
  expect(keys).toContain(`srm-course@${A}:progress`);
  expect(keys.filter((key) => key.startsWith('srm-course:'))).toEqual([]);

  // Package A's head scripts find both choices; package B's find neither.
  expect(await headScriptsOnly(page, A)).toEqual({ theme: 'dark', instructorMode: true });
  expect(await headScriptsOnly(page, B)).toEqual({ theme: 'light', instructorMode: false });

  // With its modules, package B still shows its own (default) choices.
  await page.goto(`${B}index.html`);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
  await expect(page.getByRole('region', { name: 'Instructor mode notice' })).toBeHidden();
  expect(errors.filter((error) => !/_astro/.test(error))).toEqual([]);
});
