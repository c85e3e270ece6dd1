import { and, eq } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

import { createInvitation } from "~/models/invitation.server";
import { deliverDue, enqueueMail, messageIdFor, recoverInterrupted } from "~/models/outbox.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { runScheduledJobs } from "~/models/reminders.server";
import { db, schema } from "~/utils/db.server";
import { smtpTransport } from "~/utils/mailer.server";
import { zonedInstant } from "~/utils/programme-time";

import { seedDemo } from "../../db/seed";

const NOW = new Date("2026-11-22T12:00:00+01:00"); // Sunday of programme week 21
const received: ParsedMail[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  await seedDemo(db, NOW);
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  port = (server.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const transport = () => smtpTransport(`smtp://127.0.0.1:${port}?starttls=false`)!;
const outbox = () => db.select().from(schema.emailOutbox).all();
async function drain(at = NOW) {
  for (let i = 0; i < 20; i++) if ((await deliverDue(transport(), at)).sent === 0) break;
}
const byTo = (to: string) => received.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(to)));

describe("e-mail through the outbox and a real SMTP server", () => {
  it("delivers an invitation and a password reset, each with a plain-text part and its link", async () => {
    const owner = db.select().from(schema.users).where(eq(schema.users.email, "programeier@demo.example")).get()!;
    const { token } = createInvitation(
      { id: owner.id, name: owner.name },
      { cohortId: 1, email: "ny.leder@nav.example", name: "Ny Leder", role: "participant" },
      NOW,
    );
    const reset = requestPasswordReset("deltaker03@demo.example", NOW)!;
    await drain();
    const inv = byTo("ny.leder@nav.example")[0]!;
    expect(inv.subject).toBe("Invitasjon til Demokohort 2026");
    expect(inv.text).toContain(`/invitation/${token}`);
    const rs = byTo("deltaker03@demo.example").find((m) => m.subject === "Nytt passord til Lederprogrammet")!;
    expect(rs.text).toContain(`/reset-password/${reset.token}`);
  });

  it("sends Monday's challenge mail, the overdue check-in reminder and the owners' summary once, with the settings link", async () => {
    const first = runScheduledJobs(NOW);
    expect(first.created).toBeGreaterThan(12);
    const again = runScheduledJobs(NOW);
    expect(again.created).toBe(0);
    await drain();
    const weekly = byTo("deltaker01@demo.example").filter((m) => m.subject?.startsWith("Uke 21:"));
    expect(weekly).toHaveLength(1);
    expect(weekly[0]!.text).toContain("Ukas lederutfordring (uke 21");
    expect(weekly[0]!.text).toContain("/settings#varsler");
    const overdue = byTo("deltaker07@demo.example").filter((m) => m.subject === "Tid for en samtale med treningspartneren");
    expect(overdue).toHaveLength(1);
    const summary = byTo("programeier@demo.example").find((m) => m.subject?.includes("hvem trenger oppfølging"))!;
    expect(summary.text).toContain("Mona Karlsen");
    // Names and reasons only: no journal or check-in text.
    for (const e of db.select({ body: schema.journalEntries.body }).from(schema.journalEntries).limit(30).all())
      expect(summary.text).not.toContain(e.body.slice(0, 30));
  });

  it("reminds of a samling a week before and the day before, and catches up after downtime", async () => {
    const g = db.select().from(schema.gatherings).where(eq(schema.gatherings.plannedKey, "samling-4")).get()!;
    runScheduledJobs(new Date(g.startsAt.getTime() - 6 * 86_400_000)); // the server was down on day 7: day 6 still sends it
    runScheduledJobs(new Date(g.startsAt.getTime() - 12 * 3_600_000));
    await drain(new Date(g.startsAt.getTime() - 12 * 3_600_000));
    const mine = byTo("deltaker02@demo.example").map((m) => m.subject);
    expect(mine).toContain(`Om en uke: ${g.title}`);
    expect(mine).toContain(`I morgen: ${g.title}`);
    const text = byTo("deltaker02@demo.example").find((m) => m.subject === `I morgen: ${g.title}`)!.text!;
    expect(text).toContain(`/gatherings/${g.id}.ics`);
  });

  it("respects the person's choice: a notice, but no mail, when the weekly mail is off", async () => {
    const u = db.select().from(schema.users).where(eq(schema.users.email, "deltaker12@demo.example")).get()!;
    db.update(schema.users).set({ mailWeekly: false }).where(eq(schema.users.id, u.id)).run();
    const nextMonday = zonedInstant("2026-11-23", "08:00");
    runScheduledJobs(nextMonday);
    expect(
      db
        .select()
        .from(schema.notices)
        .where(and(eq(schema.notices.userId, u.id), eq(schema.notices.dedupeKey, `weekly:${u.id}:1:22`)))
        .get(),
    ).toBeTruthy();
    expect(outbox().filter((m) => m.dedupeKey === `weekly:${u.id}:1:22`)).toHaveLength(0);
    expect(outbox().filter((m) => m.dedupeKey?.startsWith("weekly:") && m.dedupeKey.endsWith(":1:22")).length).toBeGreaterThan(5);
  });

  it("does not send a week's mail before Monday 07:00", async () => {
    const before = outbox().length;
    runScheduledJobs(zonedInstant("2026-11-30", "06:30"));
    expect(outbox().filter((m) => m.dedupeKey?.endsWith(":1:23"))).toHaveLength(0);
    expect(outbox().length).toBeGreaterThanOrEqual(before);
  });

  it("a restart in the middle of sending produces no duplicate and loses nothing", async () => {
    await drain();
    const start = received.length;
    for (const n of [1, 2, 3]) enqueueMail(db, { kind: "test", to: `restart${n}@nav.example`, subject: `Omstart ${n}`, text: "x" }, NOW);
    await deliverDue(transport(), NOW, 1); // the first is sent …
    const second = outbox().find((m) => m.subject === "Omstart 2")!;
    // … the process dies after claiming the second, before SMTP took it.
    db.update(schema.emailOutbox).set({ status: "sending", attempts: 1 }).where(eq(schema.emailOutbox.id, second.id)).run();
    expect(recoverInterrupted()).toBe(1); // start-up after the crash
    await drain();
    const got = received.slice(start).map((m) => m.subject);
    expect(got.sort()).toEqual(["Omstart 1", "Omstart 2", "Omstart 3"]);
    expect(received.slice(start).find((m) => m.subject === "Omstart 2")!.messageId).toBe(messageIdFor(second.id));
    await drain(); // nothing sent twice
    expect(received.length - start).toBe(3);
  });

  it("an SMTP server that is down delays mail but loses none", async () => {
    await drain();
    const start = received.length;
    enqueueMail(db, { kind: "test", to: "nede@nav.example", subject: "Mens serveren var nede", text: "x" }, NOW);
    const down = smtpTransport("smtp://127.0.0.1:9?starttls=false")!;
    expect(await deliverDue(down, NOW)).toEqual({ sent: 0, deferred: 1 });
    const queued = outbox().find((m) => m.subject === "Mens serveren var nede")!;
    expect(queued).toMatchObject({ status: "pending", attempts: 1 });
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(NOW.getTime());
    expect(queued.lastError).toBeTruthy();
    await drain(NOW); // not yet due
    expect(received.length).toBe(start);
    await drain(new Date(NOW.getTime() + 10 * 60_000));
    expect(received.slice(start).map((m) => m.subject)).toEqual(["Mens serveren var nede"]);
  });
});
