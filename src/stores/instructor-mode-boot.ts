/** localStorage key of saved progress, where settings.instructorMode lives (same as PROGRESS_KEY in progress.ts). */
export const INSTRUCTOR_MODE_SOURCE_KEY = 'srm-course:progress';

/**
 * Runs in <head> before the first paint: marks <html data-instructor-mode> when saved progress has instructor mode on,
 * so the banner shows through CSS alone and learners' pages load no script for it. Kept as a string so the same text
 * can be inlined and hashed for the Content-Security-Policy. Anything unreadable means "off".
 */
export const INSTRUCTOR_BOOT_SCRIPT = `(function(){try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(
  INSTRUCTOR_MODE_SOURCE_KEY,
)}));if(p&&p.settings&&p.settings.instructorMode===true)document.documentElement.setAttribute("data-instructor-mode","")}catch(e){}})()`;
