import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSW, getManifest } from 'workbox-build';
import {
  CACHE_ID,
  OFFLINE_PAGE,
  SELF_REMOVING_WORKER,
  buildDate,
  formatSize,
  formatVersionDate,
  offlineCopyEnabled,
  precacheFileOptions,
  withOfflineFacts,
  workerOptions,
} from './offline-copy.mjs';

describe('formatSize', () => {
  it('gives megabytes with one decimal, and kilobytes below one megabyte', () => {
    expect(formatSize(2_894_979)).toBe('2.8 MB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(formatSize(850 * 1024)).toBe('850 KB');
    expect(formatSize(10)).toBe('1 KB');
  });
});

describe('buildDate and formatVersionDate', () => {
  it('takes SOURCE_DATE_EPOCH when set, else the time of the build', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(buildDate({ SOURCE_DATE_EPOCH: '1780000000' }, now).toISOString()).toBe('2026-05-28T20:26:40.000Z');
    expect(buildDate({}, now)).toBe(now);
    expect(buildDate({ SOURCE_DATE_EPOCH: 'yesterday' }, now)).toBe(now);
  });

  it('writes the date in words, in UTC, like the progress page', () => {
    expect(formatVersionDate(new Date('2026-12-03T23:30:00Z'))).toBe('December 3, 2026');
  });
});

describe('offlineCopyEnabled', () => {
  it('is on unless OFFLINE_COPY=off', () => {
    expect(offlineCopyEnabled({})).toBe(true);
    expect(offlineCopyEnabled({ OFFLINE_COPY: 'on' })).toBe(true);
    expect(offlineCopyEnabled({ OFFLINE_COPY: 'off' })).toBe(false);
    expect(offlineCopyEnabled({ OFFLINE_COPY: ' OFF ' })).toBe(false);
  });
});

describe('withOfflineFacts', () => {
  const page = [
    '<section class="offline-control" data-offline-control data-offline-files="" data-offline-bytes="" data-offline-version="">',
    '<p>It takes <span data-offline-size data-astro-cid-x>a few megabytes</span> of storage.</p>',
    '</section>',
  ].join('');

  it('writes the file count, bytes, size in words and version into the control', () => {
    const html = withOfflineFacts(page, { files: 90, bytes: 2_894_979, version: 'December 3, 2026' });
    expect(html).toContain('data-offline-files="90" data-offline-bytes="2894979" data-offline-version="December 3, 2026"');
    expect(html).toContain('<span data-offline-size data-astro-cid-x>2.8 MB</span>');
  });

  it('replaces earlier facts when run again, and leaves pages without the control alone', () => {
    const once = withOfflineFacts(page, { files: 90, bytes: 2_894_979, version: 'December 3, 2026' });
    const twice = withOfflineFacts(once, { files: 91, bytes: 500_000, version: 'January 5, 2027' });
    expect(twice).toContain('data-offline-files="91" data-offline-bytes="500000" data-offline-version="January 5, 2027"');
    expect(twice).toContain('>488 KB</span>');
    const other = '<p data-offline-files="1">Not a control</p>';
    expect(withOfflineFacts(other, { files: 9, bytes: 9, version: 'x' })).toBe(other);
  });
});

describe('the Workbox options, on a small built site', () => {
  let site: string;
  const files: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    'lessons/a/index.html': '<h1>A</h1>',
    [OFFLINE_PAGE]: '<h1>This page needs a connection</h1>',
    '404.html': '<h1>Not found</h1>',
    '_headers': '/*\n  X-Frame-Options: DENY\n',
    'robots.txt': 'User-agent: *',
    'sw.js': '// an earlier worker',
    '_astro/app.AbC123.js': 'console.log(1)',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-ui.js': 'window.PagefindUI = class {}',
    'pagefind/pagefind-component-ui.js': '// unused',
    'pagefind/pagefind-modular-ui.css': '/* unused */',
    'pagefind/pagefind-highlight.js': '// unused',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/index/en_1a2b3c.pf_index': 'index',
    'pagefind/fragment/en_4d5e6f.pf_fragment': 'fragment',
  };

  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'offline-copy-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), text);
    }
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('precaches every page, script and search file, and leaves out host files and unused search interfaces', async () => {
    const { manifestEntries } = await getManifest(precacheFileOptions(site));
    const entries = Object.fromEntries((manifestEntries ?? []).map((entry) => [entry.url, entry.revision]));
    expect(Object.keys(entries).sort()).toEqual([
      '_astro/app.AbC123.js',
      'index.html',
      'lessons/a/index.html',
      'offline/index.html',
      'pagefind/fragment/en_4d5e6f.pf_fragment',
      'pagefind/index/en_1a2b3c.pf_index',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
    // Content-hashed names are their own revision; the others carry one.
    expect(entries['_astro/app.AbC123.js']).toBeNull();
    expect(entries['pagefind/index/en_1a2b3c.pf_index']).toBeNull();
    expect(entries['index.html']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('generates one self-contained worker that waits for the reload and falls back to the offline page', async () => {
    const { count, filePaths } = await generateSW(workerOptions(site));
    expect(count).toBe(9);
    expect(filePaths).toEqual([join(site, 'sw.js')]);
    const worker = readFileSync(join(site, 'sw.js'), 'utf8');
    expect(worker).not.toContain('importScripts');
    expect(worker).toContain('fallbackURL:"offline/index.html"');
    expect(worker).toContain(`prefix:"${CACHE_ID}"`);
    // skipWaiting only on the SKIP_WAITING message, which the control sends when the learner reloads for the update.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
  }, 60_000);
});

describe('SELF_REMOVING_WORKER', () => {
  it("deletes only the course's own caches for its scope, then unregisters", () => {
    expect(SELF_REMOVING_WORKER).toContain(`name.startsWith('${CACHE_ID}-') && name.endsWith(scope)`);
    expect(SELF_REMOVING_WORKER).toContain('self.registration.unregister()');
    expect(SELF_REMOVING_WORKER).not.toMatch(/cache\.(put|add)/);
  });
});

describe('public/manifest.webmanifest', () => {
  const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8'));
  const css = readFileSync('src/styles/global.css', 'utf8');
  const token = (name: string) => /light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/.exec(new RegExp(`--${name}: ([^;]+);`).exec(css)![1]!)!.slice(1);

  it("takes its colours from the course's design tokens, for the light and the dark system setting", () => {
    const [lightBackground, darkBackground] = token('bg');
    const [lightAccent] = token('accent');
    expect(manifest.background_color).toBe(lightBackground);
    expect(manifest.theme_color).toBe(lightAccent);
    expect(manifest.color_scheme_dark).toEqual({ theme_color: darkBackground, background_color: darkBackground });
  });

  it('resolves start_url, scope and icons against its own address, so they follow the base path', () => {
    const at = new URL('https://example.org/course/manifest.webmanifest');
    expect(new URL(manifest.start_url, at).href).toBe('https://example.org/course/');
    expect(new URL(manifest.scope, at).href).toBe('https://example.org/course/');
    for (const icon of manifest.icons) expect(new URL(icon.src, at).pathname.startsWith('/course/'), icon.src).toBe(true);
  });
});
