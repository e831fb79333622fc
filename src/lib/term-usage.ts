/** A lesson's id, title and MDX body: what is needed to find the glossary terms it links. */
export interface LessonSource {
  /** Lesson id. */
  id: string;
  /** Lesson title. */
  title: string;
  /** Raw MDX body. */
  body: string;
}

const TERM_TAG = /<Term\s+id=["']([^"']+)["']/g;

/** Maps each glossary term id to the lessons that link it with `<Term id>`, in the order the lessons are given. */
export function termUsage(lessons: readonly LessonSource[]): Map<string, { id: string; title: string }[]> {
  const usage = new Map<string, { id: string; title: string }[]>();
  for (const lesson of lessons) {
    const ids = new Set(Array.from(lesson.body.matchAll(TERM_TAG), (match) => match[1]!));
    for (const id of ids) {
      const list = usage.get(id) ?? [];
      list.push({ id: lesson.id, title: lesson.title });
      usage.set(id, list);
    }
  }
  return usage;
}
