// An LMS serves a package from a deep path it chooses (for example /pluginfile.php/12/mod_scorm/content/1/) with a
// plain file server: root-relative URLs and directory links break there. The LMS build is made under a sentinel base
// path; this step turns every sentinel URL into one relative to the file that holds it, and page directories into
// their index.html. Where that changes an inline script, the page's Content-Security-Policy gets the new hash.
import { createHash } from 'node:crypto';

/** Base path the LMS build is made under; no real URL contains it. */
export const ROOT_SENTINEL = '/__srm_lms_root__/';

const SENTINEL_URL = /\/__srm_lms_root__\/([^"'\s<>()\\`&#?]*)/g;
// A whole string literal (bundlers also write plain strings as template literals) starting with the sentinel.
const SENTINEL_STRING = /(["'`])\/__srm_lms_root__\/([^"'`\\\n$]*)\1/g;
const SCRIPT_ELEMENT = /(<script\b[^>]*>)([\s\S]*?)(<\/script>)/gi;

/** The relative path from a file (site-relative, e.g. `lessons/a/index.html`) back to the site root. */
export function rootFrom(file) {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

function urlRewriter(root, files, linkToFiles) {
  return (_match, path) => {
    const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    return linkToFiles && target !== path && files.has(target) ? `${root}${target}` : `${root}${path}`;
  };
}

/**
 * Rewrites one text file of the build. HTML attributes (including island props) get file links; script bodies only
 * get the relative root, because there the sentinel is a prefix that code appends to. CSS is made relative to its
 * own location; JS modules get an expression resolved against their own URL. `files` holds every site-relative
 * file path of the build.
 */
export function relativize(file, text, files) {
  const root = rootFrom(file);
  if (file.endsWith('.css')) return text.replace(SENTINEL_URL, urlRewriter(root, files, false));
  if (/\.m?js$/.test(file)) {
    // A bundled module is shared by pages at every depth: resolve the root against the module's own URL at run time.
    // Minified code may put the string right after a keyword (`return"/…"+e`): the expression keeps them apart.
    return text.replace(SENTINEL_STRING, (_match, _quote, path, offset) => {
      const glued = /[\w$]/.test(text[offset - 1] ?? '');
      return `${glued ? ' ' : ''}new URL(${JSON.stringify(`${root}${path}`)},import.meta.url).pathname`;
    });
  }
  if (!file.endsWith('.html')) return text;
  const scripts = [];
  const hashes = new Map();
  const withoutScripts = text.replace(SCRIPT_ELEMENT, (_match, open, body, close) => {
    const rewritten = body.replaceAll(ROOT_SENTINEL, root);
    if (rewritten !== body) hashes.set(`'${sha256(body)}'`, `'${sha256(rewritten)}'`);
    scripts.push(rewritten);
    return `${open}\u0000${scripts.length - 1}\u0000${close}`;
  });
  let html = withoutScripts
    .replace(SENTINEL_URL, urlRewriter(root, files, true))
    .replace(/\u0000(\d+)\u0000/g, (_match, index) => scripts[Number(index)]);
  for (const [before, after] of hashes) html = html.replaceAll(before, after);
  return html;
}

const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

const ROOT_RELATIVE_ATTRIBUTE = /\s(href|src|action|poster|srcset|component-url|renderer-url|before-hydration-url|data-bundle-path)="(\/[^"]*)"/gi;
const ROOT_RELATIVE_CSS = /url\(\s*['"]?(\/[^'")]*)/gi;

/**
 * Finds URLs that would break under an unknown deep path: any sentinel left over, root-relative attributes in
 * HTML, root-relative `url()` in CSS and links to a directory (which a plain file server cannot serve).
 */
export function findRootRelativeUrls(file, text, files) {
  const problems = [];
  if (text.includes(ROOT_SENTINEL)) problems.push(`${file}: still contains ${ROOT_SENTINEL}`);
  if (file.endsWith('.css')) {
    for (const match of text.matchAll(ROOT_RELATIVE_CSS)) problems.push(`${file}: root-relative url(${match[1]})`);
  }
  if (file.endsWith('.html')) {
    const markup = text.replace(SCRIPT_ELEMENT, '$1$3');
    for (const match of markup.matchAll(ROOT_RELATIVE_ATTRIBUTE)) {
      if (!match[2].startsWith('//')) problems.push(`${file}: root-relative ${match[1]}="${match[2]}"`);
    }
    for (const match of markup.matchAll(/\shref="([^"#?:]*\/)(?:[#?][^"]*)?"/gi)) {
      const resolved = new URL(match[1], `http://x/${file}`).pathname.slice(1);
      if (files.has(`${resolved}index.html`)) problems.push(`${file}: directory link href="${match[1]}"`);
    }
  }
  return problems;
}
