import type { z } from 'astro/zod';

/** A place in an authored file: the absolute path, and the 1-based line and column. */
export interface ContentLocation {
  file: string;
  line: number;
  column: number;
}

/** A field of an authored file: the file as messages name it (`content/lessons/x.mdx`) and the field's path in it. */
export interface ContentField {
  file: string;
  path?: readonly PropertyKey[];
}

/** Finds a field's line in its file; the build registers one (it reads files), the browser never does. */
export type ContentFieldLocator = (field: ContentField) => ContentLocation | undefined;

// Kept on globalThis under a registered symbol: Astro runs pages in its own module graph, where this module is
// another copy, and only the integration (src/integrations/authoring/) may read files.
const LOCATOR = Symbol.for('srm-course.content-field-locator');

/** Lets errors thrown while pages render find their field's line (called by the authoring integration). */
export function setContentFieldLocator(locate: ContentFieldLocator): void {
  (globalThis as { [LOCATOR]?: ContentFieldLocator })[LOCATOR] = locate;
}

/** An authoring mistake, reported with the file and field the author must fix. */
export class ContentError extends Error {
  override name = 'ContentError';
  /**
   * Where the mistake is, when known: Astro prints it as `Location:` (instead of a line of its own code in
   * node_modules), and its dev overlay shows the lines around it.
   */
  loc?: ContentLocation;

  /** `where` is a line of a file, or a field whose line the build looks up. */
  constructor(message: string, where?: ContentLocation | ContentField) {
    super(message);
    const loc = where && 'line' in where ? where : where ? (globalThis as { [LOCATOR]?: ContentFieldLocator })[LOCATOR]?.(where) : undefined;
    if (loc) this.loc = loc;
  }
}

/** Formats a zod issue path such as `questions.2.options` as `questions[2].options`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

/** Where an issue is: an unknown field is named by its own path (`draft`), not by the object that holds it. */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) return [...issue.path, issue.keys[0]!];
  return [...issue.path];
}

/**
 * Turns a failed parse into one message that names the file and every bad field; `prefix` is the path of the parsed
 * value in its file (a glossary entry's id).
 */
export function describeIssues(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): string {
  // A misspelt required field (`rwo:` for `row:`) is reported once, as the typo with its suggestion, not also as the
  // missing field it was meant to be.
  const meant = new Set(
    error.issues.flatMap((issue) => {
      const suggestion = issue.code === 'unrecognized_keys' ? /did you mean `([^`]+)`\?/.exec(issue.message)?.[1] : undefined;
      return suggestion ? [formatIssuePath([...issue.path, suggestion])] : [];
    }),
  );
  const issues = error.issues.filter(
    (issue) => !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(formatIssuePath(issue.path))),
  );
  const lines = issues.map((issue) => {
    const field = formatIssuePath([...prefix, ...issuePath(issue)]);
    return `  - ${field || '(top level)'}: ${issue.message}`;
  });
  return `${file} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`;
}

/** Parses authored data, throwing a ContentError that names the file and fields on failure. */
export function parseContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues.find((issue) => issue.code === 'unrecognized_keys') ?? result.error.issues[0]!;
    throw new ContentError(describeIssues(file, result.error), { file, path: issuePath(first) });
  }
  return result.data;
}
