import { describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT } from '../../stores/theme-boot';
import { allowConnectTo, astroCspConfig, mergePolicies, metaPolicies, parsePolicy, renderHeadersFile, sha256Source } from './policy';

describe('sha256Source', () => {
  it('gives the CSP source browsers compute for an inline script', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(sha256Source(THEME_BOOT_SCRIPT)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});

describe('mergePolicies', () => {
  it('unites the sources of each directive, keeps their order and adds header-only directives', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
  });

  it('never adds unsafe-inline or unsafe-eval on its own', () => {
    const merged = parsePolicy(mergePolicies(["script-src 'self' 'wasm-unsafe-eval'"]));
    expect(merged.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('metaPolicies', () => {
  it('reads the policy from the meta tags Astro writes, decoding entities', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;; style-src 'self'"></head>`;
    expect(metaPolicies(html)).toEqual(["script-src 'self'; style-src 'self'"]);
    expect(metaPolicies('<meta name="description" content="x">')).toEqual([]);
  });
});

describe('renderHeadersFile', () => {
  it('applies the policy to every path under the base and caches hashed assets for a year', () => {
    const text = renderHeadersFile({ base: '/course', csp: "default-src 'self'" });
    expect(text).toContain("/course/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(text).toContain('  X-Content-Type-Options: nosniff');
    expect(text).toContain('  Referrer-Policy: no-referrer');
    expect(text).toContain('  Permissions-Policy: ');
    expect(text).toContain('/course/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(renderHeadersFile({ base: '/', csp: 'x' }).split('\n')[1]).toBe('/*');
  });
});

describe('astroCspConfig', () => {
  it('hashes the hand-written inline scripts and allows no inline script or eval', () => {
    const config = astroCspConfig(['alert(1)']);
    expect(config.scriptDirective?.hashes).toEqual(['sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=']);
    const sources = [...(config.scriptDirective?.resources ?? []), ...(config.styleDirective?.resources ?? [])].map(String);
    expect(sources.filter((source) => /unsafe-inline|'unsafe-eval'/.test(source))).toEqual([]);
    expect(config.directives.join(';')).not.toMatch(/https?:|\*/);
  });
});

describe('allowConnectTo', () => {
  it('adds one source to connect-src and leaves every other directive as it was', () => {
    const policy = "default-src 'self'; connect-src 'self'; script-src 'self' 'sha256-a'";
    expect(allowConnectTo(policy, 'ws://192.168.1.5:4330')).toBe(
      "default-src 'self'; connect-src 'self' ws://192.168.1.5:4330; script-src 'self' 'sha256-a'",
    );
    expect(allowConnectTo("default-src 'self'", 'ws://localhost:1')).toBe("default-src 'self'; connect-src 'self' ws://localhost:1");
  });
});
