/** What a SCORM manifest needs. */
export interface ScormManifestOptions {
  identifier: string;
  version: string;
  title: string;
  launch: string;
  files: string[];
}
/** Escapes text for XML. */
export function xmlEscape(text: string): string;
/** imsmanifest.xml for SCORM 1.2. */
export function scorm12Manifest(options: ScormManifestOptions): string;
/** imsmanifest.xml for SCORM 2004 4th edition. */
export function scorm2004Manifest(options: ScormManifestOptions): string;
/** cmi5.xml. */
export function cmi5CourseStructure(options: { courseIri: string; title: string; description: string; launch: string; masteryScore: number; language?: string }): string;
