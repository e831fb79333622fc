// Reads the `_headers` format used by common static hosts (Netlify, Cloudflare Pages):
// a URL pattern on its own line, then indented `Name: value` lines that apply to it.

/** Parses `_headers` text into rules of { pattern, headers }. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    if (separator > 0 && rules.length) {
      rules.at(-1).headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

/** The headers that apply to a path: every rule whose pattern matches, `*` matching any run of characters. */
export function headersFor(rules, pathname) {
  const matched = [];
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`);
    if (pattern.test(pathname)) matched.push(...rule.headers);
  }
  return matched;
}

function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
