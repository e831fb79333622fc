import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, layoutShifts, lessonPathsInOrder, trackPageErrors, watchLayoutShifts } from './helpers';

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

/** Resets the presenter's session timer, answering yes to the question it asks first. */
async function resetTimer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await page.getByRole('dialog', { name: 'Reset the session timer?' }).getByRole('button', { name: 'Reset to 0:00' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}
const currentSlide = (page: Page) => page.locator('[data-stage] > [data-slide]:not([hidden])');

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
    await watchLayoutShifts(page);
    for (const path of [PRESENTER, PROJECTOR]) {
      await page.goto(path);
      await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
      await expect(page.locator('[data-stage] > [data-slide]').first()).toBeVisible();
      // Two frames after the deck is ready, any shift from sizing the slide has been reported.
      expect(await layoutShifts(page), `layout shifts on ${path}`).toEqual([]);
    }
  });

  test('shows the current and next slide, notes and a running timer', async ({ page }) => {
    const start = new Date('2026-11-30T09:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(PRESENTER);
    // Freeze time a little later, then start counting from a known moment.
    await page.clock.pauseAt(new Date(start.getTime() + 10_000));
    await resetTimer(page);
    const timer = page.getByRole('timer', { name: 'Session time' });
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
    await resetTimer(page);
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

test.describe('class session across lessons', () => {
  test('at the end of a deck the presenter offers the next lesson, and the one projector window and the timer go along @base', async ({ page, context }) => {
    test.slow();
    const [first, second] = (await lessonPathsInOrder(page)).map((path) => path.replace(/\/$/, '').split('/').at(-1)!);
    expect(second, 'the course has two lessons to teach in a row').toBeTruthy();
    await page.goto(`present/${first}/`);
    const status = page.locator('[data-projector-text]');
    await expect(status).toHaveText('No projector window');
    await expect(status).toHaveAttribute('role', 'status');

    const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open projector window' }).click()]);
    await expect(projector).toHaveURL(new RegExp(`present/${first}/projector/#slide-1$`));
    await expect(status).toHaveText('Projector connected');

    // An optional target: the presenter sees how much of it is left.
    const target = page.getByRole('textbox', { name: 'Target' });
    await target.fill('50');
    // Enter sets the target and gives the keys back to the slides.
    await target.press('Enter');
    await expect(page.locator('[data-target-status]')).toHaveText(/^(49:\d\d|50:00) left$/);
    await expect(target).not.toBeFocused();

    // Not at the end yet: no offer, and N does nothing.
    const offer = page.getByRole('link', { name: /^Next lesson: Lesson 2: / });
    await expect(offer).toBeHidden();
    await page.keyboard.press('n');
    await expect(page).toHaveURL(new RegExp(`present/${first}/#slide-1$`));

    await page.keyboard.press('End');
    await expect(projector).toHaveURL(/#slide-\d+$/);
    await expect(offer).toBeVisible();
    const heading = (await page.locator('[data-deck]').getAttribute('data-end-title')) ?? '';
    expect(heading).toMatch(/^Lesson 2: /);
    await expect(page.locator('[data-next-title]')).toHaveText(heading);
    const timerBefore = seconds(await page.getByRole('timer', { name: 'Session time' }).textContent());
    await offer.click();

    // The presenter moves on; the same projector window follows, and no other window opens.
    await expect(page).toHaveURL(new RegExp(`present/${second}/(#slide-1)?$`));
    await expect(page.locator('[data-deck][data-ready]')).toHaveAttribute('data-deck', second!);
    await expect(projector).toHaveURL(new RegExp(`present/${second}/projector/#slide-1$`));
    await expect(projector.locator('[data-deck][data-ready]')).toHaveAttribute('data-deck', second!);
    expect(context.pages()).toHaveLength(2);
    await expect(status).toHaveText('Projector connected');
    // One session timer: it carries on from where it was, with its target.
    expect(seconds(await page.getByRole('timer', { name: 'Session time' }).textContent())).toBeGreaterThanOrEqual(timerBefore);
    await expect(page.getByRole('textbox', { name: 'Target' })).toHaveValue('50');

    // Opening the projector again reuses the window instead of adding one.
    await page.getByRole('button', { name: 'Open projector window' }).click();
    await page.waitForTimeout(500);
    expect(context.pages()).toHaveLength(2);
    await expect(projector).toHaveURL(new RegExp(`present/${second}/projector/#slide-1$`));

    // Slides still follow the presenter in the new lesson.
    await page.keyboard.press('ArrowRight');
    await expect(projector).toHaveURL(/#slide-2$/);

    await projector.close();
    await expect(status).toHaveText('No projector window');
    await expectNoAxeViolations(page, 'presenter of the second lesson');
  });

  test('N on the last slide moves on to the next lesson', async ({ page }) => {
    const [first, second] = (await lessonPathsInOrder(page)).map((path) => path.replace(/\/$/, '').split('/').at(-1)!);
    await page.goto(`present/${first}/`);
    await page.keyboard.press('End');
    await expect(page.getByRole('link', { name: /^Next lesson: / })).toBeVisible();
    await page.keyboard.press('n');
    await expect(page).toHaveURL(new RegExp(`present/${second}/`));
  });

  test('the last lesson says it is the last, and offers no next lesson', async ({ page }) => {
    const last = (await lessonPathsInOrder(page)).at(-1)!.replace(/\/$/, '').split('/').at(-1)!;
    await page.goto(`present/${last}/`);
    await page.keyboard.press('End');
    await expect(page.getByText('This is the last slide of the last lesson of the course.')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Next lesson: / })).toHaveCount(0);
    await expect(page.locator('[data-next-title]')).toHaveText('End of the course');
  });

  test('Reset asks first, and keeps counting unless the presenter confirms', async ({ page }) => {
    const start = new Date('2026-11-30T09:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(PRESENTER);
    await page.clock.pauseAt(new Date(start.getTime() + 10_000));
    await resetTimer(page);
    await page.clock.runFor(90_000);
    const timer = page.getByRole('timer', { name: 'Session time' });
    await expect(timer).toHaveText('1:30');
    const reset = page.getByRole('button', { name: 'Reset timer' });
    const dialog = page.getByRole('dialog', { name: 'Reset the session timer?' });

    await reset.click();
    await expect(dialog).toBeVisible();
    // The safe answer has focus, and the slide keys do nothing behind the question.
    await expect(dialog.getByRole('button', { name: 'Keep counting' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^Slide 1 of/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    await expect(timer).toHaveText('1:30');

    await reset.click();
    await dialog.getByRole('button', { name: 'Keep counting' }).click();
    await expect(timer).toHaveText('1:30');

    await reset.click();
    await dialog.getByRole('button', { name: 'Reset to 0:00' }).click();
    await expect(timer).toHaveText('0:00');
    await expect(reset).toBeFocused();
  });

  test('the target says how much time is left, then how far over, and refuses what is not whole minutes', async ({ page }) => {
    const start = new Date('2026-11-30T09:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(PRESENTER);
    await page.clock.pauseAt(new Date(start.getTime() + 10_000));
    await resetTimer(page);
    const target = page.getByRole('textbox', { name: 'Target' });
    const left = page.locator('[data-target-status]');
    await target.fill('1');
    await target.press('Enter');
    await expect(target).toHaveAttribute('aria-invalid', 'false');
    await expect(left).toHaveText('1:00 left');
    await page.clock.runFor(75_000);
    await expect(left).toHaveText('0:15 over');
    await target.fill('lots');
    await target.press('Enter');
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    await expect(target).toBeFocused();
    await expect(page.getByText('Whole minutes, 1 to 600.')).toBeVisible();
    await expect(left).toHaveText('0:15 over');
    await target.fill('');
    await target.press('Enter');
    await expect(left).toHaveText('');
    await expect(page.getByText('Whole minutes, 1 to 600.')).toBeHidden();
  });

  test('a clock saved by a presenter tab from before sessions spanned lessons keeps counting', async ({ page }) => {
    const start = new Date('2026-11-30T09:00:00Z');
    await page.clock.install({ time: start });
    await page.addInitScript(
      ([key, startedAt]) => {
        if (!sessionStorage.getItem('srm-course:presenter-timer')) sessionStorage.setItem(key, JSON.stringify({ startedAt, banked: 5_000 }));
      },
      [`srm-course:presenter-timer:${LESSON}`, start.getTime() - 60_000] as const,
    );
    await page.goto(PRESENTER);
    await page.clock.pauseAt(new Date(start.getTime() + 10_000));
    // 5 s counted before, then the minute before the start and 10 s after it.
    await expect(page.getByRole('timer', { name: 'Session time' })).toHaveText('1:15');
  });
});

/** Seconds shown by a clock such as "1:05" or "1:02:03". */
function seconds(text: string | null): number {
  return (text ?? '').trim().split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

test.describe('answer reveal', () => {
  test('a question shows no answer, then the correct answer; the next slide explains every option, each staying in view', async ({ page, context }) => {
    test.slow();
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
    }
    const options = await currentSlide(page).locator('.answer').count();
    await expect(page.getByRole('button', { name: 'Hide last step' })).toBeDisabled();

    await page.keyboard.press('r');
    for (const view of [page, projector]) {
      const slide = currentSlide(view);
      await expect(slide.locator('.answer[data-correct="true"]').getByText('✓ Correct answer').first()).toBeVisible();
      await expect(slide.locator('.answer[data-correct="false"]').getByText('✗ Not correct').first()).toBeVisible();
    }
    await expect(page.locator('[data-reveal-status]')).toHaveText('Revealed 1 of 1 steps.');
    await expect(page.getByRole('button', { name: 'Reveal next step' })).toBeDisabled();

    // The slides after the question explain its options, as many as fit a slide at a time; every explanation
    // revealed stays in view, so the room can read them all at once.
    let explained = 0;
    while (explained < options) {
      await page.keyboard.press('ArrowRight');
      const slide = currentSlide(projector);
      await expect(slide).toHaveClass(/slide--explanation/);
      const explanations = slide.locator('.answer__explanation');
      const count = await explanations.count();
      expect(count).toBeGreaterThan(0);
      await expect(explanations.first()).toBeHidden();
      await expect(slide.locator('.answer__verdict').first()).toBeVisible();
      await page.getByRole('button', { name: 'Reveal next step' }).click();
      await expect(explanations.first()).toBeVisible();
      for (let step = 1; step < count; step += 1) await page.keyboard.press('r');
      for (let shown = 0; shown < count; shown += 1) await expect(explanations.nth(shown)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reveal next step' })).toBeDisabled();
      // Shift+R takes back only the last one.
      await page.keyboard.press('Shift+R');
      await expect(explanations.nth(count - 1)).toBeHidden();
      if (count > 1) await expect(explanations.first()).toBeVisible();
      await page.keyboard.press('r');
      explained += count;
    }
    expect(explained).toBe(options);
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

  test('the sorter reveals card by card, each in the zone the matrix gives it, a few cards a slide, reasons staying in view', async ({ page }) => {
    test.slow();
    await page.goto(PRESENTER);
    const index = await slideIndex(page, 'sort');
    test.skip(index < 0, `lesson ${LESSON} has no sorting-exercise slide yet (no content/exercises data)`);
    await page.goto(`${PRESENTER}#slide-${index + 1}`);
    const matrix = JSON.parse(readFileSync('content/responsibility-matrix.json', 'utf8')) as {
      owners: { id: string; label: string }[];
      rows: { id: string; cells: Record<string, string> }[];
    };
    const exercise = parseYaml(readFileSync(`content/exercises/${await exerciseIdOf(page)}.yaml`, 'utf8')) as {
      serviceType: string;
      cards: { text: string; row: string; serviceType?: string }[];
    };
    const labelOf = (card: (typeof exercise.cards)[number]) => {
      const owner = matrix.rows.find((row) => row.id === card.row)!.cells[card.serviceType ?? exercise.serviceType]!;
      return matrix.owners.find((candidate) => candidate.id === owner)!.label;
    };
    // The exercise's cards, in order, over as many slides as they need.
    let seen = 0;
    while (seen < exercise.cards.length) {
      if (seen > 0) await page.keyboard.press('ArrowRight');
      await expect(currentSlide(page)).toHaveClass(/slide--sort/);
      const cards = currentSlide(page).locator('.deck-card');
      const count = await cards.count();
      expect(count).toBeGreaterThan(0);
      await expect(cards.locator('.deck-card__answer').first()).toBeHidden();
      for (let position = 0; position < count; position += 1) {
        await page.keyboard.press('r');
        const card = exercise.cards[seen + position]!;
        await expect(cards.nth(position)).toContainText(card.text);
        await expect(cards.nth(position).locator('.deck-card__answer')).toHaveText(`→ ${labelOf(card)}`);
        if (position + 1 < count) await expect(cards.nth(position + 1).locator('.deck-card__answer')).toBeHidden();
      }
      // Every reason revealed stays in view, so the room reads them all at once.
      for (let position = 0; position < count; position += 1) await expect(cards.nth(position).locator('.deck-card__explanation')).toBeVisible();
      seen += count;
    }
    expect(seen).toBe(exercise.cards.length);
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

  test('the worksheet has every lesson question, no answers, and leaves the final assessment off', async ({ page }) => {
    await page.goto('print/worksheet/');
    const text = squash(await page.locator('main').innerText());
    const checks = readChecks();
    expect(checks.some((check) => check.kind === 'assessment')).toBe(true);
    for (const check of checks) {
      for (const question of check.questions) {
        if (check.kind === 'assessment') expect(text).not.toContain(squash(question.prompt));
        else expect(text).toContain(squash(question.prompt));
      }
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
  kind?: 'lesson' | 'assessment';
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
