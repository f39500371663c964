CREATE TABLE `archivos` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`caso_id` text,
	`pregunta_id` text,
	`nombre` text NOT NULL,
	`tipo` text,
	`bytes` integer NOT NULL,
	`recibidos` integer DEFAULT 0 NOT NULL,
	`partes` text DEFAULT '[]' NOT NULL,
	`sha256` text,
	`clave` text NOT NULL,
	`created_at` integer NOT NULL,
	`actualizado_at` integer NOT NULL,
	`completado_at` integer,
	`adjuntado` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pregunta_id`) REFERENCES `casos_preguntas`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "archivos_adjunto_completo" CHECK("archivos"."caso_id" is null or "archivos"."completado_at" is not null),
	CONSTRAINT "archivos_adjunto_una_vez" CHECK("archivos"."adjuntado" <= 1)
);
--> statement-breakpoint
CREATE INDEX `archivos_user_idx` ON `archivos` (`user_id`);--> statement-breakpoint
CREATE INDEX `archivos_caso_idx` ON `archivos` (`caso_id`);--> statement-breakpoint
CREATE INDEX `archivos_pendientes_idx` ON `archivos` (`actualizado_at`) WHERE "archivos"."completado_at" is null;--> statement-breakpoint
CREATE INDEX `archivos_sueltos_idx` ON `archivos` (`completado_at`) WHERE "archivos"."caso_id" is null;