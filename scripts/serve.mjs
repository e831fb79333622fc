#!/usr/bin/env node
// Serves a built copy of the course on localhost, the way a static host would (scripts/static-site.mjs).
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticSite } from './static-site.mjs';

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
const site = createStaticSite({ root, base: values.base });
const server = createServer(site.handle);

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Course running at http://localhost:${values.port}${site.basePath}`);
});
