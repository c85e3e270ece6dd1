// The server is a supervisor with one worker per core (docs/decisions/022-compiled-server-on-every-core.md):
// memory is measured per process, and the budget holds for the largest of them.
import fs from "node:fs";

/** The supervisor's pid and its workers' (or just the pid, for WEB_CONCURRENCY=1). */
export function serverPids(pid: number): number[] {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children];
  } catch {
    return [pid];
  }
}

/** The largest value of a /proc status field (VmRSS now, VmHWM the peak) over the server's processes, in MB. */
export function largestProcessMb(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  let largest: number | null = null;
  for (const p of serverPids(pid)) {
    try {
      const kb = new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      if (kb) largest = Math.max(largest ?? 0, Math.round((Number(kb) / 1024) * 10) / 10);
    } catch {
      // that process is gone (a worker being replaced)
    }
  }
  return largest;
}
