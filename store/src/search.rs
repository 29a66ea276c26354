//! The text index behind `--search`: an FTS5 table over the ads' titles and
//! texts on SQLite (migration 13), kept current by triggers, so a search for
//! a rare word at a million ads is an index lookup instead of a scan of
//! every text. PostgreSQL's form of migration 13 is a GIN index over the
//! same words (`pg::schema`). What a search matches is [`SearchTerms`].
//!
//! The index keeps no positions and no column sizes (`detail=none`,
//! `columnsize=0`): about a fifth of the size of the texts, and about a
//! second of CPU per 100,000 ads to fill. It uses FTS5's `secure-delete`, so
//! the words of a deleted or erased ad (its phone number's digits among
//! them) leave the index file at once instead of at its next merge.
//!
//! [`SearchTerms`]: crate::filter::SearchTerms

/// Migration 13: the FTS5 table over `ads`, filled from the existing ads,
/// and the triggers that keep it current.
pub(crate) const MIGRATION_SEARCH: &str = r#"
CREATE VIRTUAL TABLE ads_fts USING fts5(
    title, text,
    content = 'ads', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0',
    detail = none, columnsize = 0
);
INSERT INTO ads_fts(ads_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO ads_fts(ads_fts) VALUES ('rebuild');

CREATE TRIGGER ads_fts_insert AFTER INSERT ON ads BEGIN
    INSERT INTO ads_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER ads_fts_delete AFTER DELETE ON ads BEGIN
    INSERT INTO ads_fts(ads_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER ads_fts_update AFTER UPDATE OF title, text ON ads
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
    INSERT INTO ads_fts(ads_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO ads_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"#;

#[cfg(test)]
mod tests {
    use crate::filter::SearchTerms;

    #[test]
    fn words_split_like_the_index_and_keep_symbols() {
        let t = SearchTerms::parse("  Garden e-mail KØBENHAVN +  garden *** ");
        assert_eq!(t.tokens, vec!["Garden", "e", "mail", "KØBENHAVN"]);
        assert_eq!(t.symbols, vec!["+", "***"]);
        assert_eq!(
            t.fts5_query(),
            "\"Garden\"* AND \"e\"* AND \"mail\"* AND \"KØBENHAVN\"*"
        );
        assert_eq!(t.tsquery(), "'Garden':* & 'e':* & 'mail':* & 'KØBENHAVN':*");
        // Combining marks split words, as the index splits them.
        assert_eq!(SearchTerms::parse("cafe\u{301}s").tokens, vec!["cafe", "s"]);
        assert_eq!(SearchTerms::parse("").tokens, Vec::<String>::new());
    }
}
