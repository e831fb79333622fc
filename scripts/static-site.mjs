// Serves a built copy of the course the way a static host would: the base path, the 404 page, the response headers
// listed in the build's `_headers` file, and gzip for text when the browser accepts it. Used by `npm start`
// (scripts/serve.mjs) and by the classroom server (scripts/classroom/server.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** `/course/` from `course`, `/course` or `/course/`; `/` from `/`. */
export function normaliseBase(base) {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/**
 * A request handler for the build in `root` under `base`. `headers(pathname)` gives the headers the build's
 * `_headers` file sets for a path, for a caller that answers some paths itself.
 */
export function createStaticSite({ root, base = '/' }) {
  const basePath = normaliseBase(base);
  const headersPath = join(root, '_headers');
  const headerRules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFoundPage = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : null;
  const serveFile = sirv(root, { dev: false, etag: true, gzip: false, brotli: false, extensions: ['html'] });
  // Static hosts compress text on the fly; so does this server, so that Lighthouse and the browser see what they will.
  const compress = compression();

  const handle = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(headerRules, url.pathname)) response.setHeader(name, value);
    if (!url.pathname.startsWith(basePath)) {
      response.statusCode = 302;
      response.setHeader('Location', basePath);
      response.end();
      return;
    }
    // Static hosts strip the base path before looking up the file.
    request.url = `/${url.pathname.slice(basePath.length)}${url.search}`;
    compress(request, response, () =>
      serveFile(request, response, () => {
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(notFoundPage ?? 'Not found');
      }),
    );
  };
  return { handle, basePath, compress, headers: (pathname) => headersFor(headerRules, pathname) };
}
