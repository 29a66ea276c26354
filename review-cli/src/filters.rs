//! The one description of the queue's filters: each [`FilterField`] names
//! its command-line flag, its label in the interface, its value in
//! [`FilterArgs`] and its place in the TUI's filter form. The clap flags
//! (`FilterArgs`), the form, the filter summaries of the TUI and of
//! `review export`, and the store's [`ListFilter`] all follow this table; a
//! test keeps the clap flags equal to it.
//!
//! [`ListFilter`]: store::query::ListFilter

use crate::cli::FilterArgs;

/// One filter of the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterField {
    /// Words in title or text (`--search`).
    Search,
    /// Site (`--site`).
    Site,
    /// City (`--city`).
    City,
    /// Language (`--language`).
    Language,
    /// Indicator that fired (`--indicator`).
    Indicator,
    /// Review status (`--status`).
    Status,
    /// Seen on or after (`--since`).
    Since,
    /// First seen on or before (`--until`).
    Until,
    /// Minimum score (`--min-score`).
    MinScore,
    /// Network id (`--network`).
    Network,
}

impl FilterField {
    /// Every filter, in the order summaries list them.
    pub const ALL: [FilterField; 10] = [
        FilterField::Site,
        FilterField::City,
        FilterField::Language,
        FilterField::Indicator,
        FilterField::Status,
        FilterField::Since,
        FilterField::Until,
        FilterField::MinScore,
        FilterField::Network,
        FilterField::Search,
    ];

    /// The fields of the TUI's filter form, in order (the network is set
    /// from the network view, not typed).
    pub const FORM: [FilterField; 9] = [
        FilterField::Search,
        FilterField::Site,
        FilterField::City,
        FilterField::Language,
        FilterField::Indicator,
        FilterField::Status,
        FilterField::Since,
        FilterField::Until,
        FilterField::MinScore,
    ];

    /// The command-line flag, without `--`.
    pub fn flag(self) -> &'static str {
        match self {
            FilterField::Search => "search",
            FilterField::Site => "site",
            FilterField::City => "city",
            FilterField::Language => "language",
            FilterField::Indicator => "indicator",
            FilterField::Status => "status",
            FilterField::Since => "since",
            FilterField::Until => "until",
            FilterField::MinScore => "min-score",
            FilterField::Network => "network",
        }
    }

    /// The message key of its label.
    pub fn label_key(self) -> &'static str {
        match self {
            FilterField::Search => "filter-search",
            FilterField::Site => "filter-site",
            FilterField::City => "filter-city",
            FilterField::Language => "filter-language",
            FilterField::Indicator => "filter-indicator",
            FilterField::Status => "filter-status",
            FilterField::Since => "filter-since",
            FilterField::Until => "filter-until",
            FilterField::MinScore => "filter-min-score",
            FilterField::Network => "col-network",
        }
    }
}

impl FilterArgs {
    /// The value of `field` as typed (`None`: not set).
    pub fn get(&self, field: FilterField) -> Option<String> {
        match field {
            FilterField::Search => self.search.clone(),
            FilterField::Site => self.site.clone(),
            FilterField::City => self.city.clone(),
            FilterField::Language => self.language.clone(),
            FilterField::Indicator => self.indicator.clone(),
            FilterField::Status => self.status.clone(),
            FilterField::Since => self.since.clone(),
            FilterField::Until => self.until.clone(),
            FilterField::MinScore => self.min_score.map(|m| m.to_string()),
            FilterField::Network => self.network.map(|n| n.to_string()),
        }
    }

    /// Sets `field` from typed text (blank: unset). A number that does not
    /// parse is an error naming the field's flag.
    pub fn set(&mut self, field: FilterField, value: &str) -> Result<(), BadNumber> {
        let v = Some(value.trim().to_string()).filter(|s| !s.is_empty());
        // The number in `clean(text)` (a network may be written as shown, `#12`).
        fn number<T: std::str::FromStr>(
            field: FilterField,
            v: &Option<String>,
            clean: fn(&str) -> &str,
        ) -> Result<Option<T>, BadNumber> {
            v.as_deref()
                .map(|s| {
                    clean(s).parse::<T>().map_err(|_| BadNumber {
                        field,
                        given: s.to_string(),
                    })
                })
                .transpose()
        }
        match field {
            FilterField::Search => self.search = v,
            FilterField::Site => self.site = v,
            FilterField::City => self.city = v,
            FilterField::Language => self.language = v,
            FilterField::Indicator => self.indicator = v,
            FilterField::Status => self.status = v,
            FilterField::Since => self.since = v,
            FilterField::Until => self.until = v,
            FilterField::MinScore => self.min_score = number(field, &v, |s| s)?,
            FilterField::Network => {
                self.network = number(field, &v, |s| s.trim_start_matches('#'))?
            }
        }
        Ok(())
    }

    /// Whether any filter is set (removed ads in or out aside).
    pub fn is_empty(&self) -> bool {
        FilterField::ALL.iter().all(|f| self.get(*f).is_none())
    }
}

/// A number filter whose text is not a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadNumber {
    /// The field.
    pub field: FilterField,
    /// What was typed.
    pub given: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The clap flags of the filters are exactly the table's, so a filter
    /// added to one and not the other fails here.
    #[test]
    fn the_clap_flags_are_the_table() {
        let cmd = crate::cli::Cli::command();
        let list = cmd.find_subcommand("list").expect("review list");
        let mut flags: Vec<String> = list
            .get_arguments()
            .filter_map(|a| a.get_long().map(str::to_string))
            .filter(|l| {
                !["assignee", "limit", "offset", "json", "include-removed"].contains(&l.as_str())
            })
            .collect();
        flags.sort();
        let mut table: Vec<String> = FilterField::ALL
            .iter()
            .map(|f| f.flag().to_string())
            .collect();
        table.sort();
        assert_eq!(flags, table);
    }

    #[test]
    fn every_field_round_trips_through_its_text() {
        let mut a = FilterArgs::default();
        assert!(a.is_empty());
        let values = [
            "nattergal",
            "Odense",
            "da",
            "third_person",
            "new",
            "2026-11-01",
            "2026-11-30",
            "1.5",
            "7",
            "ring",
        ];
        for (f, v) in FilterField::ALL.iter().zip(values) {
            a.set(*f, v).unwrap();
            assert_eq!(a.get(*f).as_deref(), Some(v), "{f:?}");
        }
        assert!(!a.is_empty());
        assert_eq!(
            a.set(FilterField::MinScore, "lots"),
            Err(BadNumber {
                field: FilterField::MinScore,
                given: "lots".into()
            })
        );
        a.set(FilterField::Network, "#12").unwrap();
        assert_eq!(a.network, Some(12));
        for f in FilterField::ALL {
            a.set(f, "  ").unwrap();
        }
        assert!(a.is_empty());
    }
}
