-- Roles and privileges for a shared adscreen database on PostgreSQL.
--
-- Run as a superuser, in two parts:
--   1. once, before anything else:   psql -v ON_ERROR_STOP=1 -f roles.sql
--      (creates the roles and the database; edit the reviewer list first)
--   2. after the tables exist (the first `review migrate` or `crawler
--      import` as the owner, below), and again after every adscreen upgrade
--      that adds tables:
--      psql -v ON_ERROR_STOP=1 -d adscreen -f roles.sql -v grants=1
--
-- Who is who:
--   adscreen          owns the database and its tables; runs schema upgrades
--                     (the first open of a new adscreen version), `review
--                     migrate`, `review backup` / `restore` (pg_dump, pg_restore).
--                     Used by IT staff only, ideally only on the server.
--   adscreen_crawler  the crawler workers (`crawler crawl`, `import`, `analyze`):
--                     ads, analysis, linking, frontier; no review data.
--   cmm, reden, amiami, hopenow
--                     one group role per organisation (NOLOGIN); every
--                     reviewer's login role is a member of exactly one.
--   adscreen_reviewers the privileges every reviewer has (NOLOGIN; each
--                     organisation group is a member).
--
-- Organisations (schema migration 12): after part 2, register each
-- organisation and each reviewer's login role as the owner, e.g.
--   review --db postgres://adscreen@…/adscreen orgs add reden --title "Reden International"
--   review --db postgres://adscreen@…/adscreen orgs reviewer reden_mette --org reden
-- (or INSERT INTO orgs / reviewers). The database role is then the reviewer:
-- an insert by a registered reviewer carries their role and organisation
-- whatever the client sends, and row-level security shows a reviewer only
-- their organisation's statuses, events and notes, watches, assignments,
-- reminders, contact log and audit entries. Ads, analysis and networks are
-- shared, and so is the do-not-contact list. A login role that is not
-- registered sees only rows of no organisation (network merges, data
-- migrated from SQLite).

-- Passwords: set them interactively (\password ann in psql) so they never
-- sit in this file or in shell history. password_encryption must be
-- 'scram-sha-256' (the default since PostgreSQL 14).

\if :{?grants}
\else
-- ---------------------------------------------------------------- part 1

CREATE ROLE adscreen LOGIN;
CREATE ROLE adscreen_crawler LOGIN;
CREATE ROLE adscreen_reviewers NOLOGIN;
CREATE ROLE cmm NOLOGIN IN ROLE adscreen_reviewers;
CREATE ROLE reden NOLOGIN IN ROLE adscreen_reviewers;
CREATE ROLE amiami NOLOGIN IN ROLE adscreen_reviewers;
CREATE ROLE hopenow NOLOGIN IN ROLE adscreen_reviewers;

-- One login role per reviewer, in the organisation's group. Edit the list;
-- a reviewer who leaves: ALTER ROLE name NOLOGIN (their history keeps the name).
CREATE ROLE cmm_anna LOGIN IN ROLE cmm;
CREATE ROLE reden_mette LOGIN IN ROLE reden;
CREATE ROLE amiami_sara LOGIN IN ROLE amiami;
CREATE ROLE hopenow_lars LOGIN IN ROLE hopenow;

CREATE DATABASE adscreen OWNER adscreen ENCODING 'UTF8' TEMPLATE template0;
\connect adscreen
-- Only the owner creates objects; nobody else sees the schema by default.
REVOKE ALL ON DATABASE adscreen FROM PUBLIC;
GRANT CONNECT ON DATABASE adscreen TO adscreen_crawler, adscreen_reviewers;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO adscreen;
GRANT USAGE ON SCHEMA public TO adscreen_crawler, adscreen_reviewers;
\echo 'Roles and database made. Set passwords (\\password NAME), create the tables as adscreen, then run part 2 (-v grants=1).'
\endif

\if :{?grants}
-- ---------------------------------------------------------------- part 2
-- Grants on the tables that exist now (missing ones are skipped, so this
-- part fits every schema version). Sequences: the identity columns.
DO $$
DECLARE
    t text;
    -- What the crawler writes: ads and everything derived from them, the
    -- frontier and its runs, site settings, the link change log, and meta
    -- (host leases, the link generation). Its triggers keep review_queue.
    crawler_rw text[] := ARRAY['ads', 'ad_versions', 'phones', 'images', 'analysis',
        'ad_indicators', 'link_state', 'links', 'clusters', 'networks', 'network_members',
        'blocked_phones', 'frontier', 'crawl_runs', 'review_queue', 'link_prints', 'sites',
        'link_changes', 'meta'];
    -- What reviewers write: statuses, events and notes (append-only, as
    -- the triggers enforce), watches, teamwork, the contact log, the
    -- do-not-contact list, and the audit log (append-only).
    review_rw text[] := ARRAY['reviews', 'review_events', 'watch', 'assignments', 'reminders',
        'contacts', 'do_not_contact', 'audit'];
BEGIN
    FOREACH t IN ARRAY crawler_rw LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO adscreen_crawler', t);
            EXECUTE format('GRANT SELECT ON %I TO adscreen_reviewers', t);
        END IF;
    END LOOP;
    FOREACH t IN ARRAY review_rw LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO adscreen_reviewers', t);
        END IF;
    END LOOP;
    -- Every store open reads the schema version.
    IF to_regclass('schema_migrations') IS NOT NULL THEN
        GRANT SELECT ON schema_migrations TO adscreen_crawler, adscreen_reviewers;
    END IF;
    -- The crawler records its own actions (network merges and splits as
    -- review events of no organisation, retention purges) but reads no
    -- review data; when linking merges networks, every organisation's
    -- status and watches follow through a function it may run.
    IF to_regclass('audit') IS NOT NULL THEN
        GRANT INSERT ON audit TO adscreen_crawler;
    END IF;
    IF to_regclass('review_events') IS NOT NULL THEN
        GRANT INSERT ON review_events TO adscreen_crawler;
    END IF;
    IF to_regprocedure('adscreen_carry_network(bigint, bigint)') IS NOT NULL THEN
        GRANT EXECUTE ON FUNCTION adscreen_carry_network(BIGINT, BIGINT) TO adscreen_crawler;
    END IF;
END $$;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO adscreen_crawler, adscreen_reviewers;
-- A reviewer's status change is checked against the queue (SELECT above);
-- the review tool never changes ads: erasure (`review erase`) is run by IT
-- staff as adscreen.
\echo 'Grants given on the tables that exist now.'
\endif
