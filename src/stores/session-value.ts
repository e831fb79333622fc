// JSON values in sessionStorage, which lives as long as the browser tab: what a reloaded page needs to carry on (the
// LMS session, the presenter's clock). Blocked or full storage never throws here.

/** The parsed JSON under `storageKey` in sessionStorage, or null (none, unreadable, or storage blocked). */
export function readSessionValue(storageKey: string): unknown {
  try {
    return JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null');
  } catch {
    return null;
  }
}

/** Writes `value` as JSON under `storageKey`; false when sessionStorage is blocked or full. */
export function writeSessionValue(storageKey: string, value: unknown): boolean {
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
