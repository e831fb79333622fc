import { ContentError } from '../schemas/content-error';

/** What the course needs to know about one lesson entry to place it. */
export interface LessonEntryLike {
  id: string;
  filePath?: string;
  data: { title: string; description: string; order: number; minutes: number; classMinutes?: number; objectives: LessonObjective[]; draft: boolean };
}

/** A learning objective: its course-wide id (named by questions in `objective:`) and its text. */
export interface LessonObjective {
  id: string;
  text: string;
}

/** A lesson as the course outline shows it. */
export interface OutlineLesson {
  id: string;
  title: string;
  description: string;
  order: number;
  minutes: number;
  /** Minutes to teach it in class, or null when the lesson does not say. */
  classMinutes: number | null;
  objectives: LessonObjective[];
}

/** The ordered course outline with its total time. */
export interface CourseOutline {
  lessons: OutlineLesson[];
  totalMinutes: number;
}

/**
 * Orders lessons, leaves drafts out of production, and fails on a duplicated `order` or a learning-objective id used
 * by two lessons (questions name objectives by id, so an id must mean one objective in the whole course), naming both
 * files.
 */
export function buildOutline(entries: readonly LessonEntryLike[], { includeDrafts }: { includeDrafts: boolean }): CourseOutline {
  const fileOf = (entry: LessonEntryLike) => entry.filePath ?? `content/lessons/${entry.id}.mdx`;
  const byOrder = new Map<number, LessonEntryLike>();
  const byObjective = new Map<string, LessonEntryLike>();
  for (const entry of entries) {
    const clash = byOrder.get(entry.data.order);
    if (clash) {
      throw new ContentError(
        `${fileOf(entry)} has a problem:\n  - order: ${entry.data.order} is already used by ${fileOf(clash)}; every lesson needs its own order`,
        { file: fileOf(entry), path: ['order'] },
      );
    }
    byOrder.set(entry.data.order, entry);
    entry.data.objectives.forEach((objective, index) => {
      const owner = byObjective.get(objective.id);
      if (owner && owner !== entry) {
        throw new ContentError(
          `${fileOf(entry)} has a problem:\n  - objectives[${index}].id: "${objective.id}" is already the id of an objective in ` +
            `${fileOf(owner)}; objective ids must be unique across the course`,
          { file: fileOf(entry), path: ['objectives', index, 'id'] },
        );
      }
      byObjective.set(objective.id, entry);
    });
  }
  const lessons = entries
    .filter((entry) => includeDrafts || !entry.data.draft)
    .map(({ id, data }) => ({
      id,
      title: data.title,
      description: data.description,
      order: data.order,
      minutes: data.minutes,
      classMinutes: data.classMinutes ?? null,
      objectives: data.objectives,
    }))
    .sort((a, b) => a.order - b.order);
  return { lessons, totalMinutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0) };
}

/** The lessons before and after a given one, for previous/next links. */
export function neighbours(outline: CourseOutline, lessonId: string): { previous?: OutlineLesson; next?: OutlineLesson } {
  const index = outline.lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index === -1) return {};
  return { previous: outline.lessons[index - 1], next: outline.lessons[index + 1] };
}

/** Formats minutes for people, e.g. 75 → "1 h 15 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
