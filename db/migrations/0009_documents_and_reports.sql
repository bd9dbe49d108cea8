CREATE TABLE `document_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`version` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_templates_version` ON `document_templates` (`kind`,`language`,`version`);--> statement-breakpoint
CREATE INDEX `document_templates_created_by` ON `document_templates` (`created_by`);--> statement-breakpoint
CREATE TABLE `crf_exports` (
	`sequence` integer PRIMARY KEY NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`file_name` text NOT NULL,
	`zip_sha256` text NOT NULL,
	`encrypted` integer NOT NULL,
	`supersedes` integer,
	`key_id` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `crf_exports_period` ON `crf_exports` (`period_end`);--> statement-breakpoint
CREATE TABLE `crf_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bundle_sha256` text NOT NULL,
	`counts` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `crf_local_pids` (
	`participant_id` integer PRIMARY KEY NOT NULL,
	`pid` text NOT NULL,
	`first_sequence` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_keys` (
	`kind` text NOT NULL,
	`source_key` text NOT NULL,
	`local_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	PRIMARY KEY(`kind`, `source_key`),
	FOREIGN KEY (`import_id`) REFERENCES `crf_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_keys_local` ON `import_keys` (`kind`,`local_id`);--> statement-breakpoint
ALTER TABLE `participants` ADD `previous_occupation_code` text;--> statement-breakpoint
-- An older record that holds an ISCO-08 unit-group code as its occupation text keeps it as the code CRF-1 exports.
UPDATE `participants` SET `previous_occupation_code` = trim(`previous_occupation`) WHERE trim(`previous_occupation`) GLOB '[0-9][0-9][0-9][0-9]';
