// The Review page's script (no React: with ts-fsrs it stays a fraction of the 80 KB a quiz page may ship). It derives
// the deck from $progress, asks the due items one at a time by cloning their server-rendered templates, saves each
// answer through the review verbs, and keeps the counts current as time passes and as other tabs save.
import { markOptions, questionVerdict, type OptionMark, type QuestionVerdict } from '~/lib/quiz/grading';
import { orderOptions } from '~/lib/quiz/shuffle';
import type { Feeling } from '~/lib/progress/model';
import { closestToDue, deriveDeck, summariseDeck, type DeckItem, type DeckKey, type DeckSummary } from '~/lib/review/deck';
import { FEELINGS } from '~/lib/review/grading';
import { dueText } from '~/lib/review/when';
import { MARK_TEXT, sortAnnouncements } from '~/lib/sort/announcements';
import { $progress } from '~/stores/progress-store';
import { recordCardReview, recordQuestionReview, setReviewFeeling } from '~/stores/review';
import { reviewStrings } from './strings';

/** How often the counts are brought up to date while the page is open (items fall due as time passes). */
const TICK_MS = 30_000;

/** The item being asked: what it is, and once checked, the time its answer was saved under. */
interface Current {
  item: DeckItem;
  savedAt: string | null;
}

const all = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];
const one = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

/** The knowledge checks' words for marks and verdicts, which review.astro gives the page as data. */
interface CheckWords {
  mark: Record<OptionMark, string>;
  verdict: Record<QuestionVerdict, string>;
}

/** Starts the Review page on its root element (review.astro), which carries the deck key and the checks' words as JSON. */
export function startReviewPage(root: HTMLElement): void {
  const key = JSON.parse(root.dataset.review ?? '{}') as DeckKey;
  const strings = JSON.parse(root.dataset.words ?? '{}') as CheckWords;
  const counts = one<HTMLElement>(root, '[data-review-counts]');
  const empty = one<HTMLElement>(root, '[data-review-empty]');
  const rest = one<HTMLElement>(root, '[data-review-rest]');
  const restText = one<HTMLElement>(rest, '[data-rest-text]');
  const stage = one<HTMLElement>(root, '[data-review-stage]');
  const title = one<HTMLElement>(stage, '[data-item-title]');
  const source = one<HTMLElement>(stage, '[data-item-source]');
  const body = one<HTMLElement>(stage, '[data-item-body]');
  const feeling = one<HTMLFieldSetElement>(stage, '[data-review-feeling]');
  const next = one<HTMLElement>(stage, '[data-review-next]');
  const status = one<HTMLElement>(root, '[data-review-status]');

  let deck: DeckItem[] = [];
  let current: Current | null = null;
  /** Keys still to ask in a "Review anyway" round, or null when asking what is due. */
  let anyway: string[] | null = null;
  /** Whether this visit answered anything, to say "you have reviewed everything" rather than "nothing is due". */
  let answered = false;

  // What a screen reader hears. Only a hint the learner must act on is also shown: the feedback on screen already
  // says the rest, as the lessons' checks do.
  const say = (text: string, shown = false) => {
    status.textContent = text;
    status.classList.toggle('visually-hidden', !shown);
  };

  /** Shows the next item (or the resting message), moving focus to it when the learner asked for it. */
  const showNext = (summary: DeckSummary, now: number, focus: boolean) => {
    while (anyway?.length && !deck.some((item) => item.key === anyway![0])) anyway.shift();
    const item = anyway ? deck.find((entry) => entry.key === anyway![0]) : summary.due[0];
    if (item) {
      ask(item, focus);
      return;
    }
    const round = anyway !== null;
    anyway = null;
    stage.hidden = true;
    empty.hidden = summary.total > 0;
    rest.hidden = summary.total === 0;
    const when = summary.nextDueAt === null ? 'later' : dueText(summary.nextDueAt, now);
    restText.textContent = round ? reviewStrings.doneAnyway(when) : answered ? reviewStrings.done(when) : reviewStrings.rest(when);
    if (focus) (summary.total ? restText : empty).focus();
  };

  const refresh = (focus = false) => {
    deck = deriveDeck($progress.get(), key);
    const now = Date.now();
    const summary = summariseDeck(deck, now);
    counts.textContent = summary.total ? reviewStrings.counts(summary.due.length, summary.total, summary.nextDueAt === null ? null : dueText(summary.nextDueAt, now)) : '';
    if (current) return;
    const resting = !rest.hidden;
    showNext(summary, now, focus);
    // An item that fell due while the page rested is asked at once; say so, without taking the learner's focus.
    if (resting && current) say(reviewStrings.announceDue);
  };

  const finish = (correct: boolean, savedAt: string, announcement: string) => {
    answered = true;
    current!.savedAt = savedAt;
    one<HTMLElement>(body, '[data-check]').hidden = true;
    for (const input of all<HTMLInputElement>(feeling, 'input')) input.checked = false;
    feeling.hidden = !correct;
    next.hidden = false;
    say(announcement);
  };

  const askQuestion = (item: DeckItem, form: HTMLFormElement) => {
    const question = key.checks[item.groupId]!.questions.find((entry) => entry.id === item.itemId)!;
    const options = all<HTMLLIElement>(form, '[data-option]');
    // A new option order for every review of the question, as a retry gets in a lesson (true/false never moves).
    const order = orderOptions(options, { id: item.itemId, type: form.dataset.type ?? '' }, form.dataset.shuffle !== undefined, item.key, item.answers);
    one(form, '.kc-options').append(...order);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (current?.savedAt) return;
      const chosen = all<HTMLInputElement>(form, 'input:checked').map((input) => input.value);
      if (chosen.length === 0) {
        say(reviewStrings.chooseFirst, true);
        order[0]?.querySelector('input')?.focus();
        return;
      }
      const savedAt = recordQuestionReview(item.groupId, item.itemId, chosen);
      const verdict = questionVerdict(question.correctOptionIds, chosen);
      const correct = verdict === 'correct';
      // A miss shows the right answer at once: there is no retry here, and the answer is what is to be remembered.
      const marks = markOptions(
        options.map((li) => ({ id: li.dataset.option!, correct: question.correctOptionIds.includes(li.dataset.option!) })),
        chosen,
        !correct,
      );
      for (const [index, li] of options.entries()) {
        const mark = marks[index]!;
        one<HTMLInputElement>(li, 'input').disabled = true;
        if (mark.mark !== 'none') {
          li.dataset.mark = mark.mark;
          one(li, '.kc-mark-icon').textContent = mark.mark === 'wrong' ? '✗' : '✓';
          one(li, '[data-mark-text]').textContent = strings.mark[mark.mark];
          one<HTMLElement>(li, '.kc-mark').hidden = false;
        }
        one<HTMLElement>(li, '.kc-explanation').hidden = !mark.showExplanation;
      }
      const verdictBox = one<HTMLElement>(form, '[data-verdict]');
      one(verdictBox, '[data-verdict-text]').textContent = strings.verdict[verdict];
      const link = verdictBox.querySelector<HTMLElement>('[data-verdict-link]');
      if (link) link.hidden = correct;
      verdictBox.hidden = false;
      finish(correct, savedAt, correct ? strings.verdict.correct : `${strings.verdict[verdict]} ${reviewStrings.rightAnswerShown}`);
      verdictBox.focus();
    });
  };

  const askCard = (item: DeckItem, form: HTMLFormElement) => {
    const right = key.cards[item.groupId]![item.itemId]!;
    const cardName = form.dataset.cardName ?? '';
    const card = one<HTMLLIElement>(form, '[data-card]');
    const handle = one<HTMLButtonElement>(card, '[data-card-handle]');
    const toggle = one<HTMLButtonElement>(card, '[data-move-toggle]');
    const menu = one<HTMLUListElement>(card, '.sort-card__menu');
    const check = one<HTMLButtonElement>(form, '[data-check]');
    const zones = all<HTMLElement>(form, '[data-zone]');
    const zoneName = (zone: HTMLElement) => zone.dataset.zoneName ?? '';
    let placed = zones[0]!;
    let carried: number | null = null;

    const showBoard = (target: HTMLElement | null) => {
      for (const zone of zones) {
        const count = zone === placed ? 1 : 0;
        one(zone, '[data-zone-count]').textContent = `(${count} ${count === 1 ? 'card' : 'cards'})`;
        one<HTMLElement>(zone, '.sort-zone__cards').hidden = count === 0;
        const note = one<HTMLElement>(zone, '.sort-zone__empty');
        note.hidden = count > 0;
        note.textContent = target ? 'Drop here' : zone === zones[0] ? 'No cards left to sort.' : 'No cards yet.';
        zone.classList.toggle('is-target', target !== null);
        zone.classList.toggle('is-over', zone === target);
      }
      for (const button of all<HTMLButtonElement>(menu, '[data-move]')) {
        button.parentElement!.hidden = button.dataset.move === (placed.dataset.zone ?? '');
      }
    };
    const closeMenu = (focusToggle: boolean) => {
      menu.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.removeAttribute('aria-controls');
      if (focusToggle) toggle.focus();
    };
    const place = (zone: HTMLElement) => {
      placed = zone;
      one(zone, '.sort-zone__cards').append(card);
      showBoard(null);
      say(zone === zones[0] ? reviewStrings.returned(cardName) : reviewStrings.placed(cardName, zoneName(zone)));
      // As in the sorter: once every card is placed, focus goes to Check; a card sent back keeps it.
      (zone === zones[0] ? handle : check).focus();
    };
    const stopCarrying = () => {
      carried = null;
      handle.removeAttribute('aria-pressed');
      card.classList.remove('is-dragging');
      showBoard(null);
    };

    toggle.addEventListener('click', () => {
      if (!menu.hidden) return closeMenu(false);
      menu.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      toggle.setAttribute('aria-controls', menu.id);
    });
    menu.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-move]');
      if (!button) return;
      closeMenu(false);
      place(zones.find((zone) => zone.dataset.zone === button.dataset.move)!);
    });
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !menu.hidden) {
        event.stopPropagation();
        closeMenu(true);
      }
    });
    // A click or tap on the card itself opens its Move to… choices; keyboard activation carries it instead.
    handle.addEventListener('click', (event) => {
      if (event.detail > 0 && !current?.savedAt) toggle.click();
    });
    handle.addEventListener('keydown', (event) => {
      if (current?.savedAt) return;
      const key = event.key;
      if (carried === null) {
        if (key !== ' ' && key !== 'Enter') return;
        event.preventDefault();
        closeMenu(false);
        carried = zones.indexOf(placed);
        handle.setAttribute('aria-pressed', 'true');
        card.classList.add('is-dragging');
        showBoard(placed);
        say(sortAnnouncements.pickedUp(cardName, zoneName(placed)));
        return;
      }
      const step = key === 'ArrowRight' || key === 'ArrowDown' || (key === 'Tab' && !event.shiftKey) ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' || key === 'Tab' ? -1 : 0;
      if (step !== 0) {
        event.preventDefault();
        carried = (carried + step + zones.length) % zones.length;
        showBoard(zones[carried]!);
        say(sortAnnouncements.over(cardName, zoneName(zones[carried]!)));
      } else if (key === ' ' || key === 'Enter') {
        event.preventDefault();
        const target = zones[carried]!;
        stopCarrying();
        place(target);
      } else if (key === 'Escape') {
        event.preventDefault();
        stopCarrying();
        say(sortAnnouncements.cancelled(cardName, zoneName(placed)));
      }
    });
    // Space on a button clicks it when released: the keydown above has already handled it.
    handle.addEventListener('keyup', (event) => {
      if (event.key === ' ') event.preventDefault();
    });
    handle.addEventListener('blur', () => {
      if (carried === null) return;
      stopCarrying();
      say(sortAnnouncements.cancelled(cardName, zoneName(placed)));
    });
    showBoard(null);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (current?.savedAt) return;
      if (placed === zones[0]) {
        say(reviewStrings.placeFirst, true);
        handle.focus();
        return;
      }
      const zone = placed.dataset.zone!;
      const savedAt = recordCardReview(item.groupId, item.itemId, zone);
      const correct = zone === right;
      closeMenu(false);
      toggle.hidden = true;
      handle.setAttribute('aria-disabled', 'true');
      card.dataset.mark = correct ? 'correct' : 'incorrect';
      const feedback = one<HTMLElement>(card, '[data-feedback]');
      one(feedback, '[data-mark-text]').textContent = `${MARK_TEXT[correct ? 'correct' : 'incorrect']}.`;
      one<HTMLElement>(feedback, '[data-feedback-link]').hidden = correct;
      feedback.hidden = false;
      finish(correct, savedAt, `${MARK_TEXT[correct ? 'correct' : 'incorrect']}. ${one(feedback, '[data-explanation]').textContent}`);
      feedback.focus();
    });
  };

  const ask = (item: DeckItem, focus: boolean) => {
    const template = root.querySelector<HTMLTemplateElement>(`template[data-review-item="${item.key}"]`);
    if (!template) return;
    current = { item, savedAt: null };
    body.replaceChildren(template.content.cloneNode(true));
    const form = one<HTMLFormElement>(body, 'form');
    title.textContent = item.group === 'checks' ? reviewStrings.titleQuestion : reviewStrings.titleCard;
    source.textContent = reviewStrings.source(template.dataset.source ?? '');
    feeling.hidden = true;
    next.hidden = true;
    empty.hidden = true;
    rest.hidden = true;
    stage.hidden = false;
    if (item.group === 'checks') askQuestion(item, form);
    else askCard(item, form);
    if (focus) title.focus();
  };

  feeling.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (!current?.savedAt) return;
    const { item, savedAt } = current;
    setReviewFeeling(item.group, item.groupId, item.itemId, savedAt, input.value as Feeling);
    say(reviewStrings.feelingSaved(FEELINGS.find((entry) => entry.id === input.value)?.label ?? input.value));
  });
  one(next, 'button').addEventListener('click', () => {
    current = null;
    anyway?.shift();
    say('');
    refresh(true);
  });
  one(rest, '[data-review-anyway]').addEventListener('click', () => {
    anyway = closestToDue(deck, Date.now()).map((item) => item.key);
    refresh(true);
  });

  // Subscribing also follows other tabs: an answer saved there changes the counts here at once.
  $progress.subscribe(() => refresh());
  setInterval(() => refresh(), TICK_MS);
  // A page restored from the back/forward cache has been asleep: bring the deck up to date before anything else.
  addEventListener('pageshow', (event) => {
    if (event.persisted) refresh();
  });
}
