// Saved attempts name questions and options by id. When a check changes, an attempt made before the change still
// answers the questions it was asked: it is graded against the answer key of its own version (kept in the check's
// `earlierKeys`), so that a lesson once complete stays complete and a passed assessment stays passed.
import type { QuestionKey } from './grading';

/** What grading an attempt needs to know about a check: its questions now and the keys of its earlier versions. */
export interface VersionedCheck {
  /** Questions drawn per attempt; absent when every question is asked. */
  draw?: number | undefined;
  /** The current questions' keys. */
  questions: readonly QuestionKey[];
  /** The answer keys of earlier versions, newest first. */
  earlierKeys?: readonly (readonly QuestionKey[])[] | undefined;
}

/** How one saved attempt is graded. */
export interface GradedAttempt {
  /** The questions the attempt is scored on (for a drawn check, only those it was asked). */
  questions: QuestionKey[];
  /** Whether the attempt counts at all: it answers what an attempt at its version must answer. */
  counts: boolean;
  /** Whether it was made against the current version (an island can show it as it is). */
  current: boolean;
}

const answered = (answers: Readonly<Record<string, readonly string[]>>, id: string) =>
  Object.hasOwn(answers, id) && (answers[id]?.length ?? 0) > 0;

/**
 * The version an attempt was made against, and what it is graded on. Every attempt the course records answers the
 * questions it was asked and nothing else, which identifies the version: for a check asking every question, the
 * version whose questions are exactly the attempt's (else the first, current first, whose questions it all answers);
 * for a drawn assessment, the first version that knows every question the attempt answered. An attempt that fits no
 * version is graded against the current one, as before versions existed.
 */
export function gradeAttempt(check: VersionedCheck, answers: Readonly<Record<string, readonly string[]>>): GradedAttempt {
  const versions = [check.questions, ...(check.earlierKeys ?? [])];
  const asked = Object.keys(answers);
  if (check.draw === undefined) {
    const full = (version: readonly QuestionKey[]) => version.every((question) => answered(answers, question.id));
    const exact = versions.find(
      (version) => full(version) && version.length === asked.length && version.every((question) => Object.hasOwn(answers, question.id)),
    );
    const version = exact ?? versions.find(full);
    if (version) return { questions: [...version], counts: true, current: version === versions[0] };
    return { questions: [...check.questions], counts: false, current: true };
  }
  const version =
    versions.find((candidate) => asked.every((id) => candidate.some((question) => question.id === id))) ?? check.questions;
  const questions = version.filter((question) => Object.hasOwn(answers, question.id));
  const counts = questions.filter((question) => answered(answers, question.id)).length >= Math.min(check.draw, version.length);
  return { questions, counts, current: version === check.questions };
}

/** Answer keys from a check file's `earlierKeys` (question id → correct option ids). */
export function earlierKeysOf(keys: readonly Readonly<Record<string, readonly string[]>>[]): QuestionKey[][] {
  return keys.map((key) => Object.entries(key).map(([id, correctOptionIds]) => ({ id, correctOptionIds: [...correctOptionIds] })));
}
