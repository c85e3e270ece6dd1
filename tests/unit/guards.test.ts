import { getUser, requireAdmin, requireCohortOwner, requireOwner, requireParticipant, requireUser } from "~/utils/auth.server";
import { db, schema } from "~/utils/db.server";
import { REQUEST_ID_HEADER } from "~/utils/request-id";
import { createSession, invalidateSessionToken } from "~/utils/session.server";

import { addMember, makeCohort, makeOrganisation, makeUser, requestAs } from "../support/factories";
import { isRedirect } from "../support/responses";

async function thrown(p: Promise<unknown>): Promise<Response> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
  throw new Error("expected the guard to throw a Response");
}

describe("guards", () => {
  it("getUser returns null without a session and requireUser sends to /login with the way back", async () => {
    const req = await requestAs(null, "http://localhost/admin/cohorts/3?tab=x");
    expect(await getUser(req)).toBeNull();
    const res = await thrown(requireUser(req));
    expect(isRedirect(res)).toBe(true);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Fcohorts%2F3%3Ftab%3Dx");
  });

  it("a tampered cookie is the same as no cookie", async () => {
    const req = new Request("http://localhost/", { headers: { Cookie: "sid=not-base64-%%%" } });
    expect(await getUser(req)).toBeNull();
    const res = await thrown(requireUser(req));
    expect(res.headers.get("Location")).toBe("/login");
  });

  it("answers who is signed in once per page request; the next request and every form post ask again", async () => {
    const cohort = makeCohort();
    const user = await makeUser();
    addMember(cohort.id, user.id, "participant");
    const { token } = createSession(user.id);
    // Remix gives the root loader and the page's loader each a copy of the request; the server's id is on both.
    const copy = (id: string, init: RequestInit = {}) =>
      requestAs(token, "http://localhost/", { ...init, headers: { [REQUEST_ID_HEADER]: id } });
    expect((await getUser(await copy("page-1")))?.id).toBe(user.id);
    invalidateSessionToken(token);
    expect((await requireParticipant(await copy("page-1"))).user.id).toBe(user.id);
    // A sign-out shows on the next request, and on a request the server did not stamp …
    expect(await getUser(await copy("page-2"))).toBeNull();
    expect(await getUser(await requestAs(token))).toBeNull();
    // … and a post never reuses an answer: it may be the one that signs in or out.
    const { token: again } = createSession(user.id);
    const post = () => requestAs(again, "http://localhost/", { method: "POST", headers: { [REQUEST_ID_HEADER]: "form-1" } });
    expect((await getUser(await post()))?.id).toBe(user.id);
    invalidateSessionToken(again);
    expect(await getUser(await post())).toBeNull();
  });

  it("requireAdmin refuses a participant with 403", async () => {
    const user = await makeUser();
    const req = await requestAs(createSession(user.id).token);
    expect((await thrown(requireAdmin(req))).status).toBe(403);
  });

  it("requireOwner refuses a participant and lets a cohort owner and an admin in", async () => {
    const cohort = makeCohort();
    const participant = await makeUser();
    const owner = await makeUser();
    const admin = await makeUser({ isAdmin: true });
    addMember(cohort.id, participant.id, "participant");
    addMember(cohort.id, owner.id, "owner");
    expect((await thrown(requireOwner(await requestAs(createSession(participant.id).token)))).status).toBe(403);
    expect((await requireOwner(await requestAs(createSession(owner.id).token))).id).toBe(owner.id);
    expect((await requireOwner(await requestAs(createSession(admin.id).token))).id).toBe(admin.id);
  });

  it("requireCohortOwner answers 404 for a cohort the owner does not run, and for nonsense ids", async () => {
    const mine = makeCohort();
    const theirs = makeCohort();
    const owner = await makeUser();
    addMember(mine.id, owner.id, "owner");
    const req = await requestAs(createSession(owner.id).token);
    expect((await requireCohortOwner(req, String(mine.id))).cohort.id).toBe(mine.id);
    for (const id of [String(theirs.id), "999999", "abc", "-1", "1e3", undefined]) {
      expect((await thrown(requireCohortOwner(req, id))).status).toBe(404);
    }
  });

  it("an organisation owner runs every cohort of that organisation, and only those", async () => {
    const org = makeOrganisation();
    const inOrg = makeCohort({ organisationId: org.id });
    const elsewhere = makeCohort();
    const orgOwner = await makeUser();
    db.insert(schema.organisationOwners).values({ organisationId: org.id, userId: orgOwner.id }).run();
    const req = await requestAs(createSession(orgOwner.id).token);
    expect((await requireCohortOwner(req, String(inOrg.id))).cohort.id).toBe(inOrg.id);
    expect((await thrown(requireCohortOwner(req, String(elsewhere.id)))).status).toBe(404);
  });

  it("an admin may open any cohort", async () => {
    const cohort = makeCohort();
    const admin = await makeUser({ isAdmin: true });
    const req = await requestAs(createSession(admin.id).token);
    expect((await requireCohortOwner(req, String(cohort.id))).cohort.id).toBe(cohort.id);
  });

  it("requireParticipant gives the participant's cohort, sends owners to /admin and refuses others", async () => {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    const participant = await makeUser();
    const owner = await makeUser();
    const nobody = await makeUser();
    addMember(cohort.id, participant.id, "participant");
    addMember(cohort.id, owner.id, "owner");
    const { participation } = await requireParticipant(await requestAs(createSession(participant.id).token));
    expect(participation.cohort.id).toBe(cohort.id);
    const res = await thrown(requireParticipant(await requestAs(createSession(owner.id).token)));
    expect(res.headers.get("Location")).toBe("/admin");
    expect((await thrown(requireParticipant(await requestAs(createSession(nobody.id).token)))).status).toBe(403);
  });
});
