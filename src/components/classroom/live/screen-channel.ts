// The presenter's and projector's windows tell each other about the live session over a BroadcastChannel of their own
// (the deck's own channel keeps slides in step; this one carries the join slide and the class's answers).
import { ScreenMessageSchema, type ScreenMessage } from '~/lib/live/schemas.ts';

/** The channel of one deck's live screen. */
export function openScreenChannel(deck: string, onMessage: (message: ScreenMessage) => void): (message: ScreenMessage) => void {
  if (!('BroadcastChannel' in window)) return () => undefined;
  const channel = new BroadcastChannel(`srm-course:live-screen:${deck}`);
  channel.addEventListener('message', (event: MessageEvent) => {
    const parsed = ScreenMessageSchema.safeParse(event.data);
    if (parsed.success && parsed.data.deck === deck) onMessage(parsed.data);
  });
  return (message) => channel.postMessage(message);
}
