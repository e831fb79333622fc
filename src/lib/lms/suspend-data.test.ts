import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { standingOf } from '../../lms/standing';
import { summariseCourse } from '../progress/derive';
import { EMPTY_PROGRESS, type Progress } from '../progress/model';
import { loadRealCourse } from './fixtures/real-course';
import { HEAVIEST_NAME, heaviestJourney } from './fixtures/worst-case';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_LIMIT,
  SCORM12_SUSPEND_TARGET,
  TRIM_ORDER,
  type DecodedSuspendData,
} from './suspend-data';

// The LMS build, the only one whose progress holds attempts trimmed from LMS resume data (build.ts).
vi.mock('../progress/build', () => ({ LMS_BUILD: true }));

const course = loadRealCourse();
const journey = [...heaviestJourney(course)];
const heaviest = journey.at(-1)!;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, 0) + minute * 60_000).toISOString();
const progressOf = (decoded: DecodedSuspendData) => {
  if (decoded.status !== 'ok') throw new Error(`resume data not readable: ${decoded.status}`);
  return decoded.progress;
};
/** Resume data keeps times to the second. */
const toSecond = (iso: string | null | undefined) => (iso ? new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString() : iso);
/** What the LMS and the learner see of a progress: every lesson's status, the assessment, the bookmark. */
const standingSeen = (progress: Progress) => {
  const summary = summariseCourse(course.key, progress);
  const { assessment } = summary;
  return {
    lessons: summary.lessons.map((lesson) => [lesson.id, lesson.status, lesson.endReached]),
    assessment: assessment && { best: assessment.best, passed: assessment.passed, passedAt: toSecond(assessment.passedAt) },
    lastPlace: progress.lastPlace && { ...progress.lastPlace, at: toSecond(progress.lastPlace.at) },
    instructorMode: progress.settings.instructorMode,
  };
};
const scorm12 = (progress: Progress) =>
  encodeSuspendData(progress, { limit: SCORM12_SUSPEND_TARGET, weigh: standingOf(course.key, progress).weigh });

describe('suspend data', () => {
  it('round-trips everything, to the second, when it fits', () => {
    const progress: Progress = {
      ...EMPTY_PROGRESS,
      lessons: { 'iaas-in-practice': { openedAt: at(0), endedAt: at(5) }, review: { openedAt: at(7) } },
      checks: { 'iaas-in-practice': [{ at: at(3), answers: { q1: ['a', 'b'], q2: [] } }, { at: at(4), answers: {}, trimmed: true }] },
      exercises: {
        'iaas-duties': { attempts: [{ at: at(4), placements: { 'patch-guest-os': 'customer' } }], placements: { 'replace-failed-disk': 'provider' } },
        'paas-duties': { attempts: [{ at: at(5), placements: {}, trimmed: true }, { at: at(6), placements: { a: 'shared' } }], placements: { a: 'shared' } },
      },
      lastPlace: { lessonId: 'review', sectionId: 'next-steps', at: at(8) },
      settings: { learnerName: 'Ada', instructorMode: true },
    };
    const encoded = encodeSuspendData(progress, { limit: SCORM12_SUSPEND_TARGET });
    expect(encoded?.trimmed).toEqual([]);
    // No review answer written: any this browser holds stay (progress version 2 and later).
    expect(decodeSuspendData(encoded!.text)).toEqual({ status: 'ok', progress, leftInBrowser: ['reviews'] });
  });

  it(`keeps the heaviest learner of this course within ${SCORM12_SUSPEND_TARGET} characters at every step, losing nothing the LMS or the lesson statuses depend on`, () => {
    let peak = 0;
    let steps = 0;
    for (const progress of journey) {
      const encoded = scorm12(progress);
      expect(encoded, 'every step fits').not.toBeNull();
      peak = Math.max(peak, encoded!.text.length);
      // Checked whenever one more step of TRIM_ORDER was needed, and at the end.
      if (progress === heaviest || encoded!.trimmed.length > steps) {
        steps = encoded!.trimmed.length;
        expect(standingSeen(progressOf(decodeSuspendData(encoded!.text)))).toEqual(standingSeen(progress));
      }
    }
    expect(peak).toBeLessThanOrEqual(SCORM12_SUSPEND_TARGET);
    console.info(`Heaviest learner: SCORM 1.2 resume data peaks at ${peak} characters over ${journey.length} steps.`);
    // The journey really is heavy: untrimmed, it is many times SCORM 1.2's limit, and it needs every step.
    expect(encodeSuspendData(heaviest)!.text.length).toBeGreaterThan(8 * SCORM12_SUSPEND_LIMIT);
    const last = scorm12(heaviest)!;
    expect(last.trimmed.length).toBeGreaterThanOrEqual(TRIM_ORDER.indexOf('details of last attempts'));
    // What the worst case still keeps: the final assessment's first pass and best attempt, whole.
    const restored = progressOf(decodeSuspendData(last.text));
    const assessmentId = course.key.assessmentId!;
    const decisive = heaviest.checks[assessmentId]!.filter((_, index) => standingOf(course.key, heaviest).weigh('check', assessmentId, index) === 'decisive');
    expect(decisive).toHaveLength(2);
    expect(restored.checks[assessmentId]).toEqual(decisive.map((attempt) => ({ ...attempt, at: toSecond(attempt.at) })));
    // About 30 s of encoding on an idle machine; npm test also runs it inside the new-author check beside other builds,
    // where it took 61 s once, so the time limit leaves room for a busy machine (the assertions are unchanged).
  }, 180_000);

  it('leaves things out in TRIM_ORDER, one step at a time, down to the part that is never left out', () => {
    const weigh = standingOf(course.key, heaviest).weigh;
    const lengths = [encodeSuspendData(heaviest, { weigh })!.text.length];
    const seen: string[][] = [[]];
    // Each limit one character below the last length forces exactly the next step (or more, when it saves nothing).
    for (;;) {
      const encoded = encodeSuspendData(heaviest, { weigh, limit: lengths.at(-1)! - 1 });
      if (!encoded) break;
      lengths.push(encoded.text.length);
      seen.push([...encoded.trimmed]);
    }
    for (const trimmed of seen) expect(trimmed).toEqual(TRIM_ORDER.slice(0, trimmed.length));
    expect(seen.at(-1)).toEqual([...TRIM_ORDER]);
    console.info(`Heaviest learner: ${lengths[0]} characters untrimmed, ${lengths.at(-1)} once every step of TRIM_ORDER is taken.`);
    const floor = progressOf(decodeSuspendData(encodeSuspendData(heaviest, { weigh, limit: lengths.at(-1)! })!.text));
    expect(floor.settings.learnerName).toBeUndefined();
    expect(floor.settings.instructorMode).toBe(true);
    for (const lesson of course.key.lessons) {
      for (const id of lesson.checkIds) expect(floor.checks[id]).toEqual([{ at: toSecond(heaviest.checks[id]!.at(-1)!.at), answers: {}, trimmed: true }]);
      for (const id of lesson.exerciseIds) {
        expect(floor.exercises[id]!.attempts).toEqual([{ at: toSecond(heaviest.exercises[id]!.attempts.at(-1)!.at), placements: {}, trimmed: true }]);
      }
    }
    // Below the part that is never left out, nothing is written rather than something cut.
    expect(encodeSuspendData(heaviest, { weigh, limit: lengths.at(-1)! - 1 })).toBeNull();
  });

  it('brings back the last checked board when an unchecked one is left out', () => {
    const progress: Progress = {
      ...EMPTY_PROGRESS,
      exercises: { 'iaas-duties': { attempts: [{ at: at(1), placements: { a: 'customer', b: 'provider' } }], placements: { a: 'provider' } } },
    };
    const full = encodeSuspendData(progress)!;
    const boardless = encodeSuspendData(progress, { limit: full.text.length - 1 })!;
    expect(boardless.trimmed).toEqual(TRIM_ORDER.slice(0, TRIM_ORDER.indexOf('unchecked exercise boards') + 1));
    expect(progressOf(decodeSuspendData(boardless.text)).exercises['iaas-duties']!.placements).toEqual({ a: 'customer', b: 'provider' });
  });

  it('keeps fields it does not know verbatim without a limit, and leaves them in the browser first under one', () => {
    const withDeck = { ...EMPTY_PROGRESS, lessons: { review: { openedAt: at(0) } }, reviewDeck: { cards: ['a'.repeat(500)] } } as unknown as Progress;
    const unlimited = encodeSuspendData(withDeck)!;
    expect(JSON.parse(unlimited.text).e).toEqual({ reviewDeck: { cards: ['a'.repeat(500)] } });
    const limited = encodeSuspendData(withDeck, { limit: 300 })!;
    expect(limited.trimmed).toEqual(['older review answers', 'browser-only fields']);
    expect(decodeSuspendData(limited.text)).toMatchObject({ status: 'ok', leftInBrowser: ['reviewDeck', 'reviews'], progress: { lessons: { review: { openedAt: at(0) } } } });
  });

  it('never makes an attempt that did not count (a Check with nothing placed) count by trimming it', () => {
    const progress: Progress = {
      ...EMPTY_PROGRESS,
      lessons: { 'iaas-in-practice': { openedAt: at(0), endedAt: at(1) } },
      exercises: { 'iaas-duties': { attempts: [{ at: at(2), placements: {} }], placements: {} } },
    };
    const weigh = standingOf(course.key, progress).weigh;
    expect(weigh('exercise', 'iaas-duties', 0)).toBe('untried');
    const statusOf = (text: string) => summariseCourse(course.key, progressOf(decodeSuspendData(text))).lessons.find((lesson) => lesson.id === 'iaas-in-practice')!;
    let steps = 0;
    for (let encoded = encodeSuspendData(progress, { weigh }); encoded; encoded = encodeSuspendData(progress, { weigh, limit: encoded.text.length - 1 })) {
      steps = encoded.trimmed.length;
      expect(statusOf(encoded.text).activities.find((activity) => activity.id === 'iaas-duties')?.attempts ?? 0).toBe(0);
    }
    expect(steps).toBeGreaterThanOrEqual(3);
  });

  it('reads resume data written by earlier packages (srm1), whose trimmed exercise attempts keep counting as tried', () => {
    // Written at the end of the heaviest journey through the course as it was before its questions and cards were
    // rewritten and a ninth lesson added: its ids are those of that course, graded today through the earlier keys.
    const old = readFileSync('src/lib/lms/fixtures/srm1-trimmed.txt', 'utf8');
    const restored = progressOf(decodeSuspendData(old));
    const then = course.key.lessons.filter((lesson) => Object.hasOwn(restored.lessons, lesson.id));
    // The eight lessons the course had then; lessons added since (any number) are not in it.
    expect(then.length).toBe(8);
    for (const lesson of then) {
      for (const id of lesson.exerciseIds) expect(restored.exercises[id]!.attempts.at(-1)).toMatchObject({ placements: {}, trimmed: true });
    }
    // Every lesson it knew was complete, and still is; the lesson added since is honestly not started; the
    // assessment stays passed with the best score it had (14 of 15).
    const summary = summariseCourse(course.key, restored);
    expect(summary.lessons.map((lesson) => lesson.status)).toEqual(
      course.key.lessons.map((lesson) => (then.includes(lesson) ? 'complete' : 'not-started')),
    );
    expect(summary.assessment).toMatchObject({ passed: true, best: { correct: 14, total: 15 } });
    expect(restored.settings.instructorMode).toBe(true);
  });

  it('tells empty resume data (a new attempt) from data it cannot read', () => {
    expect(decodeSuspendData(null)).toEqual({ status: 'empty' });
    expect(decodeSuspendData('')).toEqual({ status: 'empty' });
    const real = encodeSuspendData(journey[40]!)!.text;
    for (const text of [
      'garbage',
      real.slice(0, Math.floor(real.length * 0.6)),
      '{}',
      '{"f":"other","t":0}',
      '[1]',
      '{"f":"srm2","t":0,"v":99}',
      '{"f":"srm2","t":0,"v":1,"d":[],"c":{"0":[["0","5!0"]]}}',
    ]) {
      expect(decodeSuspendData(text), text.slice(0, 40)).toEqual({ status: 'unreadable' });
    }
  });

  it('writes a name that JSON must escape whole when there is room', () => {
    const progress = { ...EMPTY_PROGRESS, settings: { learnerName: HEAVIEST_NAME } };
    expect(progressOf(decodeSuspendData(encodeSuspendData(progress)!.text)).settings.learnerName).toBe(HEAVIEST_NAME);
  });
});
