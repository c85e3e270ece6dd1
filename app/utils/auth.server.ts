// The guards every loader and action starts with. `get*` returns null; `require*` throws a
// redirect (not signed in) or a 403/404 Response (signed in, not allowed).
import { redirect } from "@remix-run/node";
import { z } from "zod";

import { type Cohort, getOwnedCohort, getParticipation, ownsAnything, type Participation } from "~/models/cohort.server";

import { Lru } from "./lru";
import { REQUEST_ID_HEADER } from "./request-id";
import { readSessionToken, type SessionUser, validateSessionToken } from "./session.server";

// A page's request runs the root loader and the page's own loader, and both ask who is signed in and
// which cohort they take part in. Remix hands each loader its own copy of the request, so the
// server's request id (app/utils/request-id.ts) says which copies belong together. A reading
// request gets one answer to each question; an action, which may sign someone in or out, always
// asks again, and the loaders after it start from nothing, since no reading copy asked before.
type Answers = { user?: Promise<SessionUser | null>; participation?: Participation | null };
// Bounded by requests in flight: an entry that falls out is only asked again.
const answers = new Lru<string, Answers>(1000);
function answersFor(request: Request): Answers {
  const id = request.headers.get(REQUEST_ID_HEADER);
  if (!id || (request.method !== "GET" && request.method !== "HEAD")) return {};
  return answers.getOrSet(id, () => ({}));
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  const known = answersFor(request);
  known.user ??= readSessionToken(request).then((token) => (token ? (validateSessionToken(token)?.user ?? null) : null));
  return known.user;
}

/** The participation of the signed-in user, once per reading request (see above). */
export function participationOf(request: Request, user: SessionUser): Participation | null {
  const known = answersFor(request);
  if (known.participation === undefined) known.participation = getParticipation(user.id);
  return known.participation;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403 });
}

export function notFound(): never {
  throw new Response("Not found", { status: 404 });
}

export async function requireAdmin(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!user.isAdmin) forbidden();
  return user;
}

/** Anyone who runs cohorts: programme owners and admins. */
export async function requireOwner(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!ownsAnything(user)) forbidden();
  return user;
}

// Digits only: z.coerce alone would take "1\n", " 1", "1e0" and "0x1" as 1, and the raw parameter
// could then reach a header (a file name) and make a 500.
const idParam = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/)
  .transform(Number)
  .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER));

export function parseId(value: string | undefined): number {
  const parsed = idParam.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The cohort named in the URL, if this user runs it; a cohort they do not run is a 404. */
export async function requireCohortOwner(
  request: Request,
  cohortIdParam: string | undefined,
): Promise<{ user: SessionUser; cohort: Cohort }> {
  const user = await requireOwner(request);
  const cohort = getOwnedCohort(user, parseId(cohortIdParam));
  if (!cohort) notFound();
  return { user, cohort };
}

/**
 * A participant and the cohort they take part in now. Someone who only runs cohorts is sent from
 * the front page to their own area; any other participant page is not found for them.
 */
export async function requireParticipant(request: Request): Promise<{ user: SessionUser; participation: Participation }> {
  const user = await requireUser(request);
  const participation = participationOf(request, user);
  if (!participation) {
    const owner = ownsAnything(user);
    if (owner && new URL(request.url).pathname === "/") throw redirect("/admin");
    if (owner) notFound();
    forbidden();
  }
  return { user, participation };
}
