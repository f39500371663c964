CREATE TABLE `edge_commits` (
	`id` text PRIMARY KEY NOT NULL,
	`shard` text NOT NULL,
	`accepted_at` integer NOT NULL,
	`committed_at` integer NOT NULL
);
