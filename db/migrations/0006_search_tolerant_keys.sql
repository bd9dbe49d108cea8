-- Quick search that forgives spelling: every name word gets its spelling-tolerant key beside
-- it (electron/domain/name-keys.ts: Hebrew without the inner matres lectionis ו/י, Latin as a
-- consonant skeleton), filled here for everyone already indexed with the same steps in SQL;
-- and a small index by id carries status, last contact and search_name, so candidates are
-- ranked (active first, then last contact) without reading their rows.
DROP INDEX `participants_search_name`;--> statement-breakpoint
CREATE INDEX `participants_search_rank` ON `participants` (`id`,`status`,`last_contact_date`,`search_name`);--> statement-breakpoint
ALTER TABLE `participant_name_words` ADD `word_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `participant_name_words_key` ON `participant_name_words` (`word_key`,`word`,`participant_id`);--> statement-breakpoint
UPDATE `participant_name_words` SET `word_key` = CASE
	WHEN `word` NOT GLOB '*[^a-z]*' THEN (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(CASE WHEN substr(`x`, 1, 1) = 'y' THEN 'y' || replace(replace(replace(replace(replace(replace(substr(`x`, 2), 'a', ''), 'e', ''), 'i', ''), 'o', ''), 'u', ''), 'y', '') ELSE replace(replace(replace(replace(replace(replace(`x`, 'a', ''), 'e', ''), 'i', ''), 'o', ''), 'u', ''), 'y', '') END, 'bb', 'b'), 'dd', 'd'), 'gg', 'g'), 'hh', 'h'), 'jj', 'j'), 'kk', 'k'), 'll', 'l'), 'mm', 'm'), 'nn', 'n'), 'pp', 'p'), 'rr', 'r'), 'ss', 's'), 'tt', 't'), 'yy', 'y'), 'zz', 'z'), 'bb', 'b'), 'dd', 'd'), 'gg', 'g'), 'hh', 'h'), 'jj', 'j'), 'kk', 'k'), 'll', 'l'), 'mm', 'm'), 'nn', 'n'), 'pp', 'p'), 'rr', 'r'), 'ss', 's'), 'tt', 't'), 'yy', 'y'), 'zz', 'z') FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(`word`, 'sch', 's'), 'sh', 's'), 'ch', 'h'), 'kh', 'h'), 'ph', 'p'), 'th', 't'), 'ck', 'k'), 'tz', 'z'), 'ts', 'z'), 'x', 'ks'), 'c', 'k'), 'q', 'k'), 'w', 'b'), 'v', 'b'), 'f', 'p') AS `x`))
	WHEN `word` NOT GLOB '*[^א-ת]*' AND length(`word`) >= 3
	THEN substr(`word`, 1, 1) || replace(replace(substr(`word`, 2, length(`word`) - 2), 'ו', ''), 'י', '') || substr(`word`, -1, 1)
	ELSE `word`
END;
