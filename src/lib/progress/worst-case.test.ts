import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import matrixData from '../../../content/responsibility-matrix.json';
import { withCheckAttempt, withExerciseAttempt, withExercisePlacements, withLearnerName } from './attempts';
import { EMPTY_PROGRESS, MAX_ATTEMPTS, withLastPlace, withLessonEnded, withLessonOpened, type Progress } from './model';
import { MAX_REVIEW_ANSWERS } from './limits';
import { countReviews, withCardReview, withQuestionReview, withReviewFeeling } from './reviews';
import { buildCourseKey } from './course-key';
import { deckKeyOf, deriveDeck, summariseDeck } from '../review/deck';
import { cellId } from '../sort/cell-id';
import { solutionFor } from '../sort/answers';
import type { SortExercise } from '../../schemas/exercise';
import { SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT, decodeSuspendData, encodeSuspendData } from '../lms/suspend-data';
import { encodeProgress } from './codec';
import { MAX_ENCODED_LENGTH, MAX_IMPORT_BYTES, MAX_IMPORT_FILE_BYTES } from './limits';
import { exportText, readImport } from './transfer';

// The worst case the course can save, built from the real course's ids through the same verbs the pages use: every
// lesson read, every check and exercise attempted the most times kept (MAX_ATTEMPTS), then thirty days of reviews in
// which every question and card was missed and answered again each day, with a feeling, so that every check and
// exercise keeps the most review answers allowed (MAX_REVIEW_ANSWERS).
const read = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.slice(0, -5), ...(parse(readFileSync(`content/${folder}/${name}`, 'utf8')) as Record<string, unknown>) }));
const checks = read('checks') as unknown as { id: string; questions: { id: string; options: { id: string; correct?: boolean }[] }[] }[];
const exercises = read('exercises') as unknown as { id: string; kind?: string; zones?: string[]; cards?: { id: string }[] }[];
const lessons = readdirSync('content/lessons').filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));
const cells = matrixData.rows.flatMap((row: { id: string }) => matrixData.serviceTypes.map((type: { id: string }) => cellId(row.id, type.id)));
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const at = (ms: number) => new Date(T0 + ms).toISOString();

function wholeCourseWithRetries(): Progress {
  let progress = withLearnerName(EMPTY_PROGRESS, 'Alexandra Konstantinopoulou-Smythe');
  lessons.forEach((id, index) => {
    progress = withLessonOpened(progress, id, at(index * 60_000));
    progress = withLessonEnded(progress, id, at(index * 60_000 + 30_000));
  });
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    for (const check of checks) {
      // Every attempt answers every question, a different wrong option each time.
      const answers = Object.fromEntries(check.questions.map((question) => [question.id, [question.options[attempt % question.options.length]!.id]]));
      progress = withCheckAttempt(progress, check.id, answers, at(DAY / 2 + attempt * 60_000));
    }
    for (const exercise of exercises) {
      const ids = exercise.kind === 'matrix' ? cells : exercise.cards!.map((card) => card.id);
      const zones = exercise.zones ?? ['customer', 'provider', 'shared'];
      const board = Object.fromEntries(ids.map((id, index) => [id, zones[(index + attempt) % zones.length]!]));
      progress = withExerciseAttempt(progress, exercise.id, board, at(DAY / 2 + attempt * 60_000 + 30_000));
      progress = withExercisePlacements(progress, exercise.id, board);
    }
  }
  return withLastPlace(progress, lessons[0]!, 'meet-contoso-shipping', at(DAY));
}

function withThirtyDaysOfReviews(progress: Progress): Progress {
  let reviewed = progress;
  for (let day = 1; day <= 30; day += 1) {
    for (const [round, felt] of [[0, null], [1, 'guessed']] as const) {
      const time = at(day * DAY + round * 15 * 60_000);
      for (const check of checks) {
        for (const question of check.questions) {
          reviewed = withQuestionReview(reviewed, check.id, question.id, [question.options[round]!.id], time);
          if (felt) reviewed = withReviewFeeling(reviewed, 'checks', check.id, question.id, time, felt);
        }
      }
      for (const exercise of exercises.filter((candidate) => candidate.kind !== 'matrix')) {
        for (const card of exercise.cards!) {
          reviewed = withCardReview(reviewed, exercise.id, card.id, exercise.zones![round % exercise.zones!.length]!, time);
          if (felt) reviewed = withReviewFeeling(reviewed, 'exercises', exercise.id, card.id, time, felt);
        }
      }
    }
  }
  return reviewed;
}

/** Thirty days in which the learner reviews everything due each morning, missing one answer in four, and again what they missed. */
function withThirtyDaysOfDueReviews(progress: Progress): Progress {
  const key = deckKeyOf(
    buildCourseKey(
      lessons.map((id, order) => ({ id, title: id, order })),
      checks.map((check) => ({ ...check, title: check.id, kind: check.id === 'final-assessment' ? 'assessment' : 'lesson', passMark: 0.8, questions: check.questions.map((question) => ({ ...question, options: question.options.map((option) => ({ ...option, correct: option.correct ?? false })) })) })),
      exercises.map((exercise) => ({ id: exercise.id, title: exercise.id, solution: exercise.kind === 'matrix' ? {} : solutionFor(exercise as unknown as SortExercise) })),
    ),
    exercises.filter((exercise) => exercise.kind !== 'matrix').map((exercise) => exercise.id),
  );
  let reviewed = progress;
  let answered = 0;
  for (let day = 1; day <= 30; day += 1) {
    for (let round = 0; round < 3; round += 1) {
      const now = T0 + day * DAY + round * 20 * 60_000;
      for (const item of summariseDeck(deriveDeck(reviewed, key), now).due) {
        const time = new Date(now + (answered % 600) * 1000).toISOString();
        const right = answered++ % 4 !== 0;
        if (item.group === 'checks') {
          const question = key.checks[item.groupId]!.questions.find((candidate) => candidate.id === item.itemId)!;
          reviewed = withQuestionReview(reviewed, item.groupId, item.itemId, right ? question.correctOptionIds : ['not-it'], time);
        } else {
          reviewed = withCardReview(reviewed, item.groupId, item.itemId, right ? key.cards[item.groupId]![item.itemId]! : 'not-it', time);
        }
      }
    }
  }
  return reviewed;
}

const course = wholeCourseWithRetries();
const worst = withThirtyDaysOfReviews(course);
const dueEveryDay = withThirtyDaysOfDueReviews(course);
const items = checks.reduce((sum, check) => sum + check.questions.length, 0) + exercises.reduce((sum, exercise) => sum + (exercise.cards?.length ?? 0), 0);
/** The checks and sorting exercises, each a list of review answers. */
const reviewed = checks.length + exercises.filter((exercise) => exercise.kind !== 'matrix').length;

describe('the worst case in this browser', () => {
  it('is saved, exported and imported again within the limits', () => {
    const text = exportText(worst);
    console.log(`worst case: ${encodeProgress(worst).length} characters saved, ${text.length} exported; without reviews ${encodeProgress(course).length} saved, ${exportText(course).length} exported`);
    expect(encodeProgress(worst).length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_FILE_BYTES);
    expect(readImport(text, text.length)).toEqual({ ok: true, progress: worst });
    void MAX_ENCODED_LENGTH;
  });
});

describe('the review deck in LMS resume data, in the worst case', () => {
  it('is the worst case: every check and sorting exercise keeps the most review answers allowed', () => {
    expect(countReviews(worst.reviews)).toBe(reviewed * MAX_REVIEW_ANSWERS);
  });

  it(`costs SCORM 1.2 nothing: its ${SCORM12_SUSPEND_LIMIT} characters hold the same as without any review`, () => {
    const keepNone = () => false;
    const withDeck = encodeSuspendData(worst, SCORM12_SUSPEND_LIMIT, keepNone, { reviews: false });
    expect(withDeck).toBe(encodeSuspendData(course, SCORM12_SUSPEND_LIMIT, keepNone, { reviews: false }));
    expect(withDeck!.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(decodeSuspendData(withDeck)!.reviews).toEqual({ checks: {}, exercises: {} });
  });

  it(`keeps every attempt and every review answer within SCORM 2004's ${SCORM2004_SUSPEND_LIMIT.toLocaleString('en-US')} characters`, () => {
    const text = encodeSuspendData(worst, SCORM2004_SUSPEND_LIMIT)!;
    expect(text.length).toBeLessThanOrEqual(SCORM2004_SUSPEND_LIMIT);
    expect(decodeSuspendData(text)).toEqual(worst);
    // Measured for the README.
    console.log(`worst case: ${text.length} characters with every attempt and review answer, ${encodeSuspendData(course)!.length} without the reviews`);
  });

  it(`keeps every answer of thirty days of reviewing what is due within SCORM 2004's limit`, () => {
    const text = encodeSuspendData(dueEveryDay, SCORM2004_SUSPEND_LIMIT)!;
    expect(decodeSuspendData(text)).toEqual(dueEveryDay);
    console.log(`thirty days of due reviews: ${countReviews(dueEveryDay.reviews)} answers, ${text.length} characters with the whole course`);
  });

  it('round-trips every review answer and feeling when there is no limit (cmi5)', () => {
    expect(decodeSuspendData(encodeSuspendData(worst))).toEqual(worst);
  });

  it('gives up review answers, oldest first, before any attempt when space runs short', () => {
    const full = encodeSuspendData(worst)!;
    const restored = decodeSuspendData(encodeSuspendData(worst, full.length - 1))!;
    expect(restored.checks).toEqual(worst.checks);
    expect(restored.exercises).toEqual(worst.exercises);
    const first = checks[0]!.id;
    expect(restored.reviews.checks[first]!.length).toBeLessThan(worst.reviews.checks[first]!.length);
    expect(restored.reviews.checks[first]!.at(-1)).toEqual(worst.reviews.checks[first]!.at(-1));
  });
});
