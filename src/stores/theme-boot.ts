// The theme boot script lives apart from theme.ts so that the theme picker's bundle, which imports theme.ts, does not
// carry the code that builds this string.
import { storageKeyExpression } from './storage-key-expression';

/**
 * Runs in <head> before the first paint so the page never flashes the wrong theme. Kept as a string so the same text
 * can be inlined and hashed for the Content-Security-Policy. `lmsBase`: the LMS build's base path, whose packages
 * keep the theme under a key of their own (null on the public site).
 */
export function themeBootScript(lmsBase: string | null): string {
  // Written short, with the same quotes and strings as the theme picker's minified script: every page carries both,
  // and the budget counts them compressed together.
  return `(function(){var h=document.documentElement,c;h.classList.add("js");try{c=localStorage.getItem(${storageKeyExpression(
    'theme',
    lmsBase,
  )})}catch(e){}h.dataset.theme=c==\`dark\`||c!=\`light\`&&matchMedia(\`(prefers-color-scheme: dark)\`).matches?\`dark\`:\`light\`})()`;
}

/** The theme boot script of the public site. */
export const THEME_BOOT_SCRIPT = themeBootScript(null);
