/**
 * localStorage key of the learner's theme choice, in the namespace storageNamespace() gives (per package in the LMS
 * build). Written out rather than imported: every page loads the theme picker, and importing storage-namespace.ts
 * here split it into a chunk of its own, one more request on every page. The public build keeps only the string.
 */
export const THEME_STORAGE_KEY =
  import.meta.env.PUBLIC_LMS_BUILD === 'true'
    ? `srm-course@${new URL(import.meta.env.BASE_URL, document.baseURI).pathname}:theme`
    : 'srm-course:theme';

/** A theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** The saved choice, or `auto` when none is saved or storage is unavailable. */
export function readThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'auto';
  } catch {
    return 'auto';
  }
}

/** Remembers the choice; `auto` forgets it so the system setting applies again. */
export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the choice still applies for this visit.
  }
}
