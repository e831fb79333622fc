// The course as plain, serialisable data: which lessons, checks and exercises exist and what their answers are.
// Built at build time (src/data/course-key.ts) and passed to the progress page and the lesson-page script.

/** What a lesson contains, for deciding whether it is complete. */
export interface LessonKey {
  id: string;
  title: string;
  order: number;
  /** Knowledge checks embedded in the lesson (kind: lesson). */
  checkIds: string[];
  /** Exercises embedded in the lesson. */
  exerciseIds: string[];
}

/** What scoring a check needs. */
export interface CheckKey {
  title: string;
  lessonId: string | null;
  /** Share of questions needed to pass (0.8 = 80%). */
  passMark: number;
  /** Questions drawn per attempt from the pool; absent when every question is asked. */
  draw?: number;
  /** Each question's id and the ids of its correct options. */
  questions: { id: string; correctOptionIds: string[] }[];
  /** Answer keys of earlier versions of the check, newest first, so that attempts made against them keep their meaning. */
  earlierKeys?: { id: string; correctOptionIds: string[] }[][];
}

/** What scoring an exercise needs. */
export interface ExerciseKey {
  title: string;
  lessonId: string | null;
  /** Card (or cell) id → correct zone id. */
  solution: Record<string, string>;
  /** Solutions of earlier versions of the exercise, newest first, so that attempts made against them keep their score. */
  earlierSolutions?: Record<string, string>[];
}

/** The whole course as plain data, built at build time from the content collections. */
export interface CourseKey {
  lessons: LessonKey[];
  checks: Record<string, CheckKey>;
  exercises: Record<string, ExerciseKey>;
  /** The final assessment's check id, if the course has one. */
  assessmentId: string | null;
}
