//! The export document as Rust types: the contract of DESIGN.md ("Export to
//! CMM"), from which the committed JSON Schema (docs/export.schema.json) is
//! generated. Every field is always written (`null` or an empty list where
//! unknown, never an invented value). Fields may be added, never renamed.
//!
//! The doc comments here become the schema's descriptions, so they are
//! written for the analysts who receive the file.

use chrono::{DateTime, Utc};
use model::IndicatorCode;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The version of this document format. Raised only for changes that would
/// break a reader; added fields do not raise it.
pub const SCHEMA_VERSION: u32 = 1;

/// A full export: selected ads with their analysis, and the networks they belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportDocument {
    /// Version of this document format (currently 1).
    pub schema_version: u32,
    /// When the file was written (RFC 3339, UTC).
    pub generated_at: DateTime<Utc>,
    /// The program that wrote the file.
    pub generator: Generator,
    /// The selection a person chose for this export.
    pub query: ExportQuery,
    /// The selected ads, in ascending `ad_id` order.
    pub ads: Vec<ExportAd>,
    /// The possible networks that the selected ads belong to, in ascending `network_id` order.
    pub networks: Vec<ExportNetwork>,
}

/// The program that wrote the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Generator {
    /// Program name (`adscreen review`).
    pub name: String,
    /// Program version.
    pub version: String,
    /// Version of the indicator rules file of the most recent analysis in the
    /// database (null if nothing was analysed). Each ad also carries the rules
    /// version its own analysis used.
    pub rules_version: Option<String>,
}

/// The selection a person chose. Unset filters are null.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportQuery {
    /// `all` (every ad, `--all`), `ids` (explicit ad ids) or `filter`.
    pub selection: String,
    /// Review status the ads had (`referred` unless another was chosen; `any` for no status filter).
    pub status: Option<String>,
    /// Only this site.
    pub site: Option<String>,
    /// Only this city.
    pub city: Option<String>,
    /// Only this language (ISO 639-1).
    pub language: Option<String>,
    /// Only ads where this indicator fired.
    pub indicator: Option<String>,
    /// Only this network.
    pub network: Option<i64>,
    /// Only ads last seen on or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Only ads first seen on or before this time.
    pub until: Option<DateTime<Utc>>,
    /// Only ads with at least this score.
    pub min_score: Option<f64>,
    /// Words searched for in title and text (not shown in aggregate exports).
    pub search: Option<String>,
    /// Explicit ad ids asked for.
    pub ids: Vec<i64>,
    /// Whether ads already gone from their site were included.
    pub include_removed: bool,
    /// Whether phone numbers and poster ids are replaced by keyed hashes.
    pub pseudonymised: bool,
    /// Identifies the pseudonymisation key (not the key itself): hashes from
    /// two exports can be compared only when this is the same. Null when not pseudonymised.
    pub pseudonym_key_id: Option<String>,
    /// Whether this is an aggregate export (counts only).
    pub aggregate: bool,
}

/// An ad's normalised place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportPlace {
    /// Canonical city name ("Copenhagen"), or the place as written when unknown.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code; null when the place is unknown.
    pub country: Option<String>,
    /// Latitude in degrees (WGS 84); null when the place is unknown.
    pub lat: Option<f64>,
    /// Longitude in degrees (WGS 84); null when the place is unknown.
    pub lon: Option<f64>,
}

/// One ad as exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportAd {
    /// The ad's id in this database; stable for as long as the ad is kept.
    pub ad_id: i64,
    /// Where the ad was found.
    pub source: Source,
    /// First time the ad was seen by the crawler or an import (RFC 3339, UTC).
    pub first_seen: DateTime<Utc>,
    /// Last time the ad was seen on its site.
    pub last_seen: DateTime<Utc>,
    /// When the ad was found gone from its site; null while it is online.
    pub removed_at: Option<DateTime<Utc>>,
    /// When the site says the ad was posted, if it says.
    pub posted_at: Option<DateTime<Utc>>,
    /// Headline as written.
    pub title: Option<String>,
    /// Body text as written (in pseudonymised exports, phone numbers replaced by their hash).
    pub text: String,
    /// Name the ad advertises under, as written.
    pub name: Option<String>,
    /// Age as stated in the ad (not verified).
    pub age: Option<u32>,
    /// City or area as written.
    pub location: Option<String>,
    /// The place `location` names, normalised with the gazetteer (GeoNames):
    /// one canonical city however it is spelled ("Kbh", "København K" and
    /// "CPH" are all Copenhagen). An unknown place keeps its written name,
    /// with `country`, `lat` and `lon` null; null when the ad names no place.
    pub place: Option<Box<ExportPlace>>,
    /// Price as written.
    pub price: Option<String>,
    /// Main language of the text (ISO 639-1, `nb` for Norwegian); null if not analysed or unsure.
    pub language: Option<String>,
    /// Phone numbers found in the ad (text and phone field).
    pub phones: Vec<ExportPhone>,
    /// Images of the ad (address and perceptual hash; image contents are never stored).
    pub images: Vec<ExportImage>,
    /// Screening score: the sum of the weights of the indicators that fired
    /// (see `indicators`). Higher means look first. Null if not analysed.
    /// Not a probability and not an identification of a victim.
    pub score: Option<f64>,
    /// Version of the rules file used for this ad's analysis; null if not analysed.
    pub rules_version: Option<String>,
    /// Indicators that fired, each with why and the exact words.
    pub indicators: Vec<ExportIndicator>,
    /// Near-duplicate groups the ad belongs to.
    pub clusters: Clusters,
    /// The possible network (see `networks`) the ad belongs to; null if it is linked to no other ad.
    pub network_id: Option<i64>,
    /// Where the case stands with outreach staff.
    pub review: Review,
}

/// Where an ad was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// Name of the site (as configured in adscreen).
    pub site: String,
    /// Address of the ad (canonical: fragment and tracking parameters removed).
    pub url: String,
    /// The site's own id for the ad, if it shows one.
    pub external_id: Option<String>,
    /// The site's id for the poster's account, if it shows one (a keyed hash in pseudonymised exports).
    pub poster_id: Option<String>,
}

/// A phone number found in an ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportPhone {
    /// The number in international E.164 form (e.g. +4520123456); in
    /// pseudonymised exports a keyed hash `ph_…` that is the same for the same number.
    pub e164: String,
    /// The number exactly as written in the ad; in pseudonymised exports the same hash as `e164`.
    pub raw: String,
    /// True if the number was written to get past filters (number words,
    /// letters for digits, emoji, split digits) — itself an indicator.
    pub obfuscated: bool,
}

/// An image of an ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportImage {
    /// Address of the image on the site.
    pub url: String,
    /// 64-bit perceptual hash as 16 hex digits (similar photos have similar
    /// hashes); null if the image could not be fetched or read.
    pub phash: Option<String>,
}

/// One indicator that fired on an ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportIndicator {
    /// Stable code of the indicator.
    pub code: ExportIndicatorCode,
    /// Weight from the rules file, as added to the score (negative weights lower it).
    pub weight: f64,
    /// Why it fired, in plain words.
    pub explanation: String,
    /// The words of the ad (or, for indicators that compare ads, a
    /// description of the link) that made it fire.
    pub evidence: Vec<ExportEvidence>,
}

/// The words that made an indicator fire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportEvidence {
    /// Field of the ad the words are in (`title`, `text`, `name`, `age`, `location`, `phone`, `price`, `images`).
    pub field: String,
    /// Byte offset (UTF-8) where the words start in that field of this export.
    pub start: usize,
    /// Byte offset one past the end of the words.
    pub end: usize,
    /// The exact words, or for indicators that compare ads, a short description of the link.
    pub excerpt: String,
}

/// Near-duplicate groups of an ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Clusters {
    /// Group of ads with near-identical text (same template); null if none.
    pub text: Option<i64>,
    /// Group of ads sharing a near-identical photo; null if none.
    pub image: Option<i64>,
}

/// Review state of an ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Review {
    /// Current status: `new`, `needs_outreach`, `contacted`, `referred` or `dismissed`.
    pub status: String,
    /// Every status change and note, oldest first.
    pub events: Vec<ReviewEventOut>,
}

/// One status change or note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReviewEventOut {
    /// When (RFC 3339, UTC).
    pub at: DateTime<Utc>,
    /// Who (the reviewer's name).
    pub reviewer: String,
    /// `status` or `note`.
    pub kind: String,
    /// The new status, for status changes; null for notes.
    pub status: Option<String>,
    /// The note, if any.
    pub note: Option<String>,
}

/// A possible network: ads joined by a chain of shared phone numbers,
/// near-identical texts or reused photos. A possible network is a lead for
/// outreach, not a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExportNetwork {
    /// Stable id (the smallest member ad id when it was formed).
    pub network_id: i64,
    /// All member ads, ascending (members outside this export's selection included).
    pub ad_ids: Vec<i64>,
    /// Phone numbers of the members (E.164, or keyed hashes in pseudonymised
    /// exports); numbers on the block-list (a site's own number) left out.
    pub phones: Vec<String>,
    /// Cities of the members, as written.
    pub locations: Vec<String>,
    /// Names the members advertise under.
    pub names: Vec<String>,
    /// Earliest time a member was seen; null if unknown.
    pub first_seen: Option<DateTime<Utc>>,
    /// Latest time a member was seen; null if unknown.
    pub last_seen: Option<DateTime<Utc>>,
    /// Cities over time: each time the network was first seen in a new city.
    pub timeline: Vec<TimelineEntry>,
    /// Number of links of each kind among the members.
    pub link_counts: LinkCounts,
}

/// A network seen in a new city.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimelineEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// The city.
    pub location: String,
}

/// Links of each kind among a network's members.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LinkCounts {
    /// Pairs of ads sharing a phone number.
    pub phone: u64,
    /// Pairs of ads with near-identical text.
    pub text: u64,
    /// Pairs of ads sharing a near-identical photo.
    pub image: u64,
}

/// An indicator code, with its meaning in the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ExportIndicatorCode(pub IndicatorCode);

/// Plain-words meaning of each indicator code (the schema's descriptions
/// and docs/export.md), from the indicator catalog.
pub fn indicator_meaning(code: IndicatorCode) -> &'static str {
    code.meaning()
}

impl JsonSchema for ExportIndicatorCode {
    fn schema_name() -> Cow<'static, str> {
        "IndicatorCode".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = IndicatorCode::ALL.iter().map(|c| c.as_str()).collect();
        let one_of: Vec<serde_json::Value> = IndicatorCode::ALL
            .iter()
            .map(|c| serde_json::json!({ "const": c.as_str(), "description": indicator_meaning(*c) }))
            .collect();
        schemars::json_schema!({
            "description": "Stable indicator code. Codes are never renamed; new codes may be added.",
            "type": "string",
            "enum": codes,
            "oneOf": one_of,
        })
    }
}

/// An aggregate export: counts and trends only, no personal data (no URLs,
/// texts, names, phone numbers or images).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AggregateDocument {
    /// Version of this document format (currently 1).
    pub schema_version: u32,
    /// When the file was written (RFC 3339, UTC).
    pub generated_at: DateTime<Utc>,
    /// The program that wrote the file.
    pub generator: Generator,
    /// The selection counted.
    pub query: ExportQuery,
    /// Always true: marks a counts-only document.
    pub aggregate: bool,
    /// Cities with fewer ads than this are counted together as `(other)`.
    pub min_cell: u64,
    /// Totals over the selection.
    pub totals: AggregateTotals,
    /// Per ISO week in which ads appeared (`2026-W47`): the posting date the site gives, else when first seen; ascending.
    pub per_week: Vec<WeekCount>,
    /// Ads per site.
    pub per_site: BTreeMap<String, u64>,
    /// Ads per city as written (small cities folded into `(other)`, no city: `(unknown)`).
    pub per_city: BTreeMap<String, u64>,
    /// Ads per language (`(unknown)` when not identified).
    pub per_language: BTreeMap<String, u64>,
    /// Ads on which each indicator fired.
    pub per_indicator: BTreeMap<String, u64>,
    /// Ads per review status.
    pub per_status: BTreeMap<String, u64>,
}

/// Totals of an aggregate export.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AggregateTotals {
    /// Ads counted.
    pub ads: u64,
    /// Flagged ads: at least one indicator of positive weight fired.
    pub flagged: u64,
    /// Ads gone from their site.
    pub removed: u64,
    /// Ads that belong to a possible network.
    pub in_networks: u64,
    /// Distinct possible networks among them.
    pub networks: u64,
    /// Distinct phone numbers among them (a count only).
    pub phone_numbers: u64,
}

/// Counts for one week.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WeekCount {
    /// ISO week, e.g. `2026-W47`.
    pub week: String,
    /// Ads that appeared that week.
    pub new_ads: u64,
    /// Of those, flagged ads (at least one indicator of positive weight).
    pub flagged: u64,
    /// Of those, ads per indicator that fired.
    pub indicators: BTreeMap<String, u64>,
}

/// One line of a JSON Lines export (`--format jsonl`): a header line first,
/// then one line per ad (ascending id), one line per network, and an end line
/// with the counts (a file without the end line is incomplete).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum JsonlLine {
    /// First line: everything of the document except ads and networks.
    Header(JsonlHeader),
    /// One ad (the fields of an ad in the document).
    Ad(ExportAd),
    /// One network.
    Network(ExportNetwork),
    /// Last line.
    End(JsonlEnd),
}

/// The header line of a JSON Lines export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JsonlHeader {
    /// Version of this format (currently 1).
    pub schema_version: u32,
    /// When the file was written.
    pub generated_at: DateTime<Utc>,
    /// The program that wrote the file.
    pub generator: Generator,
    /// The selection.
    pub query: ExportQuery,
}

/// The end line of a JSON Lines export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JsonlEnd {
    /// Number of ad lines written.
    pub ads: u64,
    /// Number of network lines written.
    pub networks: u64,
}
