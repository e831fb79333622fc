// Every storage key of the course starts with this namespace. On the public site it is `srm-course:`. An LMS serves
// every course it hosts from one origin, so they all share one localStorage: there the namespace also holds the
// package's own path (for example `srm-course@/pluginfile.php/12/mod_scorm/content/1/:`), which differs for every
// uploaded package, so two courses (or two copies of this one) never read each other's progress.

import { LMS_BUILD } from '../lib/progress/build';

/** Whether this is the LMS build (`npm run build:lms`), where pages live under a path the LMS chooses. */
export const IS_LMS_BUILD = LMS_BUILD;

/**
 * The namespace for storage keys on this page: a constant, so that on the public site it is a plain string in the
 * bundle every page loads (a function call there cost bytes the reading budget lacks).
 */
export const STORAGE_NAMESPACE =
  IS_LMS_BUILD && typeof document !== 'undefined'
    ? // In the LMS build BASE_URL is made relative to the page or script at build time; resolving it gives the root.
      `srm-course@${new URL(import.meta.env.BASE_URL, document.baseURI).pathname}:`
    : 'srm-course:';

/** The namespace for storage keys on this page (STORAGE_NAMESPACE). */
export function storageNamespace(): string {
  return STORAGE_NAMESPACE;
}
