// The one seam between the slide deck and live class sessions. When the classroom server (npm run classroom) serves a
// presenter or projector page, it names the live module for that page in a meta tag; this imports it by that URL and
// hands it the deck. On a static host there is no such tag, and nothing happens: no request, no more script.
import type { DeckHandle } from '../deck-client';

/** What a live module (presenter-live.ts, projector-live.ts) exports. */
export interface LiveModule {
  startLive(deck: DeckHandle): void;
}

/** Starts the live-session part of the presenter or projector window if this page was served live. */
export function startLiveWhenServed(deck: DeckHandle): void {
  // Only the classroom server writes this tag (its learner and report pages carry it too, without a module).
  const url = document.querySelector<HTMLMetaElement>('meta[name="live-session"]')?.content;
  // Imported by URL so that the build adds no loader for it to the slides' script (src/integrations/live-modules.ts).
  if (url?.endsWith('.js')) void import(/* @vite-ignore */ url).then((module: LiveModule) => module.startLive(deck));
}
