import { describe, expect, it } from 'vitest';
import { INITIAL_SORT_STATE, keepKnown, nextUnsortedCard, restoreSortState, sortReducer, type SortAction } from './sort-state';

const solution = { a: 'customer', b: 'provider', c: 'provider' };
const run = (...actions: SortAction[]) => actions.reduce(sortReducer, INITIAL_SORT_STATE);

describe('sortReducer', () => {
  it('picks a card up and drops it in a zone', () => {
    const carried = run({ type: 'pick-up', cardId: 'a' });
    expect(carried.activeId).toBe('a');
    const dropped = sortReducer(carried, { type: 'drop', zoneId: 'customer' });
    expect(dropped).toMatchObject({ activeId: null, placements: { a: 'customer' } });
  });

  it('leaves placements alone when a drag is cancelled', () => {
    const state = run({ type: 'move', cardId: 'a', zoneId: 'provider' }, { type: 'pick-up', cardId: 'a' }, { type: 'cancel' });
    expect(state).toMatchObject({ activeId: null, placements: { a: 'provider' } });
  });

  it('moves a card back to the pile', () => {
    const state = run({ type: 'move', cardId: 'a', zoneId: 'provider' }, { type: 'move', cardId: 'a', zoneId: null });
    expect(state.placements).toEqual({});
  });

  it('dropping on the pile returns the carried card', () => {
    const state = run({ type: 'move', cardId: 'b', zoneId: 'customer' }, { type: 'pick-up', cardId: 'b' }, { type: 'drop', zoneId: null });
    expect(state.placements).toEqual({});
  });

  it('ignores a drop with nothing carried', () => {
    expect(run({ type: 'drop', zoneId: 'customer' })).toBe(INITIAL_SORT_STATE);
  });

  it('locks the cards after Check and records the attempt', () => {
    const checked = run({ type: 'move', cardId: 'a', zoneId: 'customer' }, { type: 'check' });
    expect(checked).toMatchObject({ phase: 'checked', attempt: { a: 'customer' } });
    expect(sortReducer(checked, { type: 'move', cardId: 'b', zoneId: 'provider' })).toBe(checked);
    expect(sortReducer(checked, { type: 'pick-up', cardId: 'b' })).toBe(checked);
  });

  it('retries only the misplaced cards or all of them', () => {
    const checked = run(
      { type: 'move', cardId: 'a', zoneId: 'customer' },
      { type: 'move', cardId: 'b', zoneId: 'customer' },
      { type: 'check' },
    );
    expect(sortReducer(checked, { type: 'retry', mode: 'misplaced', solution })).toMatchObject({
      phase: 'sorting',
      placements: { a: 'customer' },
    });
    expect(sortReducer(checked, { type: 'retry', mode: 'all', solution }).placements).toEqual({});
  });

  it('shows the solution only after an attempt', () => {
    expect(run({ type: 'show-solution' }).phase).toBe('sorting');
    expect(run({ type: 'check' }, { type: 'show-solution' }).phase).toBe('solution');
  });
});

describe('restoring saved progress', () => {
  it('shows the result again when nothing moved since the last Check', () => {
    expect(restoreSortState({ a: 'customer' }, { a: 'customer' }).phase).toBe('checked');
  });

  it('goes back to sorting when the learner moved cards after checking', () => {
    expect(restoreSortState({ a: 'provider' }, { a: 'customer' })).toMatchObject({
      phase: 'sorting',
      placements: { a: 'provider' },
      attempt: { a: 'customer' },
    });
    expect(restoreSortState({}, null).phase).toBe('sorting');
    // An attempt made before a card was replaced names a card the board no longer has: it is not shown as checked.
    expect(restoreSortState({ a: 'customer' }, { a: 'customer', retired: 'provider' }).phase).toBe('sorting');
  });

  it('drops saved cards and zones that no longer exist', () => {
    expect(keepKnown({ a: 'customer', gone: 'customer', b: 'nowhere' }, ['a', 'b'], ['customer'])).toEqual({
      a: 'customer',
    });
    expect(keepKnown(undefined, ['a'], ['customer'])).toEqual({});
  });
});

describe('nextUnsortedCard', () => {
  it('finds the next card still in the pile, wrapping round', () => {
    expect(nextUnsortedCard(['a', 'b', 'c'], { b: 'x' }, 'a')).toBe('c');
    expect(nextUnsortedCard(['a', 'b', 'c'], { c: 'x' }, 'b')).toBe('a');
    expect(nextUnsortedCard(['a', 'b', 'c'], {})).toBe('a');
    expect(nextUnsortedCard(['a', 'b'], { a: 'x', b: 'y' }, 'b')).toBeNull();
  });
});
