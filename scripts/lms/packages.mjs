// The three LMS packages built from one site: which standard each one speaks and what it is called.

/** The launch shell page, relative to the package root. */
export const LAUNCH_FILE = 'lms-launch/index.html';

/** One zip per standard; the shell page learns its standard from `data-lms-standard`. */
export const PACKAGES = [
  { standard: 'scorm12', zipName: 'srm-course-scorm12.zip' },
  { standard: 'scorm2004', zipName: 'srm-course-scorm2004.zip' },
  { standard: 'cmi5', zipName: 'srm-course-cmi5.zip' },
];

/**
 * Files of the built site that no package carries: the static hosts' headers file, and what only the public site's
 * offline copy uses (the web app manifest, its icons, the service worker's page for addresses it did not save). An
 * LMS serves and caches the package itself, and nothing in a package links to these.
 */
export function isPublicSiteOnly(file) {
  return file === '_headers' || file === 'manifest.webmanifest' || file.startsWith('icons/') || file === 'offline/index.html';
}

/** The course facts the shell page carries in `<script id="lms-course">` (title, description, IRI, mastery score). */
export function readCourseInfo(shellHtml) {
  const match = /<script[^>]*id="lms-course"[^>]*>([\s\S]*?)<\/script>/.exec(shellHtml);
  if (!match) throw new Error(`${LAUNCH_FILE} has no #lms-course data`);
  const { title, description, courseIri, masteryScore } = JSON.parse(match[1]);
  return { title, description, courseIri, masteryScore };
}

/**
 * The shell page set to speak `standard`. Its Content-Security-Policy must let it frame the course's own pages and,
 * for cmi5, reach the LRS, whose origin only the launch URL tells.
 */
export function withStandard(shellHtml, standard) {
  const marker = 'data-lms-standard="auto"';
  if (!shellHtml.includes(marker)) throw new Error(`${LAUNCH_FILE} has no ${marker} to set`);
  let html = shellHtml.replace(marker, `data-lms-standard="${standard}"`).replace("frame-src 'none'", "frame-src 'self'");
  if (standard === 'cmi5') html = html.replace("connect-src 'self'", 'connect-src *');
  return html;
}
