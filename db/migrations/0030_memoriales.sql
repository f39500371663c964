-- The condolence book as memorials (issue 19, decision 0065): a page per fallen officer; the messages written before go to the «general» one, published as they were (a hidden one becomes rejected).
CREATE TABLE `memoriales` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`nombre` text NOT NULL,
	`grado` text NOT NULL,
	`unidad` text NOT NULL,
	`fecha` text NOT NULL,
	`texto` text NOT NULL,
	`foto` text,
	`publicado` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memoriales_slug_uq` ON `memoriales` (`slug`);--> statement-breakpoint
CREATE INDEX `memoriales_fecha_idx` ON `memoriales` (`fecha`);--> statement-breakpoint
INSERT INTO `memoriales` (`id`, `slug`, `nombre`, `grado`, `unidad`, `fecha`, `texto`, `foto`, `publicado`, `version`, `created_at`, `updated_at`)
VALUES ('general', 'general', 'Libro general', '', 'Carabineros de Chile', '1927-04-27',
	'Mensajes de condolencia y recuerdo para el personal de Carabineros caído en acto de servicio.', NULL, 1, 1,
	CAST(strftime('%s', 'now') AS integer) * 1000, CAST(strftime('%s', 'now') AS integer) * 1000);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_condolencias` (
	`id` text PRIMARY KEY NOT NULL,
	`memorial_id` text NOT NULL,
	`autor_id` text,
	`firma` text,
	`firma_texto` text NOT NULL,
	`comuna_cut` text,
	`mensaje` text NOT NULL,
	`locale` text DEFAULT 'es' NOT NULL,
	`estado` text DEFAULT 'pendiente' NOT NULL,
	`motivo_retencion` text,
	`motivo_rechazo` text,
	`received_at` integer NOT NULL,
	`publicar_desde` integer NOT NULL,
	`moderado_por` text,
	`moderado_at` integer,
	FOREIGN KEY (`memorial_id`) REFERENCES `memoriales`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`autor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`moderado_por`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_condolencias` (`id`, `memorial_id`, `autor_id`, `firma`, `firma_texto`, `comuna_cut`, `mensaje`, `locale`, `estado`, `motivo_retencion`, `motivo_rechazo`, `received_at`, `publicar_desde`, `moderado_por`, `moderado_at`)
SELECT `id`, 'general', NULL, NULL, `nombre`, NULL, `mensaje`, 'es',
	CASE WHEN `hidden_at` IS NULL THEN 'publicado' ELSE 'rechazado' END, NULL,
	CASE WHEN `hidden_at` IS NULL THEN NULL ELSE 'Oculto por un moderador' END,
	`received_at`, `received_at`, NULL, `hidden_at`
FROM `condolencias`;--> statement-breakpoint
DROP TABLE `condolencias`;--> statement-breakpoint
ALTER TABLE `__new_condolencias` RENAME TO `condolencias`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `condolencias_memorial_idx` ON `condolencias` (`memorial_id`,`publicar_desde`,`id`);--> statement-breakpoint
CREATE INDEX `condolencias_estado_idx` ON `condolencias` (`estado`,`received_at`);--> statement-breakpoint
CREATE INDEX `condolencias_autor_idx` ON `condolencias` (`autor_id`);--> statement-breakpoint
CREATE INDEX `condolencias_received_idx` ON `condolencias` (`received_at`);--> statement-breakpoint
CREATE TABLE `condolencia_reportes` (
	`condolencia_id` text NOT NULL,
	`lector` text NOT NULL,
	`motivo` text NOT NULL,
	`detalle` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`condolencia_id`, `lector`),
	FOREIGN KEY (`condolencia_id`) REFERENCES `condolencias`(`id`) ON UPDATE no action ON DELETE cascade
);
