import { describe, expect, it } from 'vitest';
import { channelName, helloMessage, parseSyncMessage, reactToSync, stateMessage } from './sync';

const deck = 'iaas-in-practice';

describe('parseSyncMessage', () => {
  it('accepts a state message from another window of the same deck', () => {
    const sent = stateMessage(deck, 'other', 'presenter', { slide: 2, reveals: [0, 1, 3] });
    expect(parseSyncMessage(structuredClone(sent), deck, 'me', 5)).toEqual(sent);
  });

  it('accepts a hello', () => {
    expect(parseSyncMessage(helloMessage(deck, 'other', 'projector'), deck, 'me', 5)).toEqual({
      type: 'hello',
      deck,
      sender: 'other',
      role: 'projector',
    });
  });

  it.each([
    ['its own echo', stateMessage(deck, 'me', 'presenter', { slide: 0, reveals: [] })],
    ['another deck', stateMessage('review', 'other', 'presenter', { slide: 0, reveals: [] })],
    ['a slide outside the deck', stateMessage(deck, 'other', 'presenter', { slide: 5, reveals: [] })],
    ['a fractional slide', { type: 'state', deck, sender: 'x', role: 'presenter', state: { slide: 1.5, reveals: [] } }],
    ['negative reveals', { type: 'state', deck, sender: 'x', role: 'presenter', state: { slide: 1, reveals: [-1] } }],
    ['reveals that are not a list', { type: 'state', deck, sender: 'x', role: 'presenter', state: { slide: 1, reveals: 'all' } }],
    ['an unknown role', { type: 'hello', deck, sender: 'x', role: 'audience' }],
    ['an unknown type', { type: 'reset', deck, sender: 'x', role: 'presenter' }],
    ['no sender', { type: 'hello', deck, role: 'presenter' }],
    ['null', null],
    ['a string', 'state'],
  ])('ignores %s', (_, data) => {
    expect(parseSyncMessage(data, deck, 'me', 5)).toBeNull();
  });
});

describe('reactToSync', () => {
  const state = { slide: 1, reveals: [0, 2] };

  it('adopts a state in either window', () => {
    const message = stateMessage(deck, 'x', 'projector', state);
    expect(reactToSync(message, 'presenter')).toEqual({ adopt: state });
    expect(reactToSync(message, 'projector')).toEqual({ adopt: state });
  });

  it('lets only the presenter answer a hello', () => {
    const hello = helloMessage(deck, 'x', 'projector');
    expect(reactToSync(hello, 'presenter')).toEqual({ answer: true });
    expect(reactToSync(hello, 'projector')).toBeNull();
    expect(reactToSync(null, 'presenter')).toBeNull();
  });
});

describe('stateMessage', () => {
  it('copies the reveals so later changes do not leak into a sent message', () => {
    const reveals = [0, 1];
    const message = stateMessage(deck, 'me', 'presenter', { slide: 0, reveals });
    reveals[1] = 5;
    expect(message.state.reveals).toEqual([0, 1]);
    expect(channelName(deck)).toBe('srm-course:classroom:iaas-in-practice');
  });
});
