// The short code learners type to join: six digits, because a phone shows a number pad for them.

/** How many digits a join code has. */
export const JOIN_CODE_LENGTH = 6;

/**
 * A join code from random bytes: each digit from the next byte below 250 (bytes 250–255 are skipped, so every digit is
 * equally likely). Throws when the bytes run out before six digits; 32 bytes practically never do.
 */
export function joinCodeFromBytes(bytes: ArrayLike<number>): string {
  let code = '';
  for (let index = 0; index < bytes.length && code.length < JOIN_CODE_LENGTH; index += 1) {
    const byte = bytes[index]!;
    if (byte < 250) code += String(byte % 10);
  }
  if (code.length < JOIN_CODE_LENGTH) throw new Error(`Not enough random bytes for a ${JOIN_CODE_LENGTH}-digit join code`);
  return code;
}

/** What a learner typed, with spaces, dashes and dots taken out, e.g. "482 913" → "482913". */
export function normaliseJoinCode(typed: string): string {
  return typed.replace(/[\s.-]+/g, '');
}

/** The code as the projector shows it, in two groups of three: "482 913". */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
