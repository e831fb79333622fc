// Display names learners choose. They are shown as text everywhere (never as HTML); this only tidies them.

/** Longest display name kept, in characters. */
export const MAX_NAME_LENGTH = 40;

/**
 * A display name as the session keeps it: control and formatting characters removed (so that a name cannot reorder
 * the text around it), runs of spaces made one, trimmed and cut to MAX_NAME_LENGTH characters. May be empty.
 */
export function cleanName(raw: string): string {
  const cleaned = raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...cleaned].slice(0, MAX_NAME_LENGTH).join('').trim();
}
