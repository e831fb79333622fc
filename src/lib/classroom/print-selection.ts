// Which part of the course a printout covers: a chosen set of lessons, with or without the final assessment, read
// from the printout's address (`?lesson=a&lesson=b&assessment=yes&chosen=yes`), so that a choice can be bookmarked,
// shared and carried from the worksheet to the answer key.

/** The lessons a printout covers (in course order) and whether it includes the final assessment. */
export interface PrintSelection {
  lessons: string[];
  assessment: boolean;
}

/** Which printout: the learners' worksheet leaves the final assessment off unless asked; the answer key has it. */
export type PrintoutKind = 'worksheet' | 'answer-key';

/** The form field names, shared by every form that chooses a printout. */
export const PRINT_FIELDS = { lesson: 'lesson', assessment: 'assessment', chosen: 'chosen' } as const;

/** What a printout covers when nothing was chosen: every lesson, and the final assessment in the answer key only. */
export function defaultSelection(kind: PrintoutKind, lessonIds: readonly string[]): PrintSelection {
  return { lessons: [...lessonIds], assessment: kind === 'answer-key' };
}

/**
 * Reads a choice from a query string. A submitted form says so (`chosen`): then exactly what was ticked counts, even
 * nothing. Otherwise the lessons named count, or every lesson when none is; the final assessment counts when asked for,
 * or by default in the answer key. Unknown lesson ids are ignored.
 */
export function parsePrintSelection(search: string, kind: PrintoutKind, lessonIds: readonly string[]): PrintSelection {
  const params = new URLSearchParams(search);
  const named = new Set(params.getAll(PRINT_FIELDS.lesson));
  const lessons = lessonIds.filter((id) => named.has(id));
  const asked = params.get(PRINT_FIELDS.assessment) === 'yes';
  if (params.has(PRINT_FIELDS.chosen)) return { lessons, assessment: asked };
  const defaults = defaultSelection(kind, lessonIds);
  return {
    lessons: lessons.length > 0 ? lessons : defaults.lessons,
    assessment: params.has(PRINT_FIELDS.assessment) ? asked : named.size > 0 ? false : defaults.assessment,
  };
}

/** The query string for a choice, as the choosing form would submit it. */
export function selectionQuery(selection: PrintSelection): string {
  const params = new URLSearchParams();
  for (const lesson of selection.lessons) params.append(PRINT_FIELDS.lesson, lesson);
  if (selection.assessment) params.set(PRINT_FIELDS.assessment, 'yes');
  params.set(PRINT_FIELDS.chosen, 'yes');
  return `?${params.toString()}`;
}

/** Numbers as a reader says them: "1", "1 and 3", "1, 3 and 4", with runs shortened ("2–5"). */
function numbersInWords(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let index = 0; index < numbers.length; ) {
    let end = index;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end += 1;
    runs.push(end - index >= 2 ? `${numbers[index]}–${numbers[end]}` : numbers.slice(index, end + 1).join(', '));
    index = end + 1;
  }
  const parts = runs.join(', ').split(', ');
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0] ?? '';
}

/** What a printout covers, in words: "every lesson", "lesson 4", "lessons 4–6 and the final assessment". */
export function describeSelection(selection: PrintSelection, lessonIds: readonly string[]): string {
  const numbers = lessonIds.flatMap((id, index) => (selection.lessons.includes(id) ? [index + 1] : []));
  const lessons =
    numbers.length === 0 ? '' : numbers.length === lessonIds.length ? 'every lesson' : `${numbers.length === 1 ? 'lesson' : 'lessons'} ${numbersInWords(numbers)}`;
  if (!selection.assessment) return lessons || 'nothing yet';
  if (!lessons) return 'the final assessment';
  return `${lessons}${lessons.includes(' and ') ? ',' : ''} and the final assessment`;
}
