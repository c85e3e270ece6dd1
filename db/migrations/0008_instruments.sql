CREATE TABLE `pulse_answers` (
	`id` integer PRIMARY KEY NOT NULL,
	`pulse_id` integer NOT NULL,
	`values` text NOT NULL,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pulse_answers_pulse_idx` ON `pulse_answers` (`pulse_id`);--> statement-breakpoint
CREATE TABLE `pulses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`leader_id` integer,
	`instrument` text NOT NULL,
	`occasion` text NOT NULL,
	`mode` text NOT NULL,
	`token` text NOT NULL,
	`closes_on` text NOT NULL,
	`closed_at` integer,
	`paper_counts` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pulses_token_unique` ON `pulses` (`token`);--> statement-breakpoint
CREATE INDEX `pulses_cohort_leader_idx` ON `pulses` (`cohort_id`,`leader_id`);--> statement-breakpoint
CREATE TABLE `self_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`cohort_id` integer NOT NULL,
	`instrument` text NOT NULL,
	`occasion` text NOT NULL,
	`answers` text NOT NULL,
	`notes` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `self_assessments_user_occasion_uq` ON `self_assessments` (`user_id`,`cohort_id`,`instrument`,`occasion`);--> statement-breakpoint
CREATE INDEX `self_assessments_cohort_idx` ON `self_assessments` (`cohort_id`,`instrument`,`occasion`);