import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackPageErrors } from './helpers';
import { builtLiveCourse, CLASSROOM_E2E_PORT, startClassroom, type Classroom } from './live-helpers';

// A live class session end to end against the real classroom server (npm run classroom) on loopback: one presenter,
// its projector window and five learners (one on a 375 px touch phone, one by keyboard only) go through a question
// and the sorting exercise of a lesson, and the class report is checked against what the learners did.

const LESSON = 'iaas-in-practice';
const QUESTION = `q:${LESSON}/guest-os-patching`;
const EXERCISE = 'x:iaas-duties';
const course = builtLiveCourse();
const question = course.items[QUESTION]!;
const exercise = course.items[EXERCISE]!;
if (question.kind !== 'question' || exercise.kind !== 'sort') throw new Error('The lesson’s live items changed; update this spec.');
const option = (letter: string) => question.options.find((candidate) => candidate.letter === letter)!;
const zoneLabel = (id: string) => exercise.zones.find((zone) => zone.id === id)!.label;

test.describe.configure({ mode: 'serial' });
// Six browser contexts at once on a busy 2-core machine: a page may take longer than the default 5 s to hydrate or to
// hear from the server. Nothing here waits for a fixed time; this only gives each expectation longer to come true.
const expect = baseExpect.configure({ timeout: 15_000 });

interface Learner {
  name: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function newLearner(browser: Browser, name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Learner> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  const page = await context.newPage();
  return { name, context, page, errors: trackPageErrors(page) };
}

/** Goes to the slide that asks `item` by its address, as the deck's own #slide-N links do. */
async function showSlideOf(presenter: Page, item: string) {
  const index = await presenter
    .locator('[data-stage] > [data-slide]')
    .evaluateAll((slides, key) => slides.findIndex((slide) => slide.getAttribute('data-live-item') === key), item);
  expect(index, `a slide asks ${item}`).toBeGreaterThan(0);
  await presenter.evaluate((hash) => (location.hash = hash), `#slide-${index + 1}`);
  await expect(presenter.locator('[data-counter]')).toContainText(`Slide ${index + 1} of`);
}

const receipt = (page: Page) => page.locator('.live-receipt');
const announcer = (page: Page) => page.locator('.live-learner > [role="status"]');
const panel = (presenter: Page) => presenter.getByRole('region', { name: 'Live session', exact: true });

// Each test gets a server of its own, so a new session.
let server: Classroom;
test.beforeEach(async () => {
  server = await startClassroom(CLASSROOM_E2E_PORT);
});
test.afterEach(async () => {
  await server?.stop();
});

test('a class joins, answers a question and the exercise on their devices, and the report says what they did', async ({ browser }) => {
  test.setTimeout(240_000);
  const presenterContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const presenter = await presenterContext.newPage();
  const presenterErrors = trackPageErrors(presenter);
  await presenter.goto(`${server.url}present/${LESSON}/`);
  await expect(panel(presenter)).toBeVisible();
  await expect(panel(presenter)).toContainText('Connected to the classroom server.');
  const [projector] = await Promise.all([presenter.waitForEvent('popup'), presenter.getByRole('button', { name: 'Open projector window' }).click()]);
  const projectorErrors = trackPageErrors(projector);
  await expect(projector.locator('[data-deck][data-ready]')).toBeVisible();

  // Start: the join slide shows the address in large text, a QR code and the code, on both screens.
  await panel(presenter).getByRole('button', { name: 'Start live session' }).click();
  const address = server.joinUrl.replace(/^http:\/\//, '').replace(/\/$/, '');
  for (const screen of [presenter, projector]) {
    const join = screen.getByRole('region', { name: 'Join the live session' });
    await expect(join).toContainText(address);
    await expect(join).toContainText(`${server.code.slice(0, 3)} ${server.code.slice(3)}`);
    await expect(join.getByRole('img', { name: /QR code that opens/ })).toBeVisible();
    await expect(join).toContainText('0 learners joined');
  }
  await expectNoAxeViolations(presenter, 'the presenter with its live controls and the join slide');
  await expectNoAxeViolations(projector, 'the join slide on the projector');

  // Five learners join: Ana by the QR code's address (code filled in), the others by typing the code.
  const ana = await newLearner(browser, 'Ana');
  const ben = await newLearner(browser, 'Ben', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const cleo = await newLearner(browser, '<b>Cleo</b>');
  const dev = await newLearner(browser, 'Dev');
  const eve = await newLearner(browser, '');
  const learners = [ana, ben, cleo, dev, eve];

  await ana.page.goto(`${server.joinUrl}#code=${server.code}`);
  await expect(ana.page.getByLabel('Code')).toHaveValue(server.code);
  await expectNoAxeViolations(ana.page, 'the join form');
  await ana.page.getByLabel('Your name (optional)').fill('Ana');
  await ana.page.getByRole('button', { name: 'Join' }).click();

  await ben.page.goto(server.joinUrl);
  await ben.page.getByLabel('Code').fill(`${server.code.slice(0, 3)} ${server.code.slice(3)}`);
  await ben.page.getByLabel('Your name (optional)').fill('Ben');
  await ben.page.getByRole('button', { name: 'Join' }).tap();

  // Cleo uses the keyboard only, and her name has markup in it, which must show as text.
  await cleo.page.goto(server.joinUrl);
  await expect(cleo.page.getByLabel('Code')).toBeEditable();
  await cleo.page.bringToFront();
  await cleo.page.keyboard.press('Tab');
  await expect(cleo.page.getByLabel('Code')).toBeFocused();
  await cleo.page.keyboard.type(server.code);
  await cleo.page.keyboard.press('Tab');
  await cleo.page.keyboard.type('<b>Cleo</b>');
  await cleo.page.keyboard.press('Enter');

  for (const learner of [dev, eve]) {
    await learner.page.goto(server.joinUrl);
    await learner.page.getByLabel('Code').fill(server.code);
    if (learner.name) await learner.page.getByLabel('Your name (optional)').fill(learner.name);
    await learner.page.getByRole('button', { name: 'Join' }).click();
  }
  for (const learner of learners) {
    await expect(learner.page.getByRole('heading', { name: 'Waiting for the next question' })).toBeVisible();
    await expect(learner.page.getByText(learner.name ? `You joined as ${learner.name}.` : 'You joined without a name.')).toBeVisible();
  }
  expect(await cleo.page.locator('.live-me b').count(), 'markup in a name is never rendered').toBe(0);
  await expect(projector.getByRole('region', { name: 'Join the live session' })).toContainText('5 learners joined');
  await expect(panel(presenter)).toContainText('5 joined.');

  // The question: every device shows it; the presenter counts the answers as they come.
  await showSlideOf(presenter, QUESTION);
  await expect(projector.getByRole('region', { name: 'Join the live session' })).toHaveCount(0);
  for (const learner of learners) {
    await expect(learner.page.getByRole('heading', { name: question.prompt })).toBeVisible();
    await expect(announcer(learner.page)).toHaveText(`New on screen: ${question.title}.`);
  }
  await expect(panel(presenter)).toContainText('0 of 5 answered');
  await expectNoAxeViolations(ben.page, 'the learner’s question at 375 px');

  await ana.page.getByRole('radio', { name: option('B').text }).check();
  await expect(receipt(ana.page)).toHaveText(/Answer received: B\./);
  await expect(panel(presenter)).toContainText('1 of 5 answered');
  // Ana changes her mind: still one answer from her.
  await ana.page.getByRole('radio', { name: option('A').text }).check();
  await expect(receipt(ana.page)).toHaveText(/Answer received: A\./);
  await expect(announcer(ana.page)).toHaveText(/Answer received: A\./);
  await expect(panel(presenter)).toContainText('1 of 5 answered');

  await ben.page.getByText(option('B').text, { exact: true }).tap();
  await expect(receipt(ben.page)).toHaveText(/Answer received: B\./);

  // Cleo's focus is on the new question; the first Tab reaches its answers, Space chooses.
  await cleo.page.bringToFront();
  await expect(cleo.page.getByRole('heading', { name: question.prompt })).toBeFocused();
  await cleo.page.keyboard.press('Tab');
  await expect(cleo.page.getByRole('radio', { name: option('A').text })).toBeFocused();
  await cleo.page.keyboard.press('Space');
  await expect(receipt(cleo.page)).toHaveText(/Answer received: A\./);

  await dev.page.getByRole('radio', { name: option('B').text }).check();
  await eve.page.getByRole('radio', { name: option('C').text }).check();
  await expect(receipt(eve.page)).toHaveText(/Answer received: C\./);
  await expect(panel(presenter)).toContainText('5 of 5 answered');

  // Eve's phone drops off and comes back: the same participant, her answer still there, not counted twice.
  await eve.page.close();
  await expect(panel(presenter)).toContainText('5 joined, 4 connected now.');
  await expect(panel(presenter)).toContainText('5 of 5 answered');
  eve.page = await eve.context.newPage();
  eve.errors = trackPageErrors(eve.page);
  await eve.page.goto(server.joinUrl);
  await expect(eve.page.getByText('You joined without a name.')).toBeVisible();
  await expect(eve.page.getByRole('radio', { name: option('C').text })).toBeChecked();
  await expect(receipt(eve.page)).toHaveText(/Answer received: C\./);
  await expect(panel(presenter)).toContainText('5 joined.');
  await expect(panel(presenter)).toContainText('5 of 5 answered');

  // Lock: answers stop; then the first reveal shows the class's answers on the projector.
  await panel(presenter).getByRole('button', { name: 'Lock answers' }).click();
  for (const learner of learners) {
    await expect(learner.page.locator('.live-phase')).toHaveText('Answers are locked.');
    await expect(learner.page.getByRole('radio', { name: option('C').text })).toBeDisabled();
  }
  await presenter.keyboard.press('r');
  const results = projector.getByRole('region', { name: question.prompt });
  await expect(results).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveText([
    `${option('A').letter}: ${option('A').text}. 2 learners, 40%.`,
    `${option('B').letter}: ${option('B').text}. 2 learners, 40%.`,
    `${option('C').letter}: ${option('C').text}. 1 learner, 20%.`,
  ].map((text) => new RegExp(escape(text))));
  await expect(results.locator('.live-results__value')).toHaveText(['2 · 40%', '2 · 40%', '1 · 20%']);
  await expect(results).toContainText('5 answers from 5 learners');
  await expect(panel(presenter)).toContainText('class answers shown');
  await expectNoAxeViolations(projector, 'the class’s answers on the projector');
  for (const learner of learners) await expect(learner.page.locator('.live-phase')).toHaveText(/Look at the screen/);

  // The next reveal shows the right answer on the slide, and each device says whether its learner was right.
  await presenter.keyboard.press('r');
  await expect(results).toHaveCount(0);
  await expect(projector.locator('[data-stage] > [data-slide]:not([hidden])').getByText('✓ Correct answer')).toBeVisible();
  await expect(ana.page.locator('.live-verdict')).toHaveText(/You were right\./);
  await expect(ana.page.getByText(option('A').explanation)).toBeVisible();
  await expect(ben.page.locator('.live-verdict')).toHaveText(/Not quite: see the answer below\./);
  await expect(ben.page.getByText(option('B').explanation)).toBeVisible();
  await expect(announcer(ben.page)).toHaveText('The answer is shown. Not quite: see the answer below.');
  await expectNoAxeViolations(ben.page, 'the learner’s result at 375 px');

  // Re-open: Ben changes his answer, which replaces the old one; the class's answers are counted again.
  await panel(presenter).getByRole('button', { name: 'Re-open answers' }).click();
  await expect(ben.page.getByRole('radio', { name: option('A').text })).toBeEnabled();
  await expect(projector.locator('[data-stage] > [data-slide]:not([hidden])').getByText('✓ Correct answer')).toBeHidden();
  await ben.page.getByText(option('A').text, { exact: true }).tap();
  await expect(receipt(ben.page)).toHaveText(/Answer received: A\./);
  await expect(panel(presenter)).toContainText('5 of 5 answered');
  await panel(presenter).getByRole('button', { name: 'Show class answers' }).click();
  await expect(results.locator('.live-results__value')).toHaveText(['3 · 60%', '1 · 20%', '1 · 20%']);
  await expect(ben.page.getByRole('radio', { name: option('B').text })).toBeDisabled();

  // The exercise: each learner sorts the cards on their own device.
  await showSlideOf(presenter, EXERCISE);
  for (const learner of learners) await expect(learner.page.getByRole('heading', { name: exercise.title })).toBeVisible();
  const place = async (learner: Learner, cardIndex: number, zoneId: string) => {
    const card = exercise.cards[cardIndex]!;
    const group = learner.page.getByRole('group', { name: new RegExp(`^${cardIndex + 1}\\. ${escape(card.text)}$`) });
    const radio = group.getByRole('radio', { name: zoneLabel(zoneId) });
    if (learner === ben) await radio.tap();
    else await radio.check();
    await expect(radio).toBeChecked();
  };
  const placements: Record<string, Record<string, string>> = { Ana: {}, Ben: {}, Cleo: {}, Dev: {} };
  for (const [index, card] of exercise.cards.entries()) {
    await place(ana, index, card.zoneId);
    placements.Ana![card.id] = card.zoneId;
    await place(ben, index, 'provider');
    placements.Ben![card.id] = 'provider';
    await place(dev, index, 'customer');
    placements.Dev![card.id] = 'customer';
  }
  // Cleo places three cards with the keyboard alone: Tab to a card's choices, Space to pick a zone.
  await cleo.page.bringToFront();
  await expect(cleo.page.getByRole('heading', { name: exercise.title })).toBeFocused();
  for (const [index, card] of exercise.cards.slice(0, 3).entries()) {
    await cleo.page.keyboard.press('Tab');
    await expect(cleo.page.getByRole('group', { name: new RegExp(`^${index + 1}\\.`) }).getByRole('radio', { name: 'Customer' })).toBeFocused();
    await cleo.page.keyboard.press('Space');
    placements.Cleo![card.id] = 'customer';
  }
  await expect(receipt(cleo.page)).toHaveText(/Answer received: 3 of 10 cards placed\./);
  await expect(receipt(ana.page)).toHaveText(/Answer received: 10 of 10 cards placed\./);
  await expect(panel(presenter)).toContainText('4 of 5 answered');

  // Reveal: per card, the share who placed it correctly, the most missed first.
  await presenter.keyboard.press('r');
  const sortResults = projector.getByRole('region', { name: 'Cards placed correctly, most missed first' });
  await expect(sortResults).toBeVisible();
  const expected = exercise.cards
    .map((card, order) => ({ card, order, correct: Object.values(placements).filter((placed) => placed[card.id] === card.zoneId).length }))
    .sort((a, b) => a.correct - b.correct || a.order - b.order);
  await expect(sortResults.locator('.live-results__text')).toHaveText(expected.map(({ card }) => card.text));
  await expect(sortResults.locator('.live-results__value')).toHaveText(expected.map(({ correct }) => `${correct} of 4 · ${Math.round((correct / 4) * 100)}%`));
  await expect(sortResults).toContainText('4 learners sorted, of 5 learners');
  await expectNoAxeViolations(projector, 'the exercise’s results on the projector');
  await presenter.keyboard.press('r');
  await expect(ben.page.locator('.live-verdict')).toHaveText(`${Object.entries(placements.Ben!).filter(([id, zone]) => exercise.cards.find((c) => c.id === id)!.zoneId === zone).length} of 10 cards placed correctly.`);
  await expect(cleo.page.locator('.live-sort-card').nth(3).locator('.live-mark')).toHaveText(`✗ Not placed; it belongs with ${zoneLabel(exercise.cards[3]!.zoneId)}.`);

  // The class report, as a page and as CSV, against what the learners did.
  const [report] = await Promise.all([presenter.waitForEvent('popup'), panel(presenter).getByRole('link', { name: 'Download class report' }).click()]);
  const reportErrors = trackPageErrors(report);
  await expect(report.getByRole('heading', { name: 'Class report' })).toBeVisible();
  const questions = report.getByRole('table', { name: /Each question shown/ });
  await expect(questions.getByRole('row').nth(1)).toHaveText(
    new RegExp(
      [question.title, question.prompt, `A. ${option('A').text}`, '5', '60%', `B. ${option('B').text} \\(1\\)`, option('B').misconception!]
        .map((part) => (part.includes('\\(') ? part : escape(part)))
        .join('.*'),
    ),
  );
  const cards = report.getByRole('table', { name: /Each card of the exercises shown/ });
  await expect(cards.getByRole('row')).toHaveCount(exercise.cards.length + 1);
  const disk = exercise.cards.find((card) => card.id === 'replace-failed-disk')!;
  await expect(cards.getByRole('row', { name: new RegExp(`^${escape(disk.text)}`) })).toHaveText(
    new RegExp(`${escape(disk.text)}.*${escape(zoneLabel('provider'))}.*4.*50%.*${escape(zoneLabel('customer'))} \\(2\\).*${escape(disk.misconceptions.customer!)}`),
  );
  await expect(report.getByText('Participants')).toBeVisible();
  await expect(report.getByRole('table', { name: /Each learner/ })).toHaveCount(0);
  await report.getByLabel('Include learner names').check();
  const named = report.getByRole('table', { name: /Each learner/ });
  await expect(named.getByRole('row')).toHaveText([
    /Learner.*Questions answered/,
    /^Ana\s*1\s*1\s*10\s*10$/,
    /^Ben\s*1\s*1\s*10\s*3$/,
    /^<b>Cleo<\/b>\s*1\s*1\s*3\s*2$/,
    /^Dev\s*1\s*0\s*10\s*7$/,
    /^\(no name given\)\s*1\s*0\s*0\s*0$/,
  ]);
  await expectNoAxeViolations(report, 'the class report');
  const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^class-report-${server.code}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  expect(csv).toContain('Participants,5\r\n');
  expect(csv).toContain(`Question,${question.title},${question.prompt},A. ${option('A').text},5,3,60,"B. ${option('B').text}",1,${option('B').misconception}\r\n`);
  expect(csv).toContain(`Card,${exercise.title},${disk.text},${zoneLabel('provider')},4,2,50,${zoneLabel('customer')},2,${disk.misconceptions.customer}\r\n`);
  expect(csv).toContain('<b>Cleo</b>,1,1,3,2\r\n');
  // Printing leaves the buttons out.
  await report.emulateMedia({ media: 'print' });
  await expect(report.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await expect(questions).toBeVisible();

  // The end: every device says so.
  await panel(presenter).getByRole('button', { name: 'End session' }).click();
  await panel(presenter).getByRole('button', { name: 'Confirm: end for everyone' }).click();
  for (const learner of learners) await expect(learner.page.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
  await expect(panel(presenter)).toContainText('Session ended. 5 learners took part.');

  // Starting again opens a new session on the slide on show; the devices still open join it by themselves, their
  // names kept, with nothing answered yet.
  await panel(presenter).getByRole('button', { name: 'Start a new live session' }).click();
  for (const learner of learners) {
    await expect(learner.page.getByRole('heading', { name: exercise.title })).toBeVisible({ timeout: 15_000 });
    await expect(learner.page.getByRole('radio', { checked: true })).toHaveCount(0);
  }
  await expect(panel(presenter)).toContainText('5 joined.');
  await expect(panel(presenter)).toContainText('0 of 5 answered');
  await expect(ana.page.getByText('You joined as Ana.')).toBeVisible();

  for (const [who, errors] of [['presenter', presenterErrors], ['projector', projectorErrors], ['report', reportErrors], ...learners.map((l) => [l.name || 'Eve', l.errors] as const)] as const) {
    expect(errors, `errors on ${who}'s page`).toEqual([]);
  }
  await Promise.all([presenterContext.close(), ...learners.map((learner) => learner.context.close())]);
});

test('the learner view fits a 320 px phone and reads in both themes', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = trackPageErrors(page);
  await page.goto(`${server.joinUrl}#code=${server.code}`);
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((choice) => (document.documentElement.dataset.theme = choice), theme);
    await expectNoAxeViolations(page, `the join form at 320 px, ${theme}`);
  }
  await page.getByRole('button', { name: 'Join' }).tap();
  await expect(page.getByRole('heading', { name: 'Waiting for the next question' })).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((choice) => (document.documentElement.dataset.theme = choice), theme);
    await expectNoAxeViolations(page, `waiting at 320 px, ${theme}`);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('when the server stops, both sides say so and keep trying, and the slides still work by a show of hands', async ({ browser }) => {
  const presenterContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const presenter = await presenterContext.newPage();
  await presenter.goto(`${server.url}present/${LESSON}/`);
  await panel(presenter).getByRole('button', { name: 'Start live session' }).click();
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto(`${server.joinUrl}#code=${server.code}`);
  await learner.getByRole('button', { name: 'Join' }).click();
  await expect(learner.getByRole('heading', { name: 'Waiting for the next question' })).toBeVisible();
  await showSlideOf(presenter, QUESTION);
  await expect(learner.getByRole('heading', { name: question.prompt })).toBeVisible();

  await server.stop();
  await expect(learner.locator('.live-banner')).toHaveText('Connection lost. Reconnecting… Your answers are kept.');
  await expect(panel(presenter)).toContainText('The classroom server cannot be reached. Retrying… Show of hands still works.');
  // The deck reveals the answer as it always did.
  await presenter.keyboard.press('r');
  await expect(presenter.locator('[data-stage] > [data-slide]:not([hidden])').getByText('✓ Correct answer')).toBeVisible();

  // A new server (a new session, a new code) is found by both without a reload.
  server = await startClassroom(CLASSROOM_E2E_PORT);
  await expect(learner.getByRole('alert')).toHaveText('That code does not match this session. Check the code on the screen.', { timeout: 15_000 });
  await expect(panel(presenter)).toContainText('The classroom server was restarted. Reload this page to start a new live session.', { timeout: 15_000 });
  await Promise.all([presenterContext.close(), learnerContext.close()]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
