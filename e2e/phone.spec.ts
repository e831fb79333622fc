import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackPageErrors, useTheme } from './helpers';
import { checkQuestions, type CheckQuestion } from '../src/test-support/course-content';

// A learner on a small phone, held in one hand: a touch screen (coarse pointer, no hover) at 320 and 375 px.
const PHONES = [320, 375] as const;
const MIN_TARGET = 44;

test.use({ hasTouch: true, isMobile: true });

/** A finger on the screen, through Chrome DevTools Protocol touch events (page.touchscreen can only tap). */
function finger(cdp: CDPSession) {
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y), id: 1 }] });
  let at = { x: 0, y: 0 };
  return {
    get at() {
      return at;
    },
    async down(x: number, y: number) {
      at = { x, y };
      await send('touchStart', x, y);
    },
    /** Slides the finger in small steps, as a real one does. */
    async slide(x: number, y: number, steps = 6) {
      for (let step = 1; step <= steps; step += 1) {
        await send('touchMove', at.x + ((x - at.x) * step) / steps, at.y + ((y - at.y) * step) / steps);
      }
      at = { x, y };
    },
    up: () => send('touchEnd'),
  };
}

const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Whether the element drawn at a point of the viewport is inside `locator` (what a finger or eye finds there). */
const drawnAt = (locator: Locator, x: number, y: number) =>
  locator.evaluate((element, [px, py]) => element.contains(document.elementFromPoint(px!, py!)), [x, y]);

/** Whether the whole box of `locator` lies inside the viewport. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
}

for (const width of PHONES) {
  test.describe(`the sorter at ${width} px`, () => {
    const exercise = (page: Page) => page.getByRole('region', { name: 'Sort the duties: IaaS' });
    const zone = (page: Page, name: string) => exercise(page).getByRole('region', { name: new RegExp(`^${name} \\(\\d+ cards?\\)$`) });
    const cardItem = (page: Page, text: string) =>
      exercise(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: text, exact: true }) });
    // The sorter's own status line (dnd-kit keeps a second live region for pick-up and hover).
    const status = (page: Page) => exercise(page).locator('[data-sort-status]');

    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto('exercises/iaas-duties/');
      // The island hydrates when visible; dnd-kit's live region appears once it has.
      await expect(page.locator('[id^="DndLiveRegion"]')).toBeAttached();
    });

    test('each card gives its text the full width, with Move to… below it', async ({ page }) => {
      for (const item of (await zone(page, 'Unsorted cards').getByRole('listitem').all()).slice(0, 3)) {
        const card = (await item.boundingBox())!;
        const handle = (await item.getByRole('button', { name: /^(?!Move to)/ }).boundingBox())!;
        const move = (await item.getByRole('button', { name: /^Move to…/ }).boundingBox())!;
        expect(handle.width, 'the card text spans the card').toBeGreaterThanOrEqual(card.width - 4);
        expect(move.y, 'Move to… sits below the text, not beside it').toBeGreaterThanOrEqual(handle.y + handle.height - 1);
        expect(move.height).toBeGreaterThanOrEqual(MIN_TARGET);
      }
      // The card's words get most of the screen: about twice the room they had beside the button.
      const text = (await zone(page, 'Unsorted cards').getByRole('listitem').first().locator('.sort-card__text').boundingBox())!;
      expect(text.width).toBeGreaterThanOrEqual(width * 0.6);
    });

    test('a move by Move to… is confirmed on screen, and a touch drop after it keeps the status and the counter in step', async ({ page, context }) => {
      const errors = trackPageErrors(page);
      const first = 'Apply security updates to the guest operating system';
      await cardItem(page, first).getByRole('button', { name: /^Move to…/ }).tap();
      await cardItem(page, first).getByRole('button', { name: 'Customer', exact: true }).tap();
      // The card went to a zone far below; the confirmation is where the learner is looking.
      await expect(status(page)).toHaveText(`${first} placed in Customer. 9 cards left to sort.`);
      await expect.poll(() => inViewport(page, status(page)), { message: 'the result of the move is in view' }).toBe(true);
      await expect(page.getByRole('button', { name: 'Replace a failed disk in a host server', exact: true })).toBeFocused();

      // Drag the last card of the pile by touch to the zone under the pile, with both in view.
      const last = 'Encrypt the laptops that staff use to manage the virtual machines';
      const target = zone(page, 'Customer');
      await target.evaluate((element) => element.scrollIntoView({ block: 'end' }));
      const handle = exercise(page).getByRole('button', { name: last, exact: true });
      await expect.poll(() => inViewport(page, handle)).toBe(true);
      const touch = finger(await context.newCDPSession(page));
      const start = await centre(handle);
      await touch.down(start.x, start.y);
      await touch.slide(start.x + 24, start.y - 10);
      const carried = cardItem(page, last);
      await expect(carried).toHaveClass(/is-dragging/);

      // The carried card stays under the finger, drawn in full, even when the finger moves toward the screen's edge.
      await touch.slide(start.x + 40, start.y - 10);
      // The card follows the finger on the next frame: poll rather than read it once.
      await expect.poll(() => drawnAt(carried, touch.at.x, touch.at.y), { message: 'the card is under the finger' }).toBe(true);
      const box = (await carried.boundingBox())!;
      const rightEdge = Math.min(box.x + box.width - 4, width - 2);
      expect(await drawnAt(carried, rightEdge, box.y + box.height / 2), 'the card is not cut off at the exercise’s edge').toBe(true);

      const over = await centre(target);
      await expect(async () => {
        await touch.slide(over.x, over.y + 2, 3);
        await expect(target).toHaveClass(/is-over/, { timeout: 300 });
      }).toPass({ timeout: 5_000 });
      await touch.up();
      await expect(target.getByRole('button', { name: last, exact: true })).toBeVisible();
      await expect(exercise(page).getByText('2 of 10 cards sorted.')).toBeVisible();
      await expect(status(page)).toHaveText(`${last} placed in Customer. 8 cards left to sort.`);
      await expect.poll(() => inViewport(page, status(page))).toBe(true);
      // The page is as wide as the screen again.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page, `the sorter at ${width} px after a touch drop`);
      expect(errors).toEqual([]);
    });
  });
}

const assessmentPool = checkQuestions('final-assessment');

for (const width of PHONES) {
  test(`at ${width} px the assessment result puts the score first, links each missed question, then Retry and Show answers`, async ({ page }) => {
    test.slow(); // fifteen questions answered one tap at a time
    const errors = trackPageErrors(page);
    await page.setViewportSize({ width, height: 640 });
    await page.goto('assessment/');
    const region = page.getByRole('region', { name: 'Assessment questions' });
    const checkButton = region.getByRole('button', { name: 'Check answers' });
    await checkButton.scrollIntoViewIfNeeded();
    await expect(checkButton).toBeEnabled();
    // The first six questions shown are answered wrongly, the rest rightly, so the result has both kinds.
    const missedQuestions: CheckQuestion[] = [];
    for (const question of assessmentPool) {
      const group = region.getByRole('group', { name: question.prompt });
      if ((await group.count()) === 0) continue; // not drawn in this attempt
      const answerWrongly = missedQuestions.length < 6;
      const options = answerWrongly ? [question.options.find((option) => !option.correct)!] : question.options.filter((option) => option.correct);
      for (const option of options) {
        await group.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: option.text, exact: true }).check();
      }
      if (answerWrongly) missedQuestions.push(question);
    }
    await checkButton.click();

    const result = region.getByRole('region', { name: 'Your result' });
    await expect(result).toBeFocused();
    // The score is the first thing the result says, and it is on screen.
    await expect(result.getByRole('paragraph').first()).toHaveText(/^Score: \d+ of 15 correct/);
    await expect.poll(() => inViewport(page, result.getByRole('paragraph').first())).toBe(true);

    const missedList = result.getByRole('list', { name: /Questions you missed/ });
    const links = missedList.getByRole('link');
    await expect(links).toHaveCount(missedQuestions.length);
    const retry = result.getByRole('button', { name: 'Retry' });
    const showAnswers = result.getByRole('button', { name: 'Show answers' });
    await expect(retry).toBeVisible();
    await expect(showAnswers).toBeVisible();
    // Measured on the page, not the viewport, so that a scroll still running after the focus move cannot skew them.
    const onPage = (locator: Locator) =>
      locator.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { y: rect.top + scrollY, height: rect.height };
      });
    const score = await onPage(result.getByText(/^Score:/));
    const list = await onPage(missedList);
    const retryBox = await onPage(retry);
    const showAnswersBox = await onPage(showAnswers);
    expect(score.y, 'score before the missed questions').toBeLessThan(list.y);
    expect(list.y + list.height, 'missed questions before Retry').toBeLessThanOrEqual(retryBox.y);
    // Side by side when they fit, else Show answers right under Retry: never apart.
    expect(showAnswersBox.y, 'Show answers with Retry').toBeGreaterThanOrEqual(retryBox.y);
    expect(showAnswersBox.y - (retryBox.y + retryBox.height), 'Show answers with Retry').toBeLessThan(24);

    // Misconceptions are said to the learner, once each, never in the author's shorthand.
    const suggestions = result.getByRole('list', { name: 'What your answers suggest' }).getByRole('listitem');
    const said = await suggestions.allTextContents();
    expect(said.length).toBeGreaterThan(0);
    for (const line of said) {
      expect(line).toMatch(/^You may think that /);
      expect(line).not.toMatch(/Possible misconception|\bthinks\b/);
    }
    expect(new Set(said).size, 'each misconception once').toBe(said.length);
    const firstMisconception = missedQuestions[0]!.options.find((option) => !option.correct)!.misconception;
    if (firstMisconception) await expect(suggestions.filter({ hasText: firstMisconception.replace(/^thinks (that )?/, '') })).toHaveCount(1);

    // A missed question's link names it and takes the learner to it.
    const second = links.nth(1);
    const [, number, prompt] = /^Question (\d+): (.*)$/s.exec((await second.textContent())!.trim())!;
    expect(missedQuestions.map((question) => question.prompt)).toContain(prompt);
    await second.tap();
    const group = region.getByRole('group', { name: prompt, exact: false });
    await expect(group).toBeFocused();
    await expect(group).toContainText(`Question ${number} of 15`);
    await expect.poll(() => group.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    await expect.poll(() => group.evaluate((element) => element.getBoundingClientRect().top < innerHeight / 2)).toBe(true);

    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing wider than the screen').toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page, `the assessment result at ${width} px`);
    expect(errors).toEqual([]);
  });
}

/** Every control's height and width, so that a failure names the ones that are too small. */
async function smallTargets(controls: Locator[]): Promise<string[]> {
  const small: string[] = [];
  for (const control of controls) {
    await expect(control).toBeVisible();
    const box = (await control.boundingBox())!;
    if (box.height < MIN_TARGET || box.width < MIN_TARGET) {
      small.push(`${await control.evaluate((element) => element.outerHTML.slice(0, 80))}: ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  return small;
}

for (const width of PHONES) {
  test.describe(`tap targets at ${width} px on a touch screen`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
    });

    test('the header: Menu, Search, every link of the menu and the theme picker', async ({ page }) => {
      await page.goto('./');
      const menu = page.getByRole('button', { name: 'Menu' });
      const search = page.getByRole('button', { name: /Search/ });
      expect(await smallTargets([menu, search])).toEqual([]);
      await menu.tap();
      const nav = page.getByRole('navigation', { name: 'Site' });
      expect(await smallTargets([...(await nav.getByRole('link').all()), page.getByLabel('Theme')])).toEqual([]);
    });

    test('a lesson: the breadcrumb, the lesson list and the contents', async ({ page }) => {
      await page.goto('lessons/iaas-in-practice/');
      const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
      const disclosures = [page.locator('summary', { hasText: 'All lessons' }), page.locator('summary', { hasText: 'On this page' })];
      expect(await smallTargets([breadcrumb.getByRole('link', { name: 'Course home' }), ...disclosures])).toEqual([]);
      await disclosures[1]!.tap();
      const contents = page.locator('.lesson__toc-mobile').getByRole('link');
      expect(await smallTargets((await contents.all()).slice(0, 4))).toEqual([]);
    });

    test('the progress page: Reset, Download, the file input; Reset all stands apart', async ({ page }) => {
      // A lesson opened once, so that its Reset button shows.
      await page.goto('lessons/iaas-in-practice/');
      await page.goto('progress/');
      const reset = page.getByRole('button', { name: /^Reset “IaaS in practice/ });
      const download = page.getByRole('button', { name: /^Download progress/ });
      const file = page.getByLabel('Import a progress file');
      const resetAll = page.getByRole('button', { name: 'Reset all progress' });
      expect(await smallTargets([reset, download, file, resetAll])).toEqual([]);

      // The destructive control is not the next thing under a frequent one: it has its own place, after the import.
      const resetAllBox = (await resetAll.boundingBox())!;
      for (const frequent of [download, file]) {
        const box = (await frequent.boundingBox())!;
        expect(resetAllBox.y, 'Reset all comes after the frequent controls').toBeGreaterThan(box.y + box.height);
        expect(resetAllBox.y - (box.y + box.height), 'and well clear of them').toBeGreaterThanOrEqual(48);
      }
    });
  });
}

for (const width of PHONES) {
  test(`at ${width} px search finds a glossary term, shows no "/" key hint, and in dark mode veils the page and softens matches`, async ({ page }) => {
    const errors = trackPageErrors(page);
    await useTheme(page, 'dark');
    await page.setViewportSize({ width, height: 700 });
    await page.goto('lessons/iaas-in-practice/');
    const searchButton = page.getByRole('button', { name: /Search/ });
    // A phone has no "/" key to press: the hint is not shown (it is aria-hidden, so it is looked up as an element).
    await expect(searchButton.locator('kbd')).toBeHidden();
    await searchButton.tap();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox').fill('hypervisor');
    // The glossary's own entry for the term is a result of its own (not only the glossary page as a whole).
    const entry = dialog.getByRole('link', { name: 'Hypervisor', exact: true });
    // Pagefind's UI and index load on the first open: on a busy machine that can take a few seconds.
    await expect(entry).toBeVisible({ timeout: 15_000 });
    await expect(entry).toHaveAttribute('href', /glossary\/#hypervisor$/);
    // The result's excerpt shows the definition, with the match marked softly: the theme's own colours, not yellow.
    const match = dialog.locator('mark').first();
    await expect(match).toBeVisible();
    const [markBackground, softHighlight] = await match.evaluate((element) => {
      const probe = element.parentElement!.appendChild(document.createElement('span'));
      probe.style.backgroundColor = 'var(--warn-soft)';
      const colours = [getComputedStyle(element).backgroundColor, getComputedStyle(probe).backgroundColor];
      probe.remove();
      return colours;
    });
    expect(markBackground).toBe(softHighlight);
    // The page behind the dialog is dimmed well past the dark page's own colour.
    const veil = await dialog.evaluate((element) => getComputedStyle(element, '::backdrop').backgroundColor);
    const alpha = Number(/rgba?\([^)]*?([\d.]+)\)$/.exec(veil)?.[1] ?? 1);
    expect(alpha, `backdrop ${veil}`).toBeGreaterThanOrEqual(0.7);
    await expectNoAxeViolations(page, `search at ${width} px in dark mode`);
    await entry.tap();
    // The entry itself opens: the glossary scrolled to the term, which is marked as the target, clear of the header.
    await expect(page).toHaveURL(/\/glossary\/#hypervisor$/);
    const term = page.getByRole('heading', { name: 'Hypervisor', exact: true });
    await expect(term).toBeInViewport({ ratio: 1 });
    await expect(page.locator(':target')).toHaveText('Hypervisor');
    const header = (await page.locator('header').first().boundingBox())!;
    expect((await term.boundingBox())!.y, 'the term is not under the sticky header').toBeGreaterThanOrEqual(header.y + header.height - 1);
    await expect(page.getByText(/^Software on a physical host/)).toBeInViewport();
    expect(errors).toEqual([]);
  });
}

test('on a touch tablet the search button shows no "/" key hint', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./');
  const searchButton = page.getByRole('button', { name: /Search/ });
  await expect(searchButton).toBeVisible();
  await expect(searchButton.locator('kbd')).toBeHidden();
});

test.describe('the smaller things at 320 px', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
  });

  test('a chosen quiz option shows as chosen on its whole card, and a tap anywhere on the card chooses it', async ({ page }) => {
    await page.goto('lessons/iaas-in-practice/');
    const region = page.getByRole('region', { name: 'Check your knowledge', exact: true });
    const option = region.getByRole('listitem').filter({ has: page.getByRole('radio') }).first();
    await option.scrollIntoViewIfNeeded();
    const before = await option.evaluate((element) => getComputedStyle(element).backgroundColor);
    // The card's right edge, far from the 19 px radio.
    const box = (await option.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width - 6, box.y + box.height / 2);
    await expect(option.getByRole('radio')).toBeChecked();
    await expect.poll(() => option.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(before);
  });

  test('an exercise in a lesson says how to work it once', async ({ page }) => {
    await page.goto('lessons/iaas-in-practice/');
    const exercise = page.getByRole('region', { name: 'Sort the duties: IaaS' });
    await exercise.getByRole('button', { name: 'Start the exercise' }).tap();
    await expect(exercise.getByRole('button', { name: /^Move to…/ }).first()).toBeVisible();
    await expect(page.getByRole('main').getByText(/or use its Move to… button/)).toHaveCount(1);
    await expect(page.getByRole('main').getByText(/Put each duty with the party that secures it/)).toHaveCount(1);
  });

  test('the progress page shows the overview first, then the completion rule; the bar’s label stays on one line', async ({ page }) => {
    await page.goto('progress/');
    const overview = page.getByRole('heading', { name: 'Overview', level: 2 });
    const rule = page.getByRole('heading', { name: 'When is a lesson complete?' });
    await expect(overview).toBeVisible();
    expect((await overview.boundingBox())!.y).toBeLessThan((await rule.boundingBox())!.y);
    const label = page.getByText('Course progress:', { exact: true });
    const lineHeight = await label.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect((await label.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    const bar = (await page.getByRole('progressbar', { name: 'Course progress' }).boundingBox())!;
    expect(bar.x + bar.width, 'the bar ends on the screen').toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
