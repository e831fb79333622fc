// The names alone, apart from the components: the build's lesson check (src/integrations/authoring/) reads them in
// Node, where .astro files cannot be imported. mdx-components.ts must map exactly these names (a type check holds it).

/** The components every lesson can use without an import, in the order the README lists them. */
export const MDX_COMPONENT_NAMES = [
  'Term',
  'Scenario',
  'Callout',
  'KeyTakeaways',
  'MatrixTable',
  'ServiceStack',
  'KnowledgeCheck',
  'ResponsibilitySort',
  'MatrixChallenge',
  'InstructorNote',
] as const;

/** The name of a component lessons can use without an import. */
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
