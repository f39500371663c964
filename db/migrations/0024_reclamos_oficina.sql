CREATE TABLE `reclamos_descargos` (
	`id` text PRIMARY KEY NOT NULL,
	`caso_id` text NOT NULL,
	`unidad_code` text NOT NULL,
	`pedido` text NOT NULL,
	`pedido_por` text NOT NULL,
	`pedido_at` integer NOT NULL,
	`descargo` text,
	`descargo_por` text,
	`descargo_at` integer,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unidad_code`) REFERENCES `unidades`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reclamos_descargos_unidad_idx` ON `reclamos_descargos` (`unidad_code`,`pedido_at`);--> statement-breakpoint
CREATE INDEX `reclamos_descargos_caso_idx` ON `reclamos_descargos` (`caso_id`);--> statement-breakpoint
ALTER TABLE `reclamos` ADD `respuesta_texto` text;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `respuesta_at` integer;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `respuesta_pdf_key` text;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `respuesta_token` text;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `derivacion_destino` text;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `derivacion_donde` text;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `derivacion_motivo` text;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `derivacion_at` integer;--> statement-breakpoint
ALTER TABLE `reclamos` ADD `aviso_supervisor_at` integer;