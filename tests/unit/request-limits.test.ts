// The real server (server.ts on the built app) against bodies too large to accept and headers or
// paths that used to make a 500. Oversized bodies are refused with 413 on the bytes received,
// chunked or not, and the server's memory stays where it was.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";

import { afterAll, beforeAll, expect, test } from "vitest";

import * as clock from "~/utils/clock.server";
import { openDatabase, schema } from "~/utils/db.server";
import { FORM_LIMIT_BYTES, ROSTER_LIMIT_BYTES } from "~/utils/request-body.server";
import { generateToken, hashToken, sessionCookie } from "~/utils/session.server";

const dir = path.resolve("tests/.tmp");
const file = path.join(dir, `limits-${process.pid}-${Date.now()}.db`);
let server: ChildProcess;
let base = "";
let port = 0;
let output = "";
let participantCookie = "";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);

beforeAll(async () => {
  // npm test runs the unit tests before the e2e build: build once if nobody has yet.
  if (!fs.existsSync("build/index.js")) execFileSync("npx", ["remix", "build"], { stdio: "ignore" });
  fs.mkdirSync(dir, { recursive: true });
  const db = openDatabase(file);
  const org = db.insert(schema.organisations).values({ name: "Org" }).returning().get();
  const prog = db.insert(schema.programmes).values({ slug: "lederprogram", name: "Lederprogram" }).returning().get();
  const cohort = db
    .insert(schema.cohorts)
    .values({ organisationId: org.id, programmeId: prog.id, name: "Kohort", startDate: "2026-06-29" })
    .returning()
    .get();
  const user = db.insert(schema.users).values({ email: "deltaker@test.example", name: "Deltaker", passwordHash: "x" }).returning().get();
  db.insert(schema.memberships).values({ cohortId: cohort.id, userId: user.id, role: "participant" }).run();
  const token = generateToken();
  db.insert(schema.sessions)
    // Signed in "now" by the test clock, which the server shares (APP_NOW): the session is fresh at any instant.
    .values({ id: hashToken(token), userId: user.id, expiresAt: new Date(clock.nowMs() + 86_400_000), createdAt: clock.now() })
    .run();
  participantCookie = (await sessionCookie.serialize(token)).split(";")[0]!;
  db.$client.close();

  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, DATABASE_PATH: file, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "test", BACKGROUND_JOBS: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (c: Buffer) => (output = (output + c.toString()).slice(-10_000));
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start:\n${output}`);
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
  fs.rmSync(path.join(dir, "server.pid"), { force: true });
});

type Sent = { status: number; body: string; bytesWritten: number };

/** Streams `total` bytes of a form as fast as the server takes them, chunked unless a length is given. */
function post(pathname: string, total: number, { chunked = true, cookie = "" } = {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Origin: base };
    if (cookie) headers.Cookie = cookie;
    if (!chunked) headers["Content-Length"] = String(total);
    const req = http.request(`${base}${pathname}`, { method: "POST", headers });
    const chunk = Buffer.alloc(64 * 1024, "a");
    let written = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => {
        resolve({ status: res.statusCode!, body, bytesWritten: written });
        req.destroy();
      });
    });
    // The server hangs up on an oversized body; the client may see that while still writing.
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const pump = () => {
      while (!answered && written < total) {
        const n = Math.min(chunk.length, total - written);
        written += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

test(
  "six concurrent 50 MB chunked posts get 413 with a Norwegian page, and the server's memory stays flat",
  { timeout: 120_000 },
  async () => {
    const before = rssKb(server.pid!);
    const targets = ["/journal/new", "/login", "/forgot-password", "/admin/cohorts/1/people", "/admin/cohorts/1/people", "/journal/new"];
    const results = await Promise.all(targets.map((t) => post(t, 50 * 1024 * 1024, { cookie: participantCookie })));
    const after = rssKb(server.pid!);
    console.log(
      `RSS of the server: ${Math.round(before / 1024)} MB before, ${Math.round(after / 1024)} MB after six 50 MB posts ` +
        `(${results.map((r) => Math.round(r.bytesWritten / 1024 / 1024)).join(", ")} MB written before the 413)`,
    );
    for (const r of results) {
      expect(r.status).toBe(413);
      expect(r.body).toContain("For stor forespørsel");
    }
    // Remix would have buffered 300 MB; the limits allow at most 4 × 256 KiB + 2 × 4 MiB in flight.
    expect(after - before).toBeLessThan(100 * 1024);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  },
);

test(
  "the limit counts the bytes received, with or without Content-Length, and the roster upload has its own",
  { timeout: 60_000 },
  async () => {
    expect((await post("/login", FORM_LIMIT_BYTES + 1)).status).toBe(413);
    expect((await post("/login", FORM_LIMIT_BYTES + 1, { chunked: false })).status).toBe(413);
    // Within the limit the form reaches the action (a wrong sign-in, not a refusal of the size).
    expect((await post("/login", FORM_LIMIT_BYTES - 1000)).status).toBe(400);
    // 1.5 MB is too much for a form but fine for the roster upload (anonymous, so: sign in first).
    expect((await post("/admin/cohorts/1/people", 1_500_000)).status).toBe(302);
    expect((await post("/admin/cohorts/1/people", ROSTER_LIMIT_BYTES + 1)).status).toBe(413);
  },
);

const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${pathname}`, { headers: { Cookie: participantCookie, ...headers }, redirect: "manual" });

test("no header, path or parameter makes a 500", async () => {
  for (const p of [
    "/gatherings/1%0A.ics",
    "/gatherings/1%0D%0AX:y.ics",
    "/gatherings/%201.ics",
    "/gatherings/1e0.ics",
    "/gatherings/0x1.ics",
  ]) {
    expect([400, 404], p).toContain((await get(p)).status);
  }
  const form = "email=a%40test.example&password=x";
  const write = (headers: Record<string, string>) =>
    fetch(`${base}/login`, {
      method: "POST",
      body: form,
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      redirect: "manual",
    });
  expect((await write({ "Sec-Fetch-Site": "same-origin", Origin: "https://evil.example" })).status).toBe(403);
  expect((await write({ Origin: base, "X-Forwarded-Host": "evil.example" })).status).toBe(403);
  expect((await write({ "Sec-Fetch-Site": "same-origin", Origin: base, "X-Forwarded-Host": "evil.example" })).status).toBe(403);
  expect((await write({ "Sec-Fetch-Site": "same-origin", Origin: "not a url" })).status).toBe(403);
  expect((await write({ Origin: base })).status).toBe(401);
  expect([200, 400]).toContain((await get("/login", { "X-Forwarded-Host": "ev il" })).status);
  expect([200, 400]).toContain((await get("/login", { "X-Forwarded-Host": "a/b?" })).status);
  // The status column of the access log (":method :url :status …"), not a response time like "13.500 ms".
  expect(output).not.toMatch(/^(GET|POST|HEAD) \S+ 5\d\d /m);
});

test("the request log never shows a token, not even percent-encoded in a query", async () => {
  const token = "abcdefghijklmnopqrstuvwxyz234567";
  await get(`/invitation/${token}`, { Cookie: "" });
  await get(`/login?redirectTo=%2Finvitation%2F${token}`, { Cookie: "" });
  await get(`/calendar/${token}.ics`, { Cookie: "" });
  await new Promise((r) => setTimeout(r, 200));
  expect(output).toContain("/login?redirectTo=%2Finvitation%2F[token]");
  expect(output).not.toContain(token);
});

test("pages carry Cache-Control: no-store; static files keep theirs", async () => {
  expect((await get("/")).headers.get("cache-control")).toBe("no-store");
  expect((await get("/login", { Cookie: "" })).headers.get("cache-control")).toBe("no-store");
  expect((await get("/journal.data")).headers.get("cache-control")).toBe("no-store");
  expect((await get("/favicon.ico")).headers.get("cache-control")).toContain("max-age");
});
