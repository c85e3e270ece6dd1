// The fuzz suites' "nothing written on a refusal" check must itself notice writes.
import { eq } from "drizzle-orm";

import { db, schema } from "~/utils/db.server";

import { writesSoFar } from "../support/fuzz";

describe("the fuzz suites' write counter", () => {
  it("sees every insert, update and delete on the app's tables, and ignores reads and sessions", () => {
    const start = writesSoFar();
    db.select().from(schema.users).all();
    expect(writesSoFar()).toBe(start);
    const org = db.insert(schema.organisations).values({ name: "Telleverket" }).returning().get();
    expect(writesSoFar()).toBe(start + 1);
    db.update(schema.organisations).set({ name: "Telleverket AS" }).where(eq(schema.organisations.id, org.id)).run();
    expect(writesSoFar()).toBe(start + 2);
    db.delete(schema.organisations).where(eq(schema.organisations.id, org.id)).run();
    expect(writesSoFar()).toBe(start + 3);
  });
});
