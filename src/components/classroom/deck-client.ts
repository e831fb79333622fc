// Browser side of the presenter and projector windows: a thin layer that turns keys and clicks into reducer actions
// (src/lib/classroom/presenter-state.ts), shows the state, and keeps both windows in step over a BroadcastChannel.
import {
  deckKeyAction,
  hashForSlide,
  initialDeckState,
  reduceDeck,
  revealProgress,
  slideFromHash,
  type DeckAction,
  type DeckState,
} from '~/lib/classroom/presenter-state';
import { joinSession } from './session-client';
import { startSessionTimer } from './timer-client';
import { channelName, helloMessage, parseSyncMessage, reactToSync, stateMessage, type DeckRole } from '~/lib/classroom/sync';

/** The name of the projector window: one for every lesson of a class. */
const PROJECTOR_WINDOW = 'srm-projector';

/** Shows the steps a slide has reached: data-step (from n on) and data-step-before (below n). */
function applyReveal(slide: HTMLElement, step: number, of: number): void {
  for (const element of slide.querySelectorAll<HTMLElement>('[data-step]')) element.hidden = step < Number(element.dataset.step);
  for (const element of slide.querySelectorAll<HTMLElement>('[data-step-before]')) element.hidden = step >= Number(element.dataset.stepBefore);
  if (step === 0) slide.removeAttribute('data-revealed');
  else slide.dataset.revealed = step >= of ? 'all' : 'some';
}

/** The slide size each slide was last measured at: its lesson parts are zoomed again only when it changes. */
const measuredSlides = new WeakMap<HTMLElement, string>();

/**
 * Zooms the lesson parts sized in rem (boxes) to the slide's type, and lets a slide that still does not fit scroll
 * (by wheel or touch: the deck keeps the keys for moving between slides) instead of cutting it off; a scrolling
 * slide takes focus, as a scrollable region must. Slides never shrink their type: what would not fit is split at
 * build time.
 */
function measure(slide: HTMLElement): void {
  const inner = slide.querySelector<HTMLElement>('[data-slide-inner]');
  if (!inner || slide.hidden) return;
  const size = `${slide.clientWidth}x${slide.clientHeight}`;
  if (measuredSlides.get(slide) !== size) {
    // How many times the page's base size the slide's type is: what lesson parts sized in rem are zoomed by.
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    inner.style.setProperty('--type-zoom', String(parseFloat(getComputedStyle(inner).fontSize) / rootSize));
    measuredSlides.set(slide, size);
  }
  const overflowing = slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1;
  slide.toggleAttribute('data-overflowing', overflowing);
  if (overflowing) slide.tabIndex = 0;
  else slide.removeAttribute('tabindex');
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable]');
}

/**
 * What other modules may do with a running deck (live class sessions, src/components/classroom/live/): read and change
 * its state, hear about every change, and take an action before the deck does.
 */
export interface DeckHandle {
  readonly root: HTMLElement;
  /** The deck's id (the lesson id). */
  readonly deck: string;
  /** The slide elements, in order. */
  readonly slides: readonly HTMLElement[];
  state(): DeckState;
  dispatch(action: DeckAction): void;
  /** Called after every change of slide or reveal step, whether made in this window or adopted from the other. */
  onChange(listener: (state: DeckState, before: DeckState) => void): void;
  /** Runs before each action from keys, buttons or the URL; returning true means the action was handled there. */
  intercept(filter: (action: DeckAction, state: DeckState) => boolean): void;
}

/** Wires one deck root element (LessonDeck.astro) to the reducer, the keyboard, the URL and the other window. */
export function startDeck(root: HTMLElement): DeckHandle {
  const deck = root.dataset.deck!;
  const role = root.dataset.role as DeckRole;
  const steps: number[] = JSON.parse(root.dataset.steps ?? '[]');
  const titles: string[] = JSON.parse(root.dataset.titles ?? '[]');
  const slides = [...root.querySelectorAll<HTMLElement>('[data-stage] > [data-slide]')];
  const announce = root.querySelector<HTMLElement>('[data-announce]')!;
  const self = crypto.randomUUID();
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(deck)) : null;
  let state: DeckState = initialDeckState(steps, slideFromHash(location.hash, slides.length) ?? 0);

  const buttons = (action: string) => root.querySelectorAll<HTMLButtonElement>(`[data-action="${action}"]`);
  const setText = (selector: string, text: string) => {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) element.textContent = text;
  };

  const renderPreview = () => {
    const preview = root.querySelector<HTMLElement>('[data-preview]');
    if (!preview) return;
    const next = slides[state.slide + 1];
    if (!next) {
      preview.replaceChildren();
      return;
    }
    // A copy of the next slide as the class will first see it: no answers, no ids to clash with the original.
    const copy = next.cloneNode(true) as HTMLElement;
    copy.hidden = false;
    copy.removeAttribute('aria-label');
    for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) element.removeAttribute('id');
    applyReveal(copy, 0, steps[state.slide + 1] ?? 0);
    preview.replaceChildren(copy);
    measure(copy);
  };

  const render = () => {
    const { step, of } = revealProgress(state, steps);
    slides.forEach((slide, index) => {
      slide.hidden = index !== state.slide;
      applyReveal(slide, state.reveals[index] ?? 0, steps[index] ?? 0);
    });
    const current = slides[state.slide];
    if (current) measure(current);
    setText('[data-counter]', `Slide ${state.slide + 1} of ${slides.length}`);
    setText('[data-current-title]', titles[state.slide] ?? '');
    const atEnd = state.slide === slides.length - 1;
    setText('[data-next-title]', titles[state.slide + 1] ?? root.dataset.endTitle ?? '');
    for (const element of root.querySelectorAll<HTMLElement>('[data-deck-end]')) element.hidden = !atEnd;
    for (const element of root.querySelectorAll<HTMLElement>('[data-preview]')) element.hidden = atEnd;
    setText('[data-reveal-status]', of === 0 ? 'Nothing to reveal on this slide.' : `Revealed ${step} of ${of} steps.`);
    for (const note of root.querySelectorAll<HTMLElement>('[data-notes-for]')) {
      note.hidden = Number(note.dataset.notesFor) !== state.slide;
    }
    for (const button of buttons('previous')) button.disabled = state.slide === 0;
    for (const button of buttons('next')) button.disabled = state.slide === slides.length - 1;
    for (const button of buttons('reveal')) button.disabled = step >= of;
    for (const button of buttons('conceal')) button.disabled = step === 0;
    renderPreview();
    const hash = hashForSlide(state.slide);
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  };

  const describe = (before: DeckState) => {
    if (before.slide !== state.slide) return `Slide ${state.slide + 1} of ${slides.length}: ${titles[state.slide] ?? ''}`;
    const { step, of } = revealProgress(state, steps);
    return step === 0 ? 'Answers hidden.' : `Revealed step ${step} of ${of}.`;
  };

  const broadcast = () => channel?.postMessage(stateMessage(deck, self, role, state));

  const listeners: ((state: DeckState, before: DeckState) => void)[] = [];
  const interceptors: ((action: DeckAction, state: DeckState) => boolean)[] = [];

  const dispatch = (action: DeckAction, { share = true } = {}) => {
    if (action.type !== 'replace' && interceptors.some((filter) => filter(action, state))) return;
    const before = state;
    state = reduceDeck(state, action, steps);
    if (state === before) return;
    render();
    announce.textContent = describe(before);
    if (share) broadcast();
    for (const listener of listeners) listener(state, before);
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  root.addEventListener('click', (event) => {
    // After a mouse click a button lets go of focus, so Space moves the slides on instead of pressing it again.
    if (event.detail > 0) (event.target as HTMLElement).closest('button')?.blur();
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action], [data-fullscreen], [data-open-projector]');
    if (!target) return;
    if (target.matches('[data-fullscreen]')) toggleFullscreen();
    else if (target.matches('[data-open-projector]')) {
      // One window for the whole class, whatever the lesson: opening it again reuses it instead of adding another.
      window.open(`${root.dataset.projectorUrl}${hashForSlide(state.slide)}`, PROJECTOR_WINDOW, 'popup,width=1280,height=720');
    } else dispatch({ type: target.dataset.action } as DeckAction);
  });

  document.addEventListener('keydown', (event) => {
    // An open dialog (the timer's reset question) has the keys to itself.
    if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
    // Space and Enter on a focused button press that button; let them.
    if ((event.key === ' ' || event.key === 'Enter') && (event.target as HTMLElement).closest('button, a')) return;
    const action = deckKeyAction(event);
    if (!action) return;
    if (action === 'next-lesson') {
      // From the last slide only, so that a stray key mid-lesson never leaves it.
      const link = root.querySelector<HTMLAnchorElement>('[data-next-lesson]');
      if (link && state.slide === slides.length - 1) {
        event.preventDefault();
        link.click();
      }
      return;
    }
    event.preventDefault();
    if (action === 'fullscreen') toggleFullscreen();
    else dispatch(action);
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-fullscreen]')) {
    document.addEventListener('fullscreenchange', () => {
      button.textContent = document.fullscreenElement ? 'Exit full screen' : 'Full screen';
    });
  }

  window.addEventListener('hashchange', () => {
    const slide = slideFromHash(location.hash, slides.length);
    // An address outside the deck is put back to the slide on show.
    if (slide === null) history.replaceState(history.state, '', hashForSlide(state.slide));
    else dispatch({ type: 'goto', slide });
  });

  let resizeFrame = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(resizeFrame);
    resizeFrame = requestAnimationFrame(render);
  });

  channel?.addEventListener('message', (event: MessageEvent) => {
    const reaction = reactToSync(parseSyncMessage(event.data, deck, self, slides.length), role);
    if (!reaction) return;
    if ('adopt' in reaction) dispatch({ type: 'replace', state: reaction.adopt }, { share: false });
    else broadcast();
  });

  if (role === 'presenter') {
    startSessionTimer(root, deck);
    const status = root.querySelector<HTMLElement>('[data-projector-status]');
    joinSession(deck, role, (connected) => {
      status?.toggleAttribute('data-connected', connected);
      setText('[data-projector-text]', connected ? 'Projector connected' : 'No projector window');
    });
  } else {
    joinSession(deck, role);
    wakeControlsOnPointer(root);
  }
  render();
  channel?.postMessage(helloMessage(deck, self, role));
  // The presenter leads: a projector that is already open follows it from the start.
  if (role === 'presenter') broadcast();
  root.dataset.ready = 'true';
  return {
    root,
    deck,
    slides,
    state: () => state,
    dispatch: (action) => dispatch(action),
    onChange: (listener) => listeners.push(listener),
    intercept: (filter) => interceptors.push(filter),
  };
}

/** Shows the projector's buttons while the pointer moves, and lets them fade out when it rests (see deck.css). */
function wakeControlsOnPointer(root: HTMLElement): void {
  const bar = root.querySelector<HTMLElement>('.projector-bar');
  if (!bar) return;
  let sleep = 0;
  root.addEventListener('pointermove', () => {
    bar.dataset.awake = '';
    clearTimeout(sleep);
    sleep = window.setTimeout(() => delete bar.dataset.awake, 2500);
  });
}
