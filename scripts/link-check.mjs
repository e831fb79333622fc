// Finds broken internal links in a built static site: missing pages or files, missing #anchors, and links that
// escape the base path. Pure: it works on a map of file contents, so it is unit-tested without a build.

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Decodes the few entities Astro writes inside attribute values. */
function decodeAttribute(value) {
  return value.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The site-relative file that serves a path, or undefined when none does (`lessons/x/` → `lessons/x/index.html`). */
export function fileForPath(relativePath, files) {
  const candidates = relativePath === '' || relativePath.endsWith('/')
    ? [`${relativePath}index.html`]
    : [relativePath, `${relativePath}/index.html`, `${relativePath}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Checks every href and src of every HTML page.
 * @param {Map<string, string>} pages site-relative HTML file → its text
 * @param {Set<string>} files every site-relative file
 * @param {string} base the base path the site is served under, e.g. `/` or `/course/`
 * @returns {{ page: string, link: string, problem: string }[]}
 */
export function findBrokenLinks(pages, files, base) {
  const origin = 'http://site.invalid';
  const idsByFile = new Map();
  const idsOf = (file) => {
    if (!idsByFile.has(file)) idsByFile.set(file, new Set([...(pages.get(file) ?? '').matchAll(ID)].map((m) => decodeAttribute(m[1]))));
    return idsByFile.get(file);
  };
  const broken = [];
  for (const [file, html] of pages) {
    const pageUrl = new URL(base + file.replace(/index\.html$/, ''), origin);
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const link = decodeAttribute(raw);
      // Other schemes (https:, mailto:, data:) are not ours to check.
      if (!link || /^[a-z][a-z0-9+.-]*:/i.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: file, link, problem: `points outside the base path ${base}` });
        continue;
      }
      const target = fileForPath(decodeURIComponent(url.pathname.slice(base.length)), files);
      if (!target) {
        broken.push({ page: file, link, problem: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page: file, link, problem: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return broken;
}
