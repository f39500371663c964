CREATE TABLE `reclamos_valoraciones` (
	`id` text PRIMARY KEY NOT NULL,
	`caso_id` text NOT NULL,
	`respuesta_at` integer NOT NULL,
	`at` integer NOT NULL,
	`satisfecho` integer NOT NULL,
	`comentario` text,
	`comuna_cut` text NOT NULL,
	FOREIGN KEY (`caso_id`) REFERENCES `reclamos`(`caso_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reclamos_valoraciones_uq` ON `reclamos_valoraciones` (`caso_id`,`respuesta_at`);--> statement-breakpoint
CREATE INDEX `reclamos_valoraciones_at_idx` ON `reclamos_valoraciones` (`at`);--> statement-breakpoint
ALTER TABLE `reclamos` ADD `reabierto_at` integer;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `reapertura_motivo` text;