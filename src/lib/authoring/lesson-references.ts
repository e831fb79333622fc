// What a lesson's MDX names must exist: every capitalised tag is one of the components lessons use without an import,
// and every id it passes (a check, an exercise, a glossary term) has its file or entry. The build checks this while it
// reads the lesson (src/integrations/authoring/checked-loader.ts), so that a typo stops it once, at the author's line,
// before any page renders.
import { mdxToMdast, type MdastNode } from 'satteri';
import { closestName } from '../../schemas/strict';
import type { SourcePosition } from './locate';

/** What lessons may name: component names and, per kind, the ids that exist in content/. */
export interface LessonVocabulary {
  /** Components every lesson can use without an import. */
  components: readonly string[];
  /** Ids of content/checks/*.yaml. */
  checks: readonly string[];
  /** Ids of the sorting exercises in content/exercises/. */
  sorts: readonly string[];
  /** Ids of the matrix challenges (`kind: matrix`) in content/exercises/. */
  matrixChallenges: readonly string[];
  /** Term ids of content/glossary.yaml. */
  terms: readonly string[];
}

/** One thing in a lesson that names something that does not exist, with where it is. */
export interface LessonReferenceProblem extends SourcePosition {
  message: string;
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

const listOf = (names: readonly string[]) => [...names].sort().join(', ');
/** "; did you mean …?" when a known name is close to the one written, else nothing. */
const suggestion = (name: string, known: readonly string[], quote: (name: string) => string) => {
  const close = closestName(name, known);
  return close ? `; did you mean ${quote(close)}?` : '';
};

/** The string value of an attribute written as `id="…"`, or undefined (absent, or an expression the build cannot read). */
function stringAttribute(element: JsxElement, name: string): { present: boolean; value?: string } {
  const attribute = element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  if (!attribute) return { present: false };
  return { present: true, value: typeof attribute.value === 'string' ? attribute.value : undefined };
}

/** Checks one id attribute against the ids that exist, or says the attribute is missing when it is required. */
function checkId(
  element: JsxElement,
  spec: { known: readonly string[]; required: boolean; missing: string; unknown: (id: string) => string },
): string | undefined {
  const { present, value } = stringAttribute(element, 'id');
  if (!present) return spec.required ? `<${element.name}> ${spec.missing}` : undefined;
  if (value === undefined || spec.known.includes(value)) return undefined;
  return spec.unknown(value);
}

/** The problem with one JSX element of a lesson, if any. */
function problemWith(element: JsxElement, vocabulary: LessonVocabulary): string | undefined {
  const name = element.name;
  // Fragments and lowercase tags are HTML, which MDX passes through as it is.
  if (!name || !/^[A-Z]/.test(name)) return undefined;
  if (!vocabulary.components.includes(name)) {
    return (
      `<${name}> is not a component lessons can use${suggestion(name, vocabulary.components, (close) => `<${close}>`)} ` +
      `Lessons use these without an import: ${vocabulary.components.map((component) => `<${component}>`).join(', ')}`
    );
  }
  switch (name) {
    case 'KnowledgeCheck':
      return checkId(element, {
        known: vocabulary.checks,
        required: true,
        missing: 'needs an id: the name of a file in content/checks/ without .yaml',
        unknown: (id) =>
          `<KnowledgeCheck id="${id}" />: there is no content/checks/${id}.yaml` +
          `${suggestion(id, vocabulary.checks, (close) => `"${close}"`)} (checks: ${listOf(vocabulary.checks)})`,
      });
    case 'ResponsibilitySort':
      return checkId(element, {
        known: vocabulary.sorts,
        required: true,
        missing: 'needs an id: the name of a sorting exercise in content/exercises/ without .yaml',
        unknown: (id) =>
          `<ResponsibilitySort id="${id}" />: there is no sorting exercise content/exercises/${id}.yaml` +
          `${suggestion(id, vocabulary.sorts, (close) => `"${close}"`)} (sorting exercises: ${listOf(vocabulary.sorts)})`,
      });
    case 'MatrixChallenge':
      return checkId(element, {
        known: vocabulary.matrixChallenges,
        required: false,
        missing: '',
        unknown: (id) =>
          `<MatrixChallenge id="${id}" />: there is no matrix challenge (kind: matrix) content/exercises/${id}.yaml` +
          `${suggestion(id, vocabulary.matrixChallenges, (close) => `"${close}"`)} (matrix challenges: ${listOf(vocabulary.matrixChallenges)})`,
      });
    case 'Term':
      return checkId(element, {
        known: vocabulary.terms,
        required: true,
        missing: 'needs an id: a term id of content/glossary.yaml',
        unknown: (id) =>
          `<Term id="${id}">: content/glossary.yaml has no entry "${id}"` +
          `${suggestion(id, vocabulary.terms, (close) => `"${close}"`)} (add the term to the glossary, or use one of its ids)`,
      });
    default:
      return undefined;
  }
}

/** Every JSX element of an MDX tree, in document order. */
function jsxElements(node: MdastNode): JsxElement[] {
  const own = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? [node as unknown as JsxElement] : [];
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]) : [];
  return [...own, ...children.flatMap(jsxElements)];
}

/**
 * Reads a lesson's MDX source and returns every component and id it names that does not exist, with its line and
 * column in the file. A syntax error is returned as the one problem, where the MDX parser found it.
 */
export function checkLessonReferences(source: string, vocabulary: LessonVocabulary): LessonReferenceProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { position: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    return [{ line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), message: message.slice(at?.[0].length ?? 0) }];
  }
  return jsxElements(tree).flatMap((element) => {
    const message = problemWith(element, vocabulary);
    if (!message) return [];
    const start = element.position?.start ?? { line: 1, column: 1 };
    return [{ line: start.line, column: start.column, message }];
  });
}
