import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages } from './helpers';

// The facts the course corrected (product names, default settings, who patches what, where the classic chart is
// silent) against the production build: each corrected statement is where a learner will look for it, and none of
// the old wrong ones is left on any page, whether in prose, an instructor note, a slide, a printout, a glossary entry
// or a knowledge check's data.

const OUT_DIR = process.env.OUT_DIR || 'dist';

/** Every built page, the 404 page included. */
const PAGES = builtPages(OUT_DIR);

/** The built HTML file behind a page path: `lessons/x/` → `lessons/x/index.html`. */
const fileOf = (page: string) => join(OUT_DIR, page.endsWith('/') || page === '' ? `${page}index.html` : page);

/** What every matrix table's caption starts with. */
const CLASSIC_CAPTION = /^Microsoft’s classic chart: who secures each layer/;

/** Statements the course used to make, each with the reason it is wrong. None may appear on any page. */
const WRONG: { pattern: RegExp; why: string }[] = [
  { pattern: /Office 365 and Microsoft 365 are different things/i, why: 'they are different plan lines; calling that a misconception is wrong' },
  { pattern: /\b(formerly|previously) (called |known as )?Office 365/i, why: 'Microsoft 365 is not just the old Office 365 renamed' },
  { pattern: /Office 365 \((now|today)\b[^)]*Microsoft 365\)|Office 365 is now Microsoft 365|Microsoft 365 was Office 365/i, why: 'only some Office 365 plans took the Microsoft 365 name' },
  { pattern: /Microsoft has since renamed\b/i, why: 'only some Office 365 plans took the Microsoft 365 name' },
  { pattern: /same (product|kind of rename)/i, why: 'Office 365 to Microsoft 365 is not a one-product rename like Azure AD to Entra ID' },
  { pattern: /old and new names of [^.]*office suite/i, why: 'Office 365 is not simply the old name of Microsoft 365' },
  { pattern: /\bnothing until\b/i, why: 'MFA may be on by default (security defaults since 2019, Azure portal since 2024): check, do not assume' },
  { pattern: /only works? once switched on/i, why: 'defaults vary: some protections start out on' },
  { pattern: /keeps all of it up to date|database engine upgrades for these apps|upgrading the database engine, building/i, why: 'PaaS customers still move runtimes and databases to new major versions' },
  { pattern: /Under PaaS the provider runs and patches it\./, why: 'major database upgrades are started by the customer' },
  {
    pattern: /(foundational software|database (engine|management system)s?)[^.]{0,60}\bkeeps? (it|them) (up to date|current)\b/i,
    why: 'the provider patches within a version; moving to a new major version is the customer’s step',
  },
  { pattern: /Both are now the provider's, and it keeps them patched|database engine, and keeps them patched/i, why: 'the provider patches, the customer keeps versions supported' },
  { pattern: /cannot patch or lock/i, why: 'SaaS vendors supply device tools (Intune); deciding and enforcing stays the customer’s' },
  { pattern: /does not decide when the software is updated|It does not decide when/i, why: 'SaaS customers choose update channels and Targeted release' },
  { pattern: /physical (security|protection)[^.]*\balways (the provider|one of them)|In the cloud it is always the provider|physical layers are always the provider/i, why: 'physical security is the provider’s in the provider’s datacenters only' },
  {
    // Building something by hand can be slow and error-prone; what was wrong was saying that IaaS can only be built so.
    pattern: /instead of (building|being built)[^.]{0,60}\bby hand\b|infrastructure and subnets by hand|(environments|subnets|firewall rules) (and subnets )?by hand|hand-built (environments|infrastructure|networks)|the IaaS way of working/i,
    why: 'IaaS can be built from code too (Bicep, Terraform, scripts)',
  },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities a build writes (named and numeric). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Everything a page can show a reader: its text with the tags dropped, and every attribute value (island props hold
 * the questions, explanations and card feedback that appear after an answer; meta tags hold descriptions), decoded,
 * with typographic apostrophes straightened and whitespace collapsed.
 */
function readableText(html: string): string {
  const withoutCode = html.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<style[\s\S]*?<\/style>/gi, ' ');
  const attributeValues = [...withoutCode.matchAll(/\s[\w:.-]+="([^"]*)"/g)].map((match) => match[1]!);
  const text = withoutCode.replace(/<[^>]+>/g, ' ');
  return decodeEntities([text, ...attributeValues].join('\n'))
    .replace(/\\"/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ');
}

/** The definition next to a glossary term, found by the term's visible name. */
function glossaryDefinition(page: Page, term: string): Locator {
  return page.getByRole('heading', { name: term, exact: true }).locator('xpath=following-sibling::p[1]');
}

test('no built page repeats a corrected factual error', () => {
  const offenders: string[] = [];
  for (const path of PAGES) {
    const text = readableText(readFileSync(fileOf(path), 'utf8'));
    for (const { pattern, why } of WRONG) {
      const match = pattern.exec(text);
      if (match) offenders.push(`${path || '/'}: "${text.slice(Math.max(0, match.index - 60), match.index + 80).trim()}" (${why})`);
    }
  }
  expect(offenders).toEqual([]);
  expect(PAGES.length).toBeGreaterThan(20);
});

test('every matrix table on every page says in its caption that it is Microsoft’s classic chart', () => {
  const captions: string[] = [];
  const wrong: string[] = [];
  for (const path of PAGES) {
    const html = readFileSync(fileOf(path), 'utf8');
    for (const match of html.matchAll(/<caption\b[^>]*>([\s\S]*?)<\/caption>/gi)) {
      const caption = decodeEntities(match[1]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
      if (!/who secures each layer/i.test(caption)) continue;
      captions.push(`${path}: ${caption}`);
      if (!CLASSIC_CAPTION.test(caption)) wrong.push(`${path}: ${caption}`);
    }
  }
  expect(wrong).toEqual([]);
  // The lesson tables, the handout, the challenge page, and the slides and notes that reuse them.
  for (const page of ['lessons/the-model-layer-by-layer/', 'lessons/review/', 'print/matrix/', 'exercises/build-the-matrix/', 'present/the-model-layer-by-layer/']) {
    expect(captions.some((caption) => caption.startsWith(`${page}:`)), `${page} shows a captioned matrix`).toBe(true);
  }
});

test.describe('the note on Microsoft’s 2026 revision sits right next to the matrix', () => {
  for (const path of ['lessons/the-model-layer-by-layer/', 'lessons/review/', 'print/matrix/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const table = page.getByRole('table', { name: CLASSIC_CAPTION });
      await expect(table).toBeVisible();
      // The note describes the table for screen readers, and it is drawn directly under it.
      await expect(table).toHaveAccessibleDescription(/January 2026/);
      // The note is the element the table names as its description (a check question may quote the same date).
      const note = page.locator(`[id="${await table.getAttribute('aria-describedby')}"]`);
      await expect(note).toBeVisible();
      await expect(note).toContainText(/revised in January 2026/);
      await expect(note).toContainText('Configurations and settings');
      const tableBox = (await table.boundingBox())!;
      const noteBox = (await note.boundingBox())!;
      expect(noteBox.y - (tableBox.y + tableBox.height)).toBeGreaterThanOrEqual(0);
      expect(noteBox.y - (tableBox.y + tableBox.height)).toBeLessThan(48);
    });
  }

  test('on the slides, the matrix and its note share one slide', async ({ page }) => {
    await page.goto('present/the-model-layer-by-layer/');
    const slides = page.locator('[data-stage] > [data-slide]');
    // The slides show the matrix a band at a time; the note sits under the band that ends the table.
    const index = await slides.evaluateAll((all) =>
      all.findIndex((slide) => slide.querySelector('table[aria-describedby] caption')?.textContent?.startsWith('Microsoft’s classic chart')),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    await page.goto(`present/the-model-layer-by-layer/#slide-${index + 1}`);
    const current = page.locator('[data-stage] > [data-slide]:not([hidden])');
    await expect(current.getByRole('table', { name: CLASSIC_CAPTION })).toBeVisible();
    await expect(current.getByRole('table', { name: CLASSIC_CAPTION })).toHaveAccessibleDescription(/January 2026/);
    await expect(current.getByText(/revised in January 2026/)).toBeVisible();
  });
});

test('Office 365 and Microsoft 365: what was renamed in 2020, and what is still sold', async ({ page }) => {
  await page.goto('lessons/saas-in-practice/');
  const main = page.getByRole('main');
  await expect(main).toContainText('21 April 2020');
  await expect(main).toContainText('Office 365 E1, E3 and E5 are still sold');
  await expect(main).toContainText('add Windows Enterprise and Enterprise Mobility + Security');
  await page.goto('glossary/');
  await expect(glossaryDefinition(page, 'Microsoft 365')).toContainText('Office 365 E1, E3 and E5 are still sold');
  // The identity rename stays as it was: one service, a new name in 2023.
  await expect(glossaryDefinition(page, 'Microsoft Entra ID')).toContainText('renamed it from Azure Active Directory in July 2023');
});

test('multi-factor authentication: available is not the same as enforced, and the defaults are dated', async ({ page }) => {
  await page.goto('lessons/security-is-shared/');
  const main = page.getByRole('main');
  await expect(main).toContainText('Available is not the same as enforced for every case: defaults vary, so check them.');
  await expect(main).toContainText('tenants created on or after 22 October 2019');
  await expect(main).toContainText('since October 2024');
  await page.goto('lessons/choosing-services/');
  await expect(page.getByRole('main')).toContainText('Available is not the same as enforced for every case; defaults vary, so check.');
});

test('PaaS patching: the provider patches, the customer moves off versions that lose support', async ({ page }) => {
  await page.goto('lessons/paas-in-practice/');
  const main = page.getByRole('main');
  await expect(main).toContainText('Language runtime support policy for App Service');
  await expect(main).toContainText('Azure Functions treats its language versions the same way');
  await expect(main).toContainText('an upgrade to a new major version is one the customer starts');
  await page.goto('glossary/');
  await expect(glossaryDefinition(page, 'Database management system')).toContainText('moving to a new major version is usually a step the customer starts');
});

test('SaaS: device tools come from the vendor, device rules from the customer; update timing is the customer’s choice', async ({ page }) => {
  await page.goto('lessons/saas-in-practice/');
  const main = page.getByRole('main');
  await expect(main).toContainText('Deciding and enforcing device security stays Contoso’s');
  await expect(main).toContainText('Targeted release');
  await expect(main).toContainText('Monthly Enterprise Channel');
  // Sign-in rules by location or device need Conditional Access, and its license is named.
  await expect(main.getByRole('link', { name: 'Conditional Access' })).toBeVisible();
  await expect(main).toContainText('requires a Microsoft Entra ID P1 license');
  await page.goto('glossary/');
  await expect(glossaryDefinition(page, 'Conditional Access')).toContainText('Microsoft Entra ID P1 license');
  // The matrix's own reason for the cell, as the answer key prints it.
  await page.goto('print/answer-key/');
  await expect(page.getByRole('main')).toContainText('The vendor may supply tools to manage PCs and phones, but deciding how they must be secured, and enforcing it, stays with you.');
});

test('physical security is the provider’s in its own datacenters; IaaS can be built from code; Google Cloud is named', async ({ page }) => {
  await page.goto('glossary/');
  await expect(glossaryDefinition(page, 'Physical security')).toContainText('the provider protects its own datacenters');
  await expect(glossaryDefinition(page, 'Cloud provider')).toContainText('Google Cloud');
  await page.goto('lessons/iaas-in-practice/');
  await expect(page.getByRole('main')).toContainText('in a Bicep or Terraform file');
  await page.goto('lessons/the-model-layer-by-layer/');
  await expect(page.getByRole('main')).toContainText('Google Cloud’s Architecture Center');
});

test('the lesson on the model teaches where the classic chart is silent', async ({ page }) => {
  await page.goto('lessons/the-model-layer-by-layer/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'Where the classic chart is silent' })).toBeVisible();
  for (const name of ['The hypervisor', 'Runtimes, middleware and database engines', 'The identity row under IaaS']) {
    await expect(main.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  await expect(main).toContainText('It belongs with the physical hosts');
  await expect(main).toContainText('The chart counts them in the applications row');
  await expect(main).toContainText('Every Azure subscription trusts one Microsoft Entra ID tenant');
  await page.goto('lessons/iaas-in-practice/');
  await expect(page.getByRole('main')).toContainText('the tenant behind the subscription is split like the shared cell under PaaS and SaaS');
});
