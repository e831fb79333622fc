// The content problems of the moment, for `npm run dev`: the checked loaders write them, the dev overlay's middleware
// reads them. Astro's content layer runs its loaders in its own module graph, so the record lives on globalThis under
// a registered symbol: every copy of this module sees the same one.

/** An authoring mistake found while a content file was read, with the place to fix it. */
export interface ContentProblem extends Error {
  loc?: { file: string; line: number; column: number };
}

interface Registry {
  /** Problems by `<absolute file path>#<entry id>`. */
  problems: Map<string, ContentProblem>;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('srm-course.content-problems');

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
  holder[KEY] ??= { problems: new Map(), listeners: new Set() };
  return holder[KEY];
}

const keyOf = (file: string, id: string) => `${file}#${id}`;

function changed(): void {
  for (const listener of registry().listeners) listener();
}

/** Records the problem of one entry of a file (a lesson, a check, a glossary term). */
export function reportContentProblem(file: string, id: string, problem: ContentProblem): void {
  registry().problems.set(keyOf(file, id), problem);
  changed();
}

/** Forgets the problem of one entry, once it reads cleanly. */
export function clearContentProblem(file: string, id: string): void {
  if (registry().problems.delete(keyOf(file, id))) changed();
}

/** Forgets every problem of a file: it changed or went away, and is read again. */
export function clearFileProblems(file: string): void {
  const { problems } = registry();
  let any = false;
  for (const key of problems.keys()) {
    if (key.startsWith(`${file}#`)) any = problems.delete(key) || any;
  }
  if (any) changed();
}

/** The problem to show first (the earliest recorded), or undefined when the content reads cleanly. */
export function firstContentProblem(): ContentProblem | undefined {
  return registry().problems.values().next().value;
}

/** Calls `listener` whenever a problem is recorded or forgotten; returns the function that stops it. */
export function onContentProblemsChange(listener: () => void): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}
