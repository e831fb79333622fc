// The XSD "control files" a SCORM package carries at its root: the schemas its manifest names in xsi:schemaLocation,
// with the files they include or import (and the DTDs those name). They come from the official ADL/IMS schemas that
// `npm ci` unpacks (scripts/lms/fetch-schemas.mjs); without them the build stops rather than ship a package that the
// ADL conformance test suite fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCORM_SCHEMA_DIR } from './schemas.mjs';

/** The folder of the schema set each SCORM standard uses. */
const EDITIONS = { scorm12: 'scorm12edition', scorm2004: 'scorm20044thedition' };

/** The control files of `standard` as [file name, bytes], sorted; none for cmi5. Throws when the schemas are missing. */
export function controlFiles(standard, schemaDir = SCORM_SCHEMA_DIR) {
  const edition = EDITIONS[standard];
  if (!edition) return [];
  const dir = join(schemaDir, edition);
  if (!existsSync(dir)) {
    throw new Error(`The SCORM schemas are not in ${dir}: run npm run setup:schemas (it fetches them once from the npm registry), then build again.`);
  }
  return readdirSync(dir)
    .filter((name) => /\.(xsd|dtd)$/.test(name))
    .sort()
    .map((name) => [name, readFileSync(join(dir, name))]);
}
