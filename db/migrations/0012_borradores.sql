CREATE TABLE `borradores` (
	`user_id` text NOT NULL,
	`formulario` text NOT NULL,
	`respuestas` text NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer NOT NULL,
	PRIMARY KEY(`user_id`, `formulario`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `borradores_updated_idx` ON `borradores` (`updated_at`);