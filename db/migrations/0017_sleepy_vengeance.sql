CREATE TABLE `informacion_desafios` (
	`hash` text PRIMARY KEY NOT NULL,
	`vence` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `informaciones` (
	`id` text PRIMARY KEY NOT NULL,
	`mesa` text NOT NULL,
	`cifrado` text NOT NULL,
	`enc` text NOT NULL,
	`clave_version` integer NOT NULL,
	`recibo_hash` text NOT NULL,
	`respuesta_clave` text NOT NULL,
	`dia` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `informaciones_recibo_hash_unique` ON `informaciones` (`recibo_hash`);