-- plan_tasks.day_due_date: a task's due date while it is on its coach's day (not done, in the
-- current = highest version of an active participant's plan), else null. The triggers below
-- recompute it on every write that can change it, whoever writes (the app, the demo centre, an
-- import), so it cannot drift; each trigger evaluates the same expression. Written by hand:
-- drizzle-kit does not write triggers. The plans_status index goes: every query names the
-- participant, and the status index led SQLite to read every draft or signed plan instead.
DROP INDEX `plans_status`;--> statement-breakpoint
ALTER TABLE `plan_tasks` ADD `day_due_date` text;--> statement-breakpoint
CREATE INDEX `plan_tasks_day` ON `plan_tasks` (`day_due_date`) WHERE `day_due_date` IS NOT NULL;--> statement-breakpoint
CREATE TRIGGER `plan_tasks_day_insert` AFTER INSERT ON `plan_tasks` BEGIN
	UPDATE `plan_tasks` SET `day_due_date` = CASE WHEN `done_date` IS NULL AND `due_date` IS NOT NULL AND EXISTS (
		SELECT 1 FROM `plans` `pl` JOIN `participants` `p` ON `p`.`id` = `pl`.`participant_id`
		WHERE `pl`.`id` = `plan_tasks`.`plan_id` AND `p`.`status` = 'active'
			AND `pl`.`version` = (SELECT max(`x`.`version`) FROM `plans` `x` WHERE `x`.`participant_id` = `pl`.`participant_id`))
	THEN `due_date` END
	WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `plan_tasks_day_update` AFTER UPDATE OF `plan_id`, `done_date`, `due_date`, `day_due_date` ON `plan_tasks` BEGIN
	UPDATE `plan_tasks` SET `day_due_date` = CASE WHEN `done_date` IS NULL AND `due_date` IS NOT NULL AND EXISTS (
		SELECT 1 FROM `plans` `pl` JOIN `participants` `p` ON `p`.`id` = `pl`.`participant_id`
		WHERE `pl`.`id` = `plan_tasks`.`plan_id` AND `p`.`status` = 'active'
			AND `pl`.`version` = (SELECT max(`x`.`version`) FROM `plans` `x` WHERE `x`.`participant_id` = `pl`.`participant_id`))
	THEN `due_date` END
	WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `plans_day_insert` AFTER INSERT ON `plans` BEGIN
	UPDATE `plan_tasks` SET `day_due_date` = CASE WHEN `done_date` IS NULL AND `due_date` IS NOT NULL AND EXISTS (
		SELECT 1 FROM `plans` `pl` JOIN `participants` `p` ON `p`.`id` = `pl`.`participant_id`
		WHERE `pl`.`id` = `plan_tasks`.`plan_id` AND `p`.`status` = 'active'
			AND `pl`.`version` = (SELECT max(`x`.`version`) FROM `plans` `x` WHERE `x`.`participant_id` = `pl`.`participant_id`))
	THEN `due_date` END
	WHERE `plan_id` IN (SELECT `id` FROM `plans` WHERE `participant_id` = NEW.`participant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `plans_day_update` AFTER UPDATE OF `participant_id`, `version` ON `plans` BEGIN
	UPDATE `plan_tasks` SET `day_due_date` = CASE WHEN `done_date` IS NULL AND `due_date` IS NOT NULL AND EXISTS (
		SELECT 1 FROM `plans` `pl` JOIN `participants` `p` ON `p`.`id` = `pl`.`participant_id`
		WHERE `pl`.`id` = `plan_tasks`.`plan_id` AND `p`.`status` = 'active'
			AND `pl`.`version` = (SELECT max(`x`.`version`) FROM `plans` `x` WHERE `x`.`participant_id` = `pl`.`participant_id`))
	THEN `due_date` END
	WHERE `plan_id` IN (SELECT `id` FROM `plans` WHERE `participant_id` IN (OLD.`participant_id`, NEW.`participant_id`));
END;
--> statement-breakpoint
CREATE TRIGGER `plans_day_delete` AFTER DELETE ON `plans` BEGIN
	UPDATE `plan_tasks` SET `day_due_date` = CASE WHEN `done_date` IS NULL AND `due_date` IS NOT NULL AND EXISTS (
		SELECT 1 FROM `plans` `pl` JOIN `participants` `p` ON `p`.`id` = `pl`.`participant_id`
		WHERE `pl`.`id` = `plan_tasks`.`plan_id` AND `p`.`status` = 'active'
			AND `pl`.`version` = (SELECT max(`x`.`version`) FROM `plans` `x` WHERE `x`.`participant_id` = `pl`.`participant_id`))
	THEN `due_date` END
	WHERE `plan_id` IN (SELECT `id` FROM `plans` WHERE `participant_id` = OLD.`participant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `participants_day_status` AFTER UPDATE OF `status` ON `participants` WHEN OLD.`status` IS NOT NEW.`status` BEGIN
	UPDATE `plan_tasks` SET `day_due_date` = CASE WHEN `done_date` IS NULL AND `due_date` IS NOT NULL AND EXISTS (
		SELECT 1 FROM `plans` `pl` JOIN `participants` `p` ON `p`.`id` = `pl`.`participant_id`
		WHERE `pl`.`id` = `plan_tasks`.`plan_id` AND `p`.`status` = 'active'
			AND `pl`.`version` = (SELECT max(`x`.`version`) FROM `plans` `x` WHERE `x`.`participant_id` = `pl`.`participant_id`))
	THEN `due_date` END
	WHERE `plan_id` IN (SELECT `id` FROM `plans` WHERE `participant_id` = NEW.`id`);
END;
--> statement-breakpoint
-- Back-fill: every existing task, by the same expression.
UPDATE `plan_tasks` SET `day_due_date` = CASE WHEN `done_date` IS NULL AND `due_date` IS NOT NULL AND EXISTS (
		SELECT 1 FROM `plans` `pl` JOIN `participants` `p` ON `p`.`id` = `pl`.`participant_id`
		WHERE `pl`.`id` = `plan_tasks`.`plan_id` AND `p`.`status` = 'active'
			AND `pl`.`version` = (SELECT max(`x`.`version`) FROM `plans` `x` WHERE `x`.`participant_id` = `pl`.`participant_id`))
	THEN `due_date` END
	WHERE 1;
