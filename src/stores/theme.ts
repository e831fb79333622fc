/** localStorage key of the learner's theme choice (namespaced; the course never touches other keys). */
export const THEME_STORAGE_KEY = 'srm-course:theme';

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
