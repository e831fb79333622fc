// Build-time data for classroom views (slides, notes, worksheet, answer key): the course's checks and exercises as
// plain items, read from the same collections the learner islands use, so printouts and slides never drift.
import { getCollection } from 'astro:content';
import { exerciseItem, type CheckInput, type MatrixItem, type SortItem } from '~/lib/classroom/deck';
import { prepareMatrixChallenge, prepareSort } from '~/lib/sort/answers';
import { cellId } from '~/lib/sort/cell-id';
import { matrix } from '~/lib/matrix';
import { DEFAULT_PLAN, assessmentClassMinutes, lessonClassMinutes, planClasses, type ClassPlan, type PlanLesson } from '~/lib/classroom/class-plan';
import { getOutline } from './lessons';

/** A knowledge check as classroom views need it, with the lesson it belongs to (null for the final assessment). */
export interface ClassroomCheck extends CheckInput {
  lessonId: string | null;
  kind: 'lesson' | 'assessment';
}

/** An exercise item with the lesson it belongs to. */
export type ClassroomExercise = (SortItem | MatrixItem) & { lessonId: string | null };

/** Every knowledge check, as the quiz's `checks` collection holds them. */
export async function getClassroomChecks(): Promise<ClassroomCheck[]> {
  const entries = await getCollection('checks');
  return entries.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    lessonId: entry.data.lesson ?? null,
    kind: entry.data.kind,
    questions: entry.data.questions,
  }));
}

/** Every exercise as a classroom item, its answers derived from the matrix exactly as the sorter derives them. */
export async function getClassroomExercises(): Promise<ClassroomExercise[]> {
  const entries = await getCollection('exercises');
  return entries.map((entry) => {
    const data = entry.data;
    const item =
      data.kind === 'matrix'
        ? exerciseItem({ kind: 'matrix', ...withBands(prepareMatrixChallenge(entry.id, data)) }, cellId)
        : exerciseItem({ kind: 'sort', ...prepareSort(entry.id, data) }, cellId);
    return { ...item, lessonId: data.lesson ?? null };
  });
}

/** The challenge's rows with the label of the matrix band each belongs to, so that slides can show a band at a time. */
function withBands<T extends { rows: readonly { id: string; label: string }[] }>(view: T): T & { rows: { id: string; label: string; band?: string }[] } {
  const bandOf = (rowId: string) => {
    const band = matrix.rows.find((row) => row.id === rowId)?.band;
    return matrix.bands.find((candidate) => candidate.id === band)?.label;
  };
  return { ...view, rows: view.rows.map((row) => ({ ...row, ...(bandOf(row.id) ? { band: bandOf(row.id) } : {}) })) };
}

/** Id of the course's matrix challenge, for `<MatrixChallenge />` written without an id. */
export async function defaultMatrixChallengeId(): Promise<string | undefined> {
  const entries = await getCollection('exercises');
  return entries.find((entry) => entry.data.kind === 'matrix')?.id;
}

/** One lesson's part of a printout: its checks and exercises in course order. */
export interface PrintSection {
  /** Lesson id, or null for the final assessment and anything without a lesson. */
  lessonId: string | null;
  /** Heading of the part, e.g. "Lesson 4: IaaS in practice". */
  heading: string;
  checks: ClassroomCheck[];
  exercises: ClassroomExercise[];
}

/** The whole course's questions and exercises grouped by lesson in course order, the final assessment last. */
export async function getPrintSections(): Promise<PrintSection[]> {
  const [outline, checks, exercises] = await Promise.all([getOutline(), getClassroomChecks(), getClassroomExercises()]);
  const byTitle = <T extends { title: string }>(items: T[]) => [...items].sort((a, b) => a.title.localeCompare(b.title));
  const sections: PrintSection[] = outline.lessons.map((lesson, index) => ({
    lessonId: lesson.id,
    heading: `Lesson ${index + 1}: ${lesson.title}`,
    checks: checks.filter((check) => check.kind === 'lesson' && check.lessonId === lesson.id),
    exercises: byTitle(exercises.filter((exercise) => exercise.lessonId === lesson.id)),
  }));
  const lessonIds = new Set(outline.lessons.map((lesson) => lesson.id));
  const rest: PrintSection = {
    lessonId: null,
    heading: 'Final assessment',
    checks: checks.filter((check) => check.kind === 'assessment' || !check.lessonId || !lessonIds.has(check.lessonId)),
    exercises: byTitle(exercises.filter((exercise) => !exercise.lessonId || !lessonIds.has(exercise.lessonId))),
  };
  return [...sections, rest].filter((section) => section.checks.length > 0 || section.exercises.length > 0);
}

/** The checks and exercises that belong to one lesson. */
export async function getLessonActivities(lessonId: string): Promise<{ checks: ClassroomCheck[]; exercises: ClassroomExercise[] }> {
  const [checks, exercises] = await Promise.all([getClassroomChecks(), getClassroomExercises()]);
  return {
    checks: checks.filter((check) => check.lessonId === lessonId),
    exercises: exercises.filter((exercise) => exercise.lessonId === lessonId),
  };
}

/** The course taught in 50-minute classes, from each lesson's own timing, and the figures the plan rests on. */
export async function getClassPlan(): Promise<{
  lessons: (PlanLesson & { classTime: number })[];
  classes: ClassPlan[];
  assessment: { questions: number; minutes: number } | null;
}> {
  const [outline, checks] = await Promise.all([getOutline(), getCollection('checks')]);
  const final = checks.find((entry) => entry.data.kind === 'assessment');
  const questions = final ? (final.data.draw ?? final.data.questions.length) : 0;
  const assessment = final ? { questions, minutes: assessmentClassMinutes(questions) } : null;
  const lessons = outline.lessons.map((lesson) => ({ ...lesson, classTime: lessonClassMinutes(lesson) }));
  return { lessons, classes: planClasses(lessons, { ...DEFAULT_PLAN, assessmentMinutes: assessment?.minutes ?? null }), assessment };
}
