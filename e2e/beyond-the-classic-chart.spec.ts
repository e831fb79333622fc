import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackPageErrors, useTheme } from './helpers';
import { checkQuestions, lessonFiles } from '../src/test-support/course-content';

// Lesson 8, "Beyond the classic chart": its place in the course, its cited facts, and its check and sort done by
// keyboard alone, against the production build.

const ID = 'beyond-the-classic-chart';
const TITLE = 'Beyond the classic chart';
const lessons = lessonFiles();
const position = lessons.findIndex((lesson) => lesson.id === ID) + 1;

const questions = checkQuestions(ID);

// Owner of each card's row under its incident's service type, typed from the course's answer key (classic chart),
// not read from the site's data: network controls and accounts under IaaS, devices and accounts under SaaS, accounts
// under PaaS are the customer's; identity and directory infrastructure under SaaS and applications under PaaS are
// shared; physical hosts under IaaS are the provider's.
const INCIDENT_OWNERS: Record<string, [owner: string, serviceType: string]> = {
  'Capital One, 2019: configure the web application firewall in front of the bank’s virtual machines': ['Customer', 'IaaS'],
  'Capital One, 2019: limit what the firewall’s role may read in the bank’s storage': ['Customer', 'IaaS'],
  'Capital One, 2019: run and repair the servers under the bank’s virtual machines': ['Cloud provider', 'IaaS'],
  'Snowflake customers, 2024: keep password-stealing malware off the computers used to sign in': ['Customer', 'SaaS'],
  'Snowflake customers, 2024: replace user passwords that have been exposed': ['Customer', 'SaaS'],
  'Storm-0558, 2023: secure the sign-in service behind Exchange Online, token-signing keys included': ['Shared', 'SaaS'],
  'ChaosDB, 2021: secure the application layer of Azure Cosmos DB accounts, where the notebook flaw was': ['Shared', 'PaaS'],
  'ChaosDB, 2021: regenerate the database’s primary keys after the provider’s warning': ['Customer', 'PaaS'],
};
// Zones in document order, as keyboard moves visit them.
const ZONES = ['Unsorted cards', 'Customer', 'Shared', 'Cloud provider'];

const lessonPath = `lessons/${ID}/`;

/** The name of the question group (fieldset) that holds the focused control. */
const focusedQuestion = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? null);
/** The accessible label of the focused radio button or checkbox. */
const focusedOption = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? null);

test.describe(TITLE, () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    errors = trackPageErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('comes just before the review, in the lesson list, the navigation, the progress page and the about page', async ({ page }) => {
    expect(position).toBe(lessons.length - 1);
    await page.goto('./');
    const listed = await page.getByRole('region', { name: 'Lessons' }).getByRole('heading', { level: 3 }).allTextContents();
    expect(listed.map((text) => text.trim())).toEqual(lessons.map((lesson) => lesson.title));

    await page.goto(lessonPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(`Lesson ${position} of ${lessons.length}`);
    const prevNext = page.getByRole('navigation', { name: 'Previous and next lesson' });
    await expect(prevNext.getByRole('link', { name: /Choosing services with your eyes open/ })).toBeVisible();
    await expect(prevNext.getByRole('link', { name: /Review and next steps/ })).toBeVisible();

    await page.goto('progress/');
    await expect(page.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
    await expect(page.getByText(`0 of ${lessons.length} lessons complete`)).toBeVisible();

    await page.goto('about/');
    await expect(page.getByRole('main')).toContainText(`It has ${lessons.length} lessons with knowledge checks`);
    await expect(page.getByRole('main').getByRole('link', { name: TITLE })).toHaveAttribute('href', new RegExp(`${ID}/$`));
  });

  test('says the course keeps the classic chart and dates every fact it takes from a source', async ({ page }) => {
    await page.goto(lessonPath);
    const main = page.getByRole('main');
    await expect(main).toContainText('follow the classic chart');
    for (const fact of [
      'revised its public page "Shared responsibility in the cloud" on Microsoft Learn on 12 January 2026',
      'tenants created on or after 22 October 2019',
      'from October 2024 signing in to the Azure portal',
      'applied from April 2023, that new S3 buckets',
      'announced the breach on 29 July 2019',
      'On 10 June 2024 Mandiant',
      'On 11 July 2023 Microsoft reported',
      'on 26 August 2021, told the customers',
    ]) {
      // The lesson's typography turns straight quotes into curly ones.
      await expect(main).toContainText(fact.replace(/"([^"]*)"/g, '“$1”'));
    }
    // Microsoft withdrew its crash-dump explanation in March 2024: the lesson must not state it as settled.
    await expect(main).not.toContainText('traced the key to a crash dump');
    await expect(main.getByRole('link', { name: 'shared fate' })).toHaveAttribute('href', /glossary\/#shared-fate$/);
  });

  test('its knowledge check can be done by keyboard alone', async ({ page }) => {
    test.slow();
    await page.goto(lessonPath);
    const region = page.getByRole('region', { name: 'Check your knowledge', exact: true });
    await region.scrollIntoViewIfNeeded();
    const submit = region.getByRole('button', { name: 'Check answers' });
    await expect(submit).toBeEnabled();

    // Start from the check's heading and Tab into the first question, as a keyboard user would.
    await region.getByRole('heading').first().evaluate((heading) => {
      (heading as HTMLElement).tabIndex = -1;
      (heading as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    const answered = new Set<string>();
    while (answered.size < questions.length) {
      const prompt = await focusedQuestion(page);
      const question = questions.find((candidate) => prompt?.includes(candidate.prompt));
      expect(question, `focus is in a question of this check (found "${prompt}")`).toBeDefined();
      const right = question!.options.filter((option) => option.correct).map((option) => option.text);
      if (question!.type === 'multiple') {
        // Tab visits each checkbox; Space ticks the right ones.
        for (let index = 0; index < question!.options.length; index += 1) {
          if (right.includes((await focusedOption(page))!)) await page.keyboard.press('Space');
          await page.keyboard.press('Tab');
        }
      } else {
        // Arrow keys move through a radio group and select as they go.
        for (let step = 0; step < question!.options.length && (await focusedOption(page)) !== right[0]; step += 1) {
          await page.keyboard.press('ArrowDown');
        }
        expect(await focusedOption(page)).toBe(right[0]);
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
      answered.add(question!.id);
    }
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(region.getByRole('status')).toHaveText(`${questions.length} of ${questions.length} correct (100%).`);
    await expectNoAxeViolations(page, 'the checked knowledge check');
  });

  test('its incident sort can be done by keyboard alone, and each note says whose part failed', async ({ page }) => {
    test.slow();
    await page.goto(lessonPath);
    const start = page.getByRole('button', { name: 'Start the exercise' });
    await start.scrollIntoViewIfNeeded();
    await start.focus();
    await page.keyboard.press('Enter');
    const exercise = page.getByRole('region', { name: /^Sort the incidents/ });
    const live = page.locator('[id^="DndLiveRegion"]');
    const texts = Object.keys(INCIDENT_OWNERS);
    for (const [index, text] of texts.entries()) {
      const [owner, serviceType] = INCIDENT_OWNERS[text]!;
      // A mixed exercise tags each card with its service type: the button says it, announcements put it in brackets.
      const card = exercise.getByRole('button', { name: `${text} ${serviceType}`, exact: true });
      const spoken = `${text} (${serviceType})`;
      // Focus starts on the first card and moves on to the next one after each drop.
      await expect(card).toBeFocused();
      await page.keyboard.press('Space');
      await expect(live).toHaveText(`Picked up ${spoken}, from Unsorted cards.`);
      // dnd-kit starts listening for moves on the next tick after pick-up.
      await page.waitForTimeout(50);
      for (let step = 1; step <= ZONES.indexOf(owner); step += 1) {
        await page.keyboard.press('ArrowRight');
        await expect(live).toHaveText(`${spoken} is over ${ZONES[step]}.`);
      }
      await page.keyboard.press('Space');
      // Wait for the drop to be announced before the next pick-up, as a screen reader user hears it.
      const left = texts.length - index - 1;
      const rest = left === 0 ? 'All cards sorted. Press Check when ready.' : `${left} ${left === 1 ? 'card' : 'cards'} left to sort.`;
      // The drop is said once, by the sorter's own status line (which a touch or mouse drop updates too).
      await expect(exercise.locator('[data-sort-status]')).toHaveText(`${spoken} placed in ${owner}. ${rest}`);
      await expect(exercise.getByRole('region', { name: new RegExp(`^${owner} \\(`) }).getByRole('button', { name: `${text} ${serviceType}`, exact: true })).toBeVisible();
    }
    const check = exercise.getByRole('button', { name: 'Check' });
    await expect(check).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(exercise.locator('[data-result]')).toContainText(`Result: ${texts.length} of ${texts.length} correct (100%).`);
    await expect(exercise).toContainText('Identity and directory infrastructure, SaaS: shared in the classic chart. Microsoft runs the sign-in service');
    await expect(exercise).toContainText('Here Microsoft’s part failed: no setting of the customers’ could stop a token forged with Microsoft’s own key.');
    await expect(exercise).toContainText('Applications, PaaS: shared. Microsoft secures the service’s own software');
    await expect(exercise).toContainText('Here Microsoft’s part failed: the flaw was in the notebook feature, which only Microsoft could fix.');
    await expectNoAxeViolations(page, 'the checked incident sort');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations at 375 px in the ${theme} theme, with the check answered`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await useTheme(page, theme);
      await page.goto(lessonPath);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const region: Locator = page.getByRole('region', { name: 'Check your knowledge', exact: true });
      await region.scrollIntoViewIfNeeded();
      await expect(region.getByRole('button', { name: 'Check answers' })).toBeEnabled();
      for (const question of questions) {
        const group = region.getByRole('group', { name: question.prompt });
        const role = question.type === 'multiple' ? 'checkbox' : 'radio';
        await group.getByRole(role, { name: question.options.find((option) => !option.correct)!.text, exact: true }).check();
      }
      await region.getByRole('button', { name: 'Check answers' }).click();
      await expect(region.getByRole('status')).toHaveText(`0 of ${questions.length} correct (0%).`);
      await expectNoAxeViolations(page, `answered wrongly at 375 px (${theme})`);
    });
  }

  test('is in the presenter, the instructor notes and both printouts', async ({ page }) => {
    await page.goto(`present/${ID}/`);
    // One slide per ## section (seven), the title slide, one per question and one for the sort; long sections add parts.
    const slides = page.locator('[data-slide]');
    expect(await slides.count()).toBeGreaterThanOrEqual(1 + 7 + questions.length + 1);

    await page.goto(`instructors/notes/${ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Instructor notes: ${TITLE}`);
    for (const section of ['Why look past the classic chart', 'Real incidents, row by row', 'Where the chart is silent']) {
      await expect(page.getByRole('heading', { level: 2, name: `Section: ${section}` })).toBeVisible();
    }

    await page.goto('print/worksheet/');
    const worksheet = page.getByRole('main');
    await expect(worksheet.getByRole('heading', { level: 2, name: `Lesson ${position}: ${TITLE}` })).toBeVisible();
    await expect(worksheet.getByRole('heading', { level: 3, name: 'Exercise: Sort the incidents: who owns the row?' })).toBeVisible();
    await expect(worksheet).not.toContainText('Here Microsoft’s part failed');

    await page.goto('print/answer-key/');
    await expect(page.getByRole('main')).toContainText('Here Microsoft’s part failed');
  });
});
