// Browser side of the presenter and projector windows: a thin layer that turns keys and clicks into reducer actions
// (src/lib/classroom/presenter-state.ts), shows the state, and keeps both windows in step over a BroadcastChannel.
import {
  deckKeyAction,
  formatElapsed,
  hashForSlide,
  initialDeckState,
  reduceDeck,
  revealProgress,
  slideFromHash,
  type DeckAction,
  type DeckState,
} from '~/lib/classroom/presenter-state';
import { fitScales, largestFittingScale } from '~/lib/classroom/fit';
import { elapsedMs, resetTimer, startedTimer, toggleTimer, type TimerState } from '~/lib/classroom/session-timer';
import { loadPresenterTimer, savePresenterTimer } from '~/stores/presenter-timer';
import { channelName, helloMessage, parseSyncMessage, reactToSync, stateMessage, type DeckRole } from '~/lib/classroom/sync';

/** The type scales a slide may take, full size first: it never shrinks below 45%. */
const FIT_SCALES = fitScales(0.45);

/** Shows the steps a slide has reached: data-step (from n on), data-step-only (exactly n), data-step-before (below n). */
function applyReveal(slide: HTMLElement, step: number): void {
  for (const element of slide.querySelectorAll<HTMLElement>('[data-step]')) element.hidden = step < Number(element.dataset.step);
  for (const element of slide.querySelectorAll<HTMLElement>('[data-step-only]')) element.hidden = step !== Number(element.dataset.stepOnly);
  for (const element of slide.querySelectorAll<HTMLElement>('[data-step-before]')) element.hidden = step >= Number(element.dataset.stepBefore);
  slide.toggleAttribute('data-revealed', step > 0);
}

/** The scale each slide was fitted at, and for which stage size: revealing a step does not refit it. */
const fittedSlides = new WeakMap<HTMLElement, { stage: string; scale: number }>();

/**
 * Shrinks a slide's type until it fits its stage, so long sections stay whole on a projector. A slide with answers to
 * reveal is fitted once, for the step that shows the most, so its type does not jump as the instructor reveals. What
 * still overflows at the smallest scale scrolls (by wheel or touch: the deck keeps the keys for moving between slides)
 * instead of being cut off, and can take focus, as a scrollable region must.
 */
function fit(slide: HTMLElement, revealSteps = 0, shownStep = 0): void {
  const inner = slide.querySelector<HTMLElement>('[data-slide-inner]');
  if (!inner || slide.hidden) return;
  const fitsAt = (scale: number) => {
    inner.style.setProperty('--fit', String(scale));
    return slide.scrollHeight <= slide.clientHeight + 1 && slide.scrollWidth <= slide.clientWidth + 1;
  };
  const stage = `${slide.clientWidth}x${slide.clientHeight}`;
  const fitted = fittedSlides.get(slide);
  let scale = fitted?.stage === stage ? fitted.scale : null;
  if (scale === null) {
    // How many times the page's base size the slide's full-size type is: what lesson parts sized in rem are zoomed by.
    inner.style.setProperty('--fit', '1');
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    inner.style.setProperty('--type-zoom', String(parseFloat(getComputedStyle(inner).fontSize) / rootSize));
    slide.removeAttribute('data-overflowing');
    let largest = 1;
    for (let step = 0; step <= revealSteps; step += 1) {
      applyReveal(slide, step);
      largest = largestFittingScale(FIT_SCALES.filter((candidate) => candidate <= largest), fitsAt);
    }
    applyReveal(slide, shownStep);
    scale = largest;
    fittedSlides.set(slide, { stage, scale });
  }
  const overflowing = !fitsAt(scale);
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
    applyReveal(copy, 0);
    preview.replaceChildren(copy);
    fit(copy);
  };

  const render = () => {
    const { step, of } = revealProgress(state, steps);
    slides.forEach((slide, index) => {
      slide.hidden = index !== state.slide;
      applyReveal(slide, state.reveals[index] ?? 0);
    });
    const current = slides[state.slide];
    if (current) fit(current, steps[state.slide], step);
    setText('[data-counter]', `Slide ${state.slide + 1} of ${slides.length}`);
    setText('[data-current-title]', titles[state.slide] ?? '');
    setText('[data-next-title]', titles[state.slide + 1] ?? 'End of the lesson');
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
      window.open(`${root.dataset.projectorUrl}${hashForSlide(state.slide)}`, `srm-projector-${deck}`, 'popup,width=1280,height=720');
    } else dispatch({ type: target.dataset.action } as DeckAction);
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || isTyping(event.target)) return;
    // Space and Enter on a focused button press that button; let them.
    if ((event.key === ' ' || event.key === 'Enter') && (event.target as HTMLElement).closest('button, a')) return;
    const action = deckKeyAction(event);
    if (!action) return;
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

  if (role === 'presenter') startTimer(root, deck);
  else wakeControlsOnPointer(root);
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

/** The presenter's elapsed-time clock, with pause and reset; a reload of the presenter carries on counting. */
function startTimer(root: HTMLElement, deck: string): void {
  const display = root.querySelector<HTMLElement>('[data-timer]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-timer-toggle]');
  const reset = root.querySelector<HTMLButtonElement>('[data-timer-reset]');
  if (!display || !toggle || !reset) return;
  let timer = loadPresenterTimer(deck) ?? startedTimer(Date.now());
  const update = (next: TimerState) => {
    timer = next;
    savePresenterTimer(deck, timer);
    show();
  };
  const show = () => {
    display.textContent = formatElapsed(elapsedMs(timer, Date.now()));
    toggle.textContent = timer.startedAt === null ? 'Resume timer' : 'Pause timer';
  };
  setInterval(show, 1000);
  toggle.addEventListener('click', () => update(toggleTimer(timer, Date.now())));
  reset.addEventListener('click', () => update(resetTimer(timer, Date.now())));
  update(timer);
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
