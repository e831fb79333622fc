import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { misconceptionForLearner } from '../src/lib/quiz/misconception';
import { expectNoAxeViolations, isDrawn, trackPageErrors, useTheme } from './helpers';
import { checkQuestions, type CheckOption, type CheckQuestion } from '../src/test-support/course-content';

const LESSON = 'iaas-in-practice';
const lessonQuestions = checkQuestions(LESSON);
const assessmentPool = checkQuestions('final-assessment');
const guestOs = lessonQuestions.find((question) => question.id === 'guest-os-patching')!;
const optionText = (question: CheckQuestion, id: string) => question.options.find((option) => option.id === id)!;

/** The check on a lesson page, found like a screen reader user would: the region named by its heading. */
function checkRegion(page: Page, name = 'Check your knowledge'): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The fieldset of a question, by its prompt. */
function questionGroup(scope: Locator, question: CheckQuestion): Locator {
  return scope.getByRole('group', { name: question.prompt });
}

function input(group: Locator, question: CheckQuestion, option: CheckOption): Locator {
  const role = question.type === 'multiple' ? 'checkbox' : 'radio';
  return group.getByRole(role, { name: option.text, exact: true });
}

/** Answers every question shown in `scope`, right or wrong; `override` picks specific options for some questions. */
async function answerAll(
  scope: Locator,
  questions: CheckQuestion[],
  mode: 'right' | 'wrong',
  override: Record<string, string[]> = {},
): Promise<CheckQuestion[]> {
  const shown: CheckQuestion[] = [];
  for (const question of questions) {
    const group = questionGroup(scope, question);
    if ((await group.count()) === 0) continue; // not drawn in this attempt
    shown.push(question);
    const ids =
      override[question.id] ??
      (mode === 'right'
        ? question.options.filter((option) => option.correct).map((option) => option.id)
        : [question.options.find((option) => !option.correct)!.id]);
    for (const id of ids) await input(group, question, optionText(question, id)).check();
  }
  return shown;
}

/** Opens a page, scrolls the check into view and waits until the island is interactive. */
async function openCheck(page: Page, path: string, name?: string): Promise<Locator> {
  await page.goto(path);
  const region = checkRegion(page, name);
  await region.scrollIntoViewIfNeeded();
  // The button is drawn from the start and works (is enabled) once the island has hydrated.
  await expect(region.getByRole('button', { name: 'Check answers' }).or(region.getByRole('button', { name: 'Retry' }))).toBeEnabled();
  return region;
}

test.describe('knowledge check in a lesson', () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    errors = trackPageErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('a wrong answer shows its explanation and a right one its confirmation; zero axe violations before and after', async ({ page }) => {
    test.slow(); // many steps and axe runs; keep well clear of the timeout on a busy machine
    const region = await openCheck(page, `lessons/${LESSON}/`);
    await expectNoAxeViolations(page, 'lesson check before checking');

    await answerAll(region, lessonQuestions, 'right', { [guestOs.id]: ['provider'] });
    await region.getByRole('button', { name: 'Check answers' }).click();

    const wrongGroup = questionGroup(region, guestOs);
    await expect(wrongGroup.getByText(/^Incorrect\./)).toBeVisible();
    await expect(wrongGroup.getByRole('link', { name: 'Review: Who patches the guest operating system' })).toHaveAttribute('href', /\/lessons\/iaas-in-practice\/#who-patches-the-guest-operating-system$/);
    const wrongOption = wrongGroup.getByRole('listitem').filter({ hasText: optionText(guestOs, 'provider').text });
    await expect(wrongOption.getByText('Incorrect: you chose this')).toBeVisible();
    await expect(wrongOption.getByText(optionText(guestOs, 'provider').explanation)).toBeVisible();
    // The right answer is not given away until the learner asks for it.
    await expect(wrongGroup.getByText(optionText(guestOs, 'customer').explanation)).toHaveCount(0);

    const other = lessonQuestions.find((question) => question.id !== guestOs.id && question.type === 'single')!;
    const rightOption = questionGroup(region, other).getByRole('listitem').filter({ has: page.getByText('Correct: you chose this') });
    await expect(rightOption).toHaveCount(1);
    await expect(rightOption.getByText(other.options.find((option) => option.correct)!.explanation)).toBeVisible();

    const total = lessonQuestions.length;
    await expect(region.getByRole('status')).toHaveText(`${total - 1} of ${total} correct (${Math.round(((total - 1) / total) * 100)}%).`);
    await expect(region.getByRole('region', { name: 'Your result' })).toBeFocused();
    // The score is announced, and drawn once: in the result panel, not again in the status line above it.
    expect(await isDrawn(region.getByRole('status')), 'status line drawn beside the result panel').toBe(false);
    await expect(region.getByRole('region', { name: 'Your result' }).getByText(`Score: ${total - 1} of ${total} correct`)).toBeVisible();
    await expect(region.getByText(/^Attempt: 1\. Best score/)).toBeVisible();
    await expectNoAxeViolations(page, 'lesson check after checking');
  });

  test('asks for every answer before checking', async ({ page }) => {
    const region = await openCheck(page, `lessons/${LESSON}/`);
    await expect(region.getByText('Checking answers needs JavaScript.', { exact: false })).toBeHidden();
    await region.getByRole('button', { name: 'Check answers' }).click();
    await expect(region.getByRole('status')).toContainText('Answer every question before checking');
    expect(await isDrawn(region.getByRole('status')), 'the reminder is on screen, not only announced').toBe(true);
    await expect(questionGroup(region, lessonQuestions[0]!).getByRole('radio').first().or(questionGroup(region, lessonQuestions[0]!).getByRole('checkbox').first())).toBeFocused();
  });

  test('Show answers marks the missed right answer, and Retry clears and starts a new attempt', async ({ page }) => {
    const region = await openCheck(page, `lessons/${LESSON}/`);
    await answerAll(region, lessonQuestions, 'wrong');
    await region.getByRole('button', { name: 'Check answers' }).click();
    await expect(region.getByRole('status')).toHaveText(`0 of ${lessonQuestions.length} correct (0%).`);

    await region.getByRole('button', { name: 'Show answers' }).click();
    const group = questionGroup(region, guestOs);
    await expect(group).toBeFocused();
    const right = group.getByRole('listitem').filter({ hasText: optionText(guestOs, 'customer').text });
    await expect(right.getByText('Correct answer: you did not choose this')).toBeVisible();
    await expect(right.getByText(optionText(guestOs, 'customer').explanation)).toBeVisible();
    await expect(region.getByRole('status')).toHaveText('Correct answers shown, with an explanation for every option.');
    await expect(region.getByRole('button', { name: 'Show answers' })).toHaveCount(0);

    const optionOrder = () =>
      Promise.all(
        lessonQuestions
          .filter((question) => question.type !== 'true-false')
          .map((question) => questionGroup(region, question).getByRole('listitem').evaluateAll((items) => items.map((item) => item.textContent?.slice(0, 40)))),
      );
    const orderBefore = await optionOrder();
    await region.getByRole('button', { name: 'Retry' }).click();
    await expect(region.getByRole('status')).toHaveText('Answers cleared and options reshuffled. Attempt 2.');
    // Every shuffled question shows its options in a new order.
    const orderAfter = await optionOrder();
    orderAfter.forEach((order, index) => expect(order, `question ${index + 1} after Retry`).not.toEqual(orderBefore[index]));
    await expect(region.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(region.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(region.getByText('Correct answer: you did not choose this')).toHaveCount(0);
    await expect(questionGroup(region, lessonQuestions[0]!).locator('input').first()).toBeFocused();
    await expect(region.getByRole('button', { name: 'Check answers' })).toBeVisible();

    await answerAll(region, lessonQuestions, 'right');
    await region.getByRole('button', { name: 'Check answers' }).click();
    await expect(region.getByRole('status')).toHaveText(`${lessonQuestions.length} of ${lessonQuestions.length} correct (100%).`);
    await expect(region.getByText('Attempts: 2. Best score: 100%.')).toBeVisible();
  });

  test('can be completed with the keyboard alone', async ({ page }) => {
    test.slow(); // many steps and axe runs; keep well clear of the timeout on a busy machine
    const region = await openCheck(page, `lessons/${LESSON}/`);
    const firstInput = questionGroup(region, lessonQuestions[0]!).locator('input').first();
    await firstInput.focus();
    await page.keyboard.press('Shift+Tab');
    for (const question of lessonQuestions) {
      const group = questionGroup(region, question);
      const correct = question.options.filter((option) => option.correct);
      if (question.type === 'multiple') {
        // Tab reaches each checkbox; Space ticks the right ones.
        for (const option of correct) await tabUntilFocused(page, input(group, question, option));
      } else {
        // Tab enters the radio group at its first option; arrow keys move the selection, Space selects.
        await tabUntilFocused(page, group.getByRole('radio').first(), false);
        const target = input(group, question, correct[0]!);
        for (let step = 0; step <= question.options.length && !(await target.isChecked()); step += 1) {
          await page.keyboard.press((await isFocused(target)) ? 'Space' : 'ArrowDown');
        }
        await expect(target).toBeChecked();
      }
    }
    await tabUntilFocused(page, region.getByRole('button', { name: 'Check answers' }), false);
    await page.keyboard.press('Enter');
    await expect(region.getByRole('region', { name: 'Your result' })).toBeFocused();
    await expect(region.getByRole('status')).toHaveText(`${lessonQuestions.length} of ${lessonQuestions.length} correct (100%).`);

    await tabUntilFocused(page, region.getByRole('button', { name: 'Retry' }), false, true);
    await page.keyboard.press('Enter');
    await expect(questionGroup(region, lessonQuestions[0]!).locator('input').first()).toBeFocused();
  });

  test('checked and revealed answers have zero axe violations in the dark theme at 375 px', async ({ page }) => {
    test.slow();
    await useTheme(page, 'dark');
    await page.setViewportSize({ width: 375, height: 800 });
    const region = await openCheck(page, `lessons/${LESSON}/`);
    await answerAll(region, lessonQuestions, 'right', { [guestOs.id]: ['provider'] });
    await region.getByRole('button', { name: 'Check answers' }).click();
    await expectNoAxeViolations(page, 'dark lesson check after checking');
    await region.getByRole('button', { name: 'Show answers' }).click();
    // Focus lands on the first question with its prompt in view, below the sticky header, not scrolled past it.
    const firstGroup = questionGroup(region, lessonQuestions[0]!);
    await expect(firstGroup).toBeFocused();
    const headerBottom = await page.locator('header').first().evaluate((header) => header.getBoundingClientRect().bottom);
    await expect.poll(() => firstGroup.evaluate((group) => Math.round(group.getBoundingClientRect().top))).toBeGreaterThanOrEqual(Math.floor(headerBottom));
    await expectNoAxeViolations(page, 'dark lesson check with answers shown');
    // Reflow: nothing in the check is wider than the viewport.
    const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a reload keeps the last attempt and its result', async ({ page }) => {
    const region = await openCheck(page, `lessons/${LESSON}/`);
    await answerAll(region, lessonQuestions, 'right', { [guestOs.id]: ['provider'] });
    await region.getByRole('button', { name: 'Check answers' }).click();
    await expect(region.getByRole('region', { name: 'Your result' })).toBeVisible();

    const reloaded = await openCheck(page, `lessons/${LESSON}/`);
    const total = lessonQuestions.length;
    await expect(reloaded.getByText(`Score: ${total - 1} of ${total} correct`)).toBeVisible();
    await expect(input(questionGroup(reloaded, guestOs), guestOs, optionText(guestOs, 'provider'))).toBeChecked();
    await expect(questionGroup(reloaded, guestOs).getByText('Incorrect: you chose this')).toBeVisible();
    await expect(reloaded.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until the locator has focus, then Space for checkboxes unless told not to. */
async function tabUntilFocused(page: Page, target: Locator, pressSpace = true, backwards = false): Promise<void> {
  // Options are shuffled, so the next target may sit behind the focus: allow a full lap of a long lesson page.
  for (let step = 0; step < 150; step += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) {
      if (pressSpace) await page.keyboard.press('Space');
      return;
    }
  }
  throw new Error('could not reach the element with Tab');
}

test.describe('final assessment', () => {
  test('a passing attempt says so; a failing one lists missed questions, misconceptions and sections to review', async ({ page }) => {
    test.slow(); // many steps and axe runs; keep well clear of the timeout on a busy machine
    const errors = trackPageErrors(page);
    const region = await openCheck(page, 'assessment/', 'Assessment questions');
    await expectNoAxeViolations(page, 'assessment before checking');

    const shown = await answerAll(region, assessmentPool, 'right');
    expect(shown.length).toBeGreaterThanOrEqual(12);
    await region.getByRole('button', { name: 'Check answers' }).click();
    const result = region.getByRole('region', { name: 'Your result' });
    await expect(result).toBeFocused();
    await expect(result.getByText('Passed. The pass mark is 80%.')).toBeVisible();
    await expect(result.getByText('Every answer is right.')).toBeVisible();
    await expect(region.getByRole('status')).toHaveText(`${shown.length} of ${shown.length} correct (100%). Passed, the pass mark is 80%.`);

    await region.getByRole('button', { name: 'Retry' }).click();
    const wrong = await answerAll(region, assessmentPool, 'wrong');
    await region.getByRole('button', { name: 'Check answers' }).click();
    await expect(result.getByText(/^Not passed yet\. The pass mark is 80%\./)).toBeVisible();
    const missed = result.getByRole('list', { name: 'Questions you missed' }).getByRole('link');
    await expect(missed).toHaveCount(wrong.length);
    await expect(missed.first()).toHaveText(`Question 1: ${wrong[0]!.prompt}`);
    // Each misconception the wrong answers reveal is named once, and each section to review is linked once.
    const misconceptions = result.getByRole('heading', { name: 'What your answers suggest' }).locator('+ ul > li');
    const firstWrongOption = wrong[0]!.options.find((option) => !option.correct)!;
    if (firstWrongOption.misconception) {
      await expect(misconceptions.filter({ hasText: misconceptionForLearner(firstWrongOption.misconception) })).toHaveCount(1);
    }
    const named = await misconceptions.allTextContents();
    expect(new Set(named).size, 'misconceptions named twice').toBe(named.length);
    const reviewList = result.getByRole('heading', { name: 'Sections to review' }).locator('+ ul');
    const links = await reviewList.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links).size, 'sections linked twice').toBe(links.length);
    // Every link leads to a heading that exists in its lesson.
    for (const link of links) {
      const url = new URL(link);
      expect(url.pathname).toMatch(/\/lessons\/[a-z0-9-]+\/$/);
      const html = await (await page.request.get(url.pathname)).text();
      if (url.hash) expect(html, `${link} leads nowhere`).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
    }
    await expectNoAxeViolations(page, 'assessment after a failed attempt');

    // Attempts and the best score survive a reload.
    const reloaded = await openCheck(page, 'assessment/', 'Assessment questions');
    await expect(reloaded.getByText('Attempts: 2. Best score: 100%.')).toBeVisible();
    // The pass stands in the learner's progress, though the last attempt failed.
    await page.goto('progress/');
    await expect(page.getByText('Final assessment: Passed', { exact: false })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('questions and options are readable and a note says checking needs JavaScript', async ({ page }) => {
    await page.goto(`lessons/${LESSON}/`);
    const region = checkRegion(page);
    await expect(region.getByText('Checking answers needs JavaScript.', { exact: false })).toBeVisible();
    // Nothing asks for a button that cannot work.
    await expect(region.getByRole('button', { name: 'Check answers' })).toBeHidden();
    await expect(region.getByText('select Check answers', { exact: false })).toBeHidden();
    await expect(questionGroup(region, guestOs)).toBeVisible();
    await expect(region.getByText(optionText(guestOs, 'customer').text, { exact: true })).toBeVisible();
    await expect(region.getByRole('button')).toHaveCount(0);
  });
});

test('a lesson with a check loads the check only when it scrolls into view, and 80 KB of JavaScript at most', async ({ page }) => {
  // A lesson whose only interactive part is its check (lessons that also embed a sorting exercise weigh more).
  const scripts = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body());
  });
  await page.goto('lessons/security-is-shared/');
  await page.waitForLoadState('networkidle');
  const checkScript = () => [...scripts.keys()].some((url) => /KnowledgeCheck[.-]/.test(url));
  expect(checkScript(), 'the check loaded before it came into view').toBe(false);
  const region = checkRegion(page);
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  expect(checkScript()).toBe(true);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  const gzipped = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  expect(gzipped).toBeLessThanOrEqual(80 * 1024);
});
