-- An answer that carried a secret is kept without its body; staff logins stored before this kept their new TOTP seed.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_idempotency_keys` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`response_status` integer NOT NULL,
	`response_body` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
INSERT INTO `__new_idempotency_keys`("scope", "key", "request_hash", "response_status", "response_body", "created_at", "expires_at") SELECT "scope", "key", "request_hash", "response_status", "response_body", "created_at", "expires_at" FROM `idempotency_keys`;--> statement-breakpoint
DROP TABLE `idempotency_keys`;--> statement-breakpoint
ALTER TABLE `__new_idempotency_keys` RENAME TO `idempotency_keys`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `idempotency_expires_idx` ON `idempotency_keys` (`expires_at`);--> statement-breakpoint
UPDATE `idempotency_keys` SET `response_body` = NULL WHERE `scope` LIKE '% POST /api/staff/login%';--> statement-breakpoint
ALTER TABLE `audit_log` ADD `client_address` text;