CREATE TABLE `entry_shares` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`granted_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_shares_entry_user_idx` ON `entry_shares` (`entry_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `entry_shares_user_idx` ON `entry_shares` (`user_id`,`revoked_at`);--> statement-breakpoint
-- Today's yes/no flags become grants to the partner(s) of the partnership in force when the entry
-- was written (no share time was recorded), counted in Oslo calendar days like app/utils/programme-time.ts:
-- summer time runs from the last Sunday of March to the last Sunday of October, 01:00 UTC.
WITH written AS (
	SELECT e.id, e.user_id, e.cohort_id, e.created_at,
		datetime(e.created_at / 1000, 'unixepoch') AS utc
	FROM `journal_entries` e
	WHERE e.shared_with_partner = 1 AND e.cohort_id IS NOT NULL
), oslo AS (
	SELECT w.*, date(w.utc, CASE
		WHEN w.utc >= datetime(date(strftime('%Y', w.utc) || '-03-25', 'weekday 0'), '+1 hour')
			AND w.utc < datetime(date(strftime('%Y', w.utc) || '-10-25', 'weekday 0'), '+1 hour')
		THEN '+2 hours' ELSE '+1 hour' END) AS local_date
	FROM written w
), weeks AS (
	SELECT o.*, CAST(julianday(o.local_date) - julianday(c.start_date) AS integer) AS days
	FROM oslo o JOIN `cohorts` c ON c.id = o.cohort_id
)
INSERT OR IGNORE INTO `entry_shares` (`entry_id`, `user_id`, `granted_at`)
SELECT wk.id, other.user_id, wk.created_at
FROM weeks wk
JOIN `partnerships` p ON p.cohort_id = wk.cohort_id AND p.published_at IS NOT NULL
	AND wk.days >= 0 AND p.from_week <= wk.days / 7 + 1 AND p.to_week >= wk.days / 7 + 1
JOIN `partnership_members` me ON me.partnership_id = p.id AND me.user_id = wk.user_id
JOIN `partnership_members` other ON other.partnership_id = p.id AND other.user_id <> wk.user_id;
--> statement-breakpoint
ALTER TABLE `journal_entries` DROP COLUMN `shared_with_partner`;