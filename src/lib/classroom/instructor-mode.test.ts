import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '../progress/model';
import { isInstructorMode, withInstructorMode } from './instructor-mode';

describe('instructor mode in progress', () => {
  it('is off by default and switches on and off without touching other settings', () => {
    const named = { ...EMPTY_PROGRESS, settings: { learnerName: 'Ada' } };
    expect(isInstructorMode(named)).toBe(false);
    const on = withInstructorMode(named, true);
    expect(on.settings).toEqual({ learnerName: 'Ada', instructorMode: true });
    expect(isInstructorMode(on)).toBe(true);
    expect(withInstructorMode(on, false).settings).toEqual({ learnerName: 'Ada' });
  });

  it('returns the same object when nothing changes', () => {
    expect(withInstructorMode(EMPTY_PROGRESS, false)).toBe(EMPTY_PROGRESS);
  });
});
