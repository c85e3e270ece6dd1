// The pages the benchmark loads, shared by bench/run.ts, bench/profile.ts and bench/compare.ts so
// all three measure the same URLs as the same people.
import { signIn } from "./http";

export type BenchPage = { key: string; label: string; url: string; as: "anonymous" | "participant" | "owner" };

export const PAGES: BenchPage[] = [
  { key: "healthz", label: "Stack ceiling (/healthz)", url: "/healthz", as: "anonymous" },
  // Signed in as the participant, so the root shell does the same work as on Min uke; only the page's own work differs.
  { key: "trivial", label: "Page ceiling (/bench/ceiling)", url: "/bench/ceiling", as: "participant" },
  { key: "login", label: "Sign-in page", url: "/login", as: "anonymous" },
  { key: "minUke", label: "Min uke", url: "/", as: "participant" },
  { key: "module", label: "Module page", url: "/modules/metodeveilederens-rolle", as: "participant" },
  { key: "journal", label: "Journal list", url: "/journal", as: "participant" },
  { key: "search", label: "Journal search", url: "/journal?q=fagm%C3%B8tet", as: "participant" },
  { key: "challenges", label: "Challenge list", url: "/challenges", as: "participant" },
  { key: "dashboard", label: "Owner dashboard (2,000)", url: "/admin/cohorts/1", as: "owner" },
  { key: "csv", label: "CSV report (2,000)", url: "/admin/cohorts/1/report.csv", as: "owner" },
];

export const PARTICIPANT = "deltaker5@bench.example";
export const OWNER = "eier1@bench.example";

export type Cookies = Record<BenchPage["as"], string | null>;

export async function signInAll(base: string): Promise<Cookies> {
  return { anonymous: null, participant: await signIn(base, PARTICIPANT), owner: await signIn(base, OWNER) };
}

/** One number from a flag such as --duration=5. */
export function flag(args: string[], name: string, fallback: number): number {
  const v = args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  return v === undefined ? fallback : Number(v);
}
