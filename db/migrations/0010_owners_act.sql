CREATE TABLE `follow_up_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`sent_by` integer,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sent_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `follow_up_reminders_cohort_user_idx` ON `follow_up_reminders` (`cohort_id`,`user_id`,`sent_at`);--> statement-breakpoint
CREATE TABLE `owner_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `owner_notes_cohort_user_idx` ON `owner_notes` (`cohort_id`,`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `participant_statuses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`created_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "participant_statuses_range" CHECK("participant_statuses"."to_date" IS NULL OR "participant_statuses"."to_date" >= "participant_statuses"."from_date")
);
--> statement-breakpoint
CREATE INDEX `participant_statuses_cohort_user_idx` ON `participant_statuses` (`cohort_id`,`user_id`);--> statement-breakpoint
ALTER TABLE `cohorts` ADD `reminder_template` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `cohorts` ADD `plan_checked_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `deactivated_at` integer;