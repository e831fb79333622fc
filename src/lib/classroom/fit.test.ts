import { describe, expect, it } from 'vitest';
import { fitScales, largestFittingScale } from './fit';

describe('fitScales', () => {
  it('goes from 1 down to the minimum in steps of 0.05', () => {
    expect(fitScales(0.45)).toEqual([1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45]);
  });
});

describe('largestFittingScale', () => {
  const scales = fitScales(0.45);

  it('keeps full size when the slide fits, measuring once', () => {
    const tried: number[] = [];
    expect(largestFittingScale(scales, (scale) => (tried.push(scale), true))).toBe(1);
    expect(tried.at(-1)).toBe(1);
    expect(tried.length).toBeLessThanOrEqual(4);
  });

  it('finds the largest scale that fits, with a handful of measurements instead of one per scale', () => {
    for (const limit of scales) {
      const tried: number[] = [];
      const found = largestFittingScale(scales, (scale) => (tried.push(scale), scale <= limit));
      expect(found).toBe(limit);
      expect(tried.length).toBeLessThanOrEqual(4);
    }
  });

  it('falls back to the smallest scale when nothing fits', () => {
    expect(largestFittingScale(scales, () => false)).toBe(0.45);
  });
});
