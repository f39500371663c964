CREATE TABLE `certificados` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`tipo` text NOT NULL,
	`user_id` text,
	`run` text NOT NULL,
	`nombres` text NOT NULL,
	`apellidos` text NOT NULL,
	`identidad` text NOT NULL,
	`respuestas` text NOT NULL,
	`comuna_cut` text NOT NULL,
	`pdf_key` text,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`anulada_at` integer,
	`anulada_por` text,
	`motivo_anulacion` text,
	`depurado_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificados_code_uq` ON `certificados` (`code`);--> statement-breakpoint
CREATE INDEX `certificados_user_idx` ON `certificados` (`user_id`);--> statement-breakpoint
CREATE INDEX `certificados_run_idx` ON `certificados` (`run`);--> statement-breakpoint
CREATE INDEX `certificados_por_depurar_idx` ON `certificados` (`created_at`) WHERE "certificados"."depurado_at" is null;