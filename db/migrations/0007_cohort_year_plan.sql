CREATE TABLE `cohort_pause_weeks` (
	`cohort_id` integer NOT NULL,
	`programme_week` integer NOT NULL,
	PRIMARY KEY(`cohort_id`, `programme_week`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cohort_pause_weeks_range" CHECK("cohort_pause_weeks"."programme_week" between 1 and 52)
);
--> statement-breakpoint
CREATE TABLE `cohort_plan_pins` (
	`cohort_id` integer NOT NULL,
	`programme_week` integer NOT NULL,
	`challenge_slug` text NOT NULL,
	PRIMARY KEY(`cohort_id`, `programme_week`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cohort_plan_pins_range" CHECK("cohort_plan_pins"."programme_week" between 1 and 52)
);
--> statement-breakpoint
CREATE TABLE `cohort_regional_breaks` (
	`cohort_id` integer NOT NULL,
	`break_key` text NOT NULL,
	`iso_week` integer NOT NULL,
	PRIMARY KEY(`cohort_id`, `break_key`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
