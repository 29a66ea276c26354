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

use crate::filter::SearchTerms;
use crate::Result;

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

/// Migration 15: the kept per-ad trend contributions indexed by week, so
/// the Trends of a wide filter (a status, a date range) find the newest
/// selected week and read only the weeks they show
/// ([`Store::trends`](crate::Store::trends)); and the text index's word list
/// (an `fts5vocab` table: no storage of its own, read from the index), so a
/// search word is written as the words it begins (`Store::exact_search`).
/// In the schema rather than made per connection, so a read-only
/// connection can use it.
pub(crate) const MIGRATION_WEEKS_AND_WORDS: &str = "
CREATE INDEX ad_tally_week ON ad_tally (week);
CREATE VIRTUAL TABLE ads_fts_words USING fts5vocab('ads_fts', 'row');
";

/// The most indexed words one search word may stand for when the queue
/// looks each ad up in the index; past it the matches are listed instead.
const PROBE_WORDS: usize = 32;

/// A search of one word written with the indexed words it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Exact {
    /// The word begins no indexed word: nothing matches.
    Nothing,
    /// The FTS5 query of exact words (`"garden" OR "gardens"`), and how
    /// many ads at least have one of them.
    Query(String, i64),
    /// More than one word, or a word that begins too many words
    /// ([`PROBE_WORDS`]): the matches are listed.
    Listed,
}

impl crate::Store {
    /// A one-word search with the word replaced by the indexed words it
    /// begins. An FTS5 prefix query reads every matching word's list again
    /// for each ad it is asked about; exact words are looked up, so a common
    /// word's first queue page costs a lookup per ad walked instead of
    /// listing all its ads.
    pub(crate) fn exact_search(&self, terms: &SearchTerms) -> Result<Exact> {
        let [token] = terms.tokens.as_slice() else {
            return Ok(Exact::Listed);
        };
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT term, doc FROM ads_fts_words WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT {}",
                PROBE_WORDS + 1
            ))
            .map_err(|e| self.err(e))?;
        let words: Vec<(String, i64)> = stmt
            .query_map([token.to_lowercase()], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        if words.len() > PROBE_WORDS {
            return Ok(Exact::Listed);
        }
        let Some(most) = words.iter().map(|w| w.1).max().filter(|n| *n > 0) else {
            return Ok(Exact::Nothing);
        };
        let quoted: Vec<String> = words
            .iter()
            .map(|(w, _)| format!("\"{}\"", w.replace('"', "\"\"")))
            .collect();
        Ok(Exact::Query(quoted.join(" OR "), most))
    }
}

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
