// Small statistics over lists of timings, rounded for reports.

/** Rounds to DIGITS decimals (one by default: timings in the browser are coarse anyway). */
export function round(value, digits = 1) {
  if (value === null || value === undefined) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The value at fraction p of the sorted list (nearest rank, as bench/booths-browser.mjs). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round((sorted.length - 1) * p)];
}

export const median = (values) => percentile(values, 0.5);

/** { median_ms, min, max, runs } of a list of milliseconds. */
export function summary(values) {
  return {
    median_ms: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    runs: values.length,
  };
}
