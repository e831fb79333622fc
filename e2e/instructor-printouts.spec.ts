// Printouts for the lessons an instructor teaches, the notes pages' exercise answers, and the For instructors page's
// classroom timings and 50-minute plan. Lessons, questions and timings are read from content/ and the built pages,
// never typed here, so a new lesson is checked as it is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, lessonPathsInOrder, trackPageErrors } from './helpers';

const { load: parseYaml } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface CheckData {
  lesson?: string;
  kind: 'lesson' | 'assessment';
  questions: { prompt: string; options: { text: string; correct?: boolean; explanation: string }[] }[];
}

const checks = readdirSync('content/checks')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parseYaml(readFileSync(join('content/checks', file), 'utf8')) as CheckData);
const promptsOf = (wanted: (check: CheckData) => boolean) => checks.filter(wanted).flatMap((check) => check.questions.map((question) => squash(question.prompt)));

/** The lesson ids in course order, as the home page lists them. */
async function lessonIds(page: Page): Promise<string[]> {
  return (await lessonPathsInOrder(page)).map((path) => path.replace(/\/$/, '').split('/').at(-1)!);
}

function squash(text: string): string {
  return text.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

const mainText = async (page: Page) => squash(await page.locator('main').innerText());

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The text of each page of a PDF of what the browser prints, as pdftotext reads it. */
async function pdfPages(page: Page): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'printout-'));
  const pdfPath = join(dir, 'printout.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: count }, (_, index) =>
    squash(execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-raw', pdfPath, '-'], { encoding: 'utf8' })),
  );
}

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = trackPageErrors(page);
});
test.afterEach(() => {
  expect(errors, 'console and page errors').toEqual([]);
});

test.describe('printouts for chosen lessons', () => {
  test('an instructor chooses two lessons: the worksheet has only their questions, and the answer key follows @base', async ({ page }) => {
    const ids = await lessonIds(page);
    const withChecks = ids.filter((id) => checks.some((check) => check.lesson === id));
    const chosen = withChecks.slice(1, 3);
    expect(chosen).toHaveLength(2);
    const numbers = chosen.map((id) => ids.indexOf(id) + 1);
    const chosenPrompts = promptsOf((check) => chosen.includes(check.lesson ?? ''));
    const otherPrompts = promptsOf((check) => check.kind === 'lesson' && !chosen.includes(check.lesson ?? ''));
    const assessmentPrompts = promptsOf((check) => check.kind === 'assessment');

    await page.goto('print/worksheet/');
    await expect(page.getByText(/^Covers every lesson\.$/)).toBeVisible();
    const form = page.getByRole('group', { name: 'Lessons' });
    for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
    for (const id of chosen) await form.getByRole('checkbox', { name: new RegExp(`^${ids.indexOf(id) + 1}\\. `) }).check();
    await expect(page.getByRole('checkbox', { name: 'Include the final assessment' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Show these lessons' }).click();

    await expect(page).toHaveURL(new RegExp(`\\?lesson=${chosen[0]}&lesson=${chosen[1]}&chosen=yes$`));
    const covers = `Covers lessons ${numbers[0]} and ${numbers[1]}.`;
    await expect(page.getByText(covers)).toBeVisible();
    let text = await mainText(page);
    for (const prompt of chosenPrompts) expect(text).toContain(prompt);
    for (const prompt of [...otherPrompts, ...assessmentPrompts]) expect(text).not.toContain(prompt);
    // The form shows the choice it made.
    for (const id of ids) {
      const box = form.getByRole('checkbox', { name: new RegExp(`^${ids.indexOf(id) + 1}\\. `) });
      if (chosen.includes(id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    await expectNoAxeViolations(page, 'worksheet for two lessons');

    await page.getByRole('link', { name: 'Answer key for the same lessons' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Instructor answer key' })).toBeVisible();
    await expect(page.getByText(covers)).toBeVisible();
    text = await mainText(page);
    for (const prompt of chosenPrompts) expect(text).toContain(prompt);
    for (const prompt of [...otherPrompts, ...assessmentPrompts]) expect(text).not.toContain(prompt);
    expect(text).toMatch(/Answer: [A-Z]/);
  });

  test('the final assessment is on the worksheet only when asked for, and always in the full answer key', async ({ page }) => {
    const assessmentPrompts = promptsOf((check) => check.kind === 'assessment');
    expect(assessmentPrompts.length).toBeGreaterThan(0);
    await page.goto('print/worksheet/');
    expect(await mainText(page)).not.toContain(assessmentPrompts[0]);
    await page.getByRole('checkbox', { name: 'Include the final assessment' }).check();
    await page.getByRole('button', { name: 'Show these lessons' }).click();
    await expect(page.getByText('Covers every lesson and the final assessment.')).toBeVisible();
    const text = await mainText(page);
    for (const prompt of assessmentPrompts) expect(text).toContain(prompt);

    await page.goto('print/answer-key/');
    await expect(page.getByText('Covers every lesson and the final assessment.')).toBeVisible();
    expect(await mainText(page)).toContain(assessmentPrompts[0]);
  });

  test('nothing chosen says so instead of printing an empty page', async ({ page }) => {
    await page.goto('print/worksheet/?chosen=yes');
    await expect(page.getByText('Nothing is chosen yet: tick at least one lesson or the final assessment above.')).toBeVisible();
    await expect(page.locator('.print-section:visible')).toHaveCount(0);
  });

  test('the For instructors page chooses lessons for both printouts, and each lesson links to its own', async ({ page }) => {
    const ids = await lessonIds(page);
    await page.goto('instructors/');
    const form = page.getByRole('group', { name: 'Lessons' });
    for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
    await form.getByRole('checkbox', { name: /^1\. / }).check();
    await page.getByRole('button', { name: 'Answer key', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`print/answer-key/\\?lesson=${ids[0]}&chosen=yes$`));
    await expect(page.getByText('Covers lesson 1.')).toBeVisible();

    await page.goto('instructors/');
    const title = await page.getByRole('row').nth(2).getByRole('rowheader').innerText();
    await page.getByRole('link', { name: `Worksheet: ${title.replace(/^\d+\. /, '')}` }).click();
    await expect(page).toHaveURL(new RegExp(`print/worksheet/\\?lesson=${ids[1]}&chosen=yes$`));
    await expect(page.getByText('Covers lesson 2.')).toBeVisible();
  });

  test('on paper: no forced page break per lesson, tables keep their borders, headings never break inside a word', async ({ page }) => {
    test.skip(!hasPoppler, 'pdftotext and pdfinfo (Debian package poppler-utils) are not installed, so the PDF cannot be read');
    test.slow();
    // The width of an A4 page inside the printouts' 15 mm margins, in CSS px.
    await page.setViewportSize({ width: 681, height: 1000 });
    for (const path of ['print/worksheet/', 'print/answer-key/', 'print/matrix/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const printout = document.querySelector('.printout')!.getBoundingClientRect();
        for (const section of document.querySelectorAll('.print-section')) {
          if (getComputedStyle(section).breakBefore === 'page') found.push(`page break before ${section.querySelector('h2')?.textContent}`);
        }
        for (const table of document.querySelectorAll<HTMLTableElement>('.printout table')) {
          if (table.getBoundingClientRect().right > printout.right + 0.5) found.push(`table wider than the page: ${table.rows[0]?.textContent}`);
          for (const cell of table.querySelectorAll('th, td')) {
            if (cell.scrollWidth > cell.clientWidth + 1) found.push(`"${cell.textContent?.trim()}" is cut off by its cell`);
            const style = getComputedStyle(cell);
            for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
              const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
              const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
              if (width < 0.5 || style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' || /rgba\(.*, 0\)|transparent/.test(color)) {
                found.push(`no ${side.toLowerCase()} border on "${cell.textContent?.trim()}"`);
              }
            }
          }
        }
        // Every word of a heading or a table header lies on one line.
        for (const heading of document.querySelectorAll('.printout :is(h1, h2, h3, th, caption)')) {
          if (!heading.checkVisibility()) continue;
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index!);
              range.setEnd(node, match.index! + match[0].length);
              const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
              if (lines.size > 1) found.push(`"${match[0]}" breaks over ${lines.size} lines in "${heading.textContent?.trim()}"`);
            }
          }
        }
        return found;
      });
      expect(problems, path).toEqual([]);
    }

    // In the PDF itself, one page holds the end of one lesson and the start of the next, and no heading is cut in two
    // by a page break or left alone at the foot of a page.
    for (const path of ['print/worksheet/', 'print/answer-key/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const headings = (await page.locator('.print-section:visible h2, .print-section:visible h3').allInnerTexts()).map(squash);
      const pages = await pdfPages(page);
      // A later lesson starting part-way down a page, after the end of the one before.
      const startsMidPage = pages.filter((text) => (/Lesson (?:[2-9]|\d{2,}): /.exec(text)?.index ?? 0) > 0).length;
      expect(startsMidPage, `${path}: lessons that start part-way down a page`).toBeGreaterThanOrEqual(2);
      for (const heading of headings) {
        const where = pages.findIndex((text) => text.includes(heading));
        expect(where, `${path}: "${heading}" whole on one page`).toBeGreaterThanOrEqual(0);
        expect(pages[where]!.endsWith(heading), `${path}: "${heading}" at the foot of page ${where + 1}`).toBe(false);
      }
    }
  });

  test('a PDF of one lesson’s answer key has its answers and no other lesson’s questions', async ({ page }) => {
    test.skip(!hasPoppler, 'pdftotext (Debian package poppler-utils) is not installed, so the PDF cannot be read');
    const ids = await lessonIds(page);
    const lesson = ids.find((id) => checks.some((check) => check.lesson === id))!;
    const own = checks.find((check) => check.lesson === lesson)!;
    await page.goto(`print/answer-key/?lesson=${lesson}&chosen=yes`);
    await page.emulateMedia({ media: 'print' });
    const text = (await pdfPages(page)).join(' ').replace(/- /g, '-');
    for (const question of own.questions) {
      expect(text).toContain(squash(question.prompt).slice(0, 40));
      for (const option of question.options) expect(text).toContain(squash(option.explanation).slice(0, 40));
    }
    for (const prompt of promptsOf((check) => check !== own)) expect(text).not.toContain(prompt.slice(0, 40));
  });
});

test.describe('notes pages', () => {
  test('give the answers to the lesson’s sorting exercises, from the matrix', async ({ page }) => {
    const matrix = JSON.parse(readFileSync('content/responsibility-matrix.json', 'utf8')) as {
      owners: { id: string; label: string }[];
      rows: { id: string; cells: Record<string, string> }[];
    };
    const exercises = readdirSync('content/exercises')
      .map((file) => parseYaml(readFileSync(join('content/exercises', file), 'utf8')) as { lesson?: string; title: string; serviceType?: string; cards?: { text: string; row: string; serviceType?: string }[] })
      .filter((exercise) => exercise.lesson && exercise.cards?.length);
    expect(exercises.length).toBeGreaterThan(0);
    for (const exercise of exercises) {
      await page.goto(`instructors/notes/${exercise.lesson}/`);
      const section = page.getByRole('region', { name: /^Answers to this lesson’s exercises?$/ });
      await expect(section.getByRole('heading', { name: exercise.title })).toBeVisible();
      const items = await section.getByRole('listitem').allInnerTexts();
      for (const card of exercise.cards!) {
        const owner = matrix.rows.find((row) => row.id === card.row)!.cells[card.serviceType ?? exercise.serviceType!]!;
        const label = matrix.owners.find((candidate) => candidate.id === owner)!.label;
        expect(items.map(squash), `${exercise.title}: ${card.text}`).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRegExp(squash(card.text))}( \\([^)]*\\))?: ${label}$`)));
      }
    }
  });
});

test.describe('For instructors: classroom timings and a 50-minute plan', () => {
  /** Each lesson's classroom minutes, read from its frontmatter. */
  const classMinutes = (id: string) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/lessons', `${id}.mdx`), 'utf8'))![1]!;
    return (parseYaml(frontmatter) as { classMinutes?: number; minutes: number });
  };

  test('every lesson gives its time in class beside its self-study time', async ({ page }) => {
    const ids = await lessonIds(page);
    await page.goto('instructors/');
    const table = page.getByRole('table', { name: 'Lessons with their timings, presenter views, slides, notes and printouts' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(ids.length + 1);
    for (const [index, id] of ids.entries()) {
      const { classMinutes: inClass, minutes } = classMinutes(id);
      expect(inClass, `${id} gives its classroom minutes`).toBeGreaterThan(0);
      const cells = rows.nth(index + 1).getByRole('cell');
      await expect(cells.nth(0)).toHaveText(`${inClass} min`);
      await expect(cells.nth(1)).toHaveText(`${minutes} min`);
    }
  });

  test('the sample 50-minute class is built from the lessons’ own timings, and the plan covers the course', async ({ page }) => {
    const ids = await lessonIds(page);
    await page.goto('instructors/');
    const sample = page.getByRole('region', { name: 'A sample 50-minute class' }).getByRole('table');
    const rows = await sample.getByRole('row').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())));
    // Times run on without a gap from 0:00, and each row lasts the minutes it says.
    const minutesOf = (time: string) => time.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    let clock = 0;
    for (const [time, , minutes] of rows) {
      const [from, to] = time!.split('–');
      expect(minutesOf(from!)).toBe(clock);
      expect(minutesOf(to!) - minutesOf(from!)).toBe(Number(minutes));
      clock = minutesOf(to!);
    }
    expect(clock).toBeLessThanOrEqual(50);
    // The lessons it teaches are the first ones of the course, each for its own classroom time, and the next lesson
    // would not have fitted.
    const taught = rows.filter(([, what]) => /^Lesson \d+: /.test(what!));
    expect(taught.length).toBeGreaterThan(0);
    taught.forEach(([, what, minutes], index) => {
      expect(what).toMatch(new RegExp(`^Lesson ${index + 1}: `));
      expect(Number(minutes)).toBe(classMinutes(ids[index]!).classMinutes);
    });
    const used = rows.filter(([, what]) => !/^Spare/.test(what!)).reduce((sum, [, , minutes]) => sum + Number(minutes), 0);
    if (ids[taught.length]) expect(used + classMinutes(ids[taught.length]!).classMinutes!).toBeGreaterThan(50);

    // The whole course, class by class: every lesson exactly once, in order.
    const classes = await page.getByRole('list', { name: 'The whole course in 50-minute classes' }).getByRole('listitem').allInnerTexts();
    const covered = classes.flatMap((text) => {
      const range = /lessons? (\d+)(?:–(\d+))?/.exec(text);
      if (!range) return [];
      const first = Number(range[1]);
      return Array.from({ length: Number(range[2] ?? first) - first + 1 }, (_, index) => first + index);
    });
    expect(covered).toEqual(ids.map((_, index) => index + 1));
    for (const text of classes) expect(Number(/, (\d+) minutes/.exec(text)?.[1])).toBeLessThanOrEqual(50);
    expect(classes.at(-1)).toContain('the final assessment');
  });
});

test.describe('print selection at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the lesson boxes and their labels are large enough to tap, and the page does not scroll sideways', async ({ page }) => {
    await page.goto('print/worksheet/');
    const boxes = page.getByRole('group', { name: 'Lessons' }).getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(1);
    const label = page.locator('[data-print-chooser] label').first();
    const box = await label.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page, 'worksheet chooser at 375 px');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
