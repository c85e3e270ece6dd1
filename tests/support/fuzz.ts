/// <reference types="vite/client" />
// Property-based checks of every form action: generated hostile input must get a 4xx with a
// message, never a 5xx, and an error must leave the database exactly as it was.
import fc from "fast-check";
import type { z } from "zod";

import { db } from "~/utils/db.server";
import { translator } from "~/utils/i18n.server";

import type { Actor, Profile } from "./fuzz-profiles";

export const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

type Action = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;
export type RouteModule = { action?: Action };

/** Every route module that has an action, by file name, straight from app/routes. */
export async function actionRoutes(): Promise<Map<string, Action>> {
  const files = import.meta.glob("../../app/routes/*.{ts,tsx}");
  const out = new Map<string, Action>();
  for (const [path, load] of Object.entries(files)) {
    const mod = (await load()) as RouteModule;
    if (mod.action) out.set(path.replace("../../app/routes/", ""), mod.action);
  }
  return out;
}

// Tables whose rows may change on a refused request by design: the session's sliding expiry, and
// the failed sign-in counter that makes throttling possible, and the answer page's attempt counter
// (ADR 025), which must count refused answers too or a flood of bad ones would go unlimited.
const WRITTEN_ON_PURPOSE = new Set(["sessions", "login_failures", "pulse_answer_slots"]);

/**
 * Counts every row written to the app's tables by this process's connection, through temporary
 * triggers: as strict as comparing the whole database before and after a request (any insert,
 * update or delete shows), at the cost of a counter instead of a hash of every row.
 */
let writeCounterInstalled = false;
export function writesSoFar(): number {
  const sqlite = db.$client;
  if (!writeCounterInstalled) {
    const tables = (
      sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'journal_fts%' and name not like '__drizzle%' order by name",
        )
        .all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((t) => !WRITTEN_ON_PURPOSE.has(t));
    sqlite.exec("create temp table if not exists fuzz_writes (n integer not null); insert into fuzz_writes values (0);");
    for (const t of tables) {
      for (const op of ["insert", "update", "delete"]) {
        sqlite.exec(
          `create temp trigger if not exists "fuzz_${t}_${op}" after ${op} on main."${t}" begin update fuzz_writes set n = n + 1; end;`,
        );
      }
    }
    writeCounterInstalled = true;
  }
  return (sqlite.prepare("select n from fuzz_writes").get() as { n: number }).n;
}

/** Field names and the values the schemas accept for choice fields (intents, roles, formats …). */
export function fieldsOf(schemas: z.ZodObject[]) {
  const names = new Set<string>();
  const choices = new Map<string, Set<string>>();
  for (const s of schemas) {
    for (const [name, field] of Object.entries(s.shape)) {
      names.add(name);
      const def = (field as { _zod: { def: { type: string; values?: unknown[]; entries?: Record<string, unknown> } } })._zod.def;
      const values = def.type === "literal" ? def.values : def.type === "enum" ? Object.values(def.entries ?? {}) : [];
      for (const v of values ?? []) {
        if (!choices.has(name)) choices.set(name, new Set());
        choices.get(name)!.add(String(v));
      }
    }
  }
  return { names: [...names], choices };
}

const ugly = fc.constantFrom(
  "\u0000",
  "\u0007",
  "\u001b",
  "\b",
  "\r",
  "\n",
  "\t",
  "\u202e",
  "\ufeff",
  "\u2028",
  "\ud800",
  "\u00a0",
  "'",
  '"',
  "<",
  ">",
  "&",
  "%",
  ";",
  "\\",
);

/** Text a person, a broken client or an attacker might send in any field. */
export function hostileValue(ids: string[], known: string[] = []): fc.Arbitrary<string> {
  const arbs: fc.Arbitrary<string>[] = [
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: ugly, maxLength: 30 }),
    // Over-long: far past every limit in the schemas (the largest is 300,000 for a pasted roster).
    fc.tuple(fc.constantFrom("a", "ø", "🙂", " ", "\n", ","), fc.integer({ min: 201, max: 320_000 })).map(([c, n]) => c.repeat(n)),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(
      "",
      " ",
      "on",
      "yes",
      "true",
      "null",
      "undefined",
      "NaN",
      "Infinity",
      "-1",
      "0",
      "1.5",
      "1e309",
      "99999999999999999999",
      "0x10",
    ),
    fc.constantFrom("2026-02-30", "2026-13-01", "0000-00-00", "2026-11-23", "1900-01-01", "9999-12-31", "25:61", "09:00", "23:59"),
    fc.date({ noInvalidDate: true, min: new Date("1970-01-01"), max: new Date("2100-01-01") }).map((d) => d.toISOString().slice(0, 10)),
    fc.emailAddress(),
    fc.constantFrom(
      `' OR 1=1 --`,
      `"); DROP TABLE users; --`,
      "title:* OR body:x",
      "*",
      "NEAR(a b)",
      "<script>alert(1)</script>",
      "{{constructor}}",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "../../etc/passwd",
    ),
  ];
  if (ids.length) arbs.push(fc.constantFrom(...ids));
  if (known.length) arbs.push(fc.constantFrom(...known));
  return fc.oneof(...arbs);
}

export type Body =
  | { kind: "form"; entries: [string, string][] }
  | { kind: "multipart"; entries: [string, string][]; file: string }
  | { kind: "raw"; contentType: string; text: string };

/** A request body: mostly forms with missing, repeated, unknown and ill-typed fields; sometimes not a form at all. */
export function hostileBody(fieldNames: string[], choices: Map<string, Set<string>>, ids: string[]): fc.Arbitrary<Body> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fieldNames) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom("status-1", "note-1", "group-1", "topics", "file", "__proto__") },
  );
  const fields = fc.record(Object.fromEntries(fieldNames.map((n) => [n, hostileValue(ids, [...(choices.get(n) ?? [])])])), {
    requiredKeys: [],
  });
  const entries = fc
    .tuple(fields, fc.array(fc.tuple(key, hostileValue(ids)), { maxLength: 6 }))
    .map(([f, extra]) => [...Object.entries(f).map(([k, v]) => [k, v as string] as [string, string]), ...extra]);
  return fc.oneof(
    { weight: 18, arbitrary: entries.map((e) => ({ kind: "form" as const, entries: e })) },
    {
      weight: 1,
      arbitrary: fc.tuple(entries, fc.string({ maxLength: 200 })).map(([e, file]) => ({ kind: "multipart" as const, entries: e, file })),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("raw" as const),
        contentType: fc.constantFrom(
          "application/json",
          "text/plain",
          "multipart/form-data",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/octet-stream",
        ),
        text: fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.constantFrom("{", '{"intent":"save"}', "--x\r\nContent-Disposition: form-data\r\n", "%%%", "a=%ZZ&b"),
        ),
      }),
    },
  );
}

export function toInit(body: Body): { body: BodyInit; headers: Record<string, string> } {
  if (body.kind === "raw") return { body: body.text, headers: { "Content-Type": body.contentType } };
  if (body.kind === "multipart") {
    const fd = new FormData();
    for (const [k, v] of body.entries) fd.append(k, v);
    fd.append("file", new File([body.file], "liste.csv", { type: "text/csv" }));
    return { body: fd, headers: {} };
  }
  return { body: new URLSearchParams(body.entries).toString(), headers: { "Content-Type": "application/x-www-form-urlencoded" } };
}

export type Outcome = { status: number; message: string | null };

const nb = translator("nb");
const MISSING = "\u0000missing";
const resolves = (key: string) => key.length > 0 && key.length < 120 && nb(key, { count: 1, defaultValue: MISSING }) !== MISSING;

/** The first translatable message anywhere in a reply: a form message, a field error, a prompt error. */
function messageIn(payload: unknown, depth = 0): string | null {
  if (depth > 5 || payload == null) return null;
  if (typeof payload === "string") return resolves(payload) ? nb(payload, { count: 1 }) : null;
  if (typeof payload !== "object") return null;
  for (const value of Object.values(payload as Record<string, unknown>)) {
    const found = messageIn(value, depth + 1);
    if (found) return found;
  }
  return null;
}

/** What Remix would answer for an action's return value or thrown value, and the message it carries. */
export async function outcomeOf(run: () => unknown): Promise<Outcome> {
  let value: unknown;
  try {
    value = await run();
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown; // Remix would answer 500
    value = thrown;
  }
  if (value instanceof Response) {
    const text = value.status >= 400 ? await value.clone().text() : "";
    return { status: value.status, message: text.trim() || null };
  }
  const typed = value as { type?: string; data?: unknown; init?: { status?: number } } | null;
  const isData = typed?.type === "DataWithResponseInit";
  const status = isData ? (typed!.init?.status ?? 200) : 200;
  return { status, message: status >= 400 ? messageIn(isData ? typed!.data : value) : null };
}

type Fixture = {
  profile: Profile;
  ids: string[];
  cookieFor: (actor: Actor) => Promise<string | null>;
};

// A quarter of the requests come from one client, so its rate limits trip (429 is an answer too);
// the rest from many, so the limits do not hide what the action does with the input.
const clientIpArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant("203.0.113.9") },
  { weight: 3, arbitrary: fc.integer({ min: 10, max: 250 }).map((n) => `198.18.${n % 16}.${n}`) },
);

/** Runs RUNS generated requests against one action and returns what was answered, for the report. */
export async function fuzzAction(route: string, action: Action, { profile, ids, cookieFor }: Fixture) {
  const { paramArb } = await import("./fuzz-profiles");
  const { names, choices } = fieldsOf(profile.schemas);
  for (const n of profile.extra?.names ?? []) names.push(n);
  for (const [k, v] of Object.entries(profile.extra?.choices ?? {})) choices.set(k, new Set([...(choices.get(k) ?? []), ...v]));
  if (!names.includes("intent")) names.push("intent");
  const seen = new Map<number, number>();
  // Names every plain object inherits: a lookup like `schemas[intent]` finds them unless it asks for own keys.
  // They run every time, so this class of bug never waits for a lucky seed.
  // Each profile lists the ids that exist first, so these reach the action's own logic.
  const someParams = Object.fromEntries(Object.entries(profile.params).map(([k, v]) => [k, v[0]]));
  const inherited = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
  const examples = inherited.map((v): [typeof someParams, Body, string] => [
    someParams,
    { kind: "form", entries: [["intent", v]] },
    "198.18.1.1",
  ]);
  await fc.assert(
    fc.asyncProperty(paramArb(profile.params), hostileBody(names, choices, ids), clientIpArb, async (params, body, clientIp) => {
      const path = `/${route.replace(/\.tsx?$/, "")}`;
      const init = toInit(body);
      const cookie = await cookieFor(profile.actor);
      const request = new Request(`http://localhost${path}`, {
        method: "POST",
        body: init.body,
        headers: { ...init.headers, ...(cookie ? { Cookie: cookie } : {}) },
      });
      const before = writesSoFar();
      const { status, message } = await outcomeOf(() => action({ request, params, context: { clientIp } }));
      seen.set(status, (seen.get(status) ?? 0) + 1);
      if (status >= 500) throw new Error(`${status} for ${JSON.stringify(body).slice(0, 300)}`);
      if (status >= 400) {
        if (!message) throw new Error(`${status} without a message for ${JSON.stringify(body).slice(0, 300)}`);
        if (writesSoFar() !== before) throw new Error(`${status} but the database changed, for ${JSON.stringify(body).slice(0, 300)}`);
      }
    }),
    { numRuns: RUNS, examples },
  );
  return Object.fromEntries([...seen].sort(([a], [b]) => a - b));
}
