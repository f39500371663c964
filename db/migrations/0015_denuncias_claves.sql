CREATE TABLE `denuncias_claves` (
	`caso_id` text NOT NULL,
	`clave` text NOT NULL,
	`lat` real,
	`lon` real,
	`escala_lon` real,
	PRIMARY KEY(`caso_id`, `clave`),
	FOREIGN KEY (`caso_id`) REFERENCES `denuncias`(`caso_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `denuncias_claves_clave_idx` ON `denuncias_claves` (`clave`,`caso_id`);