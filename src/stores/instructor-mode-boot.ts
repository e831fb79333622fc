import { storageKeyExpression } from './storage-key-expression';

/** localStorage key of saved progress, where settings.instructorMode lives (same as PROGRESS_KEY in progress.ts). */
export const INSTRUCTOR_MODE_SOURCE_KEY = 'srm-course:progress';

/**
 * Runs in <head> before the first paint: marks <html data-instructor-mode> when saved progress has instructor mode on,
 * so the banner shows through CSS alone and learners' pages load no script for it. Kept as a string so the same text
 * can be inlined and hashed for the Content-Security-Policy. Anything unreadable means "off". `lmsBase`: the LMS
 * build's base path, whose packages keep progress under a key of their own (null on the public site).
 */
export function instructorBootScript(lmsBase: string | null): string {
  return `(function(){try{var p=JSON.parse(localStorage.getItem(${storageKeyExpression(
    'progress',
    lmsBase,
  )}));if(p&&p.settings&&p.settings.instructorMode===true)document.documentElement.setAttribute("data-instructor-mode","")}catch(e){}})()`;
}

/** The instructor-mode boot script of the public site. */
export const INSTRUCTOR_BOOT_SCRIPT = instructorBootScript(null);
