import { expect, test } from '@playwright/test';
import { builtPages, trackCspViolations } from './helpers';

// The build is served with the headers it ships in `_headers` (scripts/serve.mjs applies them, as a static host
// would), so every page here runs under the production Content-Security-Policy sent as a header. That no page reports
// a violation, with every island hydrated, is checked page by page in every-page.spec.ts.

test('every page is served with a strict CSP and the other security headers @base', async ({ request, baseURL }) => {
  for (const path of builtPages()) {
    const response = await request.get(new URL(path, baseURL).href);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    const directives = new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    const scriptSources = directives.get('script-src') ?? [];
    expect(scriptSources, `${path}: script-src`).toContain("'self'");
    expect(scriptSources.filter((source) => ["'unsafe-inline'", "'unsafe-eval'", '*'].includes(source)), path).toEqual([]);
    expect(directives.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(["'none'"]);
    expect(directives.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
    expect(directives.get('default-src'), `${path}: default-src`).toEqual(["'self'"]);
    expect(csp, `${path}: no other origin is allowed`).not.toMatch(/https?:|\s\*(\s|;|$)/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
});

test('hashed assets are cached for a year', async ({ page, request }) => {
  await page.goto('./');
  const stylesheet = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').first().getAttribute('href');
  const response = await request.get(new URL(stylesheet!, page.url()).href);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const violations = await trackCspViolations(page);
  await page.goto('./');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  // Both the header and the <meta> policy block it, so the event fires once per policy.
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/));
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test('search (with its WebAssembly index) works under the policy @base', async ({ page }) => {
  const violations = await trackCspViolations(page);
  await page.goto('./');
  await page.getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('textbox').fill('datacenter');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the theme script runs under the policy before the first paint @base', async ({ page }) => {
  const violations = await trackCspViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await page.getByLabel('Theme').selectOption('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  expect(await violations()).toEqual([]);
});
