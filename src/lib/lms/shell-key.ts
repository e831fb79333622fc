// The course key as the LMS launch page carries it. The page tells the LMS what is complete (which needs the lessons,
// their activities and each check's question ids) and the final assessment's score (which needs that check's
// answers); no other answer, and no exercise solution, ships in it. Pages that grade in the browser carry their own.
import type { CourseKey } from '../progress/key';

/** `key` without the answers of lesson checks and the solutions of exercises. */
export function keyForLaunchPage(key: CourseKey): CourseKey {
  return {
    lessons: key.lessons,
    checks: Object.fromEntries(
      Object.entries(key.checks).map(([id, check]) => [
        id,
        id === key.assessmentId ? check : { ...check, questions: check.questions.map((question) => ({ id: question.id, correctOptionIds: [] })) },
      ]),
    ),
    exercises: Object.fromEntries(Object.entries(key.exercises).map(([id, exercise]) => [id, { ...exercise, solution: {} }])),
    assessmentId: key.assessmentId,
  };
}
