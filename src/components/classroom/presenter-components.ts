import { mdxComponents } from '../mdx-components';
import CheckEmbed from './CheckEmbed.astro';
import ExerciseEmbed from './ExerciseEmbed.astro';
import PresenterNote from './PresenterNote.astro';
import SlideMatrixTable from './SlideMatrixTable.astro';
import SlideServiceStack from './SlideServiceStack.astro';

/**
 * The lesson component map for instructor views (slides, notes): notes are kept (between markers) instead of dropped,
 * checks and exercises leave markers where they are embedded, because they become slides of their own, and the
 * matrix and the layer stacks are drawn to fill a slide.
 */
export const presenterComponents = {
  ...mdxComponents,
  InstructorNote: PresenterNote,
  KnowledgeCheck: CheckEmbed,
  ResponsibilitySort: ExerciseEmbed,
  MatrixChallenge: ExerciseEmbed,
  MatrixTable: SlideMatrixTable,
  ServiceStack: SlideServiceStack,
};
