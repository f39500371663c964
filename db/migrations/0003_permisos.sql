CREATE TABLE `fases_comuna` (
	`id` text PRIMARY KEY NOT NULL,
	`comuna_cut` text NOT NULL,
	`fase` text NOT NULL,
	`desde` text NOT NULL,
	`hasta` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `fases_comuna_cut_idx` ON `fases_comuna` (`comuna_cut`,`desde`);--> statement-breakpoint
CREATE TABLE `permisos` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`user_id` text NOT NULL,
	`run` text NOT NULL,
	`nombres` text NOT NULL,
	`apellidos` text NOT NULL,
	`tipo_id` text NOT NULL,
	`comuna_cut` text NOT NULL,
	`destino` text NOT NULL,
	`campos` text NOT NULL,
	`inicio` integer NOT NULL,
	`fin` integer NOT NULL,
	`semana` text NOT NULL,
	`cupo` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`revocado_at` integer,
	`revocado_por` text,
	`motivo_revocacion` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tipo_id`) REFERENCES `tipos_permiso`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "permisos_cupo_check" CHECK("permisos"."ordinal" <= "permisos"."cupo")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permisos_code_uq` ON `permisos` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `permisos_cupo_uq` ON `permisos` (`run`,`tipo_id`,`semana`,`ordinal`);--> statement-breakpoint
CREATE INDEX `permisos_user_idx` ON `permisos` (`user_id`);--> statement-breakpoint
CREATE INDEX `permisos_run_idx` ON `permisos` (`run`);--> statement-breakpoint
CREATE INDEX `permisos_created_idx` ON `permisos` (`created_at`);--> statement-breakpoint
CREATE TABLE `permisos_rechazados` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`tipo_id` text NOT NULL,
	`comuna_cut` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `permisos_rechazados_at_idx` ON `permisos_rechazados` (`at`);--> statement-breakpoint
CREATE TABLE `restricciones_penitenciarias` (
	`run` text NOT NULL,
	`medida` text NOT NULL,
	`desde` text NOT NULL,
	`hasta` text,
	PRIMARY KEY(`run`, `desde`)
);
--> statement-breakpoint
CREATE TABLE `restricciones_sanitarias` (
	`run` text NOT NULL,
	`tipo` text NOT NULL,
	`desde` text NOT NULL,
	`hasta` text NOT NULL,
	PRIMARY KEY(`run`, `desde`)
);
--> statement-breakpoint
CREATE TABLE `tipos_permiso` (
	`id` text PRIMARY KEY NOT NULL,
	`nombre` text NOT NULL,
	`descripcion` text NOT NULL,
	`duracion_max_min` integer NOT NULL,
	`hora_desde` text NOT NULL,
	`hora_hasta` text NOT NULL,
	`cupo_semanal` integer NOT NULL,
	`campos` text NOT NULL,
	`activo` integer NOT NULL,
	`updated_at` integer NOT NULL
);
