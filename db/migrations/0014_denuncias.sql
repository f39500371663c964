CREATE TABLE `denuncias` (
	`caso_id` text PRIMARY KEY NOT NULL,
	`tipo` text NOT NULL,
	`respuestas` text NOT NULL,
	`hecho_desde` integer NOT NULL,
	`hecho_hasta` integer,
	`comuna_cut` text NOT NULL,
	`lugar` text NOT NULL,
	`lat` real,
	`lon` real,
	`relato` text NOT NULL,
	`run` text NOT NULL,
	`nombres` text NOT NULL,
	`apellidos` text NOT NULL,
	`identidad` text NOT NULL,
	`email` text NOT NULL,
	`telefono` text,
	`comuna_domicilio` text NOT NULL,
	`pdf_key` text,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`depurado_at` integer,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comuna_domicilio`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `denuncias_run_tipo_idx` ON `denuncias` (`run`,`tipo`,`hecho_desde`);