// The one seam between the slide deck and live class sessions: when the classroom server (npm run classroom) served
// this page, load the live controls; on a static host do nothing at all (no request, no script beyond this check).
import type { DeckHandle } from '../deck-client';

/** Starts the live-session part of the presenter or projector window if this page was served live. */
export function startLiveWhenServed(deck: DeckHandle): void {
  // The same check as live-socket.ts's servedLive(), written out so that the deck's own script imports nothing more.
  if (!document.querySelector('meta[name="live-session"]')) return;
  if (deck.role === 'presenter') {
    const key = document.querySelector<HTMLMetaElement>('meta[name="live-presenter-key"]')?.content;
    // Only the instructor's own computer is handed the key; a presenter page opened elsewhere stays as it is.
    if (key) void import('./presenter-live').then(({ startLivePresenter }) => startLivePresenter(deck, key));
  } else {
    void import('./projector-live').then(({ startLiveProjector }) => startLiveProjector(deck));
  }
}
