import { describe, expect, it } from 'vitest';
import { PRESENCE_TIMEOUT_MS, followedProjectorUrl, notePresence, parseSessionMessage, projectorConnected } from './session';

describe('parseSessionMessage', () => {
  it('reads each kind of message from another window', () => {
    expect(parseSessionMessage({ type: 'presenter', sender: 'a', deck: 'iaas-in-practice' }, 'me')).toEqual({ type: 'presenter', sender: 'a', deck: 'iaas-in-practice' });
    expect(parseSessionMessage({ type: 'projector', sender: 'a', deck: 'review' }, 'me')).toEqual({ type: 'projector', sender: 'a', deck: 'review' });
    expect(parseSessionMessage({ type: 'ping', sender: 'a', extra: 1 }, 'me')).toEqual({ type: 'ping', sender: 'a' });
    expect(parseSessionMessage({ type: 'bye', sender: 'a' }, 'me')).toEqual({ type: 'bye', sender: 'a' });
  });

  it.each([
    ['its own echo', { type: 'ping', sender: 'me' }],
    ['no sender', { type: 'ping' }],
    ['an unknown type', { type: 'reset', sender: 'a' }],
    ['a lesson id that is not one', { type: 'presenter', sender: 'a', deck: '../../evil' }],
    ['no lesson', { type: 'projector', sender: 'a' }],
    ['not an object', 'ping'],
    ['null', null],
  ])('refuses %s', (_, data) => {
    expect(parseSessionMessage(data, 'me')).toBeNull();
  });
});

describe('presence', () => {
  it('counts a projector as connected while it answers, and no longer once it says goodbye or goes quiet', () => {
    let presence = notePresence({}, { type: 'projector', sender: 'p', deck: 'x' }, 1_000);
    expect(projectorConnected(presence, 1_000 + PRESENCE_TIMEOUT_MS)).toBe(true);
    expect(projectorConnected(presence, 1_001 + PRESENCE_TIMEOUT_MS)).toBe(false);
    presence = notePresence(presence, { type: 'bye', sender: 'p' }, 2_000);
    expect(projectorConnected(presence, 2_000)).toBe(false);
    expect(projectorConnected({}, 0)).toBe(false);
  });

  it('ignores messages that say nothing about projectors, and goodbyes from windows it did not know', () => {
    const presence = { p: 5 };
    expect(notePresence(presence, { type: 'ping', sender: 'q' }, 9)).toBe(presence);
    expect(notePresence(presence, { type: 'bye', sender: 'constructor' }, 9)).toBe(presence);
    expect(notePresence(presence, null, 9)).toBe(presence);
  });
});

describe('followedProjectorUrl', () => {
  it('moves a projector to the same page of another lesson, under any base path', () => {
    expect(followedProjectorUrl('/present/iaas/projector/', 'iaas', 'paas')).toBe('/present/paas/projector/#slide-1');
    expect(followedProjectorUrl('/course/present/iaas/projector/', 'iaas', 'paas')).toBe('/course/present/paas/projector/#slide-1');
  });

  it('stays put when already there, or when the page is not a projector', () => {
    expect(followedProjectorUrl('/present/iaas/projector/', 'iaas', 'iaas')).toBeNull();
    expect(followedProjectorUrl('/present/iaas/', 'iaas', 'paas')).toBeNull();
    expect(followedProjectorUrl('/present/iaas/projector/', 'iaas', 'a/b')).toBeNull();
  });
});
