import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A place in an authored file, 1-based, as editors and Astro's `Location:` line count. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** The YAML frontmatter of an MDX or Markdown file, with the line it starts on; undefined when there is none. */
export function frontmatterOf(source: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}

/**
 * Where a field sits in YAML (or JSON) text: the key of the deepest part of `path` that exists, so that an unknown
 * or wrong field points at its own line and a missing one at the object that lacks it. Falls back to line 1.
 */
export function locateInYaml(yaml: string, path: readonly PropertyKey[], firstLine = 1): SourcePosition {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, keepSourceTokens: false });
  let node: unknown = document.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(part));
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
      node = node.items[part];
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  if (offset === undefined) return { line: firstLine, column: 1 };
  const { line, col } = lineCounter.linePos(offset);
  return { line: line + firstLine - 1, column: col };
}

/** Where a field of an authored file is: in the whole file for YAML and JSON, in the frontmatter for MDX. */
export function locateField(file: string, source: string, path: readonly PropertyKey[]): SourcePosition {
  if (/\.mdx?$/.test(file)) {
    const frontmatter = frontmatterOf(source);
    return frontmatter ? locateInYaml(frontmatter.yaml, path, frontmatter.firstLine) : { line: 1, column: 1 };
  }
  return locateInYaml(source, path);
}
