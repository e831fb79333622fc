// Plans for teaching the course in classes of a fixed length, built from each lesson's own classroom timing, so that
// the plan stays true when a lesson is added, moved or re-timed.

/** A lesson as the plan needs it. */
export interface PlanLesson {
  id: string;
  title: string;
  /** Minutes to teach it in class, or null when the lesson does not say. */
  classMinutes: number | null;
  /** Minutes to study it alone, used when the lesson gives no classroom timing. */
  minutes: number;
}

/** One part of a class, `start` minutes after it begins. */
export interface PlanItem {
  kind: 'opening' | 'lesson' | 'assessment' | 'spare';
  start: number;
  minutes: number;
  /** The lesson taught, with its number in the course. */
  lesson?: { id: string; number: number; title: string; timed: boolean };
}

/** One class of the plan. */
export interface ClassPlan {
  number: number;
  items: PlanItem[];
  /** Minutes planned in all; more than the class length only when one lesson alone takes longer. */
  minutes: number;
}

/** How a plan is cut: the length of a class, the minutes each begins with, and the shortest gap worth naming. */
export interface PlanOptions {
  classLength: number;
  openingMinutes: number;
  /** Minutes for the final assessment in class, or null to leave it out (set as homework). */
  assessmentMinutes: number | null;
}

/** A 50-minute class that opens with 3 minutes to welcome the group and set up the screens. */
export const DEFAULT_PLAN: PlanOptions = { classLength: 50, openingMinutes: 3, assessmentMinutes: null };

/** Spare time shorter than this is not worth a line of the plan. */
const SMALLEST_SPARE = 5;

/** The minutes a lesson takes in class: its classroom timing, or its self-study time when it gives none. */
export function lessonClassMinutes(lesson: PlanLesson): number {
  return lesson.classMinutes ?? lesson.minutes;
}

/** Minutes for the final assessment in class: about a minute a question, rounded up to the next 5. */
export function assessmentClassMinutes(questions: number): number {
  return Math.max(5, Math.ceil(questions / 5) * 5);
}

/**
 * Shares the lessons out, in course order, over as few classes as hold them: each class opens with a few minutes of
 * welcome and set-up, then takes lessons while they fit; the final assessment, when it is taught in class, comes
 * last. A lesson longer than a class on its own gets a class to itself (its `minutes` then exceed the length).
 */
export function planClasses(lessons: readonly PlanLesson[], options: PlanOptions = DEFAULT_PLAN): ClassPlan[] {
  const parts: PlanItem[] = lessons.map((lesson, index) => ({
    kind: 'lesson',
    start: 0,
    minutes: lessonClassMinutes(lesson),
    lesson: { id: lesson.id, number: index + 1, title: lesson.title, timed: lesson.classMinutes !== null },
  }));
  if (options.assessmentMinutes !== null) parts.push({ kind: 'assessment', start: 0, minutes: options.assessmentMinutes });

  const classes: PlanItem[][] = [];
  let current: PlanItem[] = [];
  let used = options.openingMinutes;
  for (const part of parts) {
    if (current.length > 0 && used + part.minutes > options.classLength) {
      classes.push(current);
      current = [];
      used = options.openingMinutes;
    }
    current.push(part);
    used += part.minutes;
  }
  if (current.length > 0) classes.push(current);

  return classes.map((taught, index) => {
    let clock = 0;
    const place = (item: Omit<PlanItem, 'start'>): PlanItem => {
      const placed = { ...item, start: clock };
      clock += item.minutes;
      return placed;
    };
    const items = [place({ kind: 'opening', minutes: options.openingMinutes }), ...taught.map(place)];
    const spare = options.classLength - clock;
    if (spare >= SMALLEST_SPARE) items.push(place({ kind: 'spare', minutes: spare }));
    return { number: index + 1, items, minutes: clock };
  });
}

/** A time into a class as a clock reads it, e.g. 47 → "0:47", 75 → "1:15". */
export function formatPlanTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
