// Shared body of the fuzz test files: one world per file, one test per action.
import { createSession } from "~/utils/session.server";
import { sessionCookie } from "~/utils/session.server";

import { actionRoutes, fuzzAction, RUNS } from "./fuzz";
import { type Actor, buildFuzzWorld } from "./fuzz-profiles";

export function fuzzSuite(title: string, pick: (route: string) => boolean) {
  describe(title, async () => {
    const { world, profiles } = await buildFuzzWorld();
    const actions = await actionRoutes();
    const userOf: Record<Exclude<Actor, "anonymous" | "fresh">, number> = { A: world.a.id, ownerA: world.ownerA.id, admin: world.admin.id };
    const cookieFor = async (actor: Actor) => {
      if (actor === "anonymous") return null;
      // One session per request: no action can sign the actor out for the next one.
      const { token } = createSession(actor === "fresh" ? world.b.id : userOf[actor]);
      return (await sessionCookie.serialize(token)).split(";")[0]!;
    };

    for (const route of [...actions.keys()].filter(pick).sort()) {
      it(`${route}: ${RUNS} hostile requests get a 4xx with a message, or succeed; none is a 5xx, no refusal writes`, async () => {
        const profile = profiles[route];
        expect(profile, `fuzz profile for ${route} in tests/support/fuzz-profiles.ts`).toBeDefined();
        const statuses = await fuzzAction(route, actions.get(route)!, { profile: profile!, ids: world.ids, cookieFor });
        console.log(route, JSON.stringify(statuses));
      }, 600_000);
    }
  });
}

// Which fuzz file takes which action: split so the suites spread evenly over the test workers.
const PUBLIC_OR_ACCOUNT = /^(forgot-password|invitation|language|login|logout|reset-password|settings)/;
export const fuzzGroups = {
  public: (route: string) => PUBLIC_OR_ACCOUNT.test(route),
  participant: (route: string) => !route.startsWith("admin.") && !PUBLIC_OR_ACCOUNT.test(route),
  owner: (route: string) => route.startsWith("admin."),
};
