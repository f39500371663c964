CREATE TABLE `cifras` (
	`servicio` text NOT NULL,
	`ambito` text NOT NULL,
	`periodo` integer NOT NULL,
	`comuna_cut` text NOT NULL,
	`evento` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`servicio`, `ambito`, `periodo`, `comuna_cut`, `evento`)
);
