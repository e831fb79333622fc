// Which build this code runs in. Attempts trimmed from LMS resume data (`trimmed`, model.ts) exist only in the LMS
// packages, so the code that reads them is left out of the public site's bundles, where every byte on every page
// counts against the reading budget.

/** Whether this is the LMS build (`npm run build:lms`); a constant, so the public build drops what depends on it. */
export const LMS_BUILD = import.meta.env.PUBLIC_LMS_BUILD === 'true';
