CREATE TABLE `validaciones_voto` (
	`constancia_id` text PRIMARY KEY NOT NULL,
	`resultado` text NOT NULL,
	`officer_id` text NOT NULL,
	`unidad_code` text NOT NULL,
	`at` integer NOT NULL,
	`documento_tipo` text,
	`documento_numero` text,
	`documento_vencimiento` text,
	`distancia_km` integer,
	`justificacion` text,
	`motivo_rechazo` text,
	`token` text,
	`pdf_key` text,
	`motivo_asistencia` text,
	FOREIGN KEY (`constancia_id`) REFERENCES `constancias_voto`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`officer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
