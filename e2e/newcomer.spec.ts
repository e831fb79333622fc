import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './helpers';

// What a newcomer meets first: the header on a phone, search results, and pages that need JavaScript when it is off.

test.describe('the header on a small screen', () => {
  for (const width of [375, 320]) {
    test(`at ${width} px is one row: the course name, Menu and Search @base`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('./');
      const header = page.getByRole('banner');
      const box = (await header.boundingBox())!;
      expect(box.height, 'one row of controls, not three').toBeLessThanOrEqual(72);
      const menu = page.getByRole('button', { name: 'Menu' });
      const search = page.getByRole('button', { name: /Search/ });
      for (const control of [menu, search]) {
        await expect(control).toBeVisible();
        const controlBox = (await control.boundingBox())!;
        expect(controlBox.y + controlBox.height).toBeLessThanOrEqual(box.y + box.height);
        expect(controlBox.width, 'a target at least 24 px wide').toBeGreaterThanOrEqual(24);
      }
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    });
  }

  test('Menu opens the links and the labelled theme picker, by keyboard, and Escape closes it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('./');
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav).toBeVisible();
    await expect(page.getByText('Theme', { exact: true })).toBeVisible();
    // The menu is next in the Tab order after its button.
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Course' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    // A link in the menu goes where it says, and the theme picker works from the menu.
    await menu.click();
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await nav.getByRole('link', { name: 'Glossary' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  });

  test('"/" still opens search on a small screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('./');
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the open menu has no axe violations (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto('lessons/iaas-in-practice/');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
      await expectNoAxeViolations(page, `the open menu (${theme})`);
    });
  }

  test('on a wide screen the links and the theme picker are in the header, without a Menu button', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
    await expect(page.getByLabel('Theme')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });
});

/** The text of every search result (titles and excerpts) for a query typed into the search dialog. */
async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('textbox').fill(query);
  const results = dialog.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__message')).toContainText(/result/);
  return results.allInnerTexts();
}

test.describe('search results', () => {
  test('show lesson prose, never the exercise or check controls', async ({ page }) => {
    const texts = await searchResults(page, 'guest operating system');
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toMatch(/Move to…|Unsorted cards|Check answers|Start the exercise|\d+ cards?\)/);
    }
  });

  test('for the sorter’s own words, find only prose that uses them', async ({ page }) => {
    for (const text of await searchResults(page, 'Unsorted cards')) {
      expect(text).not.toMatch(/Unsorted cards|Move to…|\(\d+ cards?\)/);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the progress page explains itself instead of dead controls and made-up figures', async ({ page }) => {
    await page.goto('progress/');
    await expect(page.getByText('Showing and managing your progress needs JavaScript')).toBeVisible();
    for (const name of [/Download progress/, 'Reset all progress', 'Save name']) {
      await expect(page.getByRole('button', { name })).toBeHidden();
    }
    await expect(page.getByLabel('Import a progress file')).toBeHidden();
    for (const figure of [/0 of \d+ lessons complete/, 'Not started', 'Not attempted yet', '0%']) {
      await expect(page.getByText(figure).filter({ visible: true })).toHaveCount(0);
    }
  });

  for (const [path, note] of [
    ['present/why-datacenter-security-is-hard/', 'Presenting needs JavaScript'],
    ['present/why-datacenter-security-is-hard/projector/', 'The slides need JavaScript'],
  ]) {
    test(`${path} explains itself instead of buttons that do nothing`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByText(note)).toBeVisible();
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('timer')).toBeHidden();
      await expect(page.getByRole('link', { name: 'the lesson', exact: true })).toBeVisible();
    });
  }
});
