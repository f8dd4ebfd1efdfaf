CREATE TABLE `calendar_feeds` (
	`id` text PRIMARY KEY,
	`token_hash` text NOT NULL,
	`user_id` text NOT NULL,
	`series_id` text,
	`organization_id` text,
	`language` text NOT NULL,
	`created_at` text NOT NULL,
	`last_fetched_at` text,
	`revoked_at` text,
	CONSTRAINT `fk_calendar_feeds_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_calendar_feeds_series_id_meeting_series_id_fk` FOREIGN KEY (`series_id`) REFERENCES `meeting_series`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_calendar_feeds_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON DELETE CASCADE,
	CONSTRAINT "calendar_feeds_one_scope" CHECK(("series_id" IS NULL) <> ("organization_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE `contacts` ADD `email` text;--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_idx` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
CREATE INDEX `calendar_feeds_user_idx` ON `calendar_feeds` (`user_id`);