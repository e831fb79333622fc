import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, lessonPathsInOrder, trackPageErrors } from './helpers';

// js-yaml is a dependency of Astro itself; it reads the authored checks and exercises so that the answer-key test
// compares the PDF with the source data, not with the page it printed.
const { load: parseYaml } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const LESSON = 'iaas-in-practice';
const PRESENTER = `present/${LESSON}/`;
const PROJECTOR = `present/${LESSON}/projector/`;

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = trackPageErrors(page);
});
test.afterEach(() => {
  expect(errors, 'console and page errors').toEqual([]);
});

/** A phrase that appears only inside an instructor note of the lesson, read from the lesson's notes page. */
async function notePhrase(page: Page, lessonId: string): Promise<string> {
  await page.goto(`instructors/notes/${lessonId}/`);
  const note = page.locator('[data-instructor-note]').first();
  const text = (await note.innerText()).replace(/\s+/g, ' ').trim();
  // A run of words from the middle of the note, away from labels such as "Timing:".
  const words = text.split(' ');
  return words.slice(Math.min(4, Math.max(0, words.length - 6)), Math.min(4, Math.max(0, words.length - 6)) + 6).join(' ');
}

async function slideIndex(page: Page, kind: 'question' | 'sort'): Promise<number> {
  const index = await page.locator('[data-stage] > [data-slide]').evaluateAll(
    (slides, wanted) => slides.findIndex((slide) => slide.classList.contains(`slide--${wanted}`)),
    kind,
  );
  return index;
}

const counter = (page: Page) => page.locator('[data-counter]');
const currentSlide = (page: Page) => page.locator('[data-stage] > [data-slide]:not([hidden])');
/** The type scale the deck fitted the current slide at (1 is full size). */
const slideScale = (page: Page) =>
  currentSlide(page).evaluate((element) => Number((element.querySelector('[data-slide-inner]') as HTMLElement).style.getPropertyValue('--fit')));

test.describe('instructor notes', () => {
  test('are absent from the learner page and its HTML', async ({ page, request }) => {
    const phrase = await notePhrase(page, LESSON);
    expect(phrase.split(' ').length).toBeGreaterThanOrEqual(4);
    await page.goto(`lessons/${LESSON}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(phrase)).toHaveCount(0);
    const html = await (await request.get(`lessons/${LESSON}/`)).text();
    expect(html.replace(/\s+/g, ' ')).not.toContain(phrase);
  });

  test('are absent from the search index', async ({ page }) => {
    const phrase = await notePhrase(page, LESSON);
    await page.goto(`lessons/${LESSON}/`);
    const found = await page.evaluate(async (query) => {
      const url = new URL('../../pagefind/pagefind.js', location.href).href;
      const pagefind = await import(/* @vite-ignore */ url);
      await pagefind.init();
      const read = async (q: string) => {
        const search = await pagefind.search(q);
        return Promise.all(search.results.map(async (result: { data: () => Promise<{ url: string; content: string }> }) => result.data()));
      };
      const noteHits = (await read(query)) as { url: string; content: string }[];
      // Control: a phrase from the lesson's visible text is found, so an empty answer above means something.
      const heading = document.querySelector('article h2[id]')?.textContent ?? '';
      const controlHits = (await read(heading)) as { url: string; content: string }[];
      return {
        noteInIndex: noteHits.some((hit) => hit.content.replace(/\s+/g, ' ').includes(query)),
        notesPagesIndexed: [...noteHits, ...controlHits].some((hit) => hit.url.includes('/instructors/')),
        controlFound: controlHits.some((hit) => hit.url.includes('/lessons/')),
      };
    }, phrase);
    expect(found).toEqual({ noteInIndex: false, notesPagesIndexed: false, controlFound: true });
    // The built index fragments never hold the phrase either.
    const fragments = join(process.env.OUT_DIR || 'dist', 'pagefind', 'fragment');
    if (existsSync(fragments)) {
      const { gunzipSync } = await import('node:zlib');
      for (const name of readdirSync(fragments)) {
        const raw = readFileSync(join(fragments, name));
        let text: string;
        try {
          text = gunzipSync(raw).toString('utf8');
        } catch {
          text = raw.toString('utf8');
        }
        expect(text.replace(/\s+/g, ' '), name).not.toContain(phrase);
      }
    }
  });

  test('are one click from the lesson in instructor mode, which is remembered and shown on every page @base', async ({ page }) => {
    const phrase = await notePhrase(page, LESSON);
    const banner = page.getByRole('region', { name: 'Instructor mode notice' });
    await page.goto(`lessons/${LESSON}/`);
    await expect(banner).toBeHidden();

    await page.goto('instructors/');
    const toggle = page.getByRole('button', { name: 'Instructor mode', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'Instructor mode is on.' })).toHaveText('Instructor mode is on.');
    await expect(page.locator('[data-mode-state]')).toHaveText('On');
    await expect(banner).toContainText('Instructor mode is on.');

    await page.goto(`lessons/${LESSON}/`);
    await expect(banner).toBeVisible();
    // The learner page itself still holds no note; the banner leads to them and to the slides.
    await expect(page.getByText(phrase)).toHaveCount(0);
    await expect(banner.getByRole('link', { name: 'Present this lesson' })).toHaveAttribute('href', new RegExp(`present/${LESSON}/$`));
    await expectNoAxeViolations(page, 'lesson in instructor mode');
    await page.reload();
    await expect(banner).toBeVisible();
    await banner.getByRole('link', { name: 'Instructor notes for this lesson' }).click();
    await expect(page.getByRole('note', { name: 'Instructor note' }).filter({ hasText: phrase })).toBeVisible();
    await page.goto('');
    await expect(banner).toBeVisible();

    await banner.getByRole('link', { name: 'Switch instructor mode off' }).click();
    await page.getByRole('button', { name: 'Instructor mode', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Instructor mode', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(banner).toBeHidden();
    await page.goto(`lessons/${LESSON}/`);
    await expect(banner).toBeHidden();
    await expect(page.getByText(phrase)).toHaveCount(0);
  });

  test('every lesson has instructor notes', async ({ page }) => {
    await page.goto('instructors/');
    const links = await page.getByRole('link', { name: /^Instructor notes: / }).evaluateAll((anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
    );
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) {
      await page.goto(link);
      await expect(page.locator('[data-instructor-note]').first(), link).toBeVisible();
    }
  });
});

test.describe('presenter', () => {
  test('navigates by keyboard and the URL follows @base', async ({ page }) => {
    await page.goto(PRESENTER);
    await expect(page).toHaveURL(/#slide-1$/);
    const total = Number(/of (\d+)/.exec((await counter(page).first().textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(3);
    await expect(counter(page).first()).toHaveText(`Slide 1 of ${total}`);

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#slide-2$/);
    await expect(counter(page).first()).toHaveText(`Slide 2 of ${total}`);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/#slide-3$/);
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#slide-4$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#slide-3$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#slide-2$/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
    await expect(counter(page).first()).toHaveText(`Slide ${total} of ${total}`);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#slide-1$/);
    await expect(currentSlide(page)).toHaveCount(1);

    // The URL keeps the slide: opening it again shows the same slide.
    await page.goto(`${PRESENTER}#slide-3`);
    await expect(counter(page).first()).toHaveText(`Slide 3 of ${total}`);
    await expect(currentSlide(page)).toHaveAttribute('aria-label', `Slide 3 of ${total}`);
  });

  test('presenter and projector open without a layout shift while the first slide is sized', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of [PRESENTER, PROJECTOR]) {
      await page.goto(path);
      await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
      await expect(page.locator('[data-stage] > [data-slide]').first()).toBeVisible();
      // Two frames after the deck is ready, any shift from sizing the slide has been reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts), `layout shifts on ${path}`).toEqual([]);
    }
  });

  test('on a 1280 × 720 projector, prose slides are readable and no slide cuts anything off, answers revealed', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 720 });
    const lessons = (await lessonPathsInOrder(page)).map((path) => path.replace(/\/$/, '').split('/').at(-1)!);
    const problems: string[] = [];
    for (const lesson of lessons) {
      await page.goto(`present/${lesson}/projector/`);
      await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
      const steps: number[] = JSON.parse((await page.locator('[data-deck]').getAttribute('data-steps')) ?? '[]');
      for (const [index, stepCount] of steps.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await expect(counter(page)).toHaveText(`Slide ${index + 1} of ${steps.length}`);
        const scaleBefore = await slideScale(page);
        for (let step = 0; step < stepCount; step += 1) await page.keyboard.press('r');
        // The room reads at one size: revealing answers does not shrink the type.
        if (stepCount > 0) await expect.poll(() => slideScale(page), `${lesson} slide ${index + 1}: type size after revealing`).toBe(scaleBefore);
        const slide = await currentSlide(page).evaluate((element) => ({
          kind: element.className,
          fit: Number((element.querySelector('[data-slide-inner]') as HTMLElement).style.getPropertyValue('--fit')),
          overflow: element.scrollHeight - element.clientHeight,
          scrolls: getComputedStyle(element).overflowY === 'auto' && element.tabIndex === 0,
        }));
        const where = `${lesson} slide ${index + 1} (${slide.kind})`;
        // Prose is split across slides rather than shrunk: it stays at 60% of full size or more.
        if (slide.kind.includes('slide--section') && (slide.fit < 0.6 || slide.overflow > 1)) problems.push(`${where}: scale ${slide.fit}, ${slide.overflow}px over`);
        if (slide.overflow > 1 && !slide.scrolls) problems.push(`${where}: ${slide.overflow}px cut off`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('shows the current and next slide, notes and a running timer', async ({ page }) => {
    const start = new Date('2026-11-30T09:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(PRESENTER);
    // Freeze time a little later, then start counting from a known moment.
    await page.clock.pauseAt(new Date(start.getTime() + 10_000));
    await page.getByRole('button', { name: 'Reset timer' }).click();
    const timer = page.getByRole('timer', { name: 'Elapsed time' });
    await expect(timer).toHaveText('0:00');
    const nextTitle = page.locator('[data-next-title]');
    const titles: string[] = JSON.parse((await page.locator('[data-deck]').getAttribute('data-titles')) ?? '[]');
    await expect(page.getByRole('heading', { name: `Current slide: ${titles[0]}` })).toBeVisible();
    await expect(nextTitle).toHaveText(titles[1]!);
    await expect(page.locator('[data-preview] [data-slide]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Instructor notes' })).toBeVisible();
    await page.clock.runFor(65_000);
    await expect(timer).toHaveText('1:05');
    await page.getByRole('button', { name: 'Pause timer' }).click();
    await page.clock.runFor(30_000);
    await expect(timer).toHaveText('1:05');
    await page.getByRole('button', { name: 'Resume timer' }).click();
    await page.clock.runFor(5_000);
    await expect(timer).toHaveText('1:10');
    // Reloading the presenter mid-session keeps the clock counting from where it was.
    await page.reload();
    await page.clock.runFor(2_000);
    await expect(timer).toHaveText('1:12');
    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(timer).toHaveText('0:00');
    // A section with an authored note shows it next to the slide.
    const noted = await page.locator('[data-notes-for]').evaluateAll((notes) =>
      notes.findIndex((note) => note.querySelector('.instructor-note')),
    );
    expect(noted).toBeGreaterThanOrEqual(0);
    await page.goto(`${PRESENTER}#slide-${noted + 1}`);
    await expect(page.locator(`[data-notes-for="${noted}"] .instructor-note`).first()).toBeVisible();
  });

  test('opens a projector window and both stay in sync through BroadcastChannel @base', async ({ page, context }) => {
    await page.goto(PRESENTER);
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projector window' }).click(),
    ]);
    await projector.waitForLoadState();
    await expect(projector).toHaveURL(new RegExp(`${PROJECTOR}#slide-1$`));
    await expect(projector.locator('[data-deck][data-ready]')).toHaveCount(1);
    // The projector shows only the slide: no notes, no next-slide preview.
    await expect(projector.getByText('Instructor notes')).toHaveCount(0);
    await expect(projector.locator('[data-preview]')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(projector).toHaveURL(/#slide-3$/);
    await expect(counter(projector)).toContainText('Slide 3 of');

    // Either window can drive: the projector going back moves the presenter too.
    await projector.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#slide-2$/);
    await expect(counter(page).first()).toContainText('Slide 2 of');
  });

  test('a projector opened later catches up with the presenter', async ({ page, context }) => {
    await page.goto(`${PRESENTER}#slide-4`);
    await expect(page.locator('[data-deck][data-ready]')).toHaveCount(1);
    const projector = await context.newPage();
    await projector.goto(PROJECTOR);
    await expect(projector).toHaveURL(/#slide-4$/);
  });
});

test.describe('answer reveal', () => {
  test('a question shows no answer, then the correct answer, then each explanation', async ({ page, context }) => {
    await page.goto(PRESENTER);
    const index = await slideIndex(page, 'question');
    test.skip(index < 0, `lesson ${LESSON} has no knowledge-check slides yet (no content/checks data)`);
    const projector = await context.newPage();
    await projector.goto(PROJECTOR);
    await page.goto(`${PRESENTER}#slide-${index + 1}`);
    await expect(projector).toHaveURL(new RegExp(`#slide-${index + 1}$`));

    for (const view of [page, projector]) {
      const slide = currentSlide(view);
      await expect(slide.locator('.answer__letter').first()).toHaveText('A');
      await expect(slide.locator('.answer__letter').nth(1)).toHaveText('B');
      await expect(slide.getByText('✓ Correct answer')).toBeHidden();
      await expect(slide.locator('.answer__explanation').first()).toBeHidden();
    }
    const options = await currentSlide(page).locator('.answer').count();
    await expect(page.getByRole('button', { name: 'Hide last step' })).toBeDisabled();

    await page.keyboard.press('r');
    for (const view of [page, projector]) {
      const slide = currentSlide(view);
      await expect(slide.locator('.answer[data-correct="true"]').getByText('✓ Correct answer').first()).toBeVisible();
      await expect(slide.locator('.answer[data-correct="false"]').getByText('✗ Not correct').first()).toBeVisible();
      await expect(slide.locator('.answer__explanation').first()).toBeHidden();
    }
    await expect(page.locator('[data-reveal-status]')).toHaveText(`Revealed 1 of ${options + 1} steps.`);

    // Explanations come one option at a time.
    await page.getByRole('button', { name: 'Reveal next step' }).click();
    await expect(currentSlide(projector).locator('.answer__explanation').first()).toBeVisible();
    await expect(currentSlide(projector).locator('.answer__explanation').nth(1)).toBeHidden();
    for (let step = 2; step <= options; step += 1) await page.keyboard.press('r');
    await expect(currentSlide(projector).locator('.answer__explanation').nth(options - 1)).toBeVisible();
    await expect(currentSlide(projector).locator('.answer__explanation').first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reveal next step' })).toBeDisabled();

    await page.keyboard.press('Shift+R');
    await expect(currentSlide(projector).locator('.answer__explanation').nth(options - 1)).toBeHidden();
    await expectNoAxeViolations(page, 'presenter after a reveal');
    await expectNoAxeViolations(projector, 'projector after a reveal');
  });

  test('after a mouse click on a control, Space moves to the next slide instead of pressing the control again', async ({ page }) => {
    await page.goto(PRESENTER);
    const index = await slideIndex(page, 'question');
    test.skip(index < 0, `lesson ${LESSON} has no question slides`);
    await page.goto(`${PRESENTER}#slide-${index + 1}`);
    await expect(counter(page)).toHaveText(new RegExp(`^Slide ${index + 1} of`));
    await page.getByRole('button', { name: 'Reveal next step' }).click();
    await expect(page.locator('[data-reveal-status]')).toHaveText(/^Revealed 1 of/);
    await page.keyboard.press(' ');
    await expect(counter(page)).toHaveText(new RegExp(`^Slide ${index + 2} of`));
  });

  test('the sorter reveals card by card, each in the zone the matrix gives it', async ({ page }) => {
    await page.goto(PRESENTER);
    const index = await slideIndex(page, 'sort');
    test.skip(index < 0, `lesson ${LESSON} has no sorting-exercise slide yet (no content/exercises data)`);
    await page.goto(`${PRESENTER}#slide-${index + 1}`);
    const cards = currentSlide(page).locator('.deck-card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(1);
    await expect(cards.locator('.deck-card__answer').first()).toBeHidden();

    const matrix = JSON.parse(readFileSync('content/responsibility-matrix.json', 'utf8')) as {
      owners: { id: string; label: string }[];
      rows: { id: string; cells: Record<string, string> }[];
    };
    const exercise = parseYaml(readFileSync(`content/exercises/${await exerciseIdOf(page)}.yaml`, 'utf8')) as {
      serviceType: string;
      cards: { text: string; row: string; serviceType?: string }[];
    };
    await page.keyboard.press('r');
    await expect(cards.nth(0).locator('.deck-card__answer')).toBeVisible();
    await expect(cards.nth(1).locator('.deck-card__answer')).toBeHidden();
    await page.keyboard.press('r');
    await expect(cards.nth(1).locator('.deck-card__answer')).toBeVisible();
    for (const [position, card] of exercise.cards.slice(0, 2).entries()) {
      const serviceType = card.serviceType ?? exercise.serviceType;
      const owner = matrix.rows.find((row) => row.id === card.row)!.cells[serviceType]!;
      const label = matrix.owners.find((candidate) => candidate.id === owner)!.label;
      await expect(cards.nth(position)).toContainText(card.text);
      await expect(cards.nth(position).locator('.deck-card__answer')).toHaveText(`→ ${label}`);
    }
    // Only the latest card's explanation is shown, so the room reads one reason at a time.
    await expect(cards.nth(1).locator('.deck-card__explanation')).toBeVisible();
    await expect(cards.nth(0).locator('.deck-card__explanation')).toBeHidden();
  });
});

/** The id of the exercise on the current sort slide, from its print twin in the answer key (same data). */
async function exerciseIdOf(page: Page): Promise<string> {
  const title = (await currentSlide(page).getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
  for (const file of readdirSync('content/exercises')) {
    const data = parseYaml(readFileSync(join('content/exercises', file), 'utf8')) as { title: string };
    if (data.title === title) return file.replace(/\.yaml$/, '');
  }
  throw new Error(`No exercise titled "${title}"`);
}

test.describe('accessibility of the classroom views', () => {
  test('presenter and projector have no axe violations', async ({ page }) => {
    await page.goto(PRESENTER);
    await expectNoAxeViolations(page, 'presenter');
    await page.goto(PROJECTOR);
    await expectNoAxeViolations(page, 'projector');
    await page.goto('instructors/');
    await expectNoAxeViolations(page, 'for instructors');
  });
});

test.describe('print', () => {
  for (const path of ['print/worksheet/', 'print/answer-key/', 'print/matrix/']) {
    test(`${path} prints without navigation`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('the worksheet has every question and no answers', async ({ page }) => {
    await page.goto('print/worksheet/');
    const text = squash(await page.locator('main').innerText());
    for (const check of readChecks()) {
      for (const question of check.questions) expect(text).toContain(squash(question.prompt));
    }
    expect(text).not.toMatch(/Answer: |Correct\.|Incorrect\./);
  });

  test('a PDF of the answer key contains every answer', async ({ page }) => {
    const hasPdftotext = (() => {
      try {
        execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
    test.skip(!hasPdftotext, 'pdftotext (Debian package poppler-utils) is not installed, so the PDF cannot be read');
    await page.goto('print/answer-key/');
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'answer-key-'));
    const pdfPath = join(dir, 'answer-key.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
    const raw = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
    // A hyphen at the end of a line is either the printer's (joined: "mov-\ning") or the text's own ("On-\npremises").
    const text = squash(raw.replace(/-\n/g, ''));
    const hyphensKept = squash(raw.replace(/-\n/g, '-'));
    const inPdf = (snippet: string) => text.includes(squash(snippet)) || hyphensKept.includes(squash(snippet));

    const expected: string[] = [];
    for (const check of readChecks()) {
      for (const question of check.questions) {
        for (const option of question.options) {
          if (option.correct) expected.push(option.text);
          expected.push(option.explanation);
        }
      }
    }
    const matrix = JSON.parse(readFileSync('content/responsibility-matrix.json', 'utf8')) as {
      owners: { id: string; label: string }[];
      rows: { id: string; label: string; cells: Record<string, string>; reasons?: Record<string, string> }[];
    };
    const ownerLabel = (id: string) => matrix.owners.find((owner) => owner.id === id)!.label;
    // Every sorting card is printed with the owner the matrix gives it, right after its text, and the reason why.
    const wrongAnswers: string[] = [];
    for (const exercise of readExercises()) {
      for (const card of exercise.cards ?? []) {
        const row = matrix.rows.find((candidate) => candidate.id === card.row)!;
        const serviceType = card.serviceType ?? exercise.serviceType!;
        const owner = ownerLabel(row.cells[serviceType]!);
        const answered = new RegExp(`${escapeRegExp(squash(card.text))}( \\([A-Za-z]+\\))?: ${escapeRegExp(owner)}\\.`);
        if (!answered.test(text) && !answered.test(hyphensKept)) wrongAnswers.push(`${card.text} → ${owner}`);
        if (row.reasons?.[serviceType]) expected.push(row.reasons[serviceType]!);
      }
    }
    expect(wrongAnswers, 'cards printed without their right owner').toEqual([]);
    // The whole-matrix challenge's answers: every cell's reason.
    for (const row of matrix.rows) for (const reason of Object.values(row.reasons ?? {})) expected.push(reason);
    const missing = expected.filter((snippet) => !inPdf(snippet));
    expect(missing, 'answers missing from the PDF').toEqual([]);
  });

  test('the matrix handout fits on one page', async ({ page }) => {
    let hasPdfinfo = true;
    try {
      execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    } catch {
      hasPdfinfo = false;
    }
    test.skip(!hasPdfinfo, 'pdfinfo (Debian package poppler-utils) is not installed, so the page count cannot be read');
    await page.goto('print/matrix/');
    const dir = mkdtempSync(join(tmpdir(), 'matrix-'));
    const pdfPath = join(dir, 'matrix.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe('1');
    const text = squash(execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }));
    const matrix = JSON.parse(readFileSync('content/responsibility-matrix.json', 'utf8')) as { rows: { label: string }[] };
    for (const row of matrix.rows) expect(text).toContain(squash(row.label));
  });
});

interface CheckData {
  questions: { prompt: string; options: { text: string; correct?: boolean; explanation: string }[] }[];
}

function squash(text: string): string {
  return text.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function readChecks(): CheckData[] {
  if (!existsSync('content/checks')) return [];
  return readdirSync('content/checks')
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => parseYaml(readFileSync(join('content/checks', file), 'utf8')) as CheckData);
}

interface ExerciseData {
  serviceType?: string;
  cards?: { text: string; row: string; serviceType?: string }[];
}

function readExercises(): ExerciseData[] {
  if (!existsSync('content/exercises')) return [];
  return readdirSync('content/exercises')
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => parseYaml(readFileSync(join('content/exercises', file), 'utf8')) as ExerciseData);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
