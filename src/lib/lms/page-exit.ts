// What the launch shell does with its LMS session when its page goes away. `pagehide` cannot tell a reload from a
// close, but `pageswap` (Baseline 2026) fires just before it whenever the shell's own document is replaced by a
// navigation, and names the navigation's type. A close, or a reload of the LMS page around the shell, fires none.

/** Keep the LMS session open for the reloaded page, or end it now. */
export type SessionExit = 'keep' | 'end';

/** Keeps the session only on a reload of the shell itself; null means no pageswap fired (a close, or no support). */
export function sessionExit(swapNavigationType: string | null): SessionExit {
  return swapNavigationType === 'reload' ? 'keep' : 'end';
}
