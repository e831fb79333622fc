import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, isDrawn, trackPageErrors, useTheme } from './helpers';
import { hydrateIslands } from '../scripts/bench/measure.mjs';
import { exerciseIds } from '../src/test-support/course-content';

// Expected owners, typed from the course's answer key (not read from the site's own data).
const IAAS: Record<string, string> = {
  'Apply security updates to the guest operating system': 'Customer',
  'Replace a failed disk in a host server': 'Cloud provider',
  'Configure firewall rules for the virtual network': 'Customer',
  'Classify the shipping records by how sensitive they are': 'Customer',
  'Control who may enter the server halls': 'Cloud provider',
  'Update the web server software installed on the virtual machines': 'Customer',
  'Maintain the switches and cables between the host servers': 'Cloud provider',
  'Protect the directory servers that hold staff accounts on the VMs': 'Customer',
  'Remove the accounts of people who leave the company': 'Customer',
  'Encrypt the laptops that staff use to manage the virtual machines': 'Customer',
};
const PAAS: Record<string, string> = {
  'Apply security updates to the operating system under the platform': 'Cloud provider',
  'Secure the drone-tracking web app': 'Shared',
  'Secure the network traffic to and from the web app': 'Shared',
  'Protect the directory service that signs users in to the app': 'Shared',
  'Decide how long the drone and truck telemetry is kept': 'Customer',
  'Decide which staff get an account on the platform': 'Customer',
  'Secure the phones dispatchers use to open the app': 'Customer',
  'Repair the servers the platform runs on': 'Cloud provider',
  'Protect the buildings, power and cooling behind the platform': 'Cloud provider',
};
const SAAS: Record<string, string> = {
  'Decide who may open the company’s contract documents': 'Customer',
  'Wipe a lost company phone that has email on it': 'Customer',
  'Remove the accounts of people who leave the company': 'Customer',
  'Protect the directory behind Microsoft 365 sign-ins': 'Shared',
  'Fix security flaws in the email application’s code': 'Cloud provider',
  'Set the firewall rules that protect the mail service': 'Cloud provider',
  'Apply security updates to the operating systems of the servers': 'Cloud provider',
  'Protect the cables and routers between the vendor’s servers': 'Cloud provider',
};
// Zones in document order, as keyboard moves visit them.
const PAAS_ZONES = ['Unsorted cards', 'Customer', 'Shared', 'Cloud provider'];

const exercise = (page: Page) => page.getByRole('region', { name: /^Sort the duties/ });
const zone = (page: Page, name: string) =>
  exercise(page).getByRole('region', { name: new RegExp(`^${name} \\(\\d+ cards?\\)$`) });
const handle = (page: Page, text: string) => exercise(page).getByRole('button', { name: text, exact: true });
const dndLiveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');
const status = (page: Page) => exercise(page).locator('[data-sort-status]');

async function open(page: Page, id: string, viewport = { width: 1280, height: 900 }) {
  await page.setViewportSize(viewport);
  await page.goto(`exercises/${id}/`);
  // The island hydrates when visible; the dnd-kit live region appears once it has.
  await expect(dndLiveRegion(page)).toBeAttached();
}

async function mouseDrag(page: Page, from: Locator, to: Locator, hold?: () => Promise<void>) {
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  // The page may scroll under the pointer (dnd-kit scrolls while the pointer is near the screen's edge, where the
  // zones under the pile can be): aim again until the zone says it is targeted and the page has stopped moving.
  const scrollY = () => page.evaluate(() => window.scrollY);
  await expect(async () => {
    const b = (await to.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 60), { steps: 5 });
    await expect(to).toHaveClass(/is-over/, { timeout: 300 });
    const before = await scrollY();
    await page.waitForTimeout(150);
    expect(await scrollY()).toBe(before);
  }).toPass({ timeout: 10_000 });
  await expect(to).toHaveClass(/is-over/);
  if (hold) await hold();
  await page.mouse.up();
}

test.describe('responsibility sorter', () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    // Each test drags or moves every card of an exercise, step by step, waiting for what a learner would see.
    test.slow();
    errors = trackPageErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('mouse drag completes an exercise, with zero axe violations before, during and after a drag', async ({ page }) => {
    await open(page, 'iaas-duties');
    await expectNoAxeViolations(page, 'before a drag');
    const cards = Object.entries(IAAS);
    for (const [index, [text, owner]] of cards.entries()) {
      await mouseDrag(page, handle(page, text), zone(page, owner), async () => {
        if (index === 0) await expectNoAxeViolations(page, 'during a drag');
      });
      await expect(zone(page, owner).getByRole('button', { name: text, exact: true })).toBeVisible();
    }
    await expect(zone(page, 'Unsorted cards')).toContainText('No cards left to sort.');
    await expectNoAxeViolations(page, 'after a drag');
    await exercise(page).getByRole('button', { name: 'Check' }).click();
    await expect(exercise(page).locator('[data-result]')).toBeFocused();
    await expect(exercise(page).locator('[data-result]')).toContainText('Result: 10 of 10 correct (100%).');
    await expect(status(page)).toHaveText('10 of 10 correct (100%). Well done.');
    await expect(exercise(page).getByText('Correct.', { exact: true })).toHaveCount(10);
    await expectNoAxeViolations(page, 'after Check');
  });

  test('keyboard only: pick up, move zone to zone, Escape cancels, drop moves focus on, Check', async ({ page }) => {
    await open(page, 'paas-duties');
    const texts = Object.keys(PAAS);
    const first = handle(page, texts[0]!);
    await first.focus();
    await page.keyboard.press('Space');
    await expect(dndLiveRegion(page)).toHaveText(`Picked up ${texts[0]}, from Unsorted cards.`);
    await page.waitForTimeout(50);
    await page.keyboard.press('ArrowRight');
    await expect(dndLiveRegion(page)).toHaveText(`${texts[0]} is over Customer.`);
    await expectNoAxeViolations(page, 'during a keyboard drag');
    await page.keyboard.press('Escape');
    await expect(dndLiveRegion(page)).toHaveText(`Move cancelled. ${texts[0]} stays in Unsorted cards.`);
    await expect(first).toBeFocused();
    await expect(zone(page, 'Unsorted cards').getByRole('button', { name: texts[0], exact: true })).toBeVisible();

    for (const [index, text] of texts.entries()) {
      await expect(handle(page, text)).toBeFocused();
      await page.keyboard.press('Space');
      await expect(dndLiveRegion(page)).toHaveText(`Picked up ${text}, from Unsorted cards.`);
      // dnd-kit starts listening for moves on the next tick after pick-up; a person is never that fast.
      await page.waitForTimeout(50);
      const steps = PAAS_ZONES.indexOf(PAAS[text]!);
      for (let step = 1; step <= steps; step += 1) {
        // Tab moves like the arrow keys while a card is carried.
        await page.keyboard.press(step === 2 ? 'Tab' : 'ArrowRight');
        await expect(dndLiveRegion(page)).toHaveText(`${text} is over ${PAAS_ZONES[step]}.`);
      }
      await page.keyboard.press('Space');
      const left = texts.length - index - 1;
      const rest = left === 0 ? 'All cards sorted. Press Check when ready.' : `${left} ${left === 1 ? 'card' : 'cards'} left to sort.`;
      // The drop is said once, by the sorter's own status line (which a touch or mouse drop updates too).
      await expect(status(page)).toHaveText(`${text} placed in ${PAAS[text]}. ${rest}`);
      await expect(zone(page, PAAS[text]!).getByRole('button', { name: text, exact: true })).toBeVisible();
    }
    const check = exercise(page).getByRole('button', { name: 'Check' });
    await expect(check).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(exercise(page).locator('[data-result]')).toBeFocused();
    await expect(status(page)).toHaveText('9 of 9 correct (100%). Well done.');
  });

  test('click only: Move to… places every card, a card can go back to the pile, Retry and Show solution', async ({ page }) => {
    await open(page, 'saas-duties');
    const entries = Object.entries(SAAS);
    const card = (text: string) =>
      exercise(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: text, exact: true }) });
    const moveTo = async (text: string, target: string) => {
      await card(text).getByRole('button', { name: /^Move to…/ }).click();
      await card(text).getByRole('button', { name: target, exact: true }).click();
    };
    const [firstText] = entries[0]!;
    await moveTo(firstText, 'Shared');
    await expect(status(page)).toHaveText(`${firstText} placed in Shared. 7 cards left to sort.`);
    expect(await isDrawn(status(page)), 'moves are shown on screen as well as announced').toBe(true);
    await moveTo(firstText, 'Back to Unsorted cards');
    await expect(status(page)).toHaveText(`${firstText} returned to Unsorted cards. 8 cards left to sort.`);
    await expect(zone(page, 'Unsorted cards').getByRole('button', { name: firstText, exact: true })).toBeVisible();

    // Put the first card in the wrong zone on purpose, the rest where they belong.
    for (const [index, [text, owner]] of entries.entries()) {
      await moveTo(text, index === 0 ? 'Cloud provider' : owner);
    }
    await expect(exercise(page).getByRole('button', { name: 'Check' })).toBeFocused();
    await exercise(page).getByRole('button', { name: 'Check' }).click();
    await expect(status(page)).toHaveText('7 of 8 correct (88%). Read the notes under each card, then retry.');
    expect(await isDrawn(status(page)), 'status line drawn beside the result panel').toBe(false);
    await expect(card(firstText)).toContainText('Incorrect.');
    await expect(card(firstText)).toContainText('Information and data under SaaS: Customer.');

    await exercise(page).getByRole('button', { name: 'Show solution' }).click();
    await expect(exercise(page).locator('[data-result]')).toBeFocused();
    await expect(zone(page, 'Customer').getByRole('button', { name: firstText, exact: true })).toBeVisible();

    await exercise(page).getByRole('button', { name: 'Retry misplaced cards' }).click();
    await expect(status(page)).toHaveText('1 card returned to Unsorted cards.');
    await expect(handle(page, firstText)).toBeFocused();
    await expect(zone(page, 'Unsorted cards').getByRole('button', { name: firstText, exact: true })).toBeVisible();
    await expect(zone(page, 'Cloud provider')).toHaveAccessibleName('Cloud provider (4 cards)');
  });

  test('the solution, shown after checking with cards still in the pile, is not counted as cards left unsorted', async ({ page }) => {
    await open(page, 'paas-duties');
    await exercise(page).getByRole('button', { name: 'Check' }).click();
    await exercise(page).getByRole('button', { name: 'Show solution' }).click();
    await expect(exercise(page).locator('[data-result]')).toContainText('Solution shown. 0 of 9 correct');
    await expect(zone(page, 'Unsorted cards')).toContainText('No cards left to sort.');
    // Every card is shown in its zone: no line may say that none of them is sorted.
    await expect(exercise(page).getByText(/cards sorted\./)).toHaveCount(0);
  });

  test('touch drag at 375 px places cards (CDP touch events)', async ({ page, context }) => {
    await open(page, 'iaas-duties', { width: 375, height: 740 });
    const cdp = await context.newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y), id: 1 }],
      });
    const viewportHeight = page.viewportSize()!.height;
    for (const [text, owner] of Object.entries(IAAS).slice(0, 3)) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await handle(page, text).scrollIntoViewIfNeeded();
      const a = (await handle(page, text).boundingBox())!;
      let point = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
      await touch('touchStart', point.x, point.y);
      const moveTo = async (x: number, y: number) => {
        for (let step = 1; step <= 6; step += 1) {
          await touch('touchMove', point.x + ((x - point.x) * step) / 6, point.y + ((y - point.y) * step) / 6);
        }
        point = { x, y };
      };
      // Hold the card near the bottom edge: the page scrolls until the zone comes into view.
      await moveTo(point.x, viewportHeight - 8);
      await expect(zone(page, owner)).toHaveClass(/is-target/);
      await expect(async () => {
        await touch('touchMove', point.x, point.y);
        const b = (await zone(page, owner).boundingBox())!;
        // Well above the bottom band where dnd-kit keeps scrolling.
        expect(b.y + 40).toBeLessThan(viewportHeight * 0.65);
      }).toPass({ timeout: 10_000 });
      // The page scrolled the zone into view by itself. Take the finger off the edge so that it stops, and bring the
      // zone to the middle of the screen: on a slow machine the scroll can run on past the zone into the top band,
      // where holding over it would scroll the page back, and never come to rest under the finger.
      await moveTo(point.x, viewportHeight / 2);
      await zone(page, owner).evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const b = (await zone(page, owner).boundingBox())!;
      await moveTo(b.x + b.width / 2, b.y + 40);
      // Let go only once the page has stopped scrolling and the zone says the card is over it.
      let wiggle = 3;
      await expect(async () => {
        const zoneBox = (await zone(page, owner).boundingBox())!;
        // A finger never holds perfectly still; dnd-kit re-measures the zones on movement after a scroll.
        wiggle = -wiggle;
        // Hold over the part of the zone nearest the middle of the screen: a point in the top or bottom band makes
        // dnd-kit scroll on, and on a slow machine the page then never comes to rest under the finger.
        const y = Math.min(Math.max(viewportHeight / 2, zoneBox.y + 10), zoneBox.y + zoneBox.height - 10);
        await moveTo(zoneBox.x + zoneBox.width / 2 + wiggle, y);
        const before = await page.evaluate(() => window.scrollY);
        await page.waitForTimeout(150);
        expect(await page.evaluate(() => window.scrollY)).toBe(before);
        await expect(zone(page, owner)).toHaveClass(/is-over/, { timeout: 300 });
      }).toPass({ timeout: 5_000 });
      await touch('touchEnd', 0, 0);
      await expect(zone(page, owner).getByRole('button', { name: text, exact: true })).toBeVisible();
    }
    await expect(zone(page, 'Unsorted cards')).toHaveAccessibleName('Unsorted cards (7 cards)');
    await expectNoAxeViolations(page, 'at 375 px after touch drags');
  });

  test('a reload restores placements and the result', async ({ page }) => {
    await open(page, 'saas-duties');
    const entries = Object.entries(SAAS);
    const card = (text: string) =>
      exercise(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: text, exact: true }) });
    for (const [text, owner] of entries.slice(0, 2)) {
      await card(text).getByRole('button', { name: /^Move to…/ }).click();
      await card(text).getByRole('button', { name: owner, exact: true }).click();
    }
    await page.reload();
    await expect(dndLiveRegion(page)).toBeAttached();
    await expect(zone(page, 'Customer')).toHaveAccessibleName('Customer (2 cards)');
    await exercise(page).getByRole('button', { name: 'Check' }).click();
    await expect(status(page)).toHaveText('2 of 8 correct (25%). Read the notes under each card, then retry.');
    await page.reload();
    await expect(exercise(page).locator('[data-result]')).toContainText('Result: 2 of 8 correct (25%).');
    await expect(card(entries[0]![0]).getByText('Correct.', { exact: true })).toBeVisible();
    await expect(card(entries[3]![0]).getByText('Not sorted.', { exact: true })).toBeVisible();
  });

  test('the IaaS sort offers Shared too, so “shared under IaaS” is a mistake it can catch', async ({ page }) => {
    await open(page, 'iaas-duties');
    await expect(zone(page, 'Shared')).toHaveAccessibleName('Shared (0 cards)');
    const card = (text: string) =>
      exercise(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: text, exact: true }) });
    const firewall = 'Configure firewall rules for the virtual network';
    for (const [text, owner] of Object.entries(IAAS)) {
      await card(text).getByRole('button', { name: /^Move to…/ }).click();
      await card(text).getByRole('button', { name: text === firewall ? 'Shared' : owner, exact: true }).click();
    }
    await exercise(page).getByRole('button', { name: 'Check' }).click();
    await expect(status(page)).toHaveText('9 of 10 correct (90%). Read the notes under each card, then retry.');
    await expect(card(firewall)).toContainText('Incorrect.');
    await expect(card(firewall)).toContainText('Network controls under IaaS: Customer.');
  });

  test('the mixed Contoso Shipping scenario tags each card with its service type', async ({ page }) => {
    await page.goto('exercises/contoso-shipping/');
    const board = page.getByRole('region', { name: /^Contoso Shipping/ });
    await expect(board.getByRole('button', { name: /Patch the operating systems of the virtual machines IaaS/ })).toBeVisible();
    await expect(board.getByRole('region', { name: 'Shared (0 cards)' })).toBeVisible();
    await expectNoAxeViolations(page, 'the Contoso exercise');
  });

  test('the matrix challenge can be completed by keyboard', async ({ page }) => {
    // Answer key rows (on-premises, IaaS, PaaS, SaaS), typed from the course reference.
    const KEY = ['CCCC', 'CCCC', 'CCCC', 'CCSS', 'CCSP', 'CCSP', 'CCPP', 'CPPP', 'CPPP', 'CPPP'];
    const downPresses: Record<string, number> = { C: 1, P: 2, S: 3 };
    await page.goto('exercises/build-the-matrix/');
    const challenge = page.getByRole('region', { name: 'Build the whole matrix' });
    const selects = challenge.getByRole('combobox');
    await expect(selects).toHaveCount(40);
    await expect(selects.first()).toHaveAccessibleName('Information and data On-premises');
    await expectNoAxeViolations(page, 'the matrix challenge');
    await selects.first().focus();
    const answers = KEY.join('').split('');
    for (const [index, letter] of answers.entries()) {
      // The last cell is left wrong on purpose (Customer instead of Cloud provider).
      const presses = index === answers.length - 1 ? 1 : downPresses[letter]!;
      for (let press = 0; press < presses; press += 1) await page.keyboard.press('ArrowDown');
      if (index < answers.length - 1) await page.keyboard.press('Tab');
    }
    await expect(challenge.getByText('40 of 40 cells filled.')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(challenge.getByRole('button', { name: 'Check matrix' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(challenge.locator('[data-result]')).toBeFocused();
    await expect(challenge.getByRole('status')).toHaveText('39 of 40 cells correct (98%).');
    expect(await isDrawn(challenge.getByRole('status')), 'status line drawn beside the result panel').toBe(false);
    await expect(challenge.locator('[data-result]')).toContainText('Physical datacenter under SaaS: Cloud provider.');
    await expectNoAxeViolations(page, 'the checked matrix');
    await page.keyboard.press('Tab');
    await expect(challenge.getByRole('button', { name: 'Retry wrong cells' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(challenge.getByRole('combobox', { name: 'Physical datacenter SaaS' })).toBeFocused();
    await expect(challenge.getByRole('status')).toHaveText('1 cell cleared. Choose again, then check.');
    expect(await isDrawn(challenge.getByRole('status')), 'the status is back on screen while cells are chosen').toBe(true);
  });

  test('lists the exercises and links to each', async ({ page }) => {
    await page.goto('exercises/');
    // One link per file in content/exercises, named by the exercise's title; "its lesson" links are not counted.
    const links = page.getByRole('main').getByRole('listitem').getByRole('link').filter({ hasNotText: 'its lesson' });
    await expect(links).toHaveCount(exerciseIds().length);
    await expect(links.filter({ hasText: 'Sort the incidents: who owns the row?' })).toHaveAttribute('href', /exercises\/incident-rows\/$/);
    await expectNoAxeViolations(page, 'the exercise list');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the cards and zones as a readable list with a note', async ({ page }) => {
    await page.goto('exercises/iaas-duties/');
    await expect(page.getByText(/dragging and checking the cards needs JavaScript/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Sort the duties: IaaS' })).toBeVisible();
    await expect(page.getByText('Zones: Customer, Shared, Cloud provider.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Replace a failed disk in a host server' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move to…/ }).first()).toBeHidden();
  });
});

test.describe('responsibility sorter, dark theme at 375 px', () => {
  test('marks, explanations and the embedded lesson copy pass axe', async ({ page }) => {
    test.slow();
    const errors = trackPageErrors(page);
    await useTheme(page, 'dark');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('lessons/saas-in-practice/');
    const board = page.getByRole('region', { name: 'Sort the duties: SaaS' });
    await board.scrollIntoViewIfNeeded();
    await board.getByRole('button', { name: 'Start the exercise' }).click();
    await expect(dndLiveRegion(page)).toBeAttached();
    const entries = Object.entries(SAAS);
    for (const [index, [text, owner]] of entries.slice(0, 3).entries()) {
      const card = board.getByRole('listitem').filter({ has: page.getByRole('button', { name: text, exact: true }) });
      await card.getByRole('button', { name: /^Move to…/ }).click();
      await card.getByRole('button', { name: index === 0 ? 'Shared' : owner, exact: true }).click();
    }
    await board.getByRole('button', { name: 'Check' }).click();
    await expect(board.locator('[data-sort-status]')).toHaveText('2 of 8 correct (25%). Read the notes under each card, then retry.');
    expect(await isDrawn(board.locator('[data-sort-status]')), 'status line drawn beside the result panel').toBe(false);
    await expect(board.getByText('Incorrect.', { exact: true })).toHaveCount(1);
    await expect(board.getByText('Not sorted.', { exact: true })).toHaveCount(5);
    await expectNoAxeViolations(page, 'checked sort, dark, 375 px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});

test.describe('an exercise inside a lesson', () => {
  test('loads only when the learner starts it, by keyboard, and then takes focus on its first card', async ({ page }) => {
    const errors = trackPageErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const sorterLoaded = () => scripts.some((path) => /ResponsibilitySort[.-]/.test(path));
    await page.goto('lessons/iaas-in-practice/');
    // A reader scrolls through the whole lesson: the check loads, the exercise does not.
    await hydrateIslands(page, undefined, false);
    expect(sorterLoaded(), 'the sorter loaded before the learner started it').toBe(false);
    const exercise = page.getByRole('region', { name: 'Sort the duties: IaaS' });
    // Until then the cards read as a list under the Start button.
    await expect(exercise.getByRole('listitem').filter({ hasText: 'Replace a failed disk in a host server' })).toBeVisible();
    await expect(exercise.getByRole('button', { name: /^Move to…/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'lesson with an exercise not started');

    const start = exercise.getByRole('button', { name: 'Start the exercise' });
    await start.focus();
    await page.keyboard.press('Enter');
    const firstCard = exercise.getByRole('button', { name: 'Apply security updates to the guest operating system', exact: true });
    await expect(firstCard).toBeFocused();
    await expect(start).toBeHidden();
    await expect(exercise.getByRole('button', { name: /^Move to…/ })).toHaveCount(10);
    expect(sorterLoaded()).toBe(true);
    await expectNoAxeViolations(page, 'lesson with its exercise started');
    expect(errors).toEqual([]);
  });
});

// Every sorting exercise of the course, with the lesson it sits in (read from content/, so a new one is covered).
const SORTS = exerciseIds()
  .map((id) => ({ id, data: parse(readFileSync(`content/exercises/${id}.yaml`, 'utf8')) as { kind?: string; lesson: string; title: string } }))
  .filter(({ data }) => (data.kind ?? 'sort') === 'sort');

/** How a sorter is laid out: the exercise's width, each zone's box, and the text of each card and its number of lines. */
async function sorterLayout(sorter: Locator) {
  return sorter.evaluate((root) => {
    const box = (element: Element) => element.getBoundingClientRect();
    const lines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom))).size;
    };
    return {
      width: box(root).width,
      zones: [...root.querySelectorAll('.sort__zones > section')].map((zone) => ({ x: box(zone).x, y: box(zone).y, width: box(zone).width })),
      cards: [...root.querySelectorAll('li:has(> [data-card-handle])')].map((card) => {
        const text = card.querySelector('[data-card-handle] > :not([aria-hidden])')!;
        const move = card.querySelector('[data-move-toggle]')!;
        return {
          text: text.textContent!,
          lines: lines(text),
          textBottom: box(text).bottom,
          moveTop: box(move).top,
          top: box(card).top,
          bottom: box(card).bottom,
          // Which list (the pile or a zone) holds the card.
          list: [...root.querySelectorAll('ul, ol')].indexOf(card.parentElement!),
        };
      }),
    };
  });
}

test.describe('the sorter’s layout uses the width it has', () => {
  const WIDTHS = [320, 375, 768, 1280];

  /** Puts two cards from the pile into each zone by Move to…, so that zones hold cards to measure. */
  async function fillZones(sorter: Locator) {
    const zoneNames = (await sorter.locator('.sort__zones h2, .sort__zones h3, .sort__zones h4').allInnerTexts()).map((name) =>
      name.replace(/\s*\(.*$/, ''),
    );
    for (const name of zoneNames) {
      const target = sorter.getByRole('region', { name: new RegExp(`^${name} \\(\\d+ cards?\\)$`) });
      while ((await target.getByRole('listitem').count()) < 2) {
        const pile = sorter.getByRole('region', { name: /^Unsorted cards/ });
        await pile.getByRole('button', { name: /^Move to…/ }).first().click();
        await sorter.getByRole('list', { name: /^Move .* to$/ }).getByRole('button', { name, exact: true }).click();
      }
    }
  }

  async function expectReadable(page: Page, sorter: Locator, where: string) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const layout = await sorterLayout(sorter);
      const at = `${where} at ${width} px`;
      expect(layout.zones.length, at).toBeGreaterThanOrEqual(2);
      const inOneRow = layout.zones.every((zone) => Math.abs(zone.y - layout.zones[0]!.y) < 1);
      if (inOneRow) {
        // Side by side, the zones share the exercise's whole width.
        for (const zone of layout.zones) expect(zone.width, `${at}: a zone beside the others`).toBeGreaterThanOrEqual((layout.width / layout.zones.length) * 0.85);
      } else {
        // Stacked, each zone takes the whole width (never two zones on one row and one alone below).
        for (const zone of layout.zones) expect(zone.width, `${at}: a stacked zone`).toBeGreaterThanOrEqual(layout.width * 0.9);
      }
      // A wide screen shows the zones side by side, each a third of the exercise or more.
      if (width === 1280 && where.startsWith('exercises/')) expect(inOneRow, `${at}: zones side by side`).toBe(true);
      // Cards side by side in one list (the pile) start on one line: the first row stood uneven when list items had margins.
      for (const card of layout.cards) {
        const beside = layout.cards.filter((other) => other.list === card.list && other.top < card.bottom && card.top < other.bottom);
        for (const other of beside) {
          expect(Math.abs(other.top - card.top), `${at}: “${card.text}” and “${other.text}” side by side`).toBeLessThan(1);
        }
      }
      for (const card of layout.cards) {
        // Several words a line: 15 characters or more on average (it was 7, one word a line, in 208 px zones).
        expect(card.text.length / card.lines, `${at}: “${card.text}” in ${card.lines} lines`).toBeGreaterThanOrEqual(15);
        if (width <= 375) expect(card.moveTop, `${at}: Move to… below “${card.text}”`).toBeGreaterThanOrEqual(card.textBottom - 1);
      }
    }
  }

  for (const { id, data } of SORTS) {
    test(`${data.title}: several words a line and zones that share the width, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
      test.slow();
      await open(page, id);
      const sorter = page.getByRole('region', { name: data.title, exact: true });
      await fillZones(sorter);
      await expectReadable(page, sorter, `exercises/${id}/`);

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`lessons/${data.lesson}/`);
      const inLesson = page.getByRole('region', { name: data.title, exact: true });
      await inLesson.getByRole('button', { name: 'Start the exercise' }).click();
      await expect(inLesson.getByRole('region', { name: /^Unsorted cards/ })).toBeVisible();
      await fillZones(inLesson);
      await expectReadable(page, inLesson, `lessons/${data.lesson}/`);
    });
  }
});
