// Builds the serialisable CourseKey from already-validated content entries. Astro-side code (src/data/course-key.ts)
// reads the collections and calls this; it is pure so that its rules are unit-tested.
import { earlierKeysOf } from '../quiz/versions';
import type { CourseKey, CheckKey, ExerciseKey, LessonKey } from './key';

/** A lesson as the course outline gives it. */
export interface KeyLesson {
  id: string;
  title: string;
  order: number;
}

/** What the key needs from a knowledge check entry. */
export interface KeyCheck {
  id: string;
  title: string;
  lesson?: string | undefined;
  kind: 'lesson' | 'assessment';
  passMark: number;
  draw?: number | undefined;
  questions: readonly { id: string; options: readonly { id: string; correct: boolean }[] }[];
  /** Answer keys of earlier versions: question id → correct option ids. */
  earlierKeys?: readonly Readonly<Record<string, readonly string[]>>[] | undefined;
}

/** What the key needs from an exercise entry; the solution is already derived from the matrix. */
export interface KeyExercise {
  id: string;
  title: string;
  lesson?: string | undefined;
  solution: Record<string, string>;
  /** Solutions of earlier versions, newest first. */
  earlierSolutions?: readonly Record<string, string>[] | undefined;
}

/**
 * Puts the course together: each lesson lists the lesson checks and exercises that name it, the assessment is the
 * check of kind `assessment`. Fails the build when content contradicts itself (two assessments, an unknown lesson).
 * `knownLessonIds` also holds draft lessons, which are left out of `lessons` in production but are not mistakes.
 */
export function buildCourseKey(
  lessons: readonly KeyLesson[],
  checks: readonly KeyCheck[],
  exercises: readonly KeyExercise[],
  knownLessonIds: Iterable<string> = lessons.map((lesson) => lesson.id),
): CourseKey {
  const lessonIds = new Set(knownLessonIds);
  const problems: string[] = [];
  for (const item of [...checks.map((check) => ({ ...check, folder: 'checks' })), ...exercises.map((exercise) => ({ ...exercise, folder: 'exercises' }))]) {
    if (item.lesson && !lessonIds.has(item.lesson)) {
      problems.push(`content/${item.folder}/${item.id}.yaml: lesson "${item.lesson}" is not a lesson of the course`);
    }
  }
  const assessments = checks.filter((check) => check.kind === 'assessment');
  if (assessments.length > 1) {
    problems.push(`only one check may have kind: assessment (found ${assessments.map((check) => check.id).join(', ')})`);
  }
  if (problems.length > 0) throw new Error(`The course does not fit together:\n  - ${problems.join('\n  - ')}`);

  const keyLessons: LessonKey[] = [...lessons]
    .sort((a, b) => a.order - b.order)
    .map(({ id, title, order }) => ({
      id,
      title,
      order,
      checkIds: checks.filter((check) => check.kind === 'lesson' && check.lesson === id).map((check) => check.id),
      exerciseIds: exercises.filter((exercise) => exercise.lesson === id).map((exercise) => exercise.id),
    }));
  const keyChecks: Record<string, CheckKey> = {};
  for (const check of checks) {
    keyChecks[check.id] = {
      title: check.title,
      lessonId: check.lesson ?? null,
      passMark: check.passMark,
      ...(check.draw === undefined ? {} : { draw: check.draw }),
      questions: check.questions.map((question) => ({
        id: question.id,
        correctOptionIds: question.options.filter((option) => option.correct).map((option) => option.id),
      })),
      ...(check.earlierKeys?.length ? { earlierKeys: earlierKeysOf(check.earlierKeys) } : {}),
    };
  }
  const keyExercises: Record<string, ExerciseKey> = {};
  for (const exercise of exercises) {
    keyExercises[exercise.id] = {
      title: exercise.title,
      lessonId: exercise.lesson ?? null,
      solution: exercise.solution,
      ...(exercise.earlierSolutions?.length ? { earlierSolutions: exercise.earlierSolutions.map((solution) => ({ ...solution })) } : {}),
    };
  }
  return { lessons: keyLessons, checks: keyChecks, exercises: keyExercises, assessmentId: assessments[0]?.id ?? null };
}
