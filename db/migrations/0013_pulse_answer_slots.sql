CREATE TABLE `pulse_answer_slots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pulse_answer_slots_client_at_idx` ON `pulse_answer_slots` (`client`,`at`);