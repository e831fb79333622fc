import InstructorNote from './InstructorNote.astro';

/** Components every lesson can use without importing them, e.g. `<InstructorNote>`. */
export const mdxComponents = {
  InstructorNote,
};
