import type { z } from 'astro/zod';

/** A place in an authored file: the absolute path, and the 1-based line and column. */
export interface ContentLocation {
  file: string;
  line: number;
  column: number;
}

/** An authoring mistake, reported with the file and field the author must fix. */
export class ContentError extends Error {
  override name = 'ContentError';
  /** Where the mistake is, when known: Astro prints it as `Location:`, and its dev overlay shows the lines around it. */
  loc?: ContentLocation;

  constructor(message: string, loc?: ContentLocation) {
    super(message);
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
  const lines = error.issues.map((issue) => {
    const field = formatIssuePath([...prefix, ...issuePath(issue)]);
    return `  - ${field || '(top level)'}: ${issue.message}`;
  });
  return `${file} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`;
}

/** Parses authored data, throwing a ContentError that names the file and fields on failure. */
export function parseContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(describeIssues(file, result.error));
  return result.data;
}
