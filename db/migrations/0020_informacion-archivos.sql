CREATE TABLE `informacion_archivos` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`bytes` integer NOT NULL,
	`recibidos` integer DEFAULT 0 NOT NULL,
	`partes` text DEFAULT '[]' NOT NULL,
	`sha256` text,
	`clave` text NOT NULL,
	`dia` text NOT NULL,
	`completo` integer DEFAULT 0 NOT NULL,
	`informacion_id` text,
	`mensaje_id` text,
	`adjuntado` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`informacion_id`) REFERENCES `informaciones`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "informacion_archivos_adjunto_completo" CHECK("informacion_archivos"."informacion_id" is null or "informacion_archivos"."completo" = 1),
	CONSTRAINT "informacion_archivos_adjunto_una_vez" CHECK("informacion_archivos"."adjuntado" <= 1)
);
--> statement-breakpoint
CREATE INDEX `informacion_archivos_tip_idx` ON `informacion_archivos` (`informacion_id`);--> statement-breakpoint
CREATE INDEX `informacion_archivos_sueltos_idx` ON `informacion_archivos` (`dia`) WHERE "informacion_archivos"."informacion_id" is null;