import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule tags every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's own script, injected once per page (@axe-core/playwright re-injects it and opens a page per check). */
const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

/** One failing rule as axe reports it, cut down to what a failure message needs. */
interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[]; any: { message: string }[]; all: { message: string }[] }[];
}

/**
 * Whether an element is drawn on screen (more than the 1×1 px a visually hidden live region keeps), as opposed to
 * present only for screen readers.
 */
export async function isDrawn(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.width > 1 && box.height > 1;
}

/** Runs axe (WCAG 2.2 AA tags, every frame of the page) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    WCAG_TAGS,
  );
  // Each failing node with axe's own finding (for contrast: the colours and ratio it measured), so a failure in CI
  // can be understood from the log alone.
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => `${node.target.join(' ')} [${[...node.any, ...node.all].map((check) => check.message).join('; ')}]`)
        .join(', ')}`,
  );
  expect(summary, `axe violations${context ? ` on ${context}` : ''}`).toEqual([]);
}

/** Collects console errors and uncaught page errors (React's hydration errors arrive as the latter). */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Records every layout shift of each page this tab opens from now on; `layoutShifts` reads them. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts of the current page so far (after `watchLayoutShifts`), read two frames on so none is pending. */
export async function layoutShifts(page: Page): Promise<number[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
}

/** Fails if any request leaves localhost. */
export function trackForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      foreign.push(request.url());
    }
  });
  return foreign;
}

/** Sets the theme before any page script runs, the way a returning learner's saved choice would. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((choice) => localStorage.setItem('srm-course:theme', choice), theme);
}

/** Every page of the built site, as paths relative to the site root (`lessons/x/`, `404.html`). */
export function builtPages(outDir = process.env.OUT_DIR || 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(outDir, path).split('\\').join('/');
        pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** Lesson paths in course order, read from the home page's lesson list. */
export async function lessonPathsInOrder(page: Page): Promise<string[]> {
  await page.goto('./');
  const hrefs = await page.getByRole('region', { name: 'Lessons' }).getByRole('link').evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).pathname),
  );
  return hrefs;
}

/** Records CSP violations the page reports, from the first script on. */
export async function trackCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate|compile)/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
}
