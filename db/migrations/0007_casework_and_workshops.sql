CREATE TABLE `plan_barriers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`code` text NOT NULL,
	`detail` text,
	`addressed_by` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_barriers_plan` ON `plan_barriers` (`plan_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`what` text NOT NULL,
	`measure_value` real NOT NULL,
	`measure_unit` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`review_note` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_goals_plan` ON `plan_goals` (`plan_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`text` text NOT NULL,
	`owner` text NOT NULL,
	`due_date` text,
	`done_date` text,
	`goal_key` text,
	`meeting_id` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_tasks_plan` ON `plan_tasks` (`plan_id`,`position`);--> statement-breakpoint
CREATE INDEX `plan_tasks_due` ON `plan_tasks` (`due_date`,`done_date`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`vision` text,
	`strengths` text,
	`planned_meetings` integer,
	`planned_workshop_types` text,
	`next_review_date` text,
	`participant_signed_date` text,
	`coach_signed_date` text,
	`signed_by` integer,
	`created_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_participant_version` ON `plans` (`participant_id`,`version`);--> statement-breakpoint
CREATE INDEX `plans_status` ON `plans` (`status`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`staff_id` integer,
	`date` text NOT NULL,
	`time` text,
	`mode` text DEFAULT 'IN_PERSON' NOT NULL,
	`state` text DEFAULT 'BOOKED' NOT NULL,
	`tools` text,
	`topics` text,
	`note` text,
	`tasks_overdue_flag` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_participant` ON `meetings` (`participant_id`,`date`);--> statement-breakpoint
CREATE INDEX `meetings_staff_date` ON `meetings` (`staff_id`,`date`,`state`);--> statement-breakpoint
CREATE INDEX `meetings_date_state` ON `meetings` (`date`,`state`);--> statement-breakpoint
CREATE TABLE `traffic_light_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`date` text NOT NULL,
	`light` text NOT NULL,
	`set_by` integer,
	`meeting_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `traffic_light_changes_participant` ON `traffic_light_changes` (`participant_id`,`date`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`placement_id` integer NOT NULL,
	`months` integer NOT NULL,
	`due_date` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_try_date` text,
	`answered_date` text,
	`answered_by` integer,
	`new_placement_id` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`new_placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_ups_participant_months` ON `follow_ups` (`participant_id`,`months`);--> statement-breakpoint
CREATE INDEX `follow_ups_state_due` ON `follow_ups` (`state`,`due_date`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`employer` text,
	`occupation_code` text,
	`occupation_text` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`employment_type` text,
	`job_scope_pct` integer,
	`monthly_salary_nis` integer,
	`found_by` text,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placements_participant` ON `placements` (`participant_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`status` text NOT NULL,
	`marked_at` text NOT NULL,
	`marked_by` integer,
	FOREIGN KEY (`session_id`) REFERENCES `workshop_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`marked_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_session_participant` ON `attendance` (`session_id`,`participant_id`);--> statement-breakpoint
CREATE INDEX `attendance_participant` ON `attendance` (`participant_id`);--> statement-breakpoint
CREATE TABLE `facilitator_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`instance_id` integer NOT NULL,
	`session_id` integer,
	`author_id` integer,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`seen_at` text,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instance_id`) REFERENCES `workshop_instances`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `workshop_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `facilitator_notes_participant` ON `facilitator_notes` (`participant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `facilitator_notes_instance` ON `facilitator_notes` (`instance_id`);--> statement-breakpoint
CREATE TABLE `workshop_enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`instance_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`status` text DEFAULT 'enrolled' NOT NULL,
	`wait_position` integer,
	`enrolled_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`instance_id`) REFERENCES `workshop_instances`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshop_enrolments_unique` ON `workshop_enrolments` (`instance_id`,`participant_id`);--> statement-breakpoint
CREATE INDEX `workshop_enrolments_participant` ON `workshop_enrolments` (`participant_id`);--> statement-breakpoint
CREATE TABLE `workshop_instances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`title_id` integer,
	`title` text NOT NULL,
	`facilitator_id` integer,
	`facilitator_name` text,
	`place` text,
	`capacity` integer,
	`notes` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`title_id`) REFERENCES `workshop_titles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facilitator_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workshop_instances_facilitator` ON `workshop_instances` (`facilitator_id`);--> statement-breakpoint
CREATE INDEX `workshop_instances_type` ON `workshop_instances` (`type`);--> statement-breakpoint
CREATE TABLE `workshop_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`instance_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`place` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`instance_id`) REFERENCES `workshop_instances`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workshop_sessions_instance` ON `workshop_sessions` (`instance_id`,`date`);--> statement-breakpoint
CREATE INDEX `workshop_sessions_date` ON `workshop_sessions` (`date`);--> statement-breakpoint
CREATE TABLE `workshop_titles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`name_he` text NOT NULL,
	`name_en` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `participants` ADD `exit_note` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `exit_referral_service_id` integer REFERENCES services(id);--> statement-breakpoint
ALTER TABLE `participants` ADD `exit_referral_programme` text;--> statement-breakpoint
-- Barriers (and the strengths written beside them at intake) move into the personal work plan:
-- everyone with either gets a draft plan, version 1, holding each barrier row as it was.
INSERT INTO `plans` (`participant_id`, `version`, `status`, `strengths`, `created_at`, `created_by`, `updated_at`)
SELECT `id`, 1, 'draft', `strengths`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), `coach_id`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `participants`
WHERE (`barriers` IS NOT NULL AND json_valid(`barriers`) AND json_array_length(`barriers`) > 0)
   OR (`strengths` IS NOT NULL AND trim(`strengths`) <> '');--> statement-breakpoint
INSERT INTO `plan_barriers` (`plan_id`, `item_key`, `position`, `code`, `detail`, `addressed_by`)
SELECT `plans`.`id`, lower(hex(randomblob(8))), `b`.`key`,
       json_extract(`b`.`value`, '$.code'), json_extract(`b`.`value`, '$.detail'), json_extract(`b`.`value`, '$.addressedBy')
FROM `participants`
JOIN `plans` ON `plans`.`participant_id` = `participants`.`id` AND `plans`.`version` = 1
JOIN json_each(`participants`.`barriers`) AS `b`
WHERE `participants`.`barriers` IS NOT NULL AND json_valid(`participants`.`barriers`);
