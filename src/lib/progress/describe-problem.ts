// Words for an unusable saved or imported value. Apart from codec.ts, which every page loads, because only the
// progress page and import need them.
import { MAX_ENCODED_LENGTH, type Unusable } from './codec';
import { MAX_LEARNER_NAME, PROGRESS_VERSION } from './model';
import type { Expected } from './shape';

const EXPECTED: Record<Expected, string> = {
  object: 'an object',
  id: 'an id',
  date: 'a date and time such as 2026-03-02T09:14:00.000Z',
  list: 'a list',
  name: `text of at most ${MAX_LEARNER_NAME} characters`,
  boolean: 'true or false',
  version: String(PROGRESS_VERSION),
  readable: 'readable',
};

/** Longest field path quoted in a message: the path comes from the value itself, which may be hostile or huge. */
export const MAX_QUOTED_FIELD = 60;

/** The field path as a message quotes it, cut to MAX_QUOTED_FIELD characters with an ellipsis. */
function quotedField(field: string): string {
  return field.length > MAX_QUOTED_FIELD ? `${field.slice(0, MAX_QUOTED_FIELD - 1)}…` : field;
}

/** Says in words what is wrong with an unusable value, completing "The value …" or "This file …". */
export function describeProblem(result: Unusable): string {
  switch (result.problem) {
    case 'too-large':
      return `is larger than the ${MAX_ENCODED_LENGTH.toLocaleString('en-US')} characters allowed`;
    case 'not-json':
      return 'is not JSON';
    case 'not-object':
      return 'is not a JSON object';
    case 'no-version':
      return 'has no version number';
    case 'future-version':
      return `is version ${result.version}, newer than this site's version ${PROGRESS_VERSION}`;
    case 'missing-step':
      return `is version ${result.version}, which this site cannot upgrade`;
    case 'step-failed':
      return `is version ${result.version} and could not be upgraded`;
    case 'bad-shape':
      return `has a field that is wrong: ${quotedField(result.field ?? '') || 'the whole value'} should be ${result.expected ? EXPECTED[result.expected] : 'readable'}`;
  }
}
