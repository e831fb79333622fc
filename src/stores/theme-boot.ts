// The theme boot script lives apart from theme.ts so that the theme picker's bundle, which imports theme.ts, does not
// carry the code that builds this string.
import { storageKeyExpression } from './storage-key-expression';

/**
 * Runs in <head> before the first paint so the page never flashes the wrong theme. Kept as a string so the same text
 * can be inlined and hashed for the Content-Security-Policy. `lmsBase`: the LMS build's base path, whose packages
 * keep the theme under a key of their own (null on the public site).
 */
export function themeBootScript(lmsBase: string | null): string {
  return `(function(){document.documentElement.classList.add("js");var c;try{c=localStorage.getItem(${storageKeyExpression(
    'theme',
    lmsBase,
  )})}catch(e){}var d=c==='dark'||(c!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light'})()`;
}

/** The theme boot script of the public site. */
export const THEME_BOOT_SCRIPT = themeBootScript(null);
