import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

// The course's security policy in one place: astro.config.mjs feeds the CSP parts to Astro (which adds the hashes of
// its own scripts and styles to a <meta> tag on every page) and the build writes the same policy, plus what only a
// header can carry, into `_headers` for static hosts.

/** CSP directives besides script-src/style-src (Astro owns those two and adds its hashes to them). */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
];

/** script-src sources: own files only; Pagefind's search compiles WebAssembly, which needs 'wasm-unsafe-eval'. */
export const SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** style-src sources: own files only (Astro adds hashes of the styles it inlines). */
export const STYLE_SOURCES: readonly string[] = ["'self'"];

/** Directives a <meta> CSP cannot carry; they are only sent as a header. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** Response headers sent with every file besides the CSP. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)',
  ],
];

/** Cache rule for Astro's content-hashed assets: safe to keep for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Astro's `security.csp` setting: our directives and sources, plus the hashes of the inline scripts we write by hand. */
export function astroCspConfig(inlineScripts: readonly string[]): CspConfig {
  return {
    directives: CSP_DIRECTIVES as CspConfig['directives'],
    scriptDirective: {
      resources: [...SCRIPT_SOURCES],
      hashes: inlineScripts.map((text) => sha256Source(text).slice(1, -1) as `sha256-${string}`),
    },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean> & {
  directives: NonNullable<Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>['directives']>;
};

/** The CSP source for a script or style text, e.g. `'sha256-…'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Parses a policy (`a x y; b z`) into directive names and their sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const known = directives.get(name.toLowerCase()) ?? [];
    for (const source of sources) if (!known.includes(source)) known.push(source);
    directives.set(name.toLowerCase(), known);
  }
  return directives;
}

/**
 * One policy that allows everything each page's own policy allows (the union of the hashes Astro put in each page's
 * <meta>), plus the header-only directives. Sent as a header, it still only admits scripts the build produced.
 */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = HEADER_ONLY_DIRECTIVES): string {
  const merged = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      merged.set(name, known);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The text of a `_headers` file (Netlify, Cloudflare Pages) for a site served under `base`. */
export function renderHeadersFile(options: { base: string; csp: string }): string {
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const all = [['Content-Security-Policy', options.csp], ...SECURITY_HEADERS];
  return [
    '# Written by the build (src/integrations/security-headers.ts) from src/lib/security/policy.ts. Do not edit.',
    `${base}*`,
    ...all.map(([name, value]) => `  ${name}: ${value}`),
    `${base}_astro/*`,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
    '',
  ].join('\n');
}

/** The content of every `<meta http-equiv="content-security-policy">` in an HTML document. */
export function metaPolicies(html: string): string[] {
  const policies: string[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value) policies.push(value.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  return policies;
}

/**
 * The policy with `source` added to connect-src, for the classroom server's live pages: their WebSocket goes back to
 * the server that sent them (`ws://host:port`), and nowhere else.
 */
export function allowConnectTo(policy: string, source: string): string {
  const directives = parsePolicy(policy);
  const connect = directives.get('connect-src') ?? ["'self'"];
  if (!connect.includes(source)) connect.push(source);
  directives.set('connect-src', connect);
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
