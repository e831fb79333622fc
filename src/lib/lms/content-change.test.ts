// What the LMS is told about the learners of src/lib/progress/fixtures/finished-before-issue-14.json, who finished the
// course before its questions and cards were rewritten, and finished-at-issue-14-merge.json, who finished it before a
// review replaced some of the rewritten questions (see src/lib/progress/content-change.test.ts): every lesson they
// knew complete and the assessment passed at 100%, also once their progress went through SCORM 1.2 resume data, whose
// room is too small for every attempt's answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { standingOf } from '../../lms/standing';
import { decodeProgress } from '../progress/codec';
import { loadRealCourse } from './fixtures/real-course';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_TARGET } from './suspend-data';

// The LMS build, the only one whose progress holds attempts trimmed from LMS resume data (build.ts).
vi.mock('../progress/build', () => ({ LMS_BUILD: true }));

const { key } = loadRealCourse();
const saved = decodeProgress(readFileSync('src/lib/progress/fixtures/finished-before-issue-14.json', 'utf8'));
if (saved.status !== 'ok') throw new Error('fixture not readable');
const finished = Object.keys(saved.progress.lessons).length;

describe('progress saved before the questions and cards were rewritten, in an LMS', () => {
  it('tells the LMS every lesson it knew complete and the assessment passed at 100%, also after a round trip through suspend_data', () => {
    const expected = { lessonsComplete: finished, lessonsTotal: key.lessons.length, assessment: { correct: 15, total: 15, passed: true } };
    const standing = standingOf(key, saved.progress);
    expect(standing).toMatchObject(expected);
    const encoded = encodeSuspendData(saved.progress, { limit: SCORM12_SUSPEND_TARGET, weigh: standing.weigh })!;
    // Two attempts at everything do not fit in SCORM 1.2 with their answers: the round trip really trims.
    expect(encoded.trimmed.length).toBeGreaterThan(0);
    const resumed = decodeSuspendData(encoded.text);
    if (resumed.status !== 'ok') throw new Error(`resume data not readable: ${resumed.status}`);
    expect(standingOf(key, resumed.progress)).toMatchObject(expected);
  });
});

const atMerge = decodeProgress(readFileSync('src/lib/progress/fixtures/finished-at-issue-14-merge.json', 'utf8'));
if (atMerge.status !== 'ok') throw new Error('fixture not readable');

describe('progress saved when lesson 8 and the rewritten questions were merged, in an LMS', () => {
  it('tells the LMS every lesson it knew complete and the assessment passed at 100%, also after a round trip through suspend_data', () => {
    // Every lesson it knew (lessons added since are not complete).
    const knew = Object.keys(atMerge.progress.lessons).filter((id) => key.lessons.some((lesson) => lesson.id === id)).length;
    const expected = { lessonsComplete: knew, lessonsTotal: key.lessons.length, assessment: { correct: 15, total: 15, passed: true } };
    const standing = standingOf(key, atMerge.progress);
    expect(standing).toMatchObject(expected);
    const encoded = encodeSuspendData(atMerge.progress, { limit: SCORM12_SUSPEND_TARGET, weigh: standing.weigh })!;
    const resumed = decodeSuspendData(encoded.text);
    if (resumed.status !== 'ok') throw new Error(`resume data not readable: ${resumed.status}`);
    expect(standingOf(key, resumed.progress)).toMatchObject(expected);
  });
});
