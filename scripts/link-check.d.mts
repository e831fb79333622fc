/** A link that does not resolve in the built site. */
export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}
/** The site-relative file that serves a path, or undefined. */
export function fileForPath(relativePath: string, files: Set<string>): string | undefined;
/** Checks every href and src of every HTML page. */
export function findBrokenLinks(pages: Map<string, string>, files: Set<string>, base: string): BrokenLink[];
