import { storageKeyExpression } from './storage-key-expression';

/** localStorage key of saved progress, where settings.instructorMode lives (same as PROGRESS_KEY in progress.ts). */
export const INSTRUCTOR_MODE_SOURCE_KEY = 'srm-course:progress';

/**
 * Runs in <head> before the first paint: marks <html data-instructor-mode> when the learner's progress has instructor
 * mode on, so the banner shows through CSS alone and learners' pages load no script for it. The progress is the copy
 * this tab carries in window.name while storage cannot keep it (the progress store's `${key}=` payload), as on every
 * other page, else the saved one. Kept as a string so the same text can be inlined and hashed for the
 * Content-Security-Policy. Anything unreadable means "off". `lmsBase`: the LMS build's base path, whose packages keep
 * progress under a key of their own (null on the public site).
 */
export function instructorBootScript(lmsBase: string | null): string {
  return `(function(){try{var k=${storageKeyExpression(
    'progress',
    lmsBase,
  )},n=name,p=JSON.parse(n.indexOf(k+"=")?localStorage.getItem(k):n.slice(k.length+1));p.settings.instructorMode===true&&document.documentElement.setAttribute("data-instructor-mode","")}catch(e){}})()`;
}

/** The instructor-mode boot script of the public site. */
export const INSTRUCTOR_BOOT_SCRIPT = instructorBootScript(null);
