CREATE TABLE `action_links` (
	`action_id` text NOT NULL,
	`position` integer NOT NULL,
	`agreement_id` text NOT NULL,
	`clause` text,
	`sop_step_key` text,
	CONSTRAINT `action_links_pk` PRIMARY KEY(`action_id`, `position`),
	CONSTRAINT `fk_action_links_action_id_actions_id_fk` FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_action_links_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`)
);
--> statement-breakpoint
CREATE TABLE `action_owners` (
	`action_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`status` text NOT NULL,
	`due_on` text NOT NULL,
	CONSTRAINT `action_owners_pk` PRIMARY KEY(`action_id`, `organization_id`),
	CONSTRAINT `fk_action_owners_action_id_actions_id_fk` FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_action_owners_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `actions` (
	`id` text PRIMARY KEY,
	`text` text NOT NULL,
	`raw_text` text,
	`contact_id` text,
	`due_on` text NOT NULL,
	`source_meeting_id` text NOT NULL,
	`source_agenda_item_id` text,
	`source_decision_id` text,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`completed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_actions_contact_id_contacts_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`),
	CONSTRAINT `fk_actions_source_meeting_id_meetings_id_fk` FOREIGN KEY (`source_meeting_id`) REFERENCES `meetings`(`id`),
	CONSTRAINT `fk_actions_source_agenda_item_id_agenda_items_id_fk` FOREIGN KEY (`source_agenda_item_id`) REFERENCES `agenda_items`(`id`) ON DELETE SET NULL,
	CONSTRAINT `fk_actions_source_decision_id_decisions_id_fk` FOREIGN KEY (`source_decision_id`) REFERENCES `decisions`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `progress_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`action_id` text NOT NULL,
	`at` text NOT NULL,
	`author_id` text,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`comment` text NOT NULL,
	CONSTRAINT `fk_progress_updates_action_id_actions_id_fk` FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_progress_updates_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users`(`id`)
);
--> statement-breakpoint
CREATE TABLE `agreement_parties` (
	`id` text PRIMARY KEY,
	`agreement_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`organization_id` text,
	CONSTRAINT `fk_agreement_parties_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_agreement_parties_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `agreement_signatories` (
	`party_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`signed_on` text,
	CONSTRAINT `agreement_signatories_pk` PRIMARY KEY(`party_id`, `position`),
	CONSTRAINT `fk_agreement_signatories_party_id_agreement_parties_id_fk` FOREIGN KEY (`party_id`) REFERENCES `agreement_parties`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY,
	`kind` text NOT NULL,
	`title_en` text NOT NULL,
	`title_th` text,
	`title_my` text,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`cabinet_approved_on` text,
	`signed_on` text,
	`in_force_on` text,
	`review_started_on` text,
	`review_due_on` text,
	`expires_on` text,
	`ended_on` text,
	`renewal` text NOT NULL,
	`parent_id` text,
	`supersedes_id` text,
	`superseded_by_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_agreements_parent_id_agreements_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `agreements`(`id`),
	CONSTRAINT `fk_agreements_supersedes_id_agreements_id_fk` FOREIGN KEY (`supersedes_id`) REFERENCES `agreements`(`id`),
	CONSTRAINT `fk_agreements_superseded_by_id_agreements_id_fk` FOREIGN KEY (`superseded_by_id`) REFERENCES `agreements`(`id`)
);
--> statement-breakpoint
CREATE TABLE `cooperation_areas` (
	`agreement_id` text NOT NULL,
	`number` text NOT NULL,
	`position` integer NOT NULL,
	`title_en` text NOT NULL,
	`title_th` text,
	`title_my` text,
	CONSTRAINT `cooperation_areas_pk` PRIMARY KEY(`agreement_id`, `number`),
	CONSTRAINT `fk_cooperation_areas_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `sop_steps` (
	`sop_version_id` text NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`title_en` text NOT NULL,
	`title_th` text,
	`title_my` text,
	`responsible_side` text NOT NULL,
	`target_days` integer,
	CONSTRAINT `sop_steps_pk` PRIMARY KEY(`sop_version_id`, `key`),
	CONSTRAINT `fk_sop_steps_sop_version_id_sop_versions_id_fk` FOREIGN KEY (`sop_version_id`) REFERENCES `sop_versions`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `sop_versions` (
	`id` text PRIMARY KEY,
	`agreement_id` text NOT NULL,
	`version` integer NOT NULL,
	`adopted_on` text,
	`note` text,
	`created_at` text NOT NULL,
	CONSTRAINT `fk_sop_versions_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `case_owners` (
	`code` text NOT NULL,
	`organization_id` text NOT NULL,
	CONSTRAINT `case_owners_pk` PRIMARY KEY(`code`, `organization_id`),
	CONSTRAINT `fk_case_owners_code_case_references_code_fk` FOREIGN KEY (`code`) REFERENCES `case_references`(`code`) ON DELETE CASCADE,
	CONSTRAINT `fk_case_owners_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `case_references` (
	`code` text PRIMARY KEY,
	`nationality` text NOT NULL,
	`sex` text NOT NULL,
	`age_band` text NOT NULL,
	`exploitation_type` text NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`title_en` text NOT NULL,
	`title_th` text,
	`title_my` text,
	`presenter_id` text,
	`duration_minutes` integer,
	`link_agreement_id` text,
	`link_clause` text,
	`link_sop_step_key` text,
	CONSTRAINT `fk_agenda_items_meeting_id_meetings_id_fk` FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_agenda_items_presenter_id_organizations_id_fk` FOREIGN KEY (`presenter_id`) REFERENCES `organizations`(`id`),
	CONSTRAINT `fk_agenda_items_link_agreement_id_agreements_id_fk` FOREIGN KEY (`link_agreement_id`) REFERENCES `agreements`(`id`)
);
--> statement-breakpoint
CREATE TABLE `attendance` (
	`meeting_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`status` text NOT NULL,
	`delegates` text NOT NULL,
	CONSTRAINT `attendance_pk` PRIMARY KEY(`meeting_id`, `organization_id`),
	CONSTRAINT `fk_attendance_meeting_id_meetings_id_fk` FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_attendance_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text,
	`position` integer NOT NULL,
	`text_en` text NOT NULL,
	`text_th` text,
	`text_my` text,
	`created_at` text NOT NULL,
	CONSTRAINT `fk_decisions_meeting_id_meetings_id_fk` FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_decisions_agenda_item_id_agenda_items_id_fk` FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `invitations` (
	`meeting_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`rsvp` text NOT NULL,
	`responded_at` text,
	CONSTRAINT `invitations_pk` PRIMARY KEY(`meeting_id`, `organization_id`),
	CONSTRAINT `fk_invitations_meeting_id_meetings_id_fk` FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_invitations_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `meeting_series` (
	`id` text PRIMARY KEY,
	`kind` text NOT NULL,
	`name_en` text NOT NULL,
	`name_th` text,
	`name_my` text,
	`secretariat_id` text NOT NULL,
	`countries` text NOT NULL,
	`cadence_rrule` text,
	`cadence_zone` text,
	`cadence_first_start` text,
	`cadence_duration_minutes` integer,
	`numbering` text NOT NULL,
	`confidentiality` text NOT NULL,
	`languages` text NOT NULL,
	`quorum` real,
	`legal_basis_id` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_meeting_series_secretariat_id_organizations_id_fk` FOREIGN KEY (`secretariat_id`) REFERENCES `organizations`(`id`),
	CONSTRAINT `fk_meeting_series_legal_basis_id_agreements_id_fk` FOREIGN KEY (`legal_basis_id`) REFERENCES `agreements`(`id`)
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY,
	`series_id` text NOT NULL,
	`number_ordinal` integer,
	`number_year` integer,
	`title_en` text,
	`title_th` text,
	`title_my` text,
	`start_at` text NOT NULL,
	`end_at` text NOT NULL,
	`zone` text NOT NULL,
	`mode` text NOT NULL,
	`venue` text,
	`online_url` text,
	`host_side` text,
	`interpretation` text NOT NULL,
	`occurrence` text,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_meetings_series_id_meeting_series_id_fk` FOREIGN KEY (`series_id`) REFERENCES `meeting_series`(`id`)
);
--> statement-breakpoint
CREATE TABLE `minutes` (
	`meeting_id` text NOT NULL,
	`agenda_item_id` text NOT NULL,
	`language` text NOT NULL,
	`body` text NOT NULL,
	`raw_body` text,
	`version` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	CONSTRAINT `minutes_pk` PRIMARY KEY(`agenda_item_id`, `language`),
	CONSTRAINT `fk_minutes_meeting_id_meetings_id_fk` FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_minutes_agenda_item_id_agenda_items_id_fk` FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_minutes_updated_by_users_id_fk` FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`)
);
--> statement-breakpoint
CREATE TABLE `series_chairs` (
	`series_id` text NOT NULL,
	`side` text NOT NULL,
	`organization_id` text NOT NULL,
	`title` text,
	CONSTRAINT `series_chairs_pk` PRIMARY KEY(`series_id`, `side`),
	CONSTRAINT `fk_series_chairs_series_id_meeting_series_id_fk` FOREIGN KEY (`series_id`) REFERENCES `meeting_series`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_series_chairs_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `series_members` (
	`series_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`position` integer NOT NULL,
	CONSTRAINT `series_members_pk` PRIMARY KEY(`series_id`, `organization_id`),
	CONSTRAINT `fk_series_members_series_id_meeting_series_id_fk` FOREIGN KEY (`series_id`) REFERENCES `meeting_series`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_series_members_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY,
	`organization_id` text NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`languages` text NOT NULL,
	`consent_to_list` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_contacts_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY,
	`name_en` text NOT NULL,
	`name_th` text,
	`name_my` text,
	`acronym` text,
	`kind` text NOT NULL,
	`country` text,
	`province` text,
	`township` text,
	`parent_id` text,
	`active` integer DEFAULT true NOT NULL,
	`fictional` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_organizations_parent_id_organizations_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`at` text NOT NULL,
	`actor_id` text,
	`operation` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE TABLE `coordinator_series` (
	`user_id` text NOT NULL,
	`series_id` text NOT NULL,
	CONSTRAINT `coordinator_series_pk` PRIMARY KEY(`user_id`, `series_id`),
	CONSTRAINT `fk_coordinator_series_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`data` text,
	CONSTRAINT `fk_sessions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY,
	`organization_id` text NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text,
	`role` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_users_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`)
);
--> statement-breakpoint
CREATE INDEX `action_links_agreement_idx` ON `action_links` (`agreement_id`,`clause`);--> statement-breakpoint
CREATE INDEX `action_owners_org_status_due_idx` ON `action_owners` (`organization_id`,`status`,`due_on`,`action_id`);--> statement-breakpoint
CREATE INDEX `actions_source_meeting_idx` ON `actions` (`source_meeting_id`);--> statement-breakpoint
CREATE INDEX `actions_status_due_idx` ON `actions` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `progress_updates_action_idx` ON `progress_updates` (`action_id`,`at`);--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_parties_position_idx` ON `agreement_parties` (`agreement_id`,`position`);--> statement-breakpoint
CREATE INDEX `agreement_parties_organization_idx` ON `agreement_parties` (`organization_id`);--> statement-breakpoint
CREATE INDEX `agreements_status_expiry_idx` ON `agreements` (`status`,`expires_on`);--> statement-breakpoint
CREATE INDEX `agreements_parent_idx` ON `agreements` (`parent_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `sop_versions_agreement_version_idx` ON `sop_versions` (`agreement_id`,`version`);--> statement-breakpoint
CREATE INDEX `case_owners_organization_idx` ON `case_owners` (`organization_id`);--> statement-breakpoint
CREATE INDEX `case_references_status_idx` ON `case_references` (`status`);--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_idx` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `attendance_organization_idx` ON `attendance` (`organization_id`);--> statement-breakpoint
CREATE INDEX `decisions_meeting_idx` ON `decisions` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `invitations_organization_idx` ON `invitations` (`organization_id`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `meetings_series_start_idx` ON `meetings` (`series_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `meetings_start_idx` ON `meetings` (`start_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_series_occurrence_idx` ON `meetings` (`series_id`,`occurrence`);--> statement-breakpoint
CREATE INDEX `minutes_meeting_idx` ON `minutes` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `series_members_organization_idx` ON `series_members` (`organization_id`);--> statement-breakpoint
CREATE INDEX `contacts_organization_idx` ON `contacts` (`organization_id`);--> statement-breakpoint
CREATE INDEX `organizations_kind_country_idx` ON `organizations` (`kind`,`country`);--> statement-breakpoint
CREATE INDEX `organizations_parent_idx` ON `organizations` (`parent_id`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expiry_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_idx` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_organization_idx` ON `users` (`organization_id`);