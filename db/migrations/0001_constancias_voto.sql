CREATE TABLE `avisos_legales` (
	`user_id` text NOT NULL,
	`eleccion_id` text NOT NULL,
	`accepted_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `eleccion_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`eleccion_id`) REFERENCES `elecciones`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `constancias_voto` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`eleccion_id` text NOT NULL,
	`user_id` text,
	`run` text NOT NULL,
	`nombres` text NOT NULL,
	`apellidos` text NOT NULL,
	`fecha_nacimiento` text NOT NULL,
	`email` text NOT NULL,
	`telefono` text NOT NULL,
	`comuna_votacion_cut` text NOT NULL,
	`canal` text NOT NULL,
	`estado` text NOT NULL,
	`declaracion_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	`resolved_unidad` text,
	`motivo_rechazo` text,
	FOREIGN KEY (`eleccion_id`) REFERENCES `elecciones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `constancias_voto_code_uq` ON `constancias_voto` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `constancias_voto_eleccion_run_uq` ON `constancias_voto` (`eleccion_id`,`run`);--> statement-breakpoint
CREATE INDEX `constancias_voto_user_idx` ON `constancias_voto` (`user_id`);--> statement-breakpoint
CREATE TABLE `elecciones` (
	`id` text PRIMARY KEY NOT NULL,
	`nombre` text NOT NULL,
	`fecha` text NOT NULL,
	`fecha_primarias` text NOT NULL,
	`ventana_inicio` integer NOT NULL,
	`ventana_fin` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `padron_electoral` (
	`run` text PRIMARY KEY NOT NULL,
	`nombres` text NOT NULL,
	`apellidos` text NOT NULL,
	`domicilio_electoral` text NOT NULL,
	`comuna_cut` text NOT NULL,
	`local_votacion` text NOT NULL,
	`mesa` text,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `padron_comuna_idx` ON `padron_electoral` (`comuna_cut`);--> statement-breakpoint
CREATE TABLE `registro_civil` (
	`run` text PRIMARY KEY NOT NULL,
	`nombres` text NOT NULL,
	`apellidos` text NOT NULL,
	`fecha_nacimiento` text NOT NULL,
	`fecha_defuncion` text,
	`serie_cedula` text
);
