/** Measures a loader's server-side work and reports it as a Server-Timing header (read by `npm run bench` and browser dev tools). */
export function serverTiming<T>(name: string, work: () => T): { value: T; headers: Record<string, string> } {
  const started = performance.now();
  const value = work();
  return { value, headers: { "Server-Timing": `${name};dur=${(performance.now() - started).toFixed(1)}` } };
}
