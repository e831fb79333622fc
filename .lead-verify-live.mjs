import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const port = 4405;
const srv = spawn('node', ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/classroom.mjs', '--port', String(port), '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
let out = ''; srv.stdout.on('data', (d) => (out += d)); srv.stderr.on('data', (d) => (out += d));
await new Promise((r) => setTimeout(r, 2500));
console.log(out);
const code = /(\d{3}) ?(\d{3})/.exec(out.split('code')[1] ?? out)?.slice(1).join('');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const pc = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const p = await pc.newPage();
  await p.goto(`http://127.0.0.1:${port}/present/iaas-in-practice/`);
  const [proj] = await Promise.all([p.waitForEvent('popup'), p.getByRole('button', { name: 'Open projector window' }).click()]);
  await proj.setViewportSize({ width: 1280, height: 720 });
  // Keyboard: focus the Start control and press Enter.
  await p.getByRole('button', { name: 'Start live session' }).focus();
  await p.keyboard.press('Enter');
  await proj.waitForTimeout(1000);
  await proj.screenshot({ path: '/tmp/lead-shots/live-join-projector.png' });
  await p.screenshot({ path: '/tmp/lead-shots/live-presenter.png', fullPage: true });
  const lc = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });
  const l = await lc.newPage();
  await l.goto(`http://127.0.0.1:${port}/live/`);
  await l.getByLabel('Code').fill(code);
  await l.getByLabel('Your name (optional)').fill('Lead');
  await l.getByRole('button', { name: 'Join' }).tap();
  await l.waitForTimeout(800);
  await l.screenshot({ path: '/tmp/lead-shots/live-learner-wait.png' });
  const idx = await p.locator('[data-stage] > [data-slide]').evaluateAll((s) => s.findIndex((x) => x.getAttribute('data-live-item')?.startsWith('q:')));
  await p.evaluate((h) => (location.hash = h), `#slide-${idx + 1}`);
  await l.waitForTimeout(1000);
  await l.screenshot({ path: '/tmp/lead-shots/live-learner-question.png', fullPage: true });
  await l.getByRole('radio').first().check();
  await l.waitForTimeout(500);
  await p.keyboard.press('r');
  await proj.waitForTimeout(1000);
  await proj.screenshot({ path: '/tmp/lead-shots/live-reveal-projector.png' });
  console.log('presenter panel:', await p.getByRole('region', { name: 'Live session', exact: true }).innerText());
} finally {
  await browser.close();
  srv.kill('SIGINT');
}
