import { eq } from "drizzle-orm";

import { db, schema } from "~/utils/db.server";
import {
  createSession,
  hashToken,
  invalidateAllSessions,
  invalidateSessionToken,
  SESSION_ABSOLUTE_MS,
  SESSION_LIFETIME_MS,
  validateSessionToken,
} from "~/utils/session.server";

import { makeUser } from "../support/factories";

const DAY = 86_400_000;

describe("sessions", () => {
  it("stores only the SHA-256 of the token, never the token itself", async () => {
    const user = await makeUser();
    const { token } = createSession(user.id);
    const rows = db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(hashToken(token));
    expect(rows[0]!.id).not.toContain(token);
  });

  it("signs the user in with a valid token", async () => {
    const user = await makeUser({ name: "Sara" });
    const { token } = createSession(user.id);
    expect(validateSessionToken(token)?.user).toMatchObject({ id: user.id, name: "Sara" });
  });

  it("rejects an expired session and removes it", async () => {
    const user = await makeUser();
    const created = new Date("2026-01-01T10:00:00Z");
    const { token } = createSession(user.id, created);
    expect(validateSessionToken(token, new Date(created.getTime() + SESSION_LIFETIME_MS + 1))).toBeNull();
    expect(
      db
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.id, hashToken(token)))
        .get(),
    ).toBeUndefined();
  });

  it("extends a session used in the second half of its life (sliding expiry)", async () => {
    const user = await makeUser();
    const created = new Date("2026-01-01T10:00:00Z");
    const { token, expiresAt } = createSession(user.id, created);
    const early = validateSessionToken(token, new Date(created.getTime() + 2 * DAY));
    expect(early?.expiresAt.getTime()).toBe(expiresAt.getTime());
    const later = new Date(created.getTime() + 10 * DAY);
    const renewed = validateSessionToken(token, later);
    expect(renewed?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
  });

  it("ends a session 30 days after sign-in however often it is used (absolute lifetime)", async () => {
    const user = await makeUser();
    const signedIn = new Date("2026-11-01T08:00:00Z");
    const { token } = createSession(user.id, signedIn);
    let last = null;
    for (let day = 1; day < 30; day++) {
      last = validateSessionToken(token, new Date(signedIn.getTime() + day * DAY));
      expect(last, `day ${day}`).not.toBeNull();
      expect(last!.expiresAt.getTime()).toBeLessThanOrEqual(signedIn.getTime() + SESSION_ABSOLUTE_MS);
    }
    expect(validateSessionToken(token, new Date(signedIn.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
  });

  it("signing out revokes exactly that session", async () => {
    const user = await makeUser();
    const a = createSession(user.id);
    const b = createSession(user.id);
    invalidateSessionToken(a.token);
    expect(validateSessionToken(a.token)).toBeNull();
    expect(validateSessionToken(b.token)).not.toBeNull();
  });

  it("'sign out everywhere' revokes every session of the user and no one else's", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const a = createSession(user.id);
    const b = createSession(user.id);
    const c = createSession(other.id);
    invalidateAllSessions(user.id);
    expect(validateSessionToken(a.token)).toBeNull();
    expect(validateSessionToken(b.token)).toBeNull();
    expect(validateSessionToken(c.token)).not.toBeNull();
  });

  it("treats tampered or malformed tokens as signed out", async () => {
    const user = await makeUser();
    const { token } = createSession(user.id);
    const flipped = (token[0] === "a" ? "b" : "a") + token.slice(1);
    for (const bad of [flipped, token + "x", "", "' OR 1=1 --", "A".repeat(32), hashToken(token)]) {
      expect(validateSessionToken(bad)).toBeNull();
    }
  });
});
