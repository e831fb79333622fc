// The theme boot script lives apart from theme.ts so that the theme picker's bundle, which imports theme.ts, does not
// carry the code that builds this string.
import { THEME_STORAGE_KEY } from './theme';

/**
 * Runs in <head> before the first paint so the page never flashes the wrong theme.
 * Kept as a string so the same text can be inlined and hashed for the Content-Security-Policy.
 */
export const THEME_BOOT_SCRIPT = `(function(){document.documentElement.classList.add("js");var c;try{c=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)})}catch(e){}var d=c==='dark'||(c!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light'})()`;
