import InstructorNote from './InstructorNote.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';

/** Components every lesson can use without importing them, e.g. `<InstructorNote>`. */
export const mdxComponents = {
  InstructorNote,
  KnowledgeCheck,
};
