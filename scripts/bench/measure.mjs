// Loads a page in a fresh browser context (a first visit: empty cache, no storage) and records every request it
// makes, first on load and then after scrolling through the page so that every `client:visible` island hydrates.
// Requests to other origins are blocked and recorded. Used by `npm run bench` and by e2e/budgets.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_OUT_DIR } from './fixture-site.mjs';
import { gzipBytes, summarize } from './weigh.mjs';

/** @typedef {{ kind: string, label: string, path: string, site?: 'fixture' }} PageEntry */
/** @typedef {import('./weigh.mjs').WeighedRequest} WeighedRequest */
/** @typedef {import('./budgets.mjs').Measurement} Measurement */

/** The page kinds to measure and where each one lives (bench/pages.json). */
export function readPages(/** @type {string} */ file = 'bench/pages.json') {
  return /** @type {{ pages: PageEntry[] }} */ (JSON.parse(readFileSync(file, 'utf8'))).pages;
}

/** The build folder a page kind is measured in: the fixture site's for `site: "fixture"`, otherwise `outDir`. */
export function buildFor(/** @type {PageEntry} */ entry, /** @type {string} */ outDir) {
  return entry.site === 'fixture' ? FIXTURE_OUT_DIR : outDir;
}

/** The budgets (bench/budgets.json). */
export function readBudgets(/** @type {string} */ file = 'bench/budgets.json') {
  return /** @type {import('./budgets.mjs').Budgets} */ (JSON.parse(readFileSync(file, 'utf8')));
}

/** Whether the build contains the page (a page kind whose feature has not landed yet is reported, not measured). */
export function isBuilt(/** @type {string} */ outDir, /** @type {string} */ path) {
  return existsSync(join(outDir, path.endsWith('.html') ? path : join(path, 'index.html')));
}

/**
 * Measures one page at `siteUrl + path` in a new context of `browser`.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ siteUrl: string, entry: PageEntry }} options
 * @returns {Promise<Measurement>}
 */
export async function measurePage(browser, { siteUrl, entry }) {
  const url = new URL(entry.path, siteUrl);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const foreign = /** @type {string[]} */ ([]);
  await context.route(
    (target) => !['data:', 'blob:'].includes(target.protocol) && target.origin !== url.origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  /** @type {Promise<WeighedRequest | null>[]} */
  const pending = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        if (new URL(request.url()).origin !== url.origin) return null;
        const response = await request.response();
        if (!response || (response.status() >= 300 && response.status() < 400)) return null;
        const body = await response.body().catch(() => Buffer.alloc(0));
        return { url: request.url(), resourceType: request.resourceType(), raw: body.length, gzip: gzipBytes(body) };
      })(),
    );
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    return /** @type {WeighedRequest[]} */ ((await Promise.all(pending)).filter(Boolean));
  };

  try {
    await page.goto(url.href, { waitUntil: 'load' });
    const onLoad = await settle();
    // A reader scrolls through; the measure leaves alone the exercises a lesson loads only when started.
    await hydrateIslands(page, undefined, false);
    const scrolled = await settle();
    const islands = await page.locator('astro-island').count();
    // Astro inlines small scripts into the HTML: count their text as JavaScript too (it is also inside the HTML bytes).
    const inlineTexts = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => !script.type || /^(module|text\/javascript)$/i.test(script.type))
        .map((script) => script.textContent ?? ''),
    );
    const inlineJs = Buffer.from(inlineTexts.join('\n'));
    return {
      kind: entry.kind,
      path: entry.path,
      onLoad: summarize(onLoad),
      scrolled: summarize(scrolled),
      inlineJs: { raw: inlineJs.length, gzip: gzipBytes(inlineJs), count: inlineTexts.length },
      foreign,
      islands,
    };
  } finally {
    await context.close();
  }
}

/**
 * Scrolls through the page as a reader would, then brings each island that has not hydrated yet into view and waits
 * for it (Astro removes the `ssr` attribute once an island has hydrated), pressing Start for an exercise that waits for
 * it. Fails when an island never hydrates.
 */
export async function hydrateIslands(
  /** @type {import('@playwright/test').Page} */ page,
  timeout = 15_000,
  /** false: leave exercises that wait for Start alone, as a reader who does not start them would. */ startExercises = true,
) {
  for (let step = 0; step < 200; step += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(50);
    if (atEnd) break;
  }
  const islands = page.locator('astro-island');
  for (let index = 0; index < (await islands.count()); index += 1) {
    const island = islands.nth(index);
    if ((await island.getAttribute('ssr')) === null) continue;
    await island.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    // An exercise inside a lesson (client:start) loads when its Start button is pressed.
    if ((await island.getAttribute('client')) === 'start') {
      if (!startExercises) continue;
      await island.evaluate((element) => element.closest('[data-gate]')?.querySelector('button[data-start]')?.click());
    }
    await island.page().waitForFunction((element) => !element.hasAttribute('ssr'), await island.elementHandle(), { timeout });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
