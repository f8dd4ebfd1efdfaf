-- Text search across organizations, agreements, meetings and actions in English, Thai and Burmese.
-- Thai and Burmese put no spaces between words, so a word tokenizer would index whole phrases as one
-- token; FTS5's trigram tokenizer (SQLite 3.34+) indexes every three characters instead and matches any
-- substring of three characters or more, in any script. concat_ws needs SQLite 3.44+ (better-sqlite3
-- bundles 3.54). Derived data only: it can be dropped and rebuilt from the tables it reads (the backfill
-- below is that rebuild).
--
-- search_documents: one row per indexed source row (a minutes record or a decision is its own document,
-- found as its meeting), with a stable integer id for the index; `meeting_id` lets a search leave out
-- restricted meetings and everything under them. `name` holds names and titles, `body` what was said.
CREATE TABLE `search_documents` (
	`id` integer PRIMARY KEY,
	`source` text NOT NULL,
	`source_key` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`meeting_id` text,
	`name` text NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_documents_source_idx` ON `search_documents` (`source`, `source_key`);
--> statement-breakpoint
-- What each source row contributes, written once: the triggers and the backfill read it. Parts are joined
-- with line breaks, which no query contains, so a phrase never matches across two names.
CREATE VIEW `search_sources` AS
SELECT 'organization' AS `source`, `id` AS `source_key`, 'organization' AS `entity_type`, `id` AS `entity_id`,
	NULL AS `meeting_id`, concat_ws(char(10), `name_en`, `name_th`, `name_my`, `acronym`) AS `name`, '' AS `body`
FROM `organizations`
UNION ALL
SELECT 'agreement', `id`, 'agreement', `id`, NULL, concat_ws(char(10), `title_en`, `title_th`, `title_my`), ''
FROM `agreements`
UNION ALL
-- A meeting is also known by its series' name: most regular meetings have no title of their own.
SELECT 'meeting', m.`id`, 'meeting', m.`id`, m.`id`,
	concat_ws(char(10), m.`title_en`, m.`title_th`, m.`title_my`, s.`name_en`, s.`name_th`, s.`name_my`),
	coalesce(m.`venue`, '')
FROM `meetings` m JOIN `meeting_series` s ON s.`id` = m.`series_id`
UNION ALL
SELECT 'minutes', `agenda_item_id` || '/' || `language`, 'meeting', `meeting_id`, `meeting_id`, '', `body`
FROM `minutes`
UNION ALL
SELECT 'decision', `id`, 'meeting', `meeting_id`, `meeting_id`, '', concat_ws(char(10), `text_en`, `text_th`, `text_my`)
FROM `decisions`
UNION ALL
SELECT 'action', `id`, 'action', `id`, `source_meeting_id`, `text`, ''
FROM `actions`;
--> statement-breakpoint
INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`;
--> statement-breakpoint
-- External content: the text is stored once, in search_documents, and snippet() reads it from there.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`name`, `body`, content = 'search_documents', content_rowid = 'id', tokenize = 'trigram'
);
--> statement-breakpoint
INSERT INTO `search_index` (`search_index`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `search_documents_index_insert` AFTER INSERT ON `search_documents`
BEGIN
  INSERT INTO `search_index` (`rowid`, `name`, `body`) VALUES (NEW.`id`, NEW.`name`, NEW.`body`);
END;
--> statement-breakpoint
-- Writes rewrite whole rows, so most updates leave the text as it was: those cost the index nothing.
CREATE TRIGGER `search_documents_index_update` AFTER UPDATE OF `name`, `body` ON `search_documents`
WHEN OLD.`name` IS NOT NEW.`name` OR OLD.`body` IS NOT NEW.`body`
BEGIN
  INSERT INTO `search_index` (`search_index`, `rowid`, `name`, `body`) VALUES ('delete', OLD.`id`, OLD.`name`, OLD.`body`);
  INSERT INTO `search_index` (`rowid`, `name`, `body`) VALUES (NEW.`id`, NEW.`name`, NEW.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_index_delete` AFTER DELETE ON `search_documents`
BEGIN
  INSERT INTO `search_index` (`search_index`, `rowid`, `name`, `body`) VALUES ('delete', OLD.`id`, OLD.`name`, OLD.`body`);
END;
--> statement-breakpoint
-- Each source row keeps its document current; upserts, so that INSERT OR REPLACE cannot leave a stale one.
CREATE TRIGGER `organizations_search_insert` AFTER INSERT ON `organizations`
BEGIN
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'organization' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_search_update` AFTER UPDATE OF `id`, `name_en`, `name_th`, `name_my`, `acronym` ON `organizations`
BEGIN
  DELETE FROM `search_documents`
  WHERE `source` = 'organization' AND `source_key` = OLD.`id` AND OLD.`id` IS NOT NEW.`id`;
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'organization' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_search_delete` AFTER DELETE ON `organizations`
BEGIN
  DELETE FROM `search_documents` WHERE `source` = 'organization' AND `source_key` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_search_insert` AFTER INSERT ON `agreements`
BEGIN
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'agreement' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_search_update` AFTER UPDATE OF `id`, `title_en`, `title_th`, `title_my` ON `agreements`
BEGIN
  DELETE FROM `search_documents`
  WHERE `source` = 'agreement' AND `source_key` = OLD.`id` AND OLD.`id` IS NOT NEW.`id`;
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'agreement' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_search_delete` AFTER DELETE ON `agreements`
BEGIN
  DELETE FROM `search_documents` WHERE `source` = 'agreement' AND `source_key` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_search_insert` AFTER INSERT ON `meetings`
BEGIN
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'meeting' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_search_update` AFTER UPDATE OF `id`, `series_id`, `title_en`, `title_th`, `title_my`, `venue` ON `meetings`
BEGIN
  DELETE FROM `search_documents`
  WHERE `source` = 'meeting' AND `source_key` = OLD.`id` AND OLD.`id` IS NOT NEW.`id`;
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'meeting' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_search_delete` AFTER DELETE ON `meetings`
BEGIN
  DELETE FROM `search_documents` WHERE `source` = 'meeting' AND `source_key` = OLD.`id`;
END;
--> statement-breakpoint
-- Meetings carry their series' name (see search_sources): renaming a series renames them in the index.
CREATE TRIGGER `meeting_series_search_update` AFTER UPDATE OF `name_en`, `name_th`, `name_my` ON `meeting_series`
BEGIN
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'meeting' AND `source_key` IN (SELECT `id` FROM `meetings` WHERE `series_id` = NEW.`id`)
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `minutes_search_insert` AFTER INSERT ON `minutes`
BEGIN
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'minutes' AND `source_key` = NEW.`agenda_item_id` || '/' || NEW.`language` AND `entity_id` = NEW.`meeting_id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `minutes_search_update` AFTER UPDATE OF `agenda_item_id`, `language`, `meeting_id`, `body` ON `minutes`
BEGIN
  DELETE FROM `search_documents`
  WHERE `source` = 'minutes' AND `source_key` = OLD.`agenda_item_id` || '/' || OLD.`language` AND OLD.`agenda_item_id` || '/' || OLD.`language` IS NOT NEW.`agenda_item_id` || '/' || NEW.`language`;
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'minutes' AND `source_key` = NEW.`agenda_item_id` || '/' || NEW.`language` AND `entity_id` = NEW.`meeting_id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `minutes_search_delete` AFTER DELETE ON `minutes`
BEGIN
  DELETE FROM `search_documents` WHERE `source` = 'minutes' AND `source_key` = OLD.`agenda_item_id` || '/' || OLD.`language`;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_search_insert` AFTER INSERT ON `decisions`
BEGIN
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'decision' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_search_update` AFTER UPDATE OF `id`, `meeting_id`, `text_en`, `text_th`, `text_my` ON `decisions`
BEGIN
  DELETE FROM `search_documents`
  WHERE `source` = 'decision' AND `source_key` = OLD.`id` AND OLD.`id` IS NOT NEW.`id`;
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'decision' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_search_delete` AFTER DELETE ON `decisions`
BEGIN
  DELETE FROM `search_documents` WHERE `source` = 'decision' AND `source_key` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_search_insert` AFTER INSERT ON `actions`
BEGIN
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'action' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_search_update` AFTER UPDATE OF `id`, `source_meeting_id`, `text` ON `actions`
BEGIN
  DELETE FROM `search_documents`
  WHERE `source` = 'action' AND `source_key` = OLD.`id` AND OLD.`id` IS NOT NEW.`id`;
  INSERT INTO `search_documents` (`source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body`)
  SELECT `source`, `source_key`, `entity_type`, `entity_id`, `meeting_id`, `name`, `body` FROM `search_sources`
  WHERE `source` = 'action' AND `source_key` = NEW.`id`
  ON CONFLICT (`source`, `source_key`) DO UPDATE SET
    `entity_type` = excluded.`entity_type`, `entity_id` = excluded.`entity_id`, `meeting_id` = excluded.`meeting_id`,
    `name` = excluded.`name`, `body` = excluded.`body`;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_search_delete` AFTER DELETE ON `actions`
BEGIN
  DELETE FROM `search_documents` WHERE `source` = 'action' AND `source_key` = OLD.`id`;
END;
