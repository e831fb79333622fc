import { describe, expect, it } from 'vitest';
import matrixData from '../../../content/responsibility-matrix.json';
import { cellId } from '../sort/cell-id';
import { EMPTY_PROGRESS, MAX_ATTEMPTS, type Progress } from '../progress/model';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT } from './suspend-data';
import { exerciseIds, lessonIds } from '../../test-support/course-content';

// Every lesson and exercise of the course as it is today, so that the heaviest progress grows with the content.
const LESSONS = lessonIds();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, 0) + minute * 60_000).toISOString();
const answers = (prefix: string, count: number, attempt: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, q) => [`${prefix}-question-${q}`, [`option-${(q + attempt) % 4}`, ...(q % 3 ? [] : ['option-x'])]]));
const cells = matrixData.rows.flatMap((row: { id: string }) => matrixData.serviceTypes.map((type: { id: string }) => cellId(row.id, type.id)));
const board = (attempt: number) => Object.fromEntries(cells.map((cell, index) => [cell, ['customer', 'provider', 'shared'][(index + attempt) % 3]!]));

/** A learner who did everything, many times over: the largest progress the course can produce. */
function heaviestProgress(): Progress {
  const attempts = Array.from({ length: MAX_ATTEMPTS }, (_, index) => index);
  return {
    version: 2,
    lessons: Object.fromEntries(LESSONS.map((id, index) => [id, { openedAt: at(index), endedAt: at(index + 30) }])),
    checks: {
      ...Object.fromEntries(LESSONS.map((id) => [id, attempts.map((n) => ({ at: at(100 + n), answers: answers(id.slice(0, 12), 5, n) }))])),
      'final-assessment': attempts.map((n) => ({ at: at(500 + n), answers: answers('assessment', 15, n) })),
    },
    exercises: Object.fromEntries(
      exerciseIds().map((id) => [
        id,
        { attempts: attempts.map((n) => ({ at: at(800 + n), placements: board(n) })), placements: board(99) },
      ]),
    ),
    lastPlace: { lessonId: 'iaas-in-practice', sectionId: 'who-patches-the-guest-operating-system', at: at(999) },
    settings: { learnerName: 'Alexandra Konstantinopoulou-Smythe', instructorMode: true },
    reviews: { checks: {}, exercises: {} },
  };
}

describe('suspend data', () => {
  it('round-trips everything, to the second, when it fits', () => {
    const progress: Progress = {
      ...EMPTY_PROGRESS,
      lessons: { 'iaas-in-practice': { openedAt: at(0), endedAt: at(5) }, review: { openedAt: at(7) } },
      checks: { 'iaas-in-practice': [{ at: at(3), answers: { q1: ['a', 'b'], q2: [] } }] },
      exercises: { 'iaas-duties': { attempts: [{ at: at(4), placements: { 'patch-guest-os': 'customer' } }], placements: { 'replace-failed-disk': 'provider' } } },
      lastPlace: { lessonId: 'review', at: at(8) },
      settings: { learnerName: 'Ada' },
    };
    const text = encodeSuspendData(progress, SCORM12_SUSPEND_LIMIT);
    expect(text).not.toBeNull();
    expect(decodeSuspendData(text)).toEqual(progress);
  });

  it(`keeps the heaviest possible progress within SCORM 1.2's ${SCORM12_SUSPEND_LIMIT} characters, with the kept attempts`, () => {
    const progress = heaviestProgress();
    const keepPass = (kind: string, id: string, index: number) => kind === 'check' && id === 'final-assessment' && index === 17;
    const text = encodeSuspendData(progress, SCORM12_SUSPEND_LIMIT, keepPass);
    expect(text).not.toBeNull();
    expect(text!.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const restored = decodeSuspendData(text)!;
    expect(Object.keys(restored.lessons)).toEqual(LESSONS);
    expect(restored.lessons.review).toEqual(progress.lessons.review);
    const assessment = restored.checks['final-assessment']!;
    expect(assessment).toContainEqual(progress.checks['final-assessment']![17]);
    expect(assessment.at(-1)!.at).toEqual(progress.checks['final-assessment']!.at(-1)!.at);
    for (const id of Object.keys(progress.exercises)) {
      // Each exercise still counts as attempted, at the time of its last attempt.
      expect(restored.exercises[id]!.attempts.at(-1)!.at).toEqual(progress.exercises[id]!.attempts.at(-1)!.at);
    }
    for (const id of LESSONS) {
      // Each lesson check still counts as tried: its last attempt keeps the answer to every question.
      expect(restored.checks[id]!.at(-1)).toEqual(progress.checks[id]!.at(-1));
    }
    expect(restored.lastPlace).toEqual(progress.lastPlace);
        // Without room the whole thing is refused rather than cut.
    expect(encodeSuspendData(progress, 200)).toBeNull();
  });

  it('keeps everything when there is no limit (SCORM 2004, cmi5)', () => {
    const progress = heaviestProgress();
    expect(decodeSuspendData(encodeSuspendData(progress))).toEqual(progress);
  });

  it('ignores values that are not ours or are broken', () => {
    for (const text of [null, '', 'garbage', '{}', '{"f":"other","t":0}', '[1]', '{"f":"srm1","t":0,"v":99}', '{"f":"srm1","t":0,"v":1,"d":[],"c":{"x":[["0","5!0"]]}}']) {
      expect(decodeSuspendData(text), String(text)).toBeNull();
    }
  });
});
