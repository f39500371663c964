ALTER TABLE `reclamos` ADD `tipo` text DEFAULT 'otro' NOT NULL;--> statement-breakpoint
CREATE INDEX `reclamos_respuesta_idx` ON `reclamos` (`respuesta_at`);--> statement-breakpoint
CREATE INDEX `reclamos_derivacion_idx` ON `reclamos` (`derivacion_at`);