-- Existing attempts get a random share id (two v4 UUIDs' bytes, base64url, 24 characters: ≥128 random bits).
ALTER TABLE "attempts" ADD COLUMN "share_id" text;--> statement-breakpoint
UPDATE "attempts" SET "share_id" = substr(translate(encode(decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '+/=', '-_'), 1, 24);--> statement-breakpoint
ALTER TABLE "attempts" ALTER COLUMN "share_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_share_id_unique" UNIQUE("share_id");
