ALTER TABLE `gatherings` ADD `practical` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `online_url` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `rsvp_deadline` text;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `cancelled_at` integer;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `cancel_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `gatherings` ADD `sequence` integer DEFAULT 0 NOT NULL;