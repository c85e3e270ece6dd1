// One bounded load run with autocannon, and server time read from the Server-Timing header.
import autocannon from "autocannon";

export type LoadResult = { rps: number; p50: number; p95: number; p99: number; errors: number; requests: number; bytes: number };

export function percentile(sorted: number[], p: number) {
  const v = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
  return Math.round(v * 10) / 10;
}

export async function load(url: string, cookie: string | null, connections: number, duration: number): Promise<LoadResult> {
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers: cookie ? { cookie } : {} }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status < 200 || status >= 300) non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + non2xx,
    requests: times.length,
    bytes: Math.round(result.throughput.total / Math.max(1, times.length)),
  };
}

/**
 * Server time over sequential requests: what the process measured (Server-Timing, the loader's own
 * work) and the whole response as the client saw it, rendering and loopback included; and the page's size.
 */
export async function serverTime(url: string, cookie: string | null, samples = 30) {
  const durs: number[] = [];
  const walls: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: cookie ? { cookie, "accept-encoding": "identity" } : { "accept-encoding": "identity" } });
    bytes = (await res.arrayBuffer()).byteLength;
    walls.push(performance.now() - started);
    const m = /dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
    if (m) durs.push(Number(m[1]));
  }
  durs.sort((a, b) => a - b);
  walls.sort((a, b) => a - b);
  return {
    p50: percentile(durs, 50),
    p95: percentile(durs, 95),
    wallP50: percentile(walls, 50),
    wallP95: percentile(walls, 95),
    samples: durs.length,
    bytes,
  };
}
