CREATE TABLE `solicitudes_datos` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`user_id` text NOT NULL,
	`tipo` text NOT NULL,
	`registro_tipo` text,
	`registro_id` text,
	`campo` text,
	`valor_solicitado` text,
	`explicacion` text,
	`estado` text NOT NULL,
	`created_at` integer NOT NULL,
	`vence_at` integer NOT NULL,
	`resuelta_at` integer,
	`resuelta_por` text,
	`respuesta` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `solicitudes_datos_code_uq` ON `solicitudes_datos` (`code`);--> statement-breakpoint
CREATE INDEX `solicitudes_datos_user_idx` ON `solicitudes_datos` (`user_id`);--> statement-breakpoint
CREATE INDEX `solicitudes_datos_estado_idx` ON `solicitudes_datos` (`estado`,`vence_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_permisos` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`user_id` text,
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
	`depurado_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tipo_id`) REFERENCES `tipos_permiso`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comuna_cut`) REFERENCES `comunas`(`cut`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "permisos_cupo_check" CHECK("__new_permisos"."ordinal" <= "__new_permisos"."cupo")
);
--> statement-breakpoint
INSERT INTO `__new_permisos`("id", "code", "user_id", "run", "nombres", "apellidos", "tipo_id", "comuna_cut", "destino", "campos", "inicio", "fin", "semana", "cupo", "ordinal", "token", "created_at", "revocado_at", "revocado_por", "motivo_revocacion") SELECT "id", "code", "user_id", "run", "nombres", "apellidos", "tipo_id", "comuna_cut", "destino", "campos", "inicio", "fin", "semana", "cupo", "ordinal", "token", "created_at", "revocado_at", "revocado_por", "motivo_revocacion" FROM `permisos`;--> statement-breakpoint
DROP TABLE `permisos`;--> statement-breakpoint
ALTER TABLE `__new_permisos` RENAME TO `permisos`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `permisos_code_uq` ON `permisos` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `permisos_cupo_uq` ON `permisos` (`run`,`tipo_id`,`semana`,`ordinal`);--> statement-breakpoint
CREATE INDEX `permisos_user_idx` ON `permisos` (`user_id`);--> statement-breakpoint
CREATE INDEX `permisos_run_idx` ON `permisos` (`run`);--> statement-breakpoint
CREATE INDEX `permisos_created_idx` ON `permisos` (`created_at`);--> statement-breakpoint
CREATE INDEX `permisos_por_depurar_idx` ON `permisos` (`fin`) WHERE "permisos"."depurado_at" is null;--> statement-breakpoint
ALTER TABLE `constancias_voto` ADD `depurada_at` integer;--> statement-breakpoint
CREATE INDEX `constancias_voto_por_depurar_idx` ON `constancias_voto` (`eleccion_id`) WHERE "constancias_voto"."depurada_at" is null;--> statement-breakpoint
ALTER TABLE `users` ADD `last_login_at` integer;--> statement-breakpoint
CREATE INDEX `audit_address_at_idx` ON `audit_log` (`at`) WHERE "audit_log"."client_address" is not null;--> statement-breakpoint
CREATE INDEX `audit_refusal_at_idx` ON `audit_log` (`at`) WHERE "audit_log"."action" = 'permiso.refused' and "audit_log"."detail" is not null;--> statement-breakpoint
CREATE INDEX `user_tokens_expires_idx` ON `user_tokens` (`expires_at`);--> statement-breakpoint
CREATE INDEX `permisos_rechazados_por_depurar_idx` ON `permisos_rechazados` (`at`) WHERE "permisos_rechazados"."user_id" is not null;--> statement-breakpoint
CREATE INDEX `restricciones_penitenciarias_hasta_idx` ON `restricciones_penitenciarias` (`hasta`);--> statement-breakpoint
CREATE INDEX `restricciones_sanitarias_hasta_idx` ON `restricciones_sanitarias` (`hasta`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);