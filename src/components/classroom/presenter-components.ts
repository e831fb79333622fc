import { mdxComponents } from '../mdx-components';
import CheckEmbed from './CheckEmbed.astro';
import ExerciseEmbed from './ExerciseEmbed.astro';
import PresenterNote from './PresenterNote.astro';

/**
 * The lesson component map for instructor views (slides, notes): notes are kept (between markers) instead of dropped,
 * and checks and exercises leave markers where they are embedded, because they become slides of their own.
 */
export const presenterComponents = {
  ...mdxComponents,
  InstructorNote: PresenterNote,
  KnowledgeCheck: CheckEmbed,
  ResponsibilitySort: ExerciseEmbed,
  MatrixChallenge: ExerciseEmbed,
};
