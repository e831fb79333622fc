import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from './codec';
import { MAX_ATTEMPTS, MAX_ENCODED_LENGTH, MAX_IMPORT_BYTES } from './limits';
import { mergeProgress } from './merge';
import { EMPTY_PROGRESS, type CheckAttempt, type Progress } from './model';
import { countAttempts, exportText, planImport, readImport } from './transfer';

const at = (index: number) => new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();

/** Progress with `count` attempts at one check. */
function manyAttempts(count: number, checkId = 'iaas-in-practice'): Progress {
  const attempts: CheckAttempt[] = Array.from({ length: count }, (_, index) => ({ at: at(index), answers: { q1: ['a'] } }));
  return { ...EMPTY_PROGRESS, checks: { [checkId]: attempts } };
}

/** A progress file of about `kilobytes` KB, with checks whose ids start with `prefix` (so two files do not overlap). */
function bigFile(prefix: string, kilobytes: number): string {
  const checks: Record<string, CheckAttempt[]> = {};
  const attempt = (index: number): CheckAttempt => ({ at: at(index), answers: { q1: ['option-a', 'option-b'], q2: ['option-c'] } });
  for (let id = 0; JSON.stringify(checks).length < kilobytes * 1000 - 2000; id += 1) {
    checks[`${prefix}-${id}`] = Array.from({ length: MAX_ATTEMPTS }, (_, index) => attempt(index));
  }
  return JSON.stringify({ ...EMPTY_PROGRESS, checks });
}

describe('one attempt limit on every way of writing', () => {
  it('Replace and Merge keep the same latest attempts of a file with 3,000, and the preview says so', () => {
    const text = exportText(manyAttempts(3000));
    const file = readImport(text, text.length);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const { replace, merge } = planImport(EMPTY_PROGRESS, file.progress);
    for (const outcome of [replace, merge]) {
      expect(outcome.progress.checks['iaas-in-practice']).toHaveLength(MAX_ATTEMPTS);
      expect(outcome.progress.checks['iaas-in-practice']?.at(-1)?.at, 'the latest are kept').toBe(at(2999));
      expect(outcome.droppedAttempts).toBe(3000 - MAX_ATTEMPTS);
      expect(outcome.rows.find((row) => row.label === 'Knowledge-check attempts')?.after).toBe(String(MAX_ATTEMPTS));
    }
  });

  it('a merge keeps the latest attempts of each check, also when one side alone is over the limit', () => {
    expect(countAttempts(mergeProgress(manyAttempts(MAX_ATTEMPTS + 1), EMPTY_PROGRESS))).toBe(MAX_ATTEMPTS);
    expect(countAttempts(mergeProgress(EMPTY_PROGRESS, manyAttempts(MAX_ATTEMPTS + 1), true))).toBe(MAX_ATTEMPTS);
    expect(mergeProgress(manyAttempts(MAX_ATTEMPTS), EMPTY_PROGRESS)).toEqual(manyAttempts(MAX_ATTEMPTS));
  });
});

describe('one size limit on every way of writing', () => {
  it('three merges of files just under the file limit are refused before they make a value the course cannot read', () => {
    let saved = EMPTY_PROGRESS;
    const refused: number[] = [];
    for (const [index, prefix] of ['first', 'second', 'third'].entries()) {
      const text = bigFile(prefix, (MAX_IMPORT_BYTES / 1000) * 0.96);
      expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
      const file = readImport(text, text.length);
      if (!file.ok) throw new Error(file.message);
      const { merge } = planImport(saved, file.progress);
      if (merge.tooLarge) refused.push(index);
      else saved = merge.progress;
      // Whatever was saved reads back.
      expect(encodeProgress(saved).length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
      expect(decodeProgress(encodeProgress(saved)).status).not.toBe('unusable');
    }
    expect(refused, 'the second and third merges would go over the limit').toEqual([1, 2]);
    // Three files of nearly a megabyte each are parsed, checked and merged twice (with and without the limit).
  }, 30_000);
});
