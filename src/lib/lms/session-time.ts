// Session time as each standard wants it; an LMS rejects the other standard's format.

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS` (hours padded to four digits, at most 9999). */
export function scorm12SessionTime(milliseconds: number): string {
  const total = Math.min(Math.max(0, Math.floor(milliseconds / 1000)), 9999 * 3600 + 59 * 60 + 59);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** SCORM 2004 timeinterval and xAPI duration: ISO 8601 `PT#H#M#S`, to the hundredth of a second. */
export function iso8601Duration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}
