import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const port = 4398;
const srv = spawn('node', ['scripts/serve.mjs', '--dir', 'dist', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`http://localhost:${port}/`);
  const button = page.getByRole('button', { name: 'Keep this course on this device' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.getByText(/Available offline, version of/).waitFor({ timeout: 90_000 });
  await page.getByText(/Available offline, version of/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/lead-shots/offline-home-kept.png' });
  await context.setOffline(true);
  await page.goto(`http://localhost:${port}/lessons/paas-in-practice/`);
  console.log('offline lesson h1:', await page.getByRole('heading', { level: 1 }).innerText());
  await page.keyboard.press('/');
  await page.keyboard.type('hypervisor');
  await page.waitForTimeout(2500);
  await page.screenshot({ path: '/tmp/lead-shots/offline-search.png' });
  console.log('results:', await page.locator('[data-search-dialog], dialog').first().innerText().catch(() => '?'));
} finally {
  await browser.close();
  srv.kill();
}
