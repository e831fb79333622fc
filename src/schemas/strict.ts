import { closestMatch } from 'leven';
import { z } from 'astro/zod';

/**
 * The closest known name (a field, a component, an id) to a misspelt one, or undefined when none is close: within a
 * third of the word's length (at least 2), so that `drfat` finds `draft`, `shufle` finds `shuffle` and `corect` finds `correct`, while an
 * unrelated word such as `colour` suggests nothing.
 */
export function closestName(key: string, known: readonly string[]): string | undefined {
  const lower = known.map((name) => name.toLowerCase());
  const match = closestMatch(key.toLowerCase(), lower, { maxDistance: Math.max(2, Math.floor(key.length / 3)) });
  return match === undefined ? undefined : known[lower.indexOf(match)];
}

/** What the build says about a field the schema does not know: the nearest known field, or the list of them. */
export function unknownFieldMessage(keys: readonly string[], known: readonly string[]): string {
  const about = (key: string) => {
    const suggestion = closestName(key, known);
    return suggestion ? `did you mean \`${suggestion}\`?` : `the fields here are ${known.map((name) => `\`${name}\``).join(', ')}`;
  };
  if (keys.length === 1) return `is not a field the course knows; ${about(keys[0]!)}`;
  return `unknown fields: ${keys.map((key) => `\`${key}\` (${about(key)})`).join(', ')}`;
}

/**
 * An object schema that refuses keys it does not declare, so that a typo in an optional field (`drfat: true`) stops
 * the build instead of being silently dropped. The message suggests the nearest known field.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, params?: { error?: string }) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return unknownFieldMessage(issue.keys, known);
      return params?.error;
    },
  });
}
