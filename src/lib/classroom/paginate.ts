// Pure paging of a long lesson section into several slides, so that every slide stays readable at the back of a room
// instead of shrinking its type until it fits (or clipping what does not). Blocks are kept whole where they fit: a
// paragraph too long for a slide is cut between sentences, a box too long for one (a scenario, a callout, the key
// takeaways) continues on the next slide in a copy of its frame, and a diagram or table gets a slide of its own.
import { ELEMENT_NODE, parse } from 'ultrahtml';
import { SLIDE_LINES, blockLines, isWideBlock } from './slide-lines';

const HEADING = /^\s*<h[2-6]\b/i;
/** A block that introduces the next one: a subheading, or a paragraph that ends with a colon ("Contoso must still:"). */
const LEAD_IN = /^\s*<h[3-6]\b|:\s*<\/p>\s*$/i;

interface Located {
  type: number;
  name?: string;
  attributes?: Record<string, string>;
  children?: Located[];
  loc?: [{ start: number }, { end: number }];
}

/** The top-level blocks of an HTML fragment, cut where each top-level element starts; no text is dropped. */
export function topLevelBlocks(html: string): string[] {
  const nodes: Located[] = parse(html).children;
  return cutAtElements(html, nodes, 0, html.length);
}

function cutAtElements(html: string, nodes: Located[], from: number, to: number): string[] {
  const starts = nodes.flatMap((node) => (node.type === ELEMENT_NODE && node.loc ? [node.loc[0].start] : []));
  if (starts.length === 0) return html.slice(from, to).trim() ? [html.slice(from, to)] : [];
  starts[0] = from;
  return starts.map((start, index) => html.slice(start, starts[index + 1] ?? to)).filter((block) => block.trim());
}

/**
 * Cuts a paragraph longer than `budget` lines between sentences into paragraphs that each fit, never inside a link
 * or other inline element; returns it as it is when it fits or has no such place to cut.
 */
export function splitParagraph(html: string, budget = SLIDE_LINES, lines: (html: string) => number = blockLines): string[] {
  const match = /^(\s*<p\b[^>]*>)([\s\S]*)(<\/p>\s*)$/i.exec(html);
  if (!match || lines(html) <= budget) return [html];
  const [, open, inner, close] = match as unknown as [string, string, string, string];
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner[index];
    if (char === '<') {
      const end = inner.indexOf('>', index);
      const tag = inner.slice(index, end + 1);
      if (/^<\//.test(tag)) depth -= 1;
      else if (!/\/>$|^<(br|img|wbr)\b/i.test(tag)) depth += 1;
      index = end;
    } else if (depth === 0 && /[.?!]/.test(char!) && /^[”’")]*\s+[A-Z“"‘(]/.test(inner.slice(index + 1, index + 6))) {
      const after = index + 1 + /^[”’")]*/.exec(inner.slice(index + 1))![0].length;
      sentences.push(inner.slice(start, after));
      start = after;
    }
  }
  sentences.push(inner.slice(start));
  if (sentences.length < 2) return [html];
  const pieces: string[][] = [];
  let piece: string[] = [];
  for (const sentence of sentences) {
    if (piece.length > 0 && lines(open + [...piece, sentence].join('') + close) > budget) {
      pieces.push(piece);
      piece = [];
    }
    piece.push(sentence);
  }
  pieces.push(piece);
  return pieces.map((sentencesOfPiece) => `${open}${sentencesOfPiece.join('').trim()}${close}`);
}

/**
 * Splits a box or a list too long for one slide into several, each a copy of the frame (a box's label and title, the
 * list's own tag, numbering carried on) around a run of its content: the box's `…__body` element or its only list,
 * or the list's items. Returns the block as it is when it fits or cannot be split.
 */
export function splitBox(html: string, budget = SLIDE_LINES): string[] {
  if (blockLines(html) <= budget) return [html];
  const root = parse(html).children.find((node: Located) => node.type === ELEMENT_NODE) as Located | undefined;
  if (!root?.loc) return [html];
  const container = /^(ul|ol)$/i.test(root.name ?? '') ? root : findContainer(root);
  if (!container?.loc || !container.children) return [html];
  const openEnd = html.indexOf('>', container.loc[0].start) + 1;
  const closeStart = html.lastIndexOf('</', container.loc[1].end - 1);
  const before = html.slice(0, openEnd);
  const after = html.slice(closeStart);
  const frame = blockLines(before + after);
  const children = cutAtElements(html, container.children, openEnd, closeStart).flatMap((child) =>
    splitParagraph(child, budget, (paragraph) => blockLines(before + paragraph + after)),
  );
  if (children.length < 2 || frame >= budget) return [html];
  const pieces: string[][] = [];
  let piece: string[] = [];
  for (const child of children) {
    const candidate = before + [...piece, child].join('') + after;
    if (piece.length > 0 && blockLines(candidate) > budget) {
      pieces.push(piece);
      piece = [];
    }
    piece.push(child);
  }
  pieces.push(piece);
  // A numbered list carries its numbering on into the next piece.
  const numbered = /^ol$/i.test(container.name ?? '') && !/\bstart=/i.test(html.slice(container.loc[0].start, openEnd));
  let counted = 0;
  return pieces.map((items) => {
    const opening = numbered && counted > 0 ? `${html.slice(0, openEnd - 1)} start="${counted + 1}">` : before;
    counted += items.filter((item) => /^\s*<li\b/i.test(item)).length;
    return opening + items.join('') + after;
  });
}

/** The element whose children a box can be split between: its body, or a list that holds all of its content. */
function findContainer(node: Located): Located | undefined {
  const elements = (node.children ?? []).filter((child) => child.type === ELEMENT_NODE);
  const body = elements.find((child) => /(^|\s)[a-z-]+__body(\s|$)/.test(child.attributes?.class ?? ''));
  if (body) return listInside(body) ?? body;
  return listInside(node);
}

function listInside(node: Located): Located | undefined {
  const elements = (node.children ?? []).filter((child) => child.type === ELEMENT_NODE);
  return elements.length === 1 && /^(ul|ol)$/i.test(elements[0]!.name ?? '') ? elements[0] : undefined;
}

/**
 * Splits a section's HTML into slide pages of at most `budget` lines (its heading not counted). A diagram or table gets a page of its own (with
 * the heading that introduces it); a subheading is never left at the bottom of a page: it moves on with the block it
 * introduces; a box longer than a page continues on the next.
 */
export function paginateSection(html: string, budget = SLIDE_LINES): string[] {
  const pages: string[][] = [];
  let page: string[] = [];
  let lines = 0;
  const onlyHeadings = () => page.every((block) => HEADING.test(block));
  const turn = () => {
    // A lead-in moves on with what it introduces, unless that would leave nothing but headings behind.
    const leadIn = LEAD_IN.test(page.at(-1) ?? '') && page.slice(0, -1).some((block) => !HEADING.test(block));
    const carried = leadIn ? [page.pop()!] : [];
    if (page.length > 0) pages.push(page);
    page = carried;
    lines = carried.reduce((sum, block) => sum + blockLines(block), 0);
  };
  const blocks = topLevelBlocks(html).flatMap((block) =>
    /^\s*<(div|aside|ul|ol)\b/i.test(block) ? splitBox(block, budget) : /^\s*<p\b/i.test(block) ? splitParagraph(block, budget) : [block],
  );
  for (const block of blocks) {
    if (isWideBlock(block)) {
      // A diagram fills a slide: it takes along only the headings just before it.
      if (!onlyHeadings()) pages.push(page.splice(0));
      page.push(block);
      pages.push(page);
      page = [];
      lines = 0;
      continue;
    }
    const cost = blockLines(block);
    if (page.length > 0 && !onlyHeadings() && lines + cost > budget) turn();
    page.push(block);
    lines += cost;
  }
  if (page.length > 0) pages.push(page);
  return pages.map((blocks) => blocks.join('').trim());
}
