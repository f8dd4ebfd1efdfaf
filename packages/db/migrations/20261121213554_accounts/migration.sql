CREATE TABLE `account_tokens` (
	`token_hash` text PRIMARY KEY,
	`purpose` text NOT NULL,
	`user_id` text,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	CONSTRAINT `fk_account_tokens_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `account_tokens_user_idx` ON `account_tokens` (`user_id`);--> statement-breakpoint
-- The audit log stays append-only with one exception: when restricted minutes reach the end of their
-- retention period, the copies of their text kept in the audit rows of `minutes` are replaced by a
-- marker, or the purge would delete nothing. Who, what and when stay as written; nothing else may change.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN NOT (
  OLD.`entity_type` = 'minutes'
  AND NEW.`id` IS OLD.`id` AND NEW.`at` IS OLD.`at` AND NEW.`actor_id` IS OLD.`actor_id`
  AND NEW.`operation` IS OLD.`operation` AND NEW.`entity_type` IS OLD.`entity_type`
  AND NEW.`entity_id` IS OLD.`entity_id`
  AND NEW.`before` IS CASE WHEN OLD.`before` IS NULL THEN NULL ELSE '{"redacted":"retention"}' END
  AND NEW.`after` IS CASE WHEN OLD.`after` IS NULL THEN NULL ELSE '{"redacted":"retention"}' END
)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
