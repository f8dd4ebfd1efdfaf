-- action_owners repeats each action's status and due date for the per-organization index; keep them equal.
CREATE TRIGGER `actions_sync_owners` AFTER UPDATE OF `status`, `due_on` ON `actions`
BEGIN
  UPDATE `action_owners` SET `status` = NEW.`status`, `due_on` = NEW.`due_on` WHERE `action_id` = NEW.`id`;
END;
--> statement-breakpoint
-- The audit log is append-only: no change, however privileged, rewrites history.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
