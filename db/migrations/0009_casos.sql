CREATE TABLE `casos` (
	`id` text PRIMARY KEY NOT NULL,
	`numero` text NOT NULL,
	`servicio` text NOT NULL,
	`user_id` text,
	`estado` text NOT NULL,
	`unidad_code` text,
	`vence_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`cerrado_at` integer,
	`depurado_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unidad_code`) REFERENCES `unidades`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `casos_numero_uq` ON `casos` (`numero`);--> statement-breakpoint
CREATE INDEX `casos_user_idx` ON `casos` (`user_id`);--> statement-breakpoint
CREATE INDEX `casos_cola_idx` ON `casos` (`servicio`,`estado`,`created_at`);--> statement-breakpoint
CREATE INDEX `casos_unidad_idx` ON `casos` (`unidad_code`,`estado`);--> statement-breakpoint
CREATE TABLE `casos_historia` (
	`id` text PRIMARY KEY NOT NULL,
	`caso_id` text NOT NULL,
	`at` integer NOT NULL,
	`estado` text NOT NULL,
	`actor_tipo` text NOT NULL,
	`actor_id` text,
	`detalle` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `casos_historia_caso_idx` ON `casos_historia` (`caso_id`,`at`);--> statement-breakpoint
CREATE TABLE `casos_preguntas` (
	`id` text PRIMARY KEY NOT NULL,
	`caso_id` text NOT NULL,
	`at` integer NOT NULL,
	`preguntado_por` text,
	`pregunta` text,
	`respuesta` text,
	`respondida_at` integer,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `casos_preguntas_caso_idx` ON `casos_preguntas` (`caso_id`,`at`);