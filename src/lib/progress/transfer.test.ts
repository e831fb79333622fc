import { describe, expect, it } from 'vitest';
import { decodeProgress } from './codec';
import { EMPTY_PROGRESS, MAX_ATTEMPTS, withLessonEnded, withLessonOpened, withLastPlace, type Progress } from './model';
import { withCheckAttempt } from './check-attempts';
import { withExercisePlacements } from './exercise-attempts';
import { withLearnerName } from './attempts';
import { MAX_IMPORT_FILE_BYTES, countProgress, describeChanges, exportFileName, exportText, mergeProgress, planImport, readImport } from './transfer';
import v2 from './fixtures/v2.json';

const fixture = v2 as Progress;
const T = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('export', () => {
  it('writes the saved JSON readably, and it reads back the same', () => {
    const text = exportText(fixture);
    expect(text).toContain('\n  "version": 2');
    expect(readImport(text, text.length)).toEqual({ ok: true, progress: fixture });
    expect(decodeProgress(text)).toEqual({ status: 'ok', progress: fixture, savedVersion: 2 });
  });

  it('names the file with the date', () => {
    expect(exportFileName(new Date('2026-03-04T05:06:07Z'))).toBe('shared-responsibility-progress-2026-03-04.json');
  });
});

describe('readImport', () => {
  it.each([
    ['an empty file', '', 'This file is empty.'],
    ['a text file', 'hello', 'This is not a progress file'],
    ['a JSON list', '[]', 'This is not a progress file'],
    ['JSON without a version', '{"lessons":{}}', 'it has no version number'],
    ['a file from a newer course', JSON.stringify({ ...fixture, version: 7 }), 'cannot be read by this version of the course: it is version 7'],
    ['a damaged file', JSON.stringify({ ...fixture, checks: { a: 'x' } }), 'This progress file is damaged: it has a field that is wrong: checks.a should be a list'],
  ])('refuses %s with a message', (_, text, message) => {
    const result = readImport(text, text.length);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('refuses a file over the size limit before reading it', () => {
    const result = readImport(exportText(fixture), MAX_IMPORT_FILE_BYTES + 1);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('too large') });
  });
});

describe('describeChanges', () => {
  it('says what replacing would change', () => {
    expect(countProgress(fixture)).toEqual({ lessonsOpened: 2, lessonsEnded: 1, checkAttempts: 2, exerciseAttempts: 1, reviewAnswers: 3, learnerName: 'Ada Example' });
    expect(describeChanges(EMPTY_PROGRESS, fixture)).toEqual([
      { label: 'Lessons opened', now: '0', after: '2' },
      { label: 'Lessons read to the end', now: '0', after: '1' },
      { label: 'Knowledge-check attempts', now: '0', after: '2' },
      { label: 'Exercise attempts', now: '0', after: '1' },
      { label: 'Review answers', now: '0', after: '3' },
      { label: 'Name on the completion record', now: 'none', after: 'Ada Example' },
    ]);
  });
});

describe('mergeProgress', () => {
  it('keeps every fact from both sides', () => {
    let ours = withLessonOpened(EMPTY_PROGRESS, 'security-is-shared', T(30));
    ours = withLessonEnded(ours, 'review', T(31));
    ours = withCheckAttempt(ours, 'why-datacenter-security-is-hard', { q1: ['c'] }, T(32));
    ours = withLastPlace(ours, 'review', undefined, T(33));
    const merged = mergeProgress(ours, fixture);
    expect(merged.lessons['security-is-shared'], 'the earlier opening wins').toEqual({ openedAt: T(30) });
    expect(merged.lessons.review).toEqual({ openedAt: T(31), endedAt: T(31) });
    expect(merged.lessons['why-datacenter-security-is-hard']).toEqual(fixture.lessons['why-datacenter-security-is-hard']);
    expect(merged.checks['why-datacenter-security-is-hard']?.map((attempt) => attempt.at), 'in time order').toEqual([
      T(32),
      '2026-03-02T09:10:00.000Z',
      '2026-03-02T09:11:00.000Z',
    ]);
    expect(merged.exercises).toEqual(fixture.exercises);
    expect(merged.reviews, 'every review answer of the file').toEqual(fixture.reviews);
    expect(merged.lastPlace, 'the fixture was saved later (March) than ours (February)').toEqual(fixture.lastPlace);
    expect(merged.settings).toEqual({ learnerName: 'Ada Example' });
  });

  it('takes the later last place and keeps this browser’s name and board', () => {
    let ours = withLearnerName(EMPTY_PROGRESS, 'Grace');
    ours = withLastPlace(ours, 'review', 'recap', '2027-01-01T00:00:00.000Z');
    ours = withExercisePlacements(ours, 'sort-iaas', { 'guest-os-updates': 'provider' });
    const merged = mergeProgress(ours, fixture);
    expect(merged.lastPlace).toEqual(ours.lastPlace);
    expect(merged.settings.learnerName).toBe('Grace');
    expect(merged.exercises['sort-iaas']).toEqual({ attempts: fixture.exercises['sort-iaas']!.attempts, placements: { 'guest-os-updates': 'provider' } });
  });

  it('counts an attempt present on both sides once and respects the attempt cap', () => {
    expect(mergeProgress(fixture, fixture)).toEqual(fixture);
    let many = EMPTY_PROGRESS;
    for (let i = 0; i < MAX_ATTEMPTS; i += 1) many = withCheckAttempt(many, 'c', { q: [String(i)] }, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString());
    let other = EMPTY_PROGRESS;
    for (let i = 0; i < 5; i += 1) other = withCheckAttempt(other, 'c', { q: ['x'] }, new Date(Date.UTC(2026, 0, 2, 0, i)).toISOString());
    const { merge } = planImport(many, other);
    expect(merge.progress.checks.c).toHaveLength(MAX_ATTEMPTS);
    expect(merge.progress.checks.c?.at(-1)?.at).toBe('2026-01-02T00:04:00.000Z');
    expect(merge.droppedAttempts, 'the preview says how many older attempts are not kept').toBe(5);
  });

  it('produces progress that still decodes', () => {
    const merged = mergeProgress(withLessonOpened(EMPTY_PROGRESS, 'review', T(1)), fixture);
    expect(decodeProgress(exportText(merged))).toEqual({ status: 'ok', progress: merged, savedVersion: 2 });
  });
});
