import { GlossarySchema, type GlossaryEntry } from '../schemas/glossary';
import { ContentError, parseContent } from '../schemas/content-error';

/** Where the glossary lives, for error messages. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** A glossary entry with its id, ready to render. */
export interface GlossaryItem extends GlossaryEntry {
  /** The term id: the entry's key in the file and its anchor on the glossary page. */
  id: string;
}

/** Checks the whole glossary (id format, cross-references) and returns its entries sorted by term. */
export function checkGlossary(entries: Record<string, unknown>): GlossaryItem[] {
  if (Object.keys(entries).length === 0) {
    throw new ContentError(
      `${GLOSSARY_FILE} has no entries. If the file is not empty, it could not be read: look for ` +
        `"Error reading data from ${GLOSSARY_FILE}" earlier in the build output (often a YAML indentation ` +
        'mistake or a term id written twice).',
    );
  }
  const glossary = parseContent(GlossarySchema, entries, GLOSSARY_FILE);
  return Object.entries(glossary)
    .map(([id, entry]) => ({ id, ...entry }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** The message for a `<Term id>` that names no glossary entry, with the closest known ids as hints. */
export function unknownTermMessage(id: string, knownIds: readonly string[], page: string): string {
  const stem = id.split('-')[0] ?? id;
  const hints = knownIds.filter((known) => known.includes(stem) || id.includes(known)).slice(0, 5);
  const hint = hints.length > 0 ? ` Did you mean ${hints.map((known) => `"${known}"`).join(', ')}?` : '';
  return (
    `<Term id="${id}"> on ${page} names no entry in ${GLOSSARY_FILE}.${hint} ` +
    `Add the term to ${GLOSSARY_FILE} or use one of its ids.`
  );
}
