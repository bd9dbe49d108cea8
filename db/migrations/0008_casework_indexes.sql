CREATE INDEX `plan_tasks_open` ON `plan_tasks` (`plan_id`,`done_date`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_ups_open_call` ON `follow_ups` (coalesce(`next_try_date`, `due_date`),`id`) WHERE `state` IN ('pending', 'retry');
