import type { IncomingMessage, ServerResponse } from 'node:http';
/** `/course/` from `course`, `/course` or `/course/`. */
export function normaliseBase(base: string): string;
/** A request handler for a built site, and the `_headers` rules it applies. */
export function createStaticSite(options: { root: string; base?: string }): {
  handle(request: IncomingMessage, response: ServerResponse): void;
  basePath: string;
  compress(request: IncomingMessage, response: ServerResponse, next: () => void): void;
  headers(pathname: string): [string, string][];
};
