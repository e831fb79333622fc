#!/usr/bin/env node
// Draws the web app manifest's PNG icons from the course's logo (public/favicon.svg) with headless Chromium, into
// public/icons/. The PNGs are committed; run this again (npm run icons) after changing the logo.
// Usage: node scripts/offline/make-icons.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from '../bench/site.mjs';

const logo = readFileSync('public/favicon.svg', 'utf8');
const inner = logo.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
// "any" icons: the logo as it is, with a little room around it. The maskable icon fills its square (launchers crop it
// to a circle or a rounded shape), so the logo sits, white on the course's blue, inside the central safe zone.
const anyIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 36 36">${inner}</svg>`;
const maskableInner = inner.replace('fill="#1d4ed8"', 'fill="#ffffff"').replace('fill="#fff" opacity=".85"', 'fill="#1d4ed8"');
const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d4ed8"/><g transform="translate(16 16) scale(0.58) translate(-16 -16)">${maskableInner}</g></svg>`;

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, svg: anyIcon },
  { file: 'public/icons/icon-512.png', size: 512, svg: anyIcon },
  { file: 'public/icons/icon-maskable-512.png', size: 512, svg: maskableIcon },
];

mkdirSync('public/icons', { recursive: true });
const browser = await launchChromium();
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`Wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
