// Pure paging of a long lesson section into several slides, so that every slide stays readable at the back of a room
// instead of shrinking its type until it fits (or clipping what does not). Blocks are never cut in half.
import { ELEMENT_NODE, parse } from 'ultrahtml';
import { textOf } from './split-lesson';

/** How much one slide holds, in words of prose (a projector at 1280 × 720 shows about this much at readable size). */
export const SLIDE_BUDGET = 130;
/** What a list item or table row costs beyond its words: the line it starts. */
const ROW_WEIGHT = 4;
/** What a heading costs beyond its words: its larger type and the space around it. */
const HEADING_WEIGHT = 6;

const HEADING = /^\s*<h[3-6]\b/i;

/** The top-level blocks of an HTML fragment, cut where each top-level element starts; no text is dropped. */
export function topLevelBlocks(html: string): string[] {
  const nodes: { type: number; loc?: [{ start: number }, { end: number }] }[] = parse(html).children;
  const starts = nodes.flatMap((node) => (node.type === ELEMENT_NODE && node.loc ? [node.loc[0].start] : []));
  if (starts.length === 0) return html.trim() ? [html] : [];
  starts[0] = 0;
  return starts.map((start, index) => html.slice(start, starts[index + 1] ?? html.length)).filter((block) => block.trim());
}

/** How much of a slide a block fills, in words: its text, plus a line's worth for each heading, list item and row. */
export function blockWeight(html: string): number {
  // A space for every tag, so that the text of adjacent items or cells does not run together into one word.
  const words = textOf(html.replace(/</g, ' <')).split(' ').filter(Boolean).length;
  const rows = html.match(/<(li|tr)\b/gi)?.length ?? 0;
  const headings = html.match(/<h[2-6]\b/gi)?.length ?? 0;
  return words + rows * ROW_WEIGHT + headings * HEADING_WEIGHT;
}

/**
 * Splits a section's HTML into slide pages of at most `budget` (a single block heavier than that gets a page of its
 * own). A subheading is never left at the bottom of a page: it moves on with the block it introduces.
 */
export function paginateSection(html: string, budget = SLIDE_BUDGET): string[] {
  const pages: string[][] = [];
  let page: string[] = [];
  let weight = 0;
  for (const block of topLevelBlocks(html)) {
    const blockCost = blockWeight(block);
    if (page.length > 0 && weight + blockCost > budget) {
      const carried = page.length > 1 && HEADING.test(page.at(-1)!) ? [page.pop()!] : [];
      pages.push(page);
      page = carried;
      weight = carried.reduce((sum, carriedBlock) => sum + blockWeight(carriedBlock), 0);
    }
    page.push(block);
    weight += blockCost;
  }
  if (page.length > 0) pages.push(page);
  return pages.map((blocks) => blocks.join('').trim());
}
