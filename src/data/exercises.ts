import { getCollection, getEntry } from 'astro:content';
import { ContentError } from '~/schemas/content-error';
import type { MatrixExercise, SortExercise } from '~/schemas/exercise';
import {
  prepareMatrixChallenge,
  prepareSort,
  solutionFor,
  type MatrixChallengeView,
  type SortExerciseView,
} from '~/lib/sort/answers';
import type { KeyExercise } from '~/lib/progress/course-key';

/** All exercises (sorts and the matrix challenge), sorted by title. */
export async function getExerciseEntries() {
  const entries = await getCollection('exercises');
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title));
}

async function known(kind: 'sort' | 'matrix'): Promise<string> {
  const entries = await getCollection('exercises');
  return entries
    .filter((entry) => (entry.data.kind ?? 'sort') === kind)
    .map((entry) => entry.id)
    .join(', ');
}

/** The sorting exercise `content/exercises/<id>.yaml` as island props; an unknown id stops the build. */
export async function getSortExercise(id: string, usedIn: string): Promise<SortExerciseView> {
  const entry = await getEntry('exercises', id);
  if (!entry || entry.data.kind === 'matrix') {
    throw new ContentError(
      `${usedIn}: <ResponsibilitySort id="${id}" /> names no sorting exercise in content/exercises/ ` +
        `(known: ${await known('sort')})`,
    );
  }
  return prepareSort(entry.id, entry.data as SortExercise);
}

/** The matrix challenge `content/exercises/<id>.yaml` as island props; an unknown id stops the build. */
export async function getMatrixChallenge(id: string, usedIn: string): Promise<MatrixChallengeView> {
  const entry = await getEntry('exercises', id);
  if (!entry || entry.data.kind !== 'matrix') {
    throw new ContentError(
      `${usedIn}: <MatrixChallenge id="${id}" /> names no matrix challenge in content/exercises/ ` +
        `(known: ${await known('matrix')})`,
    );
  }
  return prepareMatrixChallenge(entry.id, entry.data as MatrixExercise);
}

/** Every exercise as the progress key needs it: id, title, lesson and the solution derived from the matrix. */
export async function getExerciseKeys(): Promise<KeyExercise[]> {
  const entries = await getExerciseEntries();
  return entries.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    lesson: entry.data.lesson,
    solution:
      entry.data.kind === 'matrix'
        ? prepareMatrixChallenge(entry.id, entry.data).solution
        : solutionFor(entry.data as SortExercise),
    earlierSolutions: entry.data.kind === 'matrix' ? [] : (entry.data as SortExercise).earlierKeys,
  }));
}
