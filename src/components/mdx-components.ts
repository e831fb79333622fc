import InstructorNote from './InstructorNote.astro';
import MatrixChallenge from './MatrixChallenge.astro';
import ResponsibilitySort from './ResponsibilitySort.astro';

/** Components every lesson can use without importing them, e.g. `<InstructorNote>`. */
export const mdxComponents = {
  InstructorNote,
  ResponsibilitySort,
  MatrixChallenge,
};
