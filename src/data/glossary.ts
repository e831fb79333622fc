import { getCollection } from 'astro:content';
import { checkGlossary, type GlossaryItem } from '~/lib/glossary';

let cached: Promise<GlossaryItem[]> | undefined;

/** The checked glossary, sorted by term; fails the build with the file and field when an entry is wrong. */
export function getGlossary(): Promise<GlossaryItem[]> {
  cached ??= getCollection('glossary').then((entries) =>
    checkGlossary(Object.fromEntries(entries.map((entry) => [entry.id, entry.data]))),
  );
  return cached;
}
