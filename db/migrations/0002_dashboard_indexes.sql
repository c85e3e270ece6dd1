DROP INDEX `challenge_completions_cohort_week_idx`;--> statement-breakpoint
CREATE INDEX `challenge_completions_cohort_stats_idx` ON `challenge_completions` (`cohort_id`,`user_id`,`programme_week`,`status`,`completed_week`,`completed_at`);--> statement-breakpoint
DROP INDEX `check_ins_partnership_idx`;--> statement-breakpoint
CREATE INDEX `check_ins_partnership_idx` ON `check_ins` (`partnership_id`,`held_on`,`author_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `journal_entries_cohort_user_idx` ON `journal_entries` (`cohort_id`,`user_id`,`created_at`);