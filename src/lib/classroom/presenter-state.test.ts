import { describe, expect, it } from 'vitest';
import {
  deckKeyAction,
  formatElapsed,
  hashForSlide,
  initialDeckState,
  reduceDeck,
  revealProgress,
  slideFromHash,
  type DeckState,
} from './presenter-state';

const steps = [0, 4, 3];

describe('reduceDeck navigation', () => {
  it('moves forward and back and stops at both ends', () => {
    let state = initialDeckState(steps);
    state = reduceDeck(state, { type: 'previous' }, steps);
    expect(state.slide).toBe(0);
    state = reduceDeck(state, { type: 'next' }, steps);
    state = reduceDeck(state, { type: 'next' }, steps);
    expect(state.slide).toBe(2);
    const atEnd = reduceDeck(state, { type: 'next' }, steps);
    expect(atEnd).toBe(state);
  });

  it('jumps to first, last and a given slide, clamped', () => {
    const state = initialDeckState(steps);
    expect(reduceDeck(state, { type: 'last' }, steps).slide).toBe(2);
    expect(reduceDeck({ ...state, slide: 2 }, { type: 'first' }, steps).slide).toBe(0);
    expect(reduceDeck(state, { type: 'goto', slide: 99 }, steps).slide).toBe(2);
    expect(reduceDeck(state, { type: 'goto', slide: -3 }, steps).slide).toBe(0);
  });

  it('clamps the starting slide', () => {
    expect(initialDeckState(steps, 7).slide).toBe(2);
    expect(initialDeckState([], 3)).toEqual({ slide: 0, reveals: [] });
  });
});

describe('reduceDeck reveal', () => {
  const onQuestion: DeckState = { slide: 1, reveals: [0, 0, 0] };

  it('reveals step by step up to the slide’s last step, then stops', () => {
    let state = onQuestion;
    for (let i = 0; i < 6; i += 1) state = reduceDeck(state, { type: 'reveal' }, steps);
    expect(state.reveals).toEqual([0, 4, 0]);
    expect(revealProgress(state, steps)).toEqual({ step: 4, of: 4 });
  });

  it('conceals one step at a time and never below zero', () => {
    let state = reduceDeck(onQuestion, { type: 'reveal' }, steps);
    state = reduceDeck(state, { type: 'conceal' }, steps);
    expect(state.reveals[1]).toBe(0);
    expect(reduceDeck(state, { type: 'conceal' }, steps)).toBe(state);
  });

  it('does nothing on a slide without answers', () => {
    const state = initialDeckState(steps);
    expect(reduceDeck(state, { type: 'reveal' }, steps)).toBe(state);
  });

  it('keeps each slide’s reveal when moving away and back', () => {
    let state = reduceDeck(onQuestion, { type: 'reveal' }, steps);
    state = reduceDeck(state, { type: 'next' }, steps);
    state = reduceDeck(state, { type: 'previous' }, steps);
    expect(revealProgress(state, steps)).toEqual({ step: 1, of: 4 });
    expect(reduceDeck(state, { type: 'reset-reveal' }, steps).reveals[1]).toBe(0);
  });

  it('replaces the state from another window, clamped to this deck', () => {
    const state = reduceDeck(initialDeckState(steps), { type: 'replace', state: { slide: 9, reveals: [3, 9] } }, steps);
    expect(state).toEqual({ slide: 2, reveals: [0, 4, 0] });
  });
});

describe('deckKeyAction', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowDown', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'previous'],
    ['ArrowLeft', false, 'previous'],
    ['ArrowUp', false, 'previous'],
    ['PageUp', false, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['r', false, 'reveal'],
    ['R', true, 'conceal'],
    // Caps Lock on: the letter is upper case, but without Shift it still reveals.
    ['R', false, 'reveal'],
    ['r', true, 'conceal'],
  ])('%j (shift %s) → %s', (key, shiftKey, type) => {
    expect(deckKeyAction({ key, shiftKey })).toEqual({ type });
  });

  it('maps F to full screen, N to the next lesson, and ignores modified or other keys', () => {
    expect(deckKeyAction({ key: 'f' })).toBe('fullscreen');
    expect(deckKeyAction({ key: 'N', shiftKey: true })).toBe('next-lesson');
    expect(deckKeyAction({ key: 'n', ctrlKey: true })).toBeNull();
    expect(deckKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(deckKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(deckKeyAction({ key: 'x' })).toBeNull();
  });
});

describe('slide hash', () => {
  it('round-trips and rejects hashes outside the deck', () => {
    expect(hashForSlide(2)).toBe('#slide-3');
    expect(slideFromHash('#slide-3', 5)).toBe(2);
    expect(slideFromHash('slide-1', 5)).toBe(0);
    expect(slideFromHash('#slide-6', 5)).toBeNull();
    expect(slideFromHash('#slide-0', 5)).toBeNull();
    expect(slideFromHash('#intro', 5)).toBeNull();
    expect(slideFromHash('', 5)).toBeNull();
  });
});

describe('formatElapsed', () => {
  it('formats minutes and seconds, and hours when needed', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
