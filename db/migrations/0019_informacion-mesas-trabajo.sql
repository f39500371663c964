CREATE TABLE `informacion_estados` (
	`id` text PRIMARY KEY NOT NULL,
	`informacion_id` text NOT NULL,
	`mesa` text NOT NULL,
	`estado` text NOT NULL,
	`por` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`informacion_id`) REFERENCES `informaciones`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`por`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `informacion_estados_tip_idx` ON `informacion_estados` (`informacion_id`);--> statement-breakpoint
CREATE TABLE `informacion_mensajes` (
	`id` text PRIMARY KEY NOT NULL,
	`informacion_id` text NOT NULL,
	`autor` text NOT NULL,
	`dia` text NOT NULL,
	`enc` text NOT NULL,
	`cifrado` text NOT NULL,
	`clave_version` integer,
	`copia_enc` text,
	`copia_cifrado` text,
	`por` text,
	`leido_at` integer,
	FOREIGN KEY (`informacion_id`) REFERENCES `informaciones`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`por`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `informacion_mensajes_enc_idx` ON `informacion_mensajes` (`informacion_id`,`enc`);--> statement-breakpoint
CREATE TABLE `informacion_notas` (
	`id` text PRIMARY KEY NOT NULL,
	`informacion_id` text NOT NULL,
	`por` text,
	`dia` text NOT NULL,
	`enc` text NOT NULL,
	`cifrado` text NOT NULL,
	`clave_version` integer NOT NULL,
	FOREIGN KEY (`informacion_id`) REFERENCES `informaciones`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`por`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `informacion_notas_tip_idx` ON `informacion_notas` (`informacion_id`);--> statement-breakpoint
CREATE TABLE `registro_vehiculos_robados` (
	`patente` text NOT NULL,
	`fecha` text NOT NULL,
	`comuna_cut` text NOT NULL,
	`denuncia` text,
	`vigente` integer NOT NULL,
	PRIMARY KEY(`patente`, `fecha`),
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `informaciones` ADD `estado` text DEFAULT 'nueva' NOT NULL;