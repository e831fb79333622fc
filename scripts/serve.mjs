#!/usr/bin/env node
// Serves a built copy of the course on localhost, the way a static host would: the base path, the 404 page,
// the response headers listed in the build's `_headers` file, and gzip for text when the browser accepts it.
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
    port: { type: 'string', default: process.env.PORT || '4321' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
  },
});

const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const headersPath = join(root, '_headers');
const headerRules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const notFoundPage = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : null;
const serveFile = sirv(root, { dev: false, etag: true, gzip: false, brotli: false, extensions: ['html'] });
// Static hosts compress text on the fly; so does this server, so that Lighthouse and the browser see what they will.
const compress = compression();

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  for (const [name, value] of headersFor(headerRules, url.pathname)) response.setHeader(name, value);
  if (!url.pathname.startsWith(base)) {
    response.statusCode = 302;
    response.setHeader('Location', base);
    response.end();
    return;
  }
  // Static hosts strip the base path before looking up the file.
  request.url = `/${url.pathname.slice(base.length)}${url.search}`;
  compress(request, response, () =>
    serveFile(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFoundPage ?? 'Not found');
    }),
  );
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Course running at http://localhost:${values.port}${base}`);
});
