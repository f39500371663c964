CREATE TABLE `feriados` (
	`fecha` text NOT NULL,
	`nombre` text NOT NULL,
	`tipo` text NOT NULL,
	`irrenunciable` integer NOT NULL,
	`ambito` text NOT NULL,
	PRIMARY KEY(`fecha`, `nombre`)
);
--> statement-breakpoint
CREATE INDEX `feriados_ambito_fecha_idx` ON `feriados` (`ambito`,`fecha`);