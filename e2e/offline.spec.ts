import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { serve } from '../scripts/bench/site.mjs';
import { formatSize } from '../scripts/offline/offline-copy.mjs';
import { builtPages, expectNoAxeViolations, trackCspViolations, trackPageErrors, useTheme } from './helpers';
import { OFFLINE_UPDATE_PORT, OFFLINE_REMOVAL_PORT } from './sites';
import { checkQuestions } from '../src/test-support/course-content';

// "Keep this course on this device": the whole course saved by the service worker the build generates
// (scripts/build-offline.mjs), used with the network switched off (context.setOffline), updated when a new version is
// deployed, and removed again. Service workers need a secure context: localhost is one.

const outDir = process.env.OUT_DIR || 'dist';
/** The build the running project serves: dist-base/ for the base-path project. */
const servedBuild = () => (test.info().project.name === 'base-path' ? 'dist-base' : outDir);
const KEEP = 'Keep this course on this device';

const control = (page: Page) => page.getByRole('region', { name: 'Use the course offline' });
const status = (page: Page) => control(page).getByRole('status');

/** Presses Keep on the page that is open and waits until the whole course is saved. */
async function keepOffline(page: Page): Promise<void> {
  await control(page).getByRole('button', { name: KEEP }).click();
  await expect(status(page)).toHaveText(/^Available offline, version of [A-Z][a-z]+ \d{1,2}, \d{4}\.$/, { timeout: 30_000 });
}

/** The service worker registrations and Cache Storage names of the page's origin. */
async function offlineTraces(page: Page): Promise<{ registrations: number; caches: string[] }> {
  return page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    caches: 'caches' in window ? await caches.keys() : [],
  }));
}

/** Answers the lesson's check, every answer right, and checks it. */
async function completeCheck(page: Page, lesson: string): Promise<Locator> {
  await page.goto(`lessons/${lesson}/`);
  const region = page.getByRole('region', { name: 'Check your knowledge', exact: true });
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  for (const question of checkQuestions(lesson)) {
    const group = region.getByRole('group', { name: question.prompt });
    for (const option of question.options.filter((candidate) => candidate.correct)) {
      await group.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: option.text, exact: true }).check();
    }
  }
  await region.getByRole('button', { name: 'Check answers' }).click();
  return region;
}

// The SaaS exercise, sorted by the "Move to…" buttons, owners from the course's answer key.
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

async function completeExercise(page: Page): Promise<Locator> {
  await page.goto('exercises/saas-duties/');
  const exercise = page.getByRole('region', { name: /^Sort the duties/ });
  await expect(page.locator('[id^="DndLiveRegion"]')).toBeAttached();
  for (const [text, owner] of Object.entries(SAAS)) {
    const card = exercise.getByRole('listitem').filter({ has: page.getByRole('button', { name: text, exact: true }) });
    await card.getByRole('button', { name: /^Move to…/ }).click();
    await card.getByRole('button', { name: owner, exact: true }).click();
  }
  await exercise.getByRole('button', { name: 'Check' }).click();
  return exercise;
}

/**
 * Requests of the page that got no answer (offline: ones the copy did not hold). A request the browser cancelled
 * because the test moved on to the next page (an island still loading, net::ERR_ABORTED) is not a failure.
 */
function trackFailedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} (${error})`);
  });
  return failed;
}

test.describe('before the learner asks', () => {
  test('no page registers a service worker or fetches the offline code; exactly home and progress carry the control and its code @base', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    for (const path of ['./', 'lessons/iaas-in-practice/', 'progress/', 'exercises/saas-duties/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(await offlineTraces(page)).toEqual({ registrations: 0, caches: [] });
    expect(requests.filter((path) => /sw\.js|offline-?control|workbox/i.test(path))).toEqual([]);
    const html = (path: string) => readFileSync(join(servedBuild(), path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');
    const pages = builtPages(servedBuild());
    // The control (its Keep button) and the code it loads when pressed (the script in its <template>), nowhere else.
    expect(pages.filter((path) => html(path).includes('data-offline-action="keep"'))).toEqual(['', 'progress/']);
    expect(pages.filter((path) => /OfflineControlModule[^"]*\.js/.test(html(path)))).toEqual(['', 'progress/']);
  });

  test('the home and progress pages say how much the copy takes, measured from the files the worker saves @base', async ({ page }) => {
    const worker = readFileSync(join(servedBuild(), 'sw.js'), 'utf8');
    const files = [...worker.matchAll(/\burl:"([^"]+)"/g)].map((match) => match[1]!);
    const bytes = files.reduce((sum, file) => sum + statSync(join(servedBuild(), file)).size, 0);
    expect(files).toContain('offline/index.html');
    for (const path of ['./', 'progress/']) {
      await page.goto(path);
      await expect(control(page)).toContainText(`It takes ${formatSize(bytes)} of storage.`);
      await expect(control(page)).toHaveAttribute('data-offline-files', String(files.length));
      await expect(control(page).getByRole('button', { name: KEEP })).toBeVisible();
    }
  });

  test('the home page keeps the course on this device with its own button, by keyboard @base', async ({ page, context }) => {
    await page.goto('./');
    const keep = control(page).getByRole('button', { name: KEEP });
    await keep.focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(/^Available offline, version of [A-Z][a-z]+ \d{1,2}, \d{4}\.$/, { timeout: 30_000 });
    await context.setOffline(true);
    await page.goto('lessons/iaas-in-practice/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
    await page.goto('./');
    await control(page).getByRole('button', { name: 'Remove offline copy' }).click();
    await expect(status(page)).toHaveText('The offline copy was removed: pages need a connection again.');
    expect(await offlineTraces(page)).toEqual({ registrations: 0, caches: [] });
  });
});

test.describe('kept offline', () => {
  test('every page opens offline, search works, a check and an exercise save progress that survives a reload; removing the copy brings the errors back @base', async ({
    page,
    context,
  }) => {
    // Saves the course, then opens every built page (about fifty), completes a check and an exercise, and removes the
    // copy: on a loaded two-core machine that is well over the 90 s of test.slow().
    test.setTimeout(240_000);
    const errors = trackPageErrors(page);
    const violations = await trackCspViolations(page);
    await page.goto('progress/');
    const button = control(page).getByRole('button', { name: KEEP });
    await button.click();
    // The bar shows while the files are saved (it can be quick on localhost, so either moment counts).
    await expect(control(page).getByRole('progressbar', { name: 'Files saved' }).or(status(page).getByText(/^Available/))).toBeVisible();
    await expect(status(page)).toHaveText(/^Available offline, version of /, { timeout: 30_000 });
    await expect(control(page).getByRole('button', { name: 'Remove offline copy' })).toBeVisible();
    expect(await violations(), 'the service worker works under the Content-Security-Policy').toEqual([]);

    await context.setOffline(true);
    // Every page, three tabs at a time (they share the copy, as a learner's tabs would). The presenter and projector
    // pages all go to the first tab, one after another: a projector window follows a presenter open in another tab of
    // the same browser to its lesson (as it should in class), which would turn the visit into a different page.
    const failed: string[] = [];
    const pages = builtPages(servedBuild()).filter((path) => path !== '404.html');
    const classroomQueue = pages.filter((path) => path.startsWith('present/'));
    const queue = pages.filter((path) => !path.startsWith('present/'));
    await Promise.all(
      [classroomQueue, [], []].map(async (own) => {
        const tab = await context.newPage();
        failed.push(...trackFailedRequests(tab));
        const tabErrors = trackPageErrors(tab);
        const next = () => own.shift() ?? queue.shift();
        for (let path = next(); path !== undefined; path = next()) {
          const response = await tab.goto(path);
          expect(response?.ok(), path).toBe(true);
          await expect(tab.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
          if (path !== 'offline/') await expect(tab.getByRole('heading', { name: 'This page needs a connection' }), path).toHaveCount(0);
        }
        await tab.close();
        errors.push(...tabErrors);
      }),
    );
    expect(failed, 'every file the pages load comes from the copy').toEqual([]);

    // Search: Pagefind's script, index and WebAssembly come from the copy too.
    await page.goto('progress/');
    await page.getByRole('button', { name: /Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.getByRole('textbox').fill('datacenter');
    await expect(dialog.getByRole('link').first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A knowledge check and an exercise, then a reload: the results stay.
    const check = await completeCheck(page, 'iaas-in-practice');
    await expect(check).toContainText(/correct \(100%\)/);
    const exercise = await completeExercise(page);
    await expect(exercise.locator('[data-sort-status]')).toHaveText(/^8 of 8 correct \(100%\)/);
    await page.reload();
    await expect(page.getByRole('region', { name: /^Sort the duties/ })).toContainText('8 of 8 correct (100%)');
    await page.goto('progress/');
    const lessonItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^IaaS in practice/ }) });
    await expect(lessonItem).toContainText(/1 attempt\. Best: (\d+) of \1 correct \(100%\)/);

    // An address the copy never saved gets the course's own notice, not the browser's error page.
    await page.goto('lessons/a-lesson-from-a-later-version/');
    await expect(page.getByRole('heading', { level: 1, name: 'This page needs a connection' })).toBeVisible();
    await expect(page.getByRole('link', { name: /home page/ })).toBeVisible();

    // Remove the copy (offline is fine): pages fail again, as without it.
    await page.goto('progress/');
    await control(page).getByRole('button', { name: 'Remove offline copy' }).click();
    await expect(status(page)).toHaveText('The offline copy was removed: pages need a connection again.');
    await expect(control(page).getByRole('button', { name: KEEP })).toBeVisible();
    expect(await offlineTraces(page)).toEqual({ registrations: 0, caches: [] });
    await expect(page.goto('glossary/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
  });

  test('the control works by keyboard, keeps focus off a button whose meaning changed, and passes axe in both themes', async ({ page }) => {
    // Saves the course twice and runs axe four times.
    test.slow();
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.goto('progress/');
      const button = control(page).getByRole('button', { name: KEEP });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(status(page)).toHaveText(/^Available offline/, { timeout: 30_000 });
      // Keep became Remove: focus went to the control's heading rather than staying on a button that now deletes.
      await expect(control(page).getByRole('heading', { name: 'Use the course offline' })).toBeFocused();
      await expectNoAxeViolations(page, `progress page, copy kept, ${theme}`);
      await page.keyboard.press('Tab');
      await expect(control(page).getByRole('button', { name: 'Remove offline copy' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(status(page)).toHaveText(/was removed/);
      await expectNoAxeViolations(page, `progress page, copy removed, ${theme}`);
    }
  });
});

test.describe('when the course cannot be kept', () => {
  test('a browser without service workers is told why, and nothing changes', async ({ page }) => {
    await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
    await page.goto('progress/');
    await control(page).getByRole('button', { name: KEEP }).click();
    await expect(status(page)).toHaveText(
      'The course could not be kept on this device: this browser cannot keep websites for offline use (it has no service workers).',
    );
    await expect(control(page).getByRole('button')).toHaveCount(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
  });

  test('storage too small for the copy: the control says so before saving anything, and offers to try again', async ({ page, context }) => {
    await page.goto('progress/');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 200_000 });
    await control(page).getByRole('button', { name: KEEP }).click();
    await expect(status(page)).toHaveText(/^The course could not be kept on this device: there is not enough free storage on this device for its \d+\.\d MB\.$/);
    await expect(control(page).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await offlineTraces(page)).toEqual({ registrations: 0, caches: [] });
  });

  test('a browser that refuses the service worker (site data blocked) is told why, and nothing changes', async ({ page }) => {
    // What Chromium answers when the learner blocks site data: registration is refused with a SecurityError.
    await page.addInitScript(() => {
      ServiceWorkerContainer.prototype.register = () =>
        Promise.reject(new DOMException('Failed to register a ServiceWorker: The user denied permission to use Service Worker.', 'SecurityError'));
    });
    await page.goto('progress/');
    await control(page).getByRole('button', { name: KEEP }).click();
    await expect(status(page)).toHaveText(/^The course could not be kept on this device: this browser does not let the course store files/);
    await expect(control(page).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await offlineTraces(page)).toEqual({ registrations: 0, caches: [] });
  });

  test('a download that fails half-way leaves nothing behind and says what to do', async ({ page, context }) => {
    await context.route('**/pagefind/wasm.*', (route) => route.abort('connectionreset'));
    await page.goto('progress/');
    await control(page).getByRole('button', { name: KEEP }).click();
    await expect(status(page)).toHaveText(/saving stopped before every file was stored\. Check your connection and free storage, then try again\.$/, {
      timeout: 30_000,
    });
    await expect.poll(() => offlineTraces(page)).toEqual({ registrations: 0, caches: [] });
  });
});

test.describe('a new version of the course', () => {
  let workDir: string;
  test.beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'course-offline-'));
  });
  test.afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  /** A copy of the build with one lesson's title changed and its offline copy made again, as a later deploy would. */
  function laterVersion(name: string, env: Record<string, string> = {}): string {
    const dir = join(workDir, name);
    cpSync(outDir, dir, { recursive: true });
    const lesson = join(dir, 'lessons/iaas-in-practice/index.html');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replaceAll('IaaS in practice: Contoso moves to virtual machines', 'IaaS in practice, revised'));
    execFileSync(process.execPath, ['scripts/build-offline.mjs', '--site', dir], {
      env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2031, 0, 15) / 1000), ...env },
      stdio: 'pipe',
    });
    return dir;
  }

  /** Serves `dir` on `port` until the next call; the origin stays the same, as for a redeployed site. */
  function deployment(port: number) {
    let server: { url: string; stop: () => void } | undefined;
    return {
      async serve(dir: string): Promise<string> {
        server?.stop();
        await new Promise((done) => setTimeout(done, 100));
        server = await serve({ dir, port });
        return server.url;
      },
      stop: () => server?.stop(),
    };
  }

  async function freshContext(browser: import('@playwright/test').Browser, url: string): Promise<[BrowserContext, Page]> {
    const context = await browser.newContext({ baseURL: url });
    return [context, await context.newPage()];
  }

  test('is saved in the background, offered as "Reload for the new version", never mixed with the old one, and keeps progress', async ({ browser }) => {
    test.slow();
    const site = deployment(OFFLINE_UPDATE_PORT);
    try {
      const url = await site.serve(outDir);
      const [context, page] = await freshContext(browser, url);
      const errors = trackPageErrors(page);
      await page.goto('progress/');
      await keepOffline(page);
      const oldVersion = await status(page).textContent();
      const check = await completeCheck(page, 'iaas-in-practice');
      await expect(check).toContainText(/correct \(100%\)/);

      await site.serve(laterVersion('v2'));
      await page.goto('progress/');
      await expect(control(page).getByRole('button', { name: 'Reload for the new version' })).toBeVisible({ timeout: 30_000 });
      await expect(status(page)).toHaveText('A new version of the course is ready. Your progress is kept.');
      // Until the learner reloads for it, every page still comes from the version they have.
      await page.goto('lessons/iaas-in-practice/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('IaaS in practice: Contoso moves to virtual machines');

      await page.goto('progress/');
      await control(page).getByRole('button', { name: 'Reload for the new version' }).click();
      await expect(status(page)).toHaveText('Available offline, version of January 15, 2031.', { timeout: 30_000 });
      expect(oldVersion).not.toBe(await status(page).textContent());
      await context.setOffline(true);
      await page.goto('lessons/iaas-in-practice/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('IaaS in practice, revised');
      const region = page.getByRole('region', { name: 'Check your knowledge', exact: true });
      await region.scrollIntoViewIfNeeded();
      await expect(region).toContainText(/correct \(100%\)/);
      await context.setOffline(false);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      site.stop();
    }
  });

  test('built with OFFLINE_COPY=off, it removes the copies learners kept', async ({ browser }) => {
    // Keeping the whole course, then waiting up to 30 s for the removal: the default 30 s cannot hold both.
    test.slow();
    const site = deployment(OFFLINE_REMOVAL_PORT);
    try {
      const url = await site.serve(outDir);
      const [context, page] = await freshContext(browser, url);
      await page.goto('progress/');
      await keepOffline(page);
      await site.serve(laterVersion('off', { OFFLINE_COPY: 'off' }));
      await page.goto('progress/');
      // The removing worker reloads the page it finds open, so a look can land mid-navigation: look again.
      await expect.poll(() => offlineTraces(page).catch(() => 'navigating'), { timeout: 30_000 }).toEqual({ registrations: 0, caches: [] });
      await context.setOffline(true);
      await expect(page.goto('glossary/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
      await context.close();
    } finally {
      site.stop();
    }
  });
});

test('the worker is served under the shipped policy, which admits it as it is, and without long caching @base', async ({ request, baseURL }) => {
  const response = await request.get(new URL('sw.js', baseURL).href);
  expect(response.ok()).toBe(true);
  const policy = new Map(
    (response.headers()['content-security-policy'] ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]),
  );
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('manifest-src')).toEqual(["'self'"]);
  expect(response.headers()['cache-control'] ?? '').not.toContain('immutable');
  // One file: the worker imports no other script that the policy would have to admit.
  expect(await response.text()).not.toContain('importScripts');
});

test('the web app manifest names the course, uses its logo and honours the base path @base', async ({ page, request, baseURL }) => {
  await page.goto('progress/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, page.url());
  const manifest = await (await request.get(manifestUrl.href)).json();
  expect(manifest.name).toBe('Cloud Security: Who Secures What');
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(baseURL);
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"][media*="light"]').getAttribute('content'));
  expect(manifest.color_scheme_dark.theme_color).toBe(await page.locator('meta[name="theme-color"][media*="dark"]').getAttribute('content'));
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type === 'image/png') {
      const png = await response.body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  }
});
