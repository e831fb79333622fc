import { ContentError, formatIssuePath } from '../../schemas/content-error';
import type { Check, ReviewLink } from '../../schemas/check';
import type { KnowledgeCheckProps, ReviewTarget } from '../../islands/knowledge-check/types';
import { earlierKeysOf } from './versions';

/** What resolving review links needs to know about a lesson. */
export interface LessonOutline {
  id: string;
  title: string;
  /** The lesson's headings with Astro's slugs. */
  headings: readonly { slug: string; text: string }[];
}

/** Turns a check's data into island props, checking that every review link points at a real lesson and heading. */
export function resolveCheck(
  checkId: string,
  check: Check,
  lessons: readonly LessonOutline[],
  lessonHref: (lessonId: string) => string,
): KnowledgeCheckProps {
  const file = `content/checks/${checkId}.yaml`;
  const problems: string[] = [];
  // The first broken link's field, so that the error's `Location:` is its line.
  let firstPath: (string | number)[] | undefined;

  const resolve = (review: ReviewLink | undefined, path: (string | number)[]): ReviewTarget | undefined => {
    if (!review) return undefined;
    const field = formatIssuePath([...path, 'review']);
    const lesson = lessons.find((candidate) => candidate.id === review.lesson);
    if (!lesson) {
      firstPath ??= [...path, 'review', 'lesson'];
      problems.push(
        `  - ${field}.lesson: no lesson "${review.lesson}" in content/lessons (lessons: ${lessons.map((l) => l.id).join(', ')})`,
      );
      return undefined;
    }
    if (review.section === undefined) {
      return { lesson: lesson.id, href: lessonHref(lesson.id), label: lesson.title, lessonTitle: lesson.title };
    }
    const heading = lesson.headings.find((candidate) => candidate.slug === review.section);
    if (!heading) {
      firstPath ??= [...path, 'review', 'section'];
      problems.push(
        `  - ${field}.section: lesson "${lesson.id}" has no heading with the anchor "${review.section}" (anchors: ${lesson.headings.map((h) => h.slug).join(', ')})`,
      );
      return undefined;
    }
    return { lesson: lesson.id, href: `${lessonHref(lesson.id)}#${heading.slug}`, label: heading.text, lessonTitle: lesson.title };
  };

  if (check.lesson && !lessons.some((lesson) => lesson.id === check.lesson)) {
    firstPath ??= ['lesson'];
    problems.push(`  - lesson: no lesson "${check.lesson}" in content/lessons`);
  }

  const questions = check.questions.map((question, q) => ({
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    review: resolve(question.review, ['questions', q]),
    options: question.options.map((option, o) => ({
      id: option.id,
      text: option.text,
      correct: option.correct,
      explanation: option.explanation,
      misconception: option.misconception,
      review: resolve(option.review, ['questions', q, 'options', o]),
    })),
  }));

  if (problems.length > 0) {
    throw new ContentError(
      `${file} has ${problems.length === 1 ? 'a broken review link' : `${problems.length} broken review links`}:\n${problems.join('\n')}`,
      { file, path: firstPath },
    );
  }
  return {
    checkId,
    title: check.title,
    lesson: check.lesson,
    kind: check.kind,
    shuffle: check.shuffle,
    passMark: check.passMark,
    draw: check.draw,
    questions,
    ...(check.earlierKeys.length ? { earlierKeys: earlierKeysOf(check.earlierKeys) } : {}),
  };
}

/** The error for a KnowledgeCheck id that has no file, listing the ids that exist. */
export function unknownCheckError(checkId: string, knownIds: readonly string[], usedIn: string): ContentError {
  return new ContentError(
    `<KnowledgeCheck id="${checkId}" /> in ${usedIn}: there is no content/checks/${checkId}.yaml (checks: ${[...knownIds].sort().join(', ')})`,
  );
}
