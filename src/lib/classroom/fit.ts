// Pure search for the largest type scale at which a slide fits its stage, with as few layout measurements as possible.

/** The scales tried, from full size down to `min` in steps of `step` (rounded to hundredths). */
export function fitScales(min: number, step = 0.05): number[] {
  const scales: number[] = [];
  for (let scale = 1; scale >= min - 1e-9; scale = Math.round((scale - step) * 100) / 100) scales.push(scale);
  return scales;
}

/**
 * The largest of `scales` (largest first) for which `fits` holds, found by binary search since a smaller scale never
 * fits worse; the smallest scale when none fits. Each call of `fits` costs the browser a layout, so it is called
 * about log2(n) times instead of n.
 */
export function largestFittingScale(scales: readonly number[], fits: (scale: number) => boolean): number {
  let low = 0;
  let high = scales.length - 1;
  let best = high;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(scales[middle]!)) {
      best = middle;
      high = middle - 1;
    } else low = middle + 1;
  }
  return scales[best]!;
}
