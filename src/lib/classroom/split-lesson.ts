// Splits a lesson's rendered HTML into slide-sized sections. The presenter renders the lesson's MDX with markers
// (see src/components/classroom/) around instructor notes and embedded checks or exercises; this module reads them.

/** Opens an instructor note in presenter HTML. */
export const NOTE_START = '<!--srm-note-->';
/** Closes an instructor note in presenter HTML. */
export const NOTE_END = '<!--/srm-note-->';

/** The marker left where a lesson embeds a knowledge check or an exercise, e.g. `<!--srm-embed:check:iaas-->`. */
export function embedMarker(kind: EmbedKind, id: string): string {
  return `<!--srm-embed:${kind}:${id}-->`;
}

/** What a lesson can embed that becomes slides of its own. */
export type EmbedKind = 'check' | 'exercise';

/** A run of lesson content: the part before the first `##` heading (intro) or one `##` section. */
export interface SectionChunk {
  kind: 'section';
  /** The heading's anchor, or null for the intro before the first heading. */
  id: string | null;
  /** The heading's text, or null for the intro. */
  title: string | null;
  /** The section's HTML (heading included) without notes or embed markers. */
  html: string;
  /** HTML of every instructor note in the section, in order. */
  notes: string[];
}

/** A check or exercise embedded in the lesson at this point. */
export interface EmbedChunk {
  kind: 'embed';
  embed: EmbedKind;
  id: string;
  /** Instructor notes of a section that only introduces this embed (its heading is not worth a slide of its own). */
  notes?: string[];
}

/** One piece of a split lesson. */
export type LessonChunk = SectionChunk | EmbedChunk;

const H2 = /<h2\b[^>]*>[\s\S]*?<\/h2>/gi;
const EMBED = /<!--srm-embed:(check|exercise):([a-z0-9-]+)-->/g;

/** Text of an HTML fragment: tags dropped, the common entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' })[name] ?? '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Takes the instructor notes out of a fragment; an unclosed note runs to the end of the fragment. */
export function extractNotes(html: string): { html: string; notes: string[] } {
  const notes: string[] = [];
  let rest = html;
  let kept = '';
  for (;;) {
    const start = rest.indexOf(NOTE_START);
    if (start === -1) break;
    kept += rest.slice(0, start);
    const afterStart = rest.slice(start + NOTE_START.length);
    const end = afterStart.indexOf(NOTE_END);
    const note = end === -1 ? afterStart : afterStart.slice(0, end);
    if (note.trim()) notes.push(note.trim());
    rest = end === -1 ? '' : afterStart.slice(end + NOTE_END.length);
  }
  return { html: (kept + rest).trim(), notes };
}

function sectionChunks(html: string, id: string | null, title: string | null): LessonChunk[] {
  const embeds: EmbedChunk[] = [];
  const withoutEmbeds = html.replace(EMBED, (_, embed: EmbedKind, embedId: string) => {
    embeds.push({ kind: 'embed', embed, id: embedId });
    return '';
  });
  const { html: body, notes } = extractNotes(withoutEmbeds);
  const chunks: LessonChunk[] = [];
  const bodyText = textOf(body.replace(H2, ''));
  // Not worth a slide: an empty intro, or a heading that only introduces the check or exercise that follows it (its
  // notes then go with that check or exercise, so the presenter still sees them).
  const introducesEmbed = !bodyText && id !== null && embeds.length > 0;
  const empty = introducesEmbed || (!bodyText && notes.length === 0 && id === null);
  if (introducesEmbed && notes.length > 0) embeds[0] = { ...embeds[0]!, notes };
  if (!empty) chunks.push({ kind: 'section', id, title, html: body, notes });
  return [...chunks, ...embeds];
}

/**
 * Splits rendered lesson HTML at every `<h2>`: an intro chunk (if the lesson has text before its first heading),
 * then one chunk per section, each followed by the checks and exercises embedded in it.
 */
export function splitLesson(html: string): LessonChunk[] {
  const headings = [...html.matchAll(H2)];
  const chunks: LessonChunk[] = [];
  const introEnd = headings[0]?.index ?? html.length;
  chunks.push(...sectionChunks(html.slice(0, introEnd), null, null));
  headings.forEach((match, index) => {
    const start = match.index;
    const end = headings[index + 1]?.index ?? html.length;
    const id = /\bid="([^"]*)"/.exec(match[0])?.[1] ?? null;
    chunks.push(...sectionChunks(html.slice(start, end), id ?? `section-${index + 1}`, textOf(match[0])));
  });
  return chunks;
}
