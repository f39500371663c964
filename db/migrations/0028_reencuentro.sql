CREATE TABLE `reencuentros` (
	`caso_id` text PRIMARY KEY NOT NULL,
	`buscado_nombres` text NOT NULL,
	`buscado_apellidos` text NOT NULL,
	`buscado_run` text,
	`nacimiento_anio` integer,
	`relacion` text NOT NULL,
	`ultima_comuna_cut` text NOT NULL,
	`ultimo_lugar` text,
	`ultimo_contacto_anio` integer NOT NULL,
	`motivo_distancia` text,
	`mensaje` text NOT NULL,
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
	`resultado` text,
	`resultado_at` integer,
	`contacto_nombre` text,
	`contacto_correo` text,
	`contacto_telefono` text,
	`mensaje_respuesta` text,
	`informado_at` integer,
	`informado_fecha` text,
	`informado_lugar` text,
	`informado_por` text,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ultima_comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reencuentros_resultado_idx` ON `reencuentros` (`resultado_at`);--> statement-breakpoint
CREATE TABLE `reencuentros_notas` (
	`id` text PRIMARY KEY NOT NULL,
	`caso_id` text NOT NULL,
	`at` integer NOT NULL,
	`autor` text NOT NULL,
	`texto` text NOT NULL,
	FOREIGN KEY (`caso_id`) REFERENCES `reencuentros`(`caso_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reencuentros_notas_caso_idx` ON `reencuentros_notas` (`caso_id`,`at`);