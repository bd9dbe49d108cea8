-- Caseload orders without a full scan at centre scale: an expression index for the age order
-- (drizzle-kit cannot write an expression index, so that statement is written by hand and
-- must stay identical to AGE_ORDER_KEY in db/schema/participants.ts), status + enrolment date
-- for the newest enrolments, a partial index for the population-tag filter, and the words of
-- every search_name for 1-2 letter quick searches, filled here from the names already indexed.
CREATE TABLE `participant_name_words` (
	`word` text NOT NULL,
	`search_name` text NOT NULL,
	`participant_id` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participant_name_words_word` ON `participant_name_words` (`word`,`search_name`,`participant_id`);--> statement-breakpoint
CREATE INDEX `participant_name_words_participant` ON `participant_name_words` (`participant_id`);--> statement-breakpoint
CREATE INDEX `participants_status_enrolment` ON `participants` (`status`,`enrolment_date`);--> statement-breakpoint
CREATE INDEX `participants_age` ON `participants` (coalesce(birth_date, (substr(created_at, 1, 4) - age_at_inquiry) || substr(created_at, 5, 6)));--> statement-breakpoint
CREATE INDEX `participants_tags` ON `participants` (`population_tags`,`last_name`,`first_name`) WHERE population_tags <> '[]';--> statement-breakpoint
INSERT INTO `participant_name_words` (`word`, `search_name`, `participant_id`)
WITH RECURSIVE `split`(`id`, `search_name`, `word`, `rest`) AS (
	SELECT `id`, `search_name`, '', `search_name` || ' ' FROM `participants` WHERE `search_name` <> ''
	UNION ALL
	SELECT `id`, `search_name`, substr(`rest`, 1, instr(`rest`, ' ') - 1), substr(`rest`, instr(`rest`, ' ') + 1)
	FROM `split` WHERE `rest` <> ''
)
SELECT DISTINCT `word`, `search_name`, `id` FROM `split` WHERE `word` <> '';
