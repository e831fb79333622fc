import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, lessonPathsInOrder } from './helpers';
import { lessonFiles } from '../src/test-support/course-content';

// The course content against the production build.

const OUT_DIR = process.env.OUT_DIR || 'dist';

/** Every lesson in course order, with the h1 it must show, read from content/lessons (no list to keep up to date). */
const LESSONS = lessonFiles().map((lesson) => [lesson.id, lesson.title] as const);

/** The answer key, typed out by hand (C customer, P cloud provider, S shared): on-premises, IaaS, PaaS, SaaS. */
const ANSWER_KEY: [string, string][] = [
  ['Information and data', 'CCCC'],
  ['Devices (mobile and PCs)', 'CCCC'],
  ['Accounts and identities', 'CCCC'],
  ['Identity and directory infrastructure', 'CCSS'],
  ['Applications', 'CCSP'],
  ['Network controls', 'CCSP'],
  ['Operating system', 'CCPP'],
  ['Physical hosts', 'CPPP'],
  ['Physical network', 'CPPP'],
  ['Physical datacenter', 'CPPP'],
];
const OWNER_WORDS: Record<string, string> = { C: 'Customer', P: 'Cloud provider', S: 'Shared' };

/** Every built page, the 404 page included. */
const PAGES = builtPages(OUT_DIR);

/** The built HTML file behind a page path: `lessons/x/` → `lessons/x/index.html`. */
const fileOf = (page: string) => join(OUT_DIR, page.endsWith('/') || page === '' ? `${page}index.html` : page);

test.describe('lessons', () => {
  for (const [id, title] of LESSONS) {
    test(`${id} renders its content, its takeaways and no instructor notes`, async ({ page }) => {
      await page.goto(`lessons/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeVisible();
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(4);
      // Instructor notes are authored in every lesson but must never reach the learner page.
      await expect(page.getByText('Discussion prompt')).toHaveCount(0);
    });
  }

  test('every lesson follows Contoso Shipping', async ({ page }) => {
    test.slow();
    for (const [id] of LESSONS) {
      await page.goto(`lessons/${id}/`);
      await expect(page.getByRole('note', { name: /^Contoso Shipping scenario/ }).first()).toBeVisible();
    }
  });
});

test('the matrix table matches the answer key cell by cell', async ({ page }) => {
  await page.goto('lessons/the-model-layer-by-layer/');
  const table = page.getByRole('table', { name: 'Microsoft’s classic chart: who secures each layer, by service type' });
  await expect(table).toBeVisible();

  const columns = await table.locator('thead th[scope="col"]').evaluateAll((cells) =>
    cells.map((cell) => (cell as HTMLElement).innerText.split('\n')[0]!.trim()),
  );
  expect(columns).toEqual(['Responsibility', 'On-premises', 'IaaS', 'PaaS', 'SaaS']);

  const rows = await table.locator('tbody tr:has(th[scope="row"])').evaluateAll((trs) =>
    trs.map((tr) => ({
      label: tr.querySelector('th[scope="row"]')!.textContent!.trim(),
      cells: Array.from(tr.querySelectorAll('td'), (td) => td.textContent!.trim()),
    })),
  );
  expect(rows).toEqual(
    ANSWER_KEY.map(([label, letters]) => ({ label, cells: [...letters].map((letter) => OWNER_WORDS[letter]) })),
  );

  // The three bands head their rows.
  await expect(table.locator('th[scope="rowgroup"]')).toHaveText([
    'Always retained by the customer',
    'Varies by service type',
    'Transfers to the cloud provider',
  ]);
});

test('each service stack says in words who owns every layer', async ({ page }) => {
  await page.goto('lessons/the-model-layer-by-layer/');
  for (const [index, type] of ['On-premises', 'IaaS', 'PaaS', 'SaaS'].entries()) {
    const layers = page.getByRole('list', { name: `Layers under ${type}, from data down to the datacenter` });
    const owners = await layers.getByRole('listitem').evaluateAll((items) =>
      items.map((item) => item.querySelector('.stack__owner')!.textContent!.replace(/[●■◐]/g, '').trim()),
    );
    expect(owners).toEqual(ANSWER_KEY.map(([, letters]) => OWNER_WORDS[letters[index]!]));
  }
  await expect(page.getByText('PaaS: the customer secures information and data')).toBeVisible();
});

test('the glossary defines every linked term and the about page names its sources and license', async ({ page }) => {
  await page.goto('lessons/iaas-in-practice/');
  await page.getByRole('link', { name: 'hypervisor', exact: true }).click();
  await expect(page).toHaveURL(/glossary\/#hypervisor$/);
  await expect(page.locator(':target')).toHaveText('Hypervisor');
  await expect(page.locator(':target + p')).toContainText('Software on a physical host');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  for (const term of ['Hypervisor', 'Microsoft Entra ID', 'Guest operating system', 'Shared responsibility model']) {
    await expect(page.getByRole('heading', { level: 2, name: term, exact: true })).toBeVisible();
  }
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this course' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('“Shared Security” unit')).toBeVisible();
  await expect(main.getByText(/licensed under the Creative Commons Attribution 4\.0 International license \(CC BY 4\.0\)/)).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Which version of the responsibility chart' })).toBeVisible();
});

test('every internal link and glossary link resolves, including its #fragment', async ({ page, request }) => {
  // One test walks every page so that each target is fetched once; it grows with the course.
  test.slow();
  const checked = new Map<string, string>();
  const broken: string[] = [];
  for (const url of PAGES) {
    await page.goto(url);
    const origin = new URL(page.url()).origin;
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of new Set(hrefs)) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      const path = target.origin + target.pathname;
      if (!checked.has(path)) {
        const response = await request.get(path);
        checked.set(path, response.ok() ? await response.text() : '');
        if (!response.ok()) broken.push(`${url} → ${target.pathname} (HTTP ${response.status()})`);
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const html = checked.get(path)!;
      if (fragment && html && !html.includes(`id="${fragment}"`)) {
        broken.push(`${url} → ${target.pathname}#${fragment} (no element with that id)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(10);
});

test('no TODO, lorem or placeholder text reaches the built site', () => {
  const offenders = PAGES.flatMap((file) => {
    const text = readFileSync(fileOf(file), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' ');
    const match = /\b(TODO|lorem|placeholder)\b/i.exec(text);
    return match ? [`${file}: "${text.slice(Math.max(0, match.index - 40), match.index + 40).trim()}"`] : [];
  });
  expect(offenders).toEqual([]);
});

test('each lesson states an honest time: its words at 200 a minute plus its activities, rounded up, at most 2 min over', async ({ page }) => {
  // Activities: 45 s a question, 15 s a card to sort, 4 min for the whole-matrix challenge. Instructor notes do not count.
  for (const path of await lessonPathsInOrder(page)) {
    await page.goto(path);
    const lesson = await page.evaluate(() => {
      const body = document.querySelector('.lesson__body')!.cloneNode(true) as HTMLElement;
      const questions = body.querySelectorAll('.knowledge-check fieldset').length;
      const cards = body.querySelectorAll('.exercise--sort .exercise__list li').length;
      const matrices = body.querySelectorAll('.exercise--matrix').length;
      for (const activity of body.querySelectorAll('.knowledge-check, .exercise, [role="note"]')) activity.remove();
      const words = body.textContent!.trim().split(/\s+/).length;
      const stated = Number(/Estimated time: (\d+) min/.exec(document.body.textContent!)?.[1]);
      return { words, questions, cards, matrices, stated };
    });
    const estimate = Math.ceil(lesson.words / 200 + lesson.questions * 0.75 + lesson.cards * 0.25 + lesson.matrices * 4);
    expect(lesson.stated, `${path}: ${JSON.stringify(lesson)}, estimate ${estimate} min`).toBeGreaterThanOrEqual(estimate);
    expect(lesson.stated, `${path}: ${JSON.stringify(lesson)}, estimate ${estimate} min`).toBeLessThanOrEqual(estimate + 2);
  }
});
