CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`offers` text NOT NULL,
	`phone` text,
	`address` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`kind` text NOT NULL,
	`organisation` text,
	`scope` text,
	`given_date` text NOT NULL,
	`method` text NOT NULL,
	`expires_date` text,
	`withdrawn_date` text,
	`recorded_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_participant` ON `consents` (`participant_id`);--> statement-breakpoint
CREATE TABLE `participant_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`detail` text,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participant_events_participant` ON `participant_events` (`participant_id`,`at`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'inquiry' NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`national_id` text,
	`phone` text,
	`email` text,
	`gender` text,
	`birth_date` text,
	`age_at_inquiry` integer,
	`city` text,
	`address` text,
	`recruitment_source` text,
	`heard_how` text,
	`track` text,
	`traffic_light` text,
	`coach_id` integer,
	`intake_scheduled_date` text,
	`enrolment_date` text,
	`exit_date` text,
	`exit_reason` text,
	`previous_occupation` text,
	`years_experience` integer,
	`education` text,
	`languages` text,
	`population_tags` text,
	`barriers` text,
	`strengths` text,
	`notes` text,
	`commitment_signed_date` text,
	`forms` text,
	`screening_outcome` text,
	`screening_answers` text,
	`screened_at` text,
	`screened_by` integer,
	`referral_service_id` integer,
	`decision` text,
	`decision_reason` text,
	`decided_by` integer,
	`decided_at` text,
	`last_contact_date` text,
	`search_name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`coach_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`screened_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_national_id_unique` ON `participants` (`national_id`);--> statement-breakpoint
CREATE INDEX `participants_status` ON `participants` (`status`);--> statement-breakpoint
CREATE INDEX `participants_coach_status` ON `participants` (`coach_id`,`status`);--> statement-breakpoint
CREATE INDEX `participants_last_name` ON `participants` (`last_name`,`first_name`);--> statement-breakpoint
CREATE INDEX `participants_phone` ON `participants` (`phone`);--> statement-breakpoint
CREATE INDEX `participants_track` ON `participants` (`track`);--> statement-breakpoint
CREATE INDEX `participants_traffic_light` ON `participants` (`traffic_light`);--> statement-breakpoint
CREATE INDEX `participants_last_contact` ON `participants` (`last_contact_date`);--> statement-breakpoint
CREATE INDEX `participants_screening` ON `participants` (`screening_outcome`,`decision`);--> statement-breakpoint
CREATE INDEX `participants_updated` ON `participants` (`updated_at`);--> statement-breakpoint
CREATE INDEX `participants_search_name` ON `participants` (`search_name`);--> statement-breakpoint
CREATE TABLE `conference_invites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conference_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`status` text DEFAULT 'invited' NOT NULL,
	`invited_at` text NOT NULL,
	`reminded_at` text,
	`responded_at` text,
	FOREIGN KEY (`conference_id`) REFERENCES `conferences`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conference_invites_unique` ON `conference_invites` (`conference_id`,`participant_id`);--> statement-breakpoint
CREATE INDEX `conference_invites_participant` ON `conference_invites` (`participant_id`);--> statement-breakpoint
CREATE TABLE `conferences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`location` text,
	`capacity` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `conferences_date` ON `conferences` (`date`);--> statement-breakpoint
CREATE TABLE `user_preferences` (
	`staff_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`staff_id`, `key`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
