//! The domain types that cross adscreen's crates: an [`Ad`] and its
//! fields, the stable [`IndicatorCode`]s, what analysis says about an ad
//! ([`AdAnalysis`] with its [`IndicatorHit`]s, [`Evidence`] and
//! [`PhoneMatch`]es), links and possible networks ([`LinkKind`],
//! [`NetworkSummary`]) and where a case stands in review
//! ([`ReviewStatus`], [`Target`]).
//!
//! The crate sits at the bottom of the workspace and holds data, not
//! behaviour: the crawler produces [`Ad`]s, the indicators analyse and link
//! them, the store keeps them, the review tool and export show them, and
//! none of these needs another's dependencies only to name a type.
//! `indicators` re-exports every type here, so `indicators::Ad` still works.
//!
//! # Layout
//! - [`ad`]: the ad and the names of its fields.
//! - [`indicator`]: the stable indicator codes.
//! - [`analysis`]: evidence, hits, phone matches, the per-ad analysis and
//!   the site context analysis takes.
//! - [`network`]: what linking takes of an ad, link kinds and counts,
//!   network summaries.
//! - [`review`]: review statuses and targets.
//!
//! # Example
//! ```
//! use model::{Ad, IndicatorCode};
//! let ad = Ad { url: "https://example.invalid/ad/1".into(), site: "example".into(),
//!               text: "Hun er ny i byen.".into(), ..Ad::default() };
//! assert_eq!(IndicatorCode::parse("third_person"), Some(IndicatorCode::ThirdPerson));
//! assert!(ad.title.is_none());
//! ```

pub mod ad;
pub mod analysis;
pub mod indicator;
pub mod network;
pub mod review;

pub use ad::{Ad, AdField};
pub use analysis::{AdAnalysis, Evidence, IndicatorHit, PhoneMatch, SiteContext};
pub use indicator::{IndicatorCode, IndicatorInfo, IndicatorKind, CATALOG};
pub use network::{LinkAd, LinkCounts, LinkKind, NetworkSummary};
pub use review::{ReviewStatus, Target};
