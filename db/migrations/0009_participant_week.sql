ALTER TABLE `notices` ADD `title_key` text;--> statement-breakpoint
ALTER TABLE `notices` ADD `title_values` text;--> statement-breakpoint
ALTER TABLE `users` ADD `calendar_kinds` text DEFAULT 'samling,talk' NOT NULL;--> statement-breakpoint
-- Whoever already subscribed keeps every kind of event they had; new feeds start with samlinger and partner talks only.
UPDATE `users` SET `calendar_kinds` = 'samling,talk,challenge,checkin' WHERE `calendar_token_hash` IS NOT NULL;
