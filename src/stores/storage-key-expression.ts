// The inline scripts in <head> read storage before any module loads, so they cannot import storageNamespace(): they
// get the key as a JavaScript expression instead. On the public site it is a plain string; in the LMS build it is
// worked out from the page's own address, as storageNamespace() does, with the build's base path, which the packager
// turns into a path relative to each page (scripts/lms/relativize.mjs).

/** A JavaScript expression giving the storage key `name` for the public site (`lmsBase` null) or the LMS build. */
export function storageKeyExpression(name: string, lmsBase: string | null): string {
  if (lmsBase === null) return JSON.stringify(`srm-course:${name}`);
  return `"srm-course@"+new URL(${JSON.stringify(lmsBase)},document.baseURI).pathname+${JSON.stringify(`:${name}`)}`;
}
