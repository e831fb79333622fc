// Build-time data for live class sessions: every question and exercise of the course as a live item, from the same
// classroom items the slides show, so that what learners answer on their devices is what the projector shows.
import { getCollection } from 'astro:content';
import { cardServiceType } from '~/lib/sort/answers';
import { cellId } from '~/lib/sort/cell-id';
import { matrix } from '~/lib/matrix';
import type { SortExercise } from '~/schemas/exercise';
import { questionItems } from '~/lib/classroom/deck';
import { cellMisconceptions, liveMatrix, liveQuestion, liveSort, type CellRef } from '~/lib/live/items.ts';
import type { LiveCourse } from '~/lib/live/schemas.ts';
import { getClassroomChecks, getClassroomExercises } from './classroom';

/** The course's live items by key: what the classroom server loads from `live/items.json`. */
export async function getLiveCourse(): Promise<LiveCourse> {
  const [checks, exercises, entries, checkEntries] = await Promise.all([
    getClassroomChecks(),
    getClassroomExercises(),
    getCollection('exercises'),
    getCollection('checks'),
  ]);
  const index = cellMisconceptions(checkEntries.flatMap((entry) => entry.data.questions));
  const items: LiveCourse['items'] = {};
  for (const check of checks) {
    for (const item of questionItems(check)) {
      const live = liveQuestion(item);
      items[live.key] = live;
    }
  }
  for (const exercise of exercises) {
    let live;
    if (exercise.kind === 'matrix') {
      live = liveMatrix(exercise, matrix.owners, cellId, index);
    } else {
      const data = entries.find((entry) => entry.id === exercise.id)!.data as SortExercise;
      const cells: Record<string, CellRef> = Object.fromEntries(
        data.cards.map((card) => [card.id, { row: card.row, serviceType: cardServiceType(data, card) }]),
      );
      live = liveSort(exercise, cells, index);
    }
    items[live.key] = live;
  }
  return { version: 1, items };
}
