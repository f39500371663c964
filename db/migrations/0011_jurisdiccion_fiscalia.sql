CREATE TABLE `fiscalia_envios` (
	`id` text PRIMARY KEY NOT NULL,
	`caso_id` text NOT NULL,
	`numero` text NOT NULL,
	`fiscalia_code` text NOT NULL,
	`fiscalia_nombre` text NOT NULL,
	`payload` text,
	`solicitado_por` text NOT NULL,
	`created_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`alertado_at` integer,
	`ruc` text,
	`recibido_at` integer,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fiscalia_envios_caso_uq` ON `fiscalia_envios` (`caso_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `fiscalia_envios_numero_uq` ON `fiscalia_envios` (`numero`);--> statement-breakpoint
CREATE INDEX `fiscalia_envios_due_idx` ON `fiscalia_envios` (`next_attempt_at`) WHERE "fiscalia_envios"."recibido_at" is null;--> statement-breakpoint
CREATE TABLE `jurisdiccion` (
	`comuna_cut` text PRIMARY KEY NOT NULL,
	`unidad_code` text NOT NULL,
	`fiscalia_code` text NOT NULL,
	`fiscalia_nombre` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unidad_code`) REFERENCES `unidades`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `casos_unidad_idx`;--> statement-breakpoint
ALTER TABLE `casos` ADD `comuna_cut` text REFERENCES comunas(cut);--> statement-breakpoint
ALTER TABLE `casos` ADD `correo` text;--> statement-breakpoint
ALTER TABLE `casos` ADD `locale` text;--> statement-breakpoint
ALTER TABLE `casos` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `casos` ADD `triada_at` integer;--> statement-breakpoint
ALTER TABLE `casos` ADD `derivada_at` integer;--> statement-breakpoint
ALTER TABLE `casos` ADD `enviada_at` integer;--> statement-breakpoint
CREATE INDEX `casos_triada_idx` ON `casos` (`servicio`,`triada_at`);--> statement-breakpoint
CREATE INDEX `casos_unidad_idx` ON `casos` (`unidad_code`,`estado`,`created_at`);