// The production server: Remix behind express, with security headers, compression, request logs
// and static files. See docs/decisions/002-express-server.md.
import cluster from "node:cluster";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { broadcastDevReady, createRequestHandler, installGlobals, type ServerBuild, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import morgan from "morgan";

import { readClockSettings } from "./app/utils/clock.server";
import { superviseWorkers, workerCount } from "./app/utils/cluster.server";
import { bodyLimitFor, readBodyWithin, tooLargePage } from "./app/utils/request-body.server";
import { REQUEST_ID_HEADER } from "./app/utils/request-id";
import { maskSecretLinks } from "./app/utils/secret-links";

installGlobals({ nativeFetch: true });

const MODE = process.env.NODE_ENV === "development" ? "development" : "production";
process.env.NODE_ENV ??= MODE;
// A pinned clock (APP_NOW) is for tests and development only: refuse it before serving anything.
try {
  readClockSettings(process.env);
} catch (e) {
  console.error(`Kan ikke starte: ${(e as Error).message}`);
  process.exit(1);
}
const BUILD_PATH = path.resolve("build/index.js");
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? "0.0.0.0";

const PID_FILE = path.join(path.dirname(path.resolve(process.env.DATABASE_PATH ?? "data/app.db")), "server.pid");
fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
// Development keeps one process: `remix dev` talks to the process it started.
let WORKERS = 1;
try {
  if (MODE === "production") WORKERS = workerCount(process.env.WEB_CONCURRENCY);
} catch (e) {
  console.error(`Kan ikke starte: ${(e as Error).message}`);
  process.exit(1);
}

if (cluster.isPrimary && WORKERS > 1) {
  // Migrate once, here, before any worker opens the file: two workers migrating at once would race.
  const { closeDatabase } = await import("./app/utils/db.server");
  closeDatabase();
  try {
    superviseWorkers({
      count: WORKERS,
      pidFile: PID_FILE,
      backgroundJobs: process.env.BACKGROUND_JOBS,
      heapMb: process.env.WORKER_HEAP_MB,
    });
  } catch (e) {
    console.error(`Kan ikke starte: ${(e as Error).message}`);
    process.exit(1);
  }
  console.log(`Lederprogrammet kjører på http://localhost:${PORT} med ${WORKERS} prosesser.`);
} else {
  const importBuild = async (): Promise<ServerBuild> =>
    (await import(`${pathToFileURL(BUILD_PATH).href}?t=${fs.statSync(BUILD_PATH).mtimeMs}`)) as ServerBuild;

  let build = await importBuild();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          styleSrc: ["'self'"],
          // style="" attributes (bar widths) only; no inline <style> or scripts.
          styleSrcAttr: ["'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: MODE === "development" ? ["'self'", "ws:"] : ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // HSTS only when the request really came over HTTPS (set below).
      strictTransportSecurity: false,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    }),
  );
  app.use((req, res, next) => {
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  });
  // A 304 keeps the cached page, whose scripts carry the nonce of the CSP that came with it; a new
  // CSP header on the 304 would replace the stored one and block them (ADR 026).
  app.use((_req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: express.Response, ...args: Parameters<typeof writeHead>) {
      if (args[0] === 304) this.removeHeader("Content-Security-Policy");
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  });
  app.use(compression());

  // Writes must come from our own pages: on top of SameSite cookies, refuse a non-GET request that
  // a browser marks as coming from another site. Sec-Fetch-Site is trusted when present (pages with
  // a no-referrer policy send "Origin: null" even to themselves); otherwise Origin must be ours. An
  // Origin that is sent must also name the host Remix will compare it with (X-Forwarded-Host, else
  // Host), or Remix's own check would throw a 500 for what is a refusal.
  const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
  const hostOf = (origin: string) => {
    try {
      return new URL(origin).host;
    } catch {
      return null;
    }
  };
  app.use((req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const site = req.get("sec-fetch-site");
    const origin = req.get("origin");
    const allowed = new Set([`${req.protocol}://${req.get("host")}`, process.env.APP_URL?.replace(/\/$/, "")].filter(Boolean));
    const remixHost = req.get("x-forwarded-host")?.split(",")[0]?.trim() || req.get("host");
    const originMatchesHost = !origin || origin === "null" || hostOf(origin) === remixHost;
    const ok = originMatchesHost && (site ? site === "same-origin" || site === "none" : !!origin && allowed.has(origin));
    if (ok) return next();
    res.status(403).type("text/plain; charset=utf-8").send("Forespørselen kom ikke fra Lederprogrammet og ble avvist.");
  });

  // Links carry secret tokens (invitations, password reset, calendar feed): never write them to the log.
  // Also when percent-encoded in a query, as in /login?redirectTo=%2Finvitation%2F….
  morgan.token("safe-url", (req: express.Request) => maskSecretLinks(req.originalUrl ?? req.url, "[token]"));
  app.use(morgan(":method :safe-url :status :res[content-length] - :response-time ms"));

  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));

  // Bodies are read here, within a limit per route, and handed to Remix as bytes (see
  // app/utils/request-body.server.ts). An oversized body gets a 413 at once and the connection is
  // closed, so the rest of it is never read.
  const nb = JSON.parse(fs.readFileSync(path.resolve("app/locales/nb/common.json"), "utf8")) as {
    errors: { tooLarge: { title: string; text: string } };
  };
  const TOO_LARGE_PAGE = tooLargePage(nb.errors.tooLarge.title, nb.errors.tooLarge.text);
  app.use(async (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const read = await readBodyWithin(req, bodyLimitFor(req.path));
    if (read.ok) {
      res.locals.body = read.body;
      return next();
    }
    if (read.reason === "aborted") return void req.destroy();
    res.status(413).type("text/html; charset=utf-8").send(TOO_LARGE_PAGE);
    // Node reads off and discards the rest (memory stays flat) so the browser sees the page rather
    // than a reset connection; a body that never ends is cut off after two seconds.
    req.resume();
    const hangUp = setTimeout(() => req.socket.destroy(), 2000).unref();
    req.once("end", () => clearTimeout(hangUp));
  });

  const handleRequest = createRequestHandler(() => build, MODE);

  // A host name or address, with an optional port: nothing that could move the path ("a/b?").
  const HOST_NAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

  /** The Fetch request Remix sees, or null when the Host or X-Forwarded-Host is not a host. */
  function remixRequest(req: express.Request, res: express.Response): Request | null {
    // As @remix-run/express builds it: req.hostname follows X-Forwarded-Host from a trusted proxy.
    const port = (req.get("x-forwarded-host")?.split(",")[0]?.trim() || req.get("host") || "").split(":")[1];
    const host = `${req.hostname}${port ? `:${port}` : ""}`;
    if (!HOST_NAME.test(host)) return null;
    let url: URL;
    try {
      url = new URL(`${req.protocol}://${host}${req.originalUrl}`);
    } catch {
      return null;
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const v of value) headers.append(key, v);
      else if (value !== undefined) headers.set(key, value);
    }
    headers.set(REQUEST_ID_HEADER, crypto.randomUUID());
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    const body = res.locals.body as Buffer | undefined;
    return new Request(url.href, {
      method: req.method,
      headers,
      signal: controller.signal,
      body: body?.length ? new Uint8Array(body) : undefined,
    });
  }

  app.all("*", async (req, res, next) => {
    try {
      const request = remixRequest(req, res);
      if (!request) return void res.status(400).type("text/plain; charset=utf-8").send("Ugyldig adresse.");
      const response = await handleRequest(request, { cspNonce: res.locals.cspNonce as string, clientIp: req.ip });
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [key, value] of response.headers.entries()) res.append(key, value);
      // Pages and data carry personal content and a per-response CSP nonce: no cache may keep them.
      // Static files are served above, with their own caching; a route may still say otherwise.
      if (!response.headers.has("Cache-Control")) res.setHeader("Cache-Control", "no-store");
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  });

  // Lets `npm run restore` see that a server is using this database (the supervisor's pid when there is one).
  if (!cluster.isWorker) fs.writeFileSync(PID_FILE, String(process.pid));

  const server = app.listen(PORT, HOST, () => {
    if (cluster.isWorker) return;
    console.log(`Lederprogrammet kjører på http://localhost:${PORT}`);
    if (process.env.APP_NOW)
      console.log(
        `Klokka er satt til ${process.env.APP_NOW} (${process.env.APP_CLOCK === "frozen" ? "står stille" : "går videre derfra"}).`,
      );
    if (MODE === "development") void broadcastDevReady(build);
  });

  if (MODE === "development") {
    // `remix dev --manual` rewrites build/version.txt after each rebuild.
    fs.watchFile(path.resolve("build/version.txt"), { interval: 300 }, async () => {
      build = await importBuild();
      void broadcastDevReady(build);
    });
  }

  let stopping = false;
  function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    if (!cluster.isWorker) console.log(`${signal}: stopper å ta imot forespørsler …`);
    server.close(() => {
      (globalThis as { __db?: { $client: { close(): void } } }).__db?.$client.close();
      if (!cluster.isWorker) {
        fs.rmSync(PID_FILE, { force: true });
        console.log("Databasen er lukket. Ha det.");
      }
      process.exit(0);
    });
    // In-flight requests get a grace period; idle keep-alive sockets are closed now.
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  }
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  // A supervisor that died without stopping its workers (SIGKILL) leaves them nobody to answer to.
  if (cluster.isWorker) process.on("disconnect", () => shutdown("disconnect"));
}
