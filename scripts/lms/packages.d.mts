/** The launch shell page, relative to the package root. */
export const LAUNCH_FILE: string;
/** One zip per standard. */
export const PACKAGES: { standard: 'scorm12' | 'scorm2004' | 'cmi5'; zipName: string }[];
/** The course facts the shell page carries. */
export function readCourseInfo(shellHtml: string): { title: string; description: string; courseIri: string; masteryScore: number };
/** The shell page set to speak `standard`. */
export function withStandard(shellHtml: string, standard: string): string;
