-- Accent- and case-insensitive patient search. unaccent() is only STABLE, so it cannot feed a
-- generated column or an index directly; this wrapper pins the dictionary and is IMMUTABLE.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE OR REPLACE FUNCTION kc_normalize(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
