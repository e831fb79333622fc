import { describe, expect, it } from 'vitest';
import { iso8601Duration, scorm12SessionTime } from './session-time';

describe('scorm12SessionTime', () => {
  it('writes HHHH:MM:SS', () => {
    expect(scorm12SessionTime(0)).toBe('0000:00:00');
    expect(scorm12SessionTime(3_723_900)).toBe('0001:02:03');
    expect(scorm12SessionTime(36 * 3600 * 1000)).toBe('0036:00:00');
  });
  it('clamps negative and absurd values into the format', () => {
    expect(scorm12SessionTime(-5)).toBe('0000:00:00');
    expect(scorm12SessionTime(1e13)).toBe('9999:59:59');
  });
});

describe('iso8601Duration', () => {
  it('writes PT#H#M#S with hundredths', () => {
    expect(iso8601Duration(0)).toBe('PT0S');
    expect(iso8601Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(iso8601Duration(60_000)).toBe('PT1M');
    expect(iso8601Duration(7_200_000)).toBe('PT2H');
  });
  it('never matches the SCORM 1.2 format', () => {
    expect(iso8601Duration(5000)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
  });
});
