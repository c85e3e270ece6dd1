// The in-process scheduler: once a minute it creates due reminders and delivers queued e-mail.
// Started once per process from entry.server.tsx; off when BACKGROUND_JOBS=off, and in unit tests
// (NODE_ENV=test) unless BACKGROUND_JOBS=on, as the browser tests set it.
import { deliverDue, recoverInterrupted } from "~/models/outbox.server";
import { runScheduledJobs } from "~/models/reminders.server";
import { applyRetention } from "~/models/retention.server";
import * as clock from "~/utils/clock.server";

import { env } from "./env.server";
import { smtpTransport } from "./mailer.server";

const g = globalThis as unknown as { __jobs?: NodeJS.Timeout };

export function startBackgroundJobs() {
  const setting = process.env.BACKGROUND_JOBS;
  if (g.__jobs || setting === "off" || (env.NODE_ENV === "test" && setting !== "on")) return;
  const interrupted = recoverInterrupted();
  if (interrupted) console.info(`[jobs] ${interrupted} e-post ble avbrutt under sending og sendes på nytt.`);
  const transport = smtpTransport();
  if (!transport) console.info("[jobs] SMTP_URL er ikke satt: e-post blir liggende i utboksen (/admin/outbox).");
  let running = false;
  let retentionRanAt = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      runScheduledJobs();
      // Once a day: delete personal content of cohorts past their retention period.
      if (clock.nowMs() - retentionRanAt > 24 * 3_600_000) {
        retentionRanAt = clock.nowMs();
        for (const r of applyRetention())
          console.info(`[jobs] lagringstid: kohort ${r.cohortId}: ${r.journalEntries} innlegg og ${r.checkIns} samtaler slettet.`);
      }
      if (transport) await deliverDue(transport);
    } catch (e) {
      console.error("[jobs]", e);
    } finally {
      running = false;
    }
  };
  setTimeout(tick, 1_000).unref();
  g.__jobs = setInterval(tick, 60_000);
  g.__jobs.unref();
}
