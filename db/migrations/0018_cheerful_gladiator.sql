CREATE TABLE `informacion_analistas` (
	`user_id` text NOT NULL,
	`mesa` text NOT NULL,
	PRIMARY KEY(`user_id`, `mesa`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mesa`) REFERENCES `informacion_mesas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `informacion_analistas_claves` (
	`user_id` text PRIMARY KEY NOT NULL,
	`publica` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `informacion_claves_envueltas` (
	`mesa` text NOT NULL,
	`version` integer NOT NULL,
	`user_id` text NOT NULL,
	`enc` text NOT NULL,
	`cifrado` text NOT NULL,
	PRIMARY KEY(`mesa`, `version`, `user_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `informacion_mesa_claves` (
	`mesa` text NOT NULL,
	`version` integer NOT NULL,
	`publica` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`mesa`, `version`),
	FOREIGN KEY (`mesa`) REFERENCES `informacion_mesas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `informacion_mesas` (
	`id` text PRIMARY KEY NOT NULL,
	`unidad` text NOT NULL,
	`clave_version` integer
);
