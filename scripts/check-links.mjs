#!/usr/bin/env node
// Checks every internal link of a built site. Usage: node scripts/check-links.mjs [dir] [base]
// With SITE_URL set, it also checks that every page declares its canonical URL under that site and base.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findBrokenLinks } from './link-check.mjs';

const dir = process.argv[2] || process.env.OUT_DIR || 'dist';
const rawBase = process.argv[3] || process.env.BASE_PATH || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const files = new Set();
const pages = new Map();
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const rel = relative(dir, path).split('\\').join('/');
      files.add(rel);
      if (rel.endsWith('.html')) pages.set(rel, readFileSync(path, 'utf8'));
    }
  }
};
walk(dir);

const problems = findBrokenLinks(pages, files, base).map(({ page, link, problem }) => `${page}: ${link} — ${problem}`);
const site = process.env.SITE_URL;
if (site) {
  for (const [page, html] of pages) {
    if (page === '404.html') continue;
    const expected = new URL(base + page.replace(/index\.html$/, ''), site).href;
    if (!html.includes(`<link rel="canonical" href="${expected}"`)) problems.push(`${page}: missing canonical URL ${expected}`);
  }
}

if (problems.length) {
  console.error(`Broken links in ${dir} (base ${base}):\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`Links OK: ${pages.size} pages in ${dir} checked under base ${base}${site ? `, canonical URLs under ${site}` : ''}.`);
