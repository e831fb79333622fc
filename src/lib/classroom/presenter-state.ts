// The presenter's state as a pure reducer: which slide is shown and how far each slide's answers are revealed.
// The presenter and projector windows run the same reducer and exchange its state (see sync.ts).

/** Current slide (from 0) and the reveal step reached on every slide. */
export interface DeckState {
  slide: number;
  /** Reveal step per slide index; 0 means nothing revealed. */
  reveals: number[];
}

/** Everything that can change the deck. */
export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'reveal' }
  | { type: 'conceal' }
  | { type: 'reset-reveal' }
  | { type: 'replace'; state: DeckState };

/** The starting state for a deck whose slides have these reveal step counts. */
export function initialDeckState(steps: readonly number[], slide = 0): DeckState {
  return { slide: clamp(slide, 0, Math.max(0, steps.length - 1)), reveals: steps.map(() => 0) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? Math.trunc(value) : min));
}

/** Applies one action; `steps[i]` is how many reveal steps slide i has. Returns the same object when nothing changes. */
export function reduceDeck(state: DeckState, action: DeckAction, steps: readonly number[]): DeckState {
  const last = Math.max(0, steps.length - 1);
  const go = (slide: number): DeckState => {
    const target = clamp(slide, 0, last);
    return target === state.slide ? state : { ...state, slide: target };
  };
  const setReveal = (value: number): DeckState => {
    const max = steps[state.slide] ?? 0;
    const next = clamp(value, 0, max);
    if (next === (state.reveals[state.slide] ?? 0)) return state;
    const reveals = steps.map((_, index) => state.reveals[index] ?? 0);
    reveals[state.slide] = next;
    return { ...state, reveals };
  };
  switch (action.type) {
    case 'next':
      return go(state.slide + 1);
    case 'previous':
      return go(state.slide - 1);
    case 'first':
      return go(0);
    case 'last':
      return go(last);
    case 'goto':
      return go(action.slide);
    case 'reveal':
      return setReveal((state.reveals[state.slide] ?? 0) + 1);
    case 'conceal':
      return setReveal((state.reveals[state.slide] ?? 0) - 1);
    case 'reset-reveal':
      return setReveal(0);
    case 'replace':
      return {
        slide: clamp(action.state.slide, 0, last),
        reveals: steps.map((max, index) => clamp(action.state.reveals[index] ?? 0, 0, max)),
      };
  }
}

/** The reveal step the current slide has reached, and how many it has. */
export function revealProgress(state: DeckState, steps: readonly number[]): { step: number; of: number } {
  return { step: state.reveals[state.slide] ?? 0, of: steps[state.slide] ?? 0 };
}

/** A key press as the deck sees it. */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Deck commands that are not state changes: full screen, and moving on to the next lesson of the class. */
export type DeckCommand = 'fullscreen' | 'next-lesson';

/**
 * Maps a key to a deck action or command: arrows, Space, Page Up/Down, Home/End navigate; R reveals, Shift+R hides;
 * F toggles full screen; N asks for the next lesson.
 */
export function deckKeyAction(input: KeyInput): DeckAction | DeckCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return input.shiftKey ? { type: 'previous' } : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'r':
    case 'R':
      // Shift decides, not the letter's case, so Caps Lock does not turn R into "hide".
      return input.shiftKey ? { type: 'conceal' } : { type: 'reveal' };
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'n':
    case 'N':
      return 'next-lesson';
    default:
      return null;
  }
}

/** The URL hash for a slide index, e.g. 2 → `#slide-3`. */
export function hashForSlide(slide: number): string {
  return `#slide-${slide + 1}`;
}

/** The slide index a URL hash points at, or null when it names none of the deck's slides. */
export function slideFromHash(hash: string, slideCount: number): number | null {
  const match = /^#?slide-(\d{1,4})$/.exec(hash);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  return index >= 0 && index < slideCount ? index : null;
}

/** Elapsed time as `m:ss`, or `h:mm:ss` from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
