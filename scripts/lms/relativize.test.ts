import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findRootRelativeUrls, relativize, rootFrom } from './relativize.mjs';

const files = new Set(['index.html', 'lessons/a/index.html', 'pagefind/pagefind-ui.js', '_astro/app.css', '_astro/app.js', 'favicon.svg']);

describe('relativize', () => {
  it('finds the way back to the root from any depth', () => {
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('lessons/a/index.html')).toBe('../../');
    expect(rootFrom('_astro/app.js')).toBe('../');
  });

  it('makes HTML URLs relative and links pages by their index.html, island props included', () => {
    const html = [
      '<link rel="icon" href="/__srm_lms_root__/favicon.svg">',
      '<a href="/__srm_lms_root__/">Home</a>',
      '<a href="/__srm_lms_root__/lessons/a/#section-2">A</a>',
      '<div data-bundle-path="/__srm_lms_root__/pagefind/"></div>',
      '<astro-island component-url="/__srm_lms_root__/_astro/app.js" props="{&quot;href&quot;:[0,&quot;/__srm_lms_root__/lessons/a/&quot;]}"></astro-island>',
      '<script type="module">const base = "/__srm_lms_root__/"; go(`${base}lessons/a/`);</script>',
    ].join('\n');
    const out = relativize('lessons/a/index.html', html, files);
    expect(out).toContain('href="../../favicon.svg"');
    expect(out).toContain('href="../../index.html"');
    expect(out).toContain('href="../../lessons/a/index.html#section-2"');
    expect(out).toContain('data-bundle-path="../../pagefind/"');
    expect(out).toContain('component-url="../../_astro/app.js"');
    expect(out).toContain('&quot;../../lessons/a/index.html&quot;');
    expect(out).toContain('const base = "../../";');
    expect(findRootRelativeUrls('lessons/a/index.html', out, files)).toEqual([]);
  });

  it('keeps the Content-Security-Policy true to rewritten inline scripts', () => {
    const body = 'const base = "/__srm_lms_root__/";';
    const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' '${hash(body)}' 'sha256-other'"><script type="module">${body}</script>`;
    const out = relativize('index.html', html, files);
    expect(out).toContain(`'${hash('const base = "./";')}'`);
    expect(out).not.toContain(hash(body));
    expect(out).toContain("'sha256-other'");
  });

  it('resolves bundled modules against their own URL and CSS against its own place', () => {
    expect(relativize('_astro/app.js', 'const b="/__srm_lms_root__/";', files)).toBe('const b=new URL("../",import.meta.url).pathname;');
    expect(relativize('_astro/app.js', 'f(`/__srm_lms_root__/pagefind/`)', files)).toBe('f(new URL("../pagefind/",import.meta.url).pathname)');
    // Vite's minified preload helper returns the string right after the keyword: `returnnew URL` would not parse.
    expect(relativize('_astro/app.js', 't=function(e){return"/__srm_lms_root__/"+e}', files)).toBe('t=function(e){return new URL("../",import.meta.url).pathname+e}');
    expect(relativize('_astro/app.css', 'a{background:url(/__srm_lms_root__/favicon.svg)}', files)).toBe('a{background:url(../favicon.svg)}');
  });

  it('reports whatever would break under a deep path', () => {
    const html = '<a href="/lessons/a/">x</a><img src="/favicon.svg"><a href="../lessons/a/">y</a><a href="https://example.org/">z</a>';
    expect(findRootRelativeUrls('lessons/index.html', html, files)).toEqual([
      'lessons/index.html: root-relative href="/lessons/a/"',
      'lessons/index.html: root-relative src="/favicon.svg"',
      'lessons/index.html: directory link href="/lessons/a/"',
      'lessons/index.html: directory link href="../lessons/a/"',
    ]);
    expect(findRootRelativeUrls('_astro/app.css', 'a{background:url("/x.png")}', files)).toEqual(['_astro/app.css: root-relative url(/x.png)']);
    expect(findRootRelativeUrls('_astro/app.js', 'x="/__srm_lms_root__/"', files)).toHaveLength(1);
  });
});
