CREATE TABLE `reclamos` (
	`caso_id` text PRIMARY KEY NOT NULL,
	`unidad_code` text NOT NULL,
	`respuestas` text NOT NULL,
	`hecho_fecha` text NOT NULL,
	`hecho_hora` text,
	`comuna_cut` text NOT NULL,
	`lugar` text NOT NULL,
	`vehiculo` text,
	`relato` text NOT NULL,
	`peticion` text NOT NULL,
	`run` text NOT NULL,
	`nombres` text NOT NULL,
	`apellidos` text NOT NULL,
	`identidad` text NOT NULL,
	`email` text NOT NULL,
	`telefono` text,
	`pdf_key` text,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`depurado_at` integer,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unidad_code`) REFERENCES `unidades`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reclamos_unidad_idx` ON `reclamos` (`unidad_code`,`created_at`);