// The review deck's course side, read once per build: every question of every check (with its review link) and every
// card of every sorting exercise (with its zones, reason and lesson), as the Review page's templates and the progress
// page's deck summary need them, plus the deck key the deck is derived with.
import { getCollection } from 'astro:content';
import { loadKnowledgeCheck } from '~/components/knowledge-check';
import { getCourseKey } from '~/data/course-key';
import { getOutline } from '~/data/lessons';
import type { CheckQuestionData } from '~/islands/knowledge-check/types';
import { deckKeyOf, itemKey, type DeckKey } from '~/lib/review/deck';
import { prepareSort, type CardView, type ZoneView } from '~/lib/sort/answers';
import { lessonUrl, withBase } from '~/lib/urls';
import type { SortExercise } from '~/schemas/exercise';

/** Where an item is taught, for "Review: …" links on the Review page and the most-missed list. */
export interface TeachingLink {
  href: string;
  /** The link's words: the section, and the lesson when that is not the section itself. */
  label: string;
}

/** A question that can come up for review, with everything its view needs. */
export interface ReviewQuestionItem {
  key: string;
  checkId: string;
  /** Where it comes from, e.g. "IaaS in practice" or "Final assessment". */
  source: string;
  shuffle: boolean;
  question: CheckQuestionData;
  link: TeachingLink | null;
}

/** A sorting card that can come up for review, with the zones of its exercise. */
export interface ReviewCardItem {
  key: string;
  exerciseId: string;
  source: string;
  card: CardView;
  zones: ZoneView[];
  /** Why the card belongs where it does (the sorter's feedback). */
  explanation: string;
  link: TeachingLink;
}

/** How the progress page names an item of the deck: its words and where it is taught. */
export interface ItemLabel {
  text: string;
  link: TeachingLink | null;
}

/** Everything the Review page and the deck summary need, built once from the collections. */
export interface ReviewCourse {
  deckKey: DeckKey;
  questions: ReviewQuestionItem[];
  cards: ReviewCardItem[];
  /** Item key → its words and link, for lists such as "most missed". */
  labels: Record<string, ItemLabel>;
}

const inLesson = (label: string, lessonTitle: string) => (label === lessonTitle ? label : `${label}, in “${lessonTitle}”`);

let course: Promise<ReviewCourse> | undefined;

/** Every question and sorting card of the course that can join a learner's review deck (read once per build). */
export function getReviewCourse(): Promise<ReviewCourse> {
  course ??= build();
  return course;
}

async function build(): Promise<ReviewCourse> {
  const [courseKey, outline, checkEntries, exerciseEntries] = await Promise.all([
    getCourseKey(),
    getOutline(),
    getCollection('checks'),
    getCollection('exercises'),
  ]);
  const lessonTitle = new Map(outline.lessons.map((lesson) => [lesson.id, lesson.title]));
  const checkSource = (lessonId: string | undefined, title: string) => (lessonId ? (lessonTitle.get(lessonId) ?? title) : title);

  const questions: ReviewQuestionItem[] = [];
  for (const entry of checkEntries) {
    const check = await loadKnowledgeCheck(entry.id, `the page /review/`);
    const source = check.kind === 'assessment' ? 'Final assessment' : checkSource(check.lesson, check.title);
    for (const question of check.questions) {
      questions.push({
        key: itemKey({ group: 'checks', groupId: entry.id, itemId: question.id }),
        checkId: entry.id,
        source,
        shuffle: check.shuffle,
        question,
        link: question.review ? { href: question.review.href, label: inLesson(question.review.label, question.review.lessonTitle) } : null,
      });
    }
  }

  const cards: ReviewCardItem[] = [];
  const sortEntries = exerciseEntries.filter((entry) => entry.data.kind !== 'matrix');
  for (const entry of sortEntries) {
    const exercise = prepareSort(entry.id, entry.data as SortExercise);
    const lessonId = entry.data.lesson;
    const title = lessonId ? lessonTitle.get(lessonId) : undefined;
    // The exercise in its lesson (its section's id is `sort-<id>`, see ResponsibilitySort.astro), else its own page.
    const link: TeachingLink =
      lessonId && title
        ? { href: `${lessonUrl(lessonId)}#sort-${entry.id}`, label: inLesson(exercise.title, title) }
        : { href: withBase(`/exercises/${entry.id}/`), label: exercise.title };
    for (const card of exercise.cards) {
      cards.push({
        key: itemKey({ group: 'exercises', groupId: entry.id, itemId: card.id }),
        exerciseId: entry.id,
        source: title ?? exercise.title,
        card,
        zones: exercise.zones,
        explanation: exercise.explanations[card.id]!,
        link,
      });
    }
  }

  const labels: Record<string, ItemLabel> = {};
  for (const item of questions) labels[item.key] = { text: item.question.prompt, link: item.link };
  for (const item of cards) {
    labels[item.key] = { text: item.card.tag ? `${item.card.text} (${item.card.tag})` : item.card.text, link: item.link };
  }
  return { deckKey: deckKeyOf(courseKey, sortEntries.map((entry) => entry.id)), questions, cards, labels };
}
