// The production server: Remix behind express, with security headers, compression, request logs
// and static files. See docs/decisions/002-express-server.md.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, installGlobals, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import morgan from "morgan";

import { readClockSettings } from "./app/utils/clock.server";

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
app.use(compression());

// Writes must come from our own pages: on top of SameSite cookies, refuse a non-GET request that
// a browser marks as coming from another site. Sec-Fetch-Site is trusted when present (pages with
// a no-referrer policy send "Origin: null" even to themselves); otherwise Origin must be ours.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
app.use((req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const allowed = new Set([`${req.protocol}://${req.get("host")}`, process.env.APP_URL?.replace(/\/$/, "")].filter(Boolean));
  const ok = site ? site === "same-origin" || site === "none" : !!origin && allowed.has(origin);
  if (ok) return next();
  res.status(403).type("text/plain; charset=utf-8").send("Forespørselen kom ikke fra Lederprogrammet og ble avvist.");
});

// Links carry secret tokens (invitations, password reset, calendar feed): never write them to the log.
morgan.token("safe-url", (req: express.Request) =>
  (req.originalUrl ?? req.url).replace(/\/(invitation|reset-password|calendar)\/[^/?#]+/g, "/$1/[token]"),
);
app.use(morgan(":method :safe-url :status :res[content-length] - :response-time ms"));

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

app.all(
  "*",
  createRequestHandler({
    build: async () => build,
    mode: MODE,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientIp: req.ip }),
  }),
);

// Lets `npm run restore` see that a server is using this database.
const PID_FILE = path.join(path.dirname(path.resolve(process.env.DATABASE_PATH ?? "data/app.db")), "server.pid");
fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
fs.writeFileSync(PID_FILE, String(process.pid));

const server = app.listen(PORT, HOST, () => {
  console.log(`Lederprogrammet kjører på http://localhost:${PORT}`);
  if (process.env.APP_NOW)
    console.log(`Klokka er satt til ${process.env.APP_NOW} (${process.env.APP_CLOCK === "frozen" ? "står stille" : "går videre derfra"}).`);
  if (MODE === "development") void broadcastDevReady(build);
});

if (MODE === "development") {
  // `remix dev --manual` rewrites build/version.txt after each rebuild.
  fs.watchFile(path.resolve("build/version.txt"), { interval: 300 }, async () => {
    build = await importBuild();
    void broadcastDevReady(build);
  });
}

function shutdown(signal: string) {
  console.log(`${signal}: stopper å ta imot forespørsler …`);
  server.close(() => {
    (globalThis as { __db?: { $client: { close(): void } } }).__db?.$client.close();
    fs.rmSync(PID_FILE, { force: true });
    console.log("Databasen er lukket. Ha det.");
    process.exit(0);
  });
  // In-flight requests get a grace period; idle keep-alive sockets are closed now.
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
