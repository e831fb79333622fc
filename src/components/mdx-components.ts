import Callout from './Callout.astro';
import InstructorNote from './InstructorNote.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import MatrixChallenge from './MatrixChallenge.astro';
import MatrixTable from './MatrixTable.astro';
import ResponsibilitySort from './ResponsibilitySort.astro';
import Scenario from './Scenario.astro';
import ServiceStack from './ServiceStack.astro';
import Term from './Term.astro';
import type { MdxComponentName } from './mdx-component-names';

/** Components every lesson can use without importing them, e.g. `<InstructorNote>`. */
export const mdxComponents = {
  Callout,
  InstructorNote,
  KeyTakeaways,
  KnowledgeCheck,
  MatrixChallenge,
  MatrixTable,
  ResponsibilitySort,
  Scenario,
  ServiceStack,
  Term,
} satisfies Record<MdxComponentName, unknown>;
