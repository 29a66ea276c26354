//! Organisations on PostgreSQL (issue 16): every reviewer is a database
//! role registered in `reviewers` with one organisation. Ads, analysis and
//! networks are shared; review statuses, events (notes), watches,
//! assignments, reminders, the contact log and the audit log carry the
//! organisation that wrote them, and row-level security shows a reviewer
//! only their organisation's rows (and rows of no organisation: those
//! adscreen itself writes, such as network merges, and those written before
//! organisations existed).
//!
//! The identity is the database role: an insert by a registered reviewer
//! has its reviewer column and its organisation set by a trigger from
//! `current_user`, whatever the client sent, so `--reviewer` cannot claim
//! another. Roles that are not registered reviewers (the crawler, an
//! administrator) write rows of no organisation (network merge and split
//! events); the table owner is not bound by the policies (`review
//! migrate`, backups). When linking merges two networks, every
//! organisation's status and watches follow through
//! `adscreen_carry_network`, a function the crawler's role may run
//! (`deploy/roles.sql` grants it) without reading those rows itself.
//!
//! The do-not-contact list stays shared on purpose: a person who asked not
//! to be contacted must not be contacted by another organisation. So does
//! the gap between two contacts to one number: `adscreen_last_contact_at`
//! tells any reviewer when a number was last contacted, by anyone, and
//! nothing else of that contact.

use super::PgStore;
use crate::Result;

/// Migration 12: organisations, reviewers, the identity triggers and the
/// row-level security policies.
pub(crate) const MIGRATION_ORGS: &str = r#"
-- (A repair on the way: migration 6's change-log trigger named OLD.ad_id
-- in one expression for every table, which PL/pgSQL cannot plan for a
-- deleted ad, so no ad could be deleted.)
CREATE OR REPLACE FUNCTION link_changes_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'ads' THEN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO link_changes(ad_id) VALUES (OLD.id);
        ELSE
            INSERT INTO link_changes(ad_id) VALUES (NEW.id);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO link_changes(ad_id) VALUES (OLD.ad_id);
    ELSE
        INSERT INTO link_changes(ad_id) VALUES (NEW.ad_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TABLE orgs (
    name     TEXT PRIMARY KEY,
    title    TEXT,
    added_at TEXT NOT NULL
);
CREATE TABLE reviewers (
    role     TEXT PRIMARY KEY,
    org      TEXT NOT NULL REFERENCES orgs(name),
    added_at TEXT NOT NULL
);

-- Who belongs where is no secret among those who may connect, and every
-- policy asks it.
GRANT SELECT ON orgs, reviewers TO PUBLIC;

-- The organisation of the role running the statement (NULL for a role that
-- is not a registered reviewer).
CREATE FUNCTION adscreen_org() RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT org FROM reviewers WHERE role = current_user::text
$$;

-- Sets the reviewer column named by TG_ARGV[0] to the role and `org` to the
-- role's organisation on every insert by a registered reviewer; other roles
-- write rows of no organisation ('') unless they name one.
CREATE FUNCTION adscreen_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o TEXT := adscreen_org();
BEGIN
    IF o IS NOT NULL THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], current_user::text, 'org', o));
    ELSIF NEW.org IS NULL THEN
        NEW.org := '';
    END IF;
    RETURN NEW;
END $$;

ALTER TABLE reviews ADD COLUMN org TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews DROP CONSTRAINT reviews_pkey;
ALTER TABLE reviews ADD PRIMARY KEY (org, target_kind, target_id);
ALTER TABLE review_events ADD COLUMN org TEXT NOT NULL DEFAULT '';
DROP INDEX review_events_target;
CREATE INDEX review_events_target ON review_events(target_kind, target_id, org);
ALTER TABLE watch ADD COLUMN org TEXT NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN org TEXT NOT NULL DEFAULT '';
ALTER TABLE assignments DROP CONSTRAINT assignments_pkey;
ALTER TABLE assignments ADD PRIMARY KEY (org, target_kind, target_id);
ALTER TABLE reminders ADD COLUMN org TEXT NOT NULL DEFAULT '';
ALTER TABLE reminders DROP CONSTRAINT reminders_pkey;
ALTER TABLE reminders ADD PRIMARY KEY (org, target_kind, target_id);
ALTER TABLE contacts ADD COLUMN org TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN org TEXT NOT NULL DEFAULT '';

CREATE TRIGGER reviews_stamp BEFORE INSERT OR UPDATE ON reviews
FOR EACH ROW EXECUTE FUNCTION adscreen_stamp('updated_by');
CREATE TRIGGER review_events_stamp BEFORE INSERT ON review_events
FOR EACH ROW EXECUTE FUNCTION adscreen_stamp('reviewer');
CREATE TRIGGER watch_stamp BEFORE INSERT ON watch
FOR EACH ROW EXECUTE FUNCTION adscreen_stamp('reviewer');
CREATE TRIGGER assignments_stamp BEFORE INSERT OR UPDATE ON assignments
FOR EACH ROW EXECUTE FUNCTION adscreen_stamp('assigned_by');
CREATE TRIGGER reminders_stamp BEFORE INSERT OR UPDATE ON reminders
FOR EACH ROW EXECUTE FUNCTION adscreen_stamp('set_by');
CREATE TRIGGER contacts_stamp BEFORE INSERT ON contacts
FOR EACH ROW EXECUTE FUNCTION adscreen_stamp('reviewer');
CREATE TRIGGER audit_stamp BEFORE INSERT ON audit
FOR EACH ROW EXECUTE FUNCTION adscreen_stamp('actor');

-- When any organisation last contacted a number (the time only): the gap
-- between two contacts to one person holds across organisations.
CREATE FUNCTION adscreen_last_contact_at(number TEXT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT max(at) FROM contacts WHERE e164 = number
$$;

-- When linking merges network `was` into `into_net`, every organisation's
-- watches and status on `was` follow it. Run by the crawler, which may not
-- read the organisations' rows itself; nobody else may call it.
CREATE FUNCTION adscreen_carry_network(was BIGINT, into_net BIGINT) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    INSERT INTO watch (target_kind, target, reviewer, since, last_look, org)
    SELECT 'network', into_net::TEXT, reviewer, since, last_look, org FROM watch
    WHERE target_kind = 'network' AND target = was::TEXT
    ON CONFLICT DO NOTHING;
    DELETE FROM watch WHERE target_kind = 'network' AND target = was::TEXT;
    INSERT INTO reviews (target_kind, target_id, status, updated_at, updated_by, org)
    SELECT 'network', into_net, status, updated_at, updated_by, org FROM reviews
    WHERE target_kind = 'network' AND target_id = was
    ON CONFLICT DO NOTHING;
END $$;
REVOKE ALL ON FUNCTION adscreen_carry_network(BIGINT, BIGINT) FROM PUBLIC;

-- A reviewer sees and writes their organisation's rows; rows of no
-- organisation are shared (read) but written only by roles that are not
-- reviewers. The owner bypasses the policies (no FORCE).
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['reviews', 'review_events', 'watch', 'assignments',
                             'reminders', 'contacts', 'audit'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY org_read ON %I FOR SELECT USING (org = adscreen_org() OR org = %L)', t, '');
        EXECUTE format('CREATE POLICY org_insert ON %I FOR INSERT WITH CHECK (org = COALESCE(adscreen_org(), %L))', t, '');
        EXECUTE format('CREATE POLICY org_update ON %I FOR UPDATE USING (org = COALESCE(adscreen_org(), %L)) WITH CHECK (org = COALESCE(adscreen_org(), %L))', t, '', '');
        EXECUTE format('CREATE POLICY org_delete ON %I FOR DELETE USING (org = COALESCE(adscreen_org(), %L))', t, '');
    END LOOP;
END $$;
"#;

/// What a reviewer's role may do (`{role}` stands for the quoted role):
/// read everything, write the review tables (row-level security keeps the
/// writes to its organisation; the append-only triggers still hold).
pub const REVIEWER_GRANTS: &str = "
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};
GRANT INSERT, UPDATE, DELETE ON reviews, review_events, watch, assignments, reminders,
    contacts, do_not_contact, audit TO {role};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};
";

/// Who the connection acts as on PostgreSQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The database role (`current_user`).
    pub role: String,
    /// The role's organisation, when it is a registered reviewer.
    pub org: Option<String>,
}

impl PgStore {
    /// The role this connection acts as and its organisation.
    pub fn identity(&self) -> Result<Identity> {
        let row = self.query_one("SELECT current_user::text, adscreen_org()", &[])?;
        Ok(Identity {
            role: row.get(0),
            org: row.get(1),
        })
    }

    /// Registers organisation `name` (with an optional display title).
    /// Needs a role allowed to write `orgs` (the owner). Adding one that
    /// exists changes its title only.
    pub fn add_org(&mut self, name: &str, title: Option<&str>) -> Result<()> {
        let name = checked_name(name, "organisation")?;
        let at = crate::to_text(&crate::now());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO orgs (name, title, added_at) VALUES ($1, $2, $3)
                 ON CONFLICT (name) DO UPDATE SET title = COALESCE(excluded.title, orgs.title)",
                &[&name, &title, &at],
            )?;
            super::links::audit(tx, "adscreen", "org.add", &serde_json::json!({"org": name}))
        })
    }

    /// Registers database role `role` (which must exist: `CREATE ROLE`) as a
    /// reviewer of organisation `org` (which must exist), or moves it to
    /// `org`, and grants it [`REVIEWER_GRANTS`]. Needs the owner.
    pub fn add_reviewer(&mut self, role: &str, org: &str) -> Result<()> {
        let role = checked_name(role, "role")?;
        let at = crate::to_text(&crate::now());
        let known = self
            .query_opt("SELECT 1 FROM orgs WHERE name = $1", &[&org])?
            .is_some();
        if !known {
            return Err(crate::StoreError::NotFound(format!(
                "no organisation `{org}` (add it first)"
            )));
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO reviewers (role, org, added_at) VALUES ($1, $2, $3)
                 ON CONFLICT (role) DO UPDATE SET org = excluded.org",
                &[&role, &org, &at],
            )?;
            tx.batch_execute(&REVIEWER_GRANTS.replace("{role}", &format!("\"{role}\"")))?;
            super::links::audit(
                tx,
                "adscreen",
                "reviewer.add",
                &serde_json::json!({"role": role, "org": org}),
            )
        })
    }
}

/// A trimmed, non-empty name of letters, digits, `_`, `-` and `.`.
fn checked_name(name: &str, what: &str) -> Result<String> {
    let n = name.trim();
    if n.is_empty()
        || !n
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        return Err(crate::StoreError::Invalid(format!(
            "`{name}` is not a valid {what} name (letters, digits, `_`, `-`, `.`)"
        )));
    }
    Ok(n.to_string())
}

/// An organisation and the roles registered as its reviewers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Org {
    /// Short name.
    pub name: String,
    /// Display name.
    pub title: Option<String>,
    /// Its reviewers' database roles, sorted.
    pub reviewers: Vec<String>,
}

impl PgStore {
    /// Every organisation with its reviewers, by name.
    pub fn orgs(&self) -> Result<Vec<Org>> {
        Ok(self
            .query(
                "SELECT o.name, o.title, COALESCE(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}')
                 FROM orgs o LEFT JOIN reviewers r ON r.org = o.name GROUP BY o.name, o.title ORDER BY o.name",
                &[],
            )?
            .iter()
            .map(|r| Org {
                name: r.get(0),
                title: r.get(1),
                reviewers: r.get(2),
            })
            .collect())
    }
}
