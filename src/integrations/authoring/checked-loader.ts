// Wraps Astro's content loaders so that an authoring mistake stops the build once, with the file, the field and the
// line (Astro's own schema errors say `:0:0`), and so that `npm run dev` can show it in the browser instead of the
// last valid version of the page (the dev overlay, in dev-overlay.ts, reads what is recorded here).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { locateField } from '../../lib/authoring/locate';
import { ContentError, describeIssues, issuePath } from '../../schemas/content-error';
import type { SourcePosition } from '../../lib/authoring/locate';
import { clearContentProblem, clearFileProblems, reportContentProblem } from './content-problems';

/** How to check the entries of one collection. */
export interface CheckedLoaderOptions {
  /** The collection's schema, checked before Astro's own parse so that the error can carry its line. */
  schema: z.ZodType;
  /** Where an entry's data sits in its file: the glossary keeps each entry under its id. */
  pathInFile?: (id: string) => PropertyKey[];
  /** Checks the file's source once its data passed the schema (lessons: the components and ids they name). */
  checkSource?: (source: string, root: string) => (SourcePosition & { message: string })[];
}

/** The error for an entry that breaks its schema: every bad field named, located at a misspelt one or the first. */
function schemaError(file: string, root: string, source: string, error: z.ZodError, prefix: PropertyKey[]): ContentError {
  // A misspelt field is where the author's eye should go: a required field it was meant to be is reported missing too.
  const first = error.issues.find((issue) => issue.code === 'unrecognized_keys') ?? error.issues[0];
  const at = locateField(file, source, first ? [...prefix, ...issuePath(first)] : prefix);
  return new ContentError(describeIssues(relative(root, file), error, prefix), { file, ...at });
}

/** The error for problems found in a file's source, located at the first one. */
function sourceError(file: string, root: string, problems: (SourcePosition & { message: string })[]): ContentError {
  const lines = problems.map((problem) => `  - line ${problem.line}: ${problem.message}`);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const first = problems[0]!;
  return new ContentError(`${relative(root, file)} has ${count}:\n${lines.join('\n')}`, { file, line: first.line, column: first.column });
}

/** A loader that reads like `inner` but checks every entry first, reporting mistakes with their place in the file. */
export function checkedLoader(inner: Loader, options: CheckedLoaderOptions): Loader {
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      // Registered before the inner loader's own listeners, so a changed file's problems are forgotten before it is
      // read again (and recorded again if they remain). A file put back as it was last read cleanly is not parsed again
      // by Astro, so this is what clears its problem.
      context.watcher?.on('change', (path) => clearFileProblems(path));
      context.watcher?.on('unlink', (path) => clearFileProblems(path));
      const parseData: LoaderContext['parseData'] = async (entry) => {
        const file = entry.filePath ?? '';
        const source = file ? readFileSync(file, 'utf8') : '';
        const prefix = options.pathInFile?.(entry.id) ?? [];
        const result = options.schema.safeParse(entry.data);
        const problems = result.success ? (options.checkSource?.(source, root) ?? []) : [];
        const error = !result.success
          ? schemaError(file, root, source, result.error, prefix)
          : problems.length > 0
            ? sourceError(file, root, problems)
            : undefined;
        if (error) {
          reportContentProblem(file, entry.id, error);
          throw error;
        }
        clearContentProblem(file, entry.id);
        return context.parseData(entry);
      };
      await inner.load({ ...context, parseData });
    },
  };
}
