CREATE TABLE `felicitaciones` (
	`id` text PRIMARY KEY NOT NULL,
	`numero` text NOT NULL,
	`user_id` text,
	`unidad_code` text NOT NULL,
	`comuna_cut` text NOT NULL,
	`funcionario_nombre` text,
	`funcionario_grado` text,
	`funcionario_id` text,
	`asignada_at` integer,
	`mensaje` text NOT NULL,
	`firma` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unidad_code`) REFERENCES `unidades`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`funcionario_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `felicitaciones_numero_uq` ON `felicitaciones` (`numero`);--> statement-breakpoint
CREATE INDEX `felicitaciones_unidad_idx` ON `felicitaciones` (`unidad_code`,`created_at`);--> statement-breakpoint
CREATE INDEX `felicitaciones_funcionario_idx` ON `felicitaciones` (`funcionario_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `felicitaciones_user_idx` ON `felicitaciones` (`user_id`,`created_at`);