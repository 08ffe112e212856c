CREATE TABLE "attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"module_version_id" text NOT NULL,
	"assignment_id" text,
	"display_name" text,
	"show_name" boolean DEFAULT false NOT NULL,
	"sharing_allowed" boolean DEFAULT true NOT NULL,
	"seed" text NOT NULL,
	"variant" jsonb NOT NULL,
	"answers" jsonb,
	"outcomes" jsonb,
	"category_scores" jsonb,
	"score" double precision,
	"max_score" integer NOT NULL,
	"submission_key" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "module_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"module_id" text NOT NULL,
	"version" integer NOT NULL,
	"article_hash" text NOT NULL,
	"content_hash" text NOT NULL,
	"meta" jsonb NOT NULL,
	"body" text NOT NULL,
	"pool" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "modules" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"owner_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "modules_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_module_version_id_module_versions_id_fk" FOREIGN KEY ("module_version_id") REFERENCES "public"."module_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_versions" ADD CONSTRAINT "module_versions_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attempts_module_version" ON "attempts" USING btree ("module_version_id");--> statement-breakpoint
CREATE INDEX "attempts_assignment" ON "attempts" USING btree ("assignment_id") WHERE "attempts"."assignment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "module_versions_module_version" ON "module_versions" USING btree ("module_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "module_versions_module_content" ON "module_versions" USING btree ("module_id","content_hash");