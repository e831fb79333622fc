/** Base path the LMS build is made under. */
export const ROOT_SENTINEL: string;
/** The relative path from a site-relative file back to the site root. */
export function rootFrom(file: string): string;
/** Rewrites one text file of the LMS build so that it works under any path. */
export function relativize(file: string, text: string, files: Set<string>): string;
/** URLs in a file that would break under an unknown deep path. */
export function findRootRelativeUrls(file: string, text: string, files: Set<string>): string[];
