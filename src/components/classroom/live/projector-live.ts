// The projector window's part of a live session: it shows what the presenter's window says to show over the slide
// (the join slide, the class's answers), and passes the instructor's reveal keys pressed here on to the presenter,
// which decides whether a reveal shows the class's answers or the next step of the slide.
import type { ScreenMessage } from '~/lib/live/schemas.ts';
import type { DeckHandle } from '../deck-client';
import { addLiveStyles, joinSlide, resultsSlide, showOverlay } from './overlays';
import { openScreenChannel } from './screen-channel';

/** Starts the live overlays in the projector window. */
export function startLive(deck: DeckHandle): void {
  const stage = deck.root.querySelector<HTMLElement>('[data-stage]');
  if (!stage) return;
  addLiveStyles();
  let screen: Extract<ScreenMessage, { type: 'live-screen' }> | null = null;
  let shown = '';

  const render = () => {
    const key = deck.slides[deck.state().slide]?.dataset.liveItem ?? null;
    // Results show only over the slide they belong to, so a late message never covers the wrong one.
    const results = screen?.results && screen.results.key === key ? screen.results : null;
    const join = screen?.join ?? null;
    const signature = JSON.stringify([join, results]);
    if (signature === shown) return;
    shown = signature;
    showOverlay(stage, join ? joinSlide(join) : results ? resultsSlide(results) : null);
  };

  const post = openScreenChannel(deck.deck, (message) => {
    if (message.type !== 'live-screen') return;
    screen = message;
    render();
  });

  // While the presenter's window is open the reveal keys are its to interpret; it answers within milliseconds.
  deck.intercept((action) => {
    if (!screen?.live || (action.type !== 'reveal' && action.type !== 'conceal')) return false;
    post({ type: 'live-command', deck: deck.deck, command: action.type });
    return true;
  });
  deck.onChange(render);
  post({ type: 'live-hello', deck: deck.deck });
}
