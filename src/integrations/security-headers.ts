import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, metaPolicies, renderHeadersFile } from '../lib/security/policy';

/**
 * Writes `_headers` into the build: the CSP of every page merged into one header (so it carries the exact hashes
 * this build produced, plus frame-ancestors), the other security headers and long caching for hashed assets.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'course:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = htmlFiles(outDir).flatMap((file) => metaPolicies(readFileSync(file, 'utf8')));
        if (policies.length === 0) throw new Error('No page carries a Content-Security-Policy: is security.csp set?');
        writeFileSync(join(outDir, '_headers'), renderHeadersFile({ base, csp: mergePolicies(policies) }));
        logger.info(`_headers written with the CSP of ${policies.length} pages`);
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
