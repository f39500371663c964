CREATE TABLE `reencuentro_consultas` (
	`id` text PRIMARY KEY NOT NULL,
	`caso_id` text NOT NULL,
	`registro` text NOT NULL,
	`run` text,
	`motivo` text,
	`funcionario_id` text NOT NULL,
	`at` integer NOT NULL,
	`resultado` text NOT NULL,
	FOREIGN KEY (`caso_id`) REFERENCES `casos`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`funcionario_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reencuentro_consultas_caso_idx` ON `reencuentro_consultas` (`caso_id`,`at`);--> statement-breakpoint
CREATE TABLE `registro_domicilios` (
	`run` text PRIMARY KEY NOT NULL,
	`direccion` text NOT NULL,
	`comuna_cut` text NOT NULL,
	`fuente` text NOT NULL,
	`actualizado_el` text NOT NULL,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action
);
