// How much of a projected slide a piece of content fills, in lines of body text. Slides are laid out at one fixed type
// size (src/components/classroom/deck.css) so that nothing on a projector shrinks below what the back of a room can
// read; these estimates decide at build time where a section, a question's explanations or an exercise's cards are
// split so that every slide fits. They err on the long side: they assume the widest common system font (DejaVu Sans),
// which sets about 65 characters of body text on a line of a 16:9 slide (fewer in bold). The e2e slide-size test measures the result.
import { textOf } from './split-lesson';

/** Characters of body text on one full-width line of a slide. */
export const LINE_CHARS = 65;
/**
 * Lines of body text a slide holds in all, its heading included, as these estimates count them. A 1280 × 720 slide
 * fits 14.8 lines exactly; the estimates run 5 to 30% over what the text really takes, so this leaves a margin.
 */
export const SLIDE_CAPACITY = 15;
/** Lines of body text a slide holds under a one-line heading. */
export const SLIDE_LINES = 13.3;
/** Type of secondary text (explanations, reasons, hints, tables) relative to body text; see deck.css. */
export const SMALL_TEXT = 0.885;

/** Lines a text takes when wrapped at word boundaries to `width` characters (0 for no text). */
export function wrapLines(text: string, width = LINE_CHARS): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= width || used === 0) used = needed;
    else {
      lines += 1;
      used = word.length;
    }
    // A word longer than the line breaks over several lines.
    while (used > width) {
      lines += 1;
      used -= width;
    }
  }
  return lines;
}

/** How much narrower a line of bold text is than one of regular text, in characters. */
const BOLD = 0.88;

/** Lines a bold heading of `size` em takes: headings are set tighter than body text (see deck.css). */
export function headingLines(text: string, size: number): number {
  return wrapLines(text, Math.floor((LINE_CHARS * BOLD) / size)) * size * (1.15 / 1.3) + 0.4 * size;
}

/** Lines a text in secondary type takes, counted in body lines (its lines are smaller, and more fit on one). */
export function smallLines(text: string, width = LINE_CHARS): number {
  return wrapLines(text, Math.floor(width / SMALL_TEXT)) * SMALL_TEXT;
}

/** Space after a paragraph or list, in lines. */
const BLOCK_GAP = 0.45;
/** What a list item costs beyond its text: the gap between items. */
const ITEM_GAP = 0.2;
/** Indent of a list item's text, in characters. */
const LIST_INDENT = 3;
/** Characters on a line inside a boxed part (scenario, callout, takeaways), within its padding and border. */
const BOX_WIDTH = LINE_CHARS - 6;
/** A box's padding, border and margins, in lines. */
const BOX_CHROME = 1.5;

const WIDE = /^\s*<(figure|table)\b|^\s*<[a-z]+[^>]*\bclass="[^"]*\b(slide-figure|matrix|table-scroll)\b/i;

/** Whether a block is a diagram or table, which fills a slide of its own. */
export function isWideBlock(html: string): boolean {
  return WIDE.test(html);
}

function listLines(html: string, width: number): number {
  const items = html.match(/<li\b[\s\S]*?<\/li>/gi) ?? [];
  return items.reduce((sum, item) => sum + wrapLines(textOf(item), width - LIST_INDENT) + ITEM_GAP, 0);
}

/** Lines the inner blocks of an HTML fragment take at `width` characters a line. */
function flowLines(html: string, width: number): number {
  const blocks = html.match(/<(p|ul|ol|h[3-6]|blockquote|pre)\b[\s\S]*?<\/\1>/gi);
  if (!blocks) return wrapLines(textOf(html), width) + BLOCK_GAP;
  return blocks.reduce((sum, block) => {
    if (/^<h[3-6]/i.test(block)) return sum + wrapLines(textOf(block), Math.floor(width / 1.15)) * 1.15 + 0.6;
    if (/^<(ul|ol)/i.test(block)) return sum + listLines(block, width) + BLOCK_GAP;
    return sum + wrapLines(textOf(block), width) + BLOCK_GAP;
  }, 0);
}

/** How many lines of a slide a top-level block of lesson HTML fills. A diagram or table fills a whole slide. */
export function blockLines(html: string): number {
  if (isWideBlock(html)) return SLIDE_LINES;
  const trimmed = html.trim();
  if (/^<h[3-6]\b/i.test(trimmed)) return wrapLines(textOf(trimmed), Math.floor(LINE_CHARS / 1.15)) * 1.15 + 0.6;
  if (/^<h2\b/i.test(trimmed)) return 0;
  if (/^<(ul|ol)\b/i.test(trimmed)) return listLines(trimmed, LINE_CHARS) + BLOCK_GAP;
  if (/^<(div|aside|section)\b/i.test(trimmed)) {
    // A box's label and title come first (a scenario's label is small, its title a little larger than its text);
    // its content flows inside its padding.
    const labels = [...trimmed.matchAll(/<p class="[^"]*__(eyebrow|title)"[^>]*>([\s\S]*?)<\/p>/gi)];
    const labelLines = labels.reduce((sum, [, kind, text]) => {
      const size = kind === 'eyebrow' ? 0.9 : 1.1;
      return sum + wrapLines(textOf(text ?? ''), Math.floor(BOX_WIDTH / size)) * size + 0.25;
    }, 0);
    const content = labels.reduce((html, [label]) => html.replace(label, ''), trimmed);
    return BOX_CHROME + labelLines + flowLines(content, BOX_WIDTH);
  }
  return wrapLines(textOf(trimmed), LINE_CHARS) + BLOCK_GAP;
}
