//! The indicator catalog: every stable indicator code of DESIGN.md with
//! its kind, its meaning for the export and its evidence-based defaults
//! (weight, threshold, citation), written once.
//!
//! The one [`indicator_catalog!`](crate::indicator_catalog) invocation at the end of
//! this file generates [`IndicatorCode`] (its variants, serde names,
//! [`IndicatorCode::ALL`], [`IndicatorCode::as_str`] and
//! [`IndicatorCode::parse`]) and [`CATALOG`]. Other lists are derived from
//! it: the lexicon-decided codes (`indicators::analyze`, the codes of kind
//! [`IndicatorKind::Lexicon`]), the export's `indicator_meaning` and its
//! schema (review-cli). The shipped rules file
//! (`indicators/rules/default.toml`) holds the same defaults with the
//! explanation a reviewer reads; a test there keeps it equal to this
//! catalog. Codes are never renamed; new codes are added at the end.

use serde::{Deserialize, Serialize};

/// How an indicator is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// Per ad, from the phone numbers found (disguised writing).
    Phone,
    /// Per ad, from lexicon matches in the title and text (one lexicon
    /// file per language).
    Lexicon,
    /// Per ad, from the price against the site's median.
    Price,
    /// Across ads, by linking (shared numbers, templates, photos).
    Linking,
}

/// One entry of the catalog.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IndicatorInfo {
    /// The code.
    pub code: IndicatorCode,
    /// How it is decided.
    pub kind: IndicatorKind,
    /// Plain-words meaning (the export schema's description and docs/export.md).
    pub meaning: &'static str,
    /// Default weight added to the score when it fires (may be zero or negative).
    pub default_weight: f64,
    /// Default threshold: a minimum count of matches, or for `low_price` a
    /// fraction of the site median.
    pub threshold: f64,
    /// Where the evidence for the default weight comes from.
    pub citation: &'static str,
}

/// Generates [`IndicatorCode`] and [`CATALOG`] from one list of
/// `Variant = "code" { kind, weight, threshold, meaning, citation }`
/// entries (see the invocation at the end of `model/src/indicator.rs`).
#[macro_export]
#[doc(hidden)]
macro_rules! indicator_catalog {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $code:tt {
            kind: $kind:ident,
            weight: $weight:expr,
            threshold: $threshold:expr,
            meaning: $meaning:expr,
            citation: $citation:expr $(,)?
        }
    )*) => {
        /// The stable indicator codes of DESIGN.md. Other tools rely on these names.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum IndicatorCode {
            $(
                $(#[$doc])*
                #[serde(rename = $code)]
                $variant,
            )*
        }

        impl IndicatorCode {
            /// Every code, in DESIGN.md's order.
            pub const ALL: [IndicatorCode; [$($code),*].len()] = [$(IndicatorCode::$variant),*];

            /// The stable string code (as in DESIGN.md and the export).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(IndicatorCode::$variant => $code,)*
                }
            }
        }

        /// The catalog: one entry per code, in [`IndicatorCode::ALL`]'s order.
        pub const CATALOG: [IndicatorInfo; [$($code),*].len()] = [$(
            IndicatorInfo {
                code: IndicatorCode::$variant,
                kind: IndicatorKind::$kind,
                meaning: $meaning,
                default_weight: $weight,
                threshold: $threshold,
                citation: $citation,
            }
        ),*];
    };
}

impl IndicatorCode {
    /// Parses a stable string code.
    pub fn parse(code: &str) -> Option<IndicatorCode> {
        IndicatorCode::ALL.into_iter().find(|c| c.as_str() == code)
    }

    /// The code's catalog entry.
    pub fn info(self) -> &'static IndicatorInfo {
        // CATALOG is in ALL's order, which is the enum's.
        &CATALOG[self as usize]
    }

    /// How the indicator is decided.
    pub fn kind(self) -> IndicatorKind {
        self.info().kind
    }

    /// Plain-words meaning (the export schema's description).
    pub fn meaning(self) -> &'static str {
        self.info().meaning
    }

    /// The codes of one kind, in [`IndicatorCode::ALL`]'s order.
    pub fn of_kind(kind: IndicatorKind) -> impl Iterator<Item = IndicatorCode> {
        IndicatorCode::ALL
            .into_iter()
            .filter(move |c| c.kind() == kind)
    }
}

impl std::fmt::Display for IndicatorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

crate::indicator_catalog! {
    /// A phone number written to evade filters.
    ObfuscatedPhone = "obfuscated_phone" {
        kind: Phone,
        weight: 2.0,
        threshold: 1.0,
        meaning: "A phone number written to get past filters: number words, letters for digits, emoji or fullwidth digits, digits split by symbols or words. Found significantly associated with trafficking in published validation.",
        citation: "Lugo-Graulich et al., J. Human Trafficking 2024: obscured phone numbers significantly associated with trafficking cases.",
    }
    /// The same number appears in ads for different names, ages or photos.
    SharedPhone = "shared_phone" {
        kind: Linking,
        weight: 2.0,
        threshold: 1.0,
        meaning: "The same phone number appears in ads for different names, ages or photos: one number behind several women.",
        citation: "Polaris Project, 'The Typology of Modern Slavery' (2017) and CMM/Reden screening practice: one contact number behind several advertised persons is a sign of third-party control.",
    }
    /// The same number advertises in several cities within a short period.
    PhoneMultiCity = "phone_multi_city" {
        kind: Linking,
        weight: 1.5,
        threshold: 3.0,
        meaning: "The same phone number advertises in several cities within a short period (a circuit).",
        citation: "Ibanez & Suthers (2014), 'Detection of domestic human trafficking indicators and movement trends using content available on open internet sources': circuits across cities linked to trafficking networks.",
    }
    /// The ad is written about the woman by someone else.
    ThirdPerson = "third_person" {
        kind: Lexicon,
        weight: 2.0,
        threshold: 1.0,
        meaning: "The ad is written about the woman by someone else (\"she is\", \"hun er\"), not by herself.",
        citation: "Ibanez & Suthers (2014) and CMM screening practice: ads written in the third person suggest a third party writes and controls the ad.",
    }
    /// One ad offers several women.
    MultiplePersons = "multiple_persons" {
        kind: Lexicon,
        weight: 1.5,
        threshold: 1.0,
        meaning: "One ad offers several women (\"two girls\", \"new girls every week\").",
        citation: "Polaris Project, 'The Typology of Modern Slavery' (2017): several persons offered by one advertiser is a sign of a managed operation (not among the indicators validated by Lugo-Graulich et al. 2024; moderate weight).",
    }
    /// Youth language.
    YouthTerms = "youth_terms" {
        kind: Lexicon,
        weight: 1.5,
        threshold: 1.0,
        meaning: "Youth language (\"young\", \"fresh\", \"barely 18\"). Found significantly associated with trafficking in published validation.",
        citation: "Lugo-Graulich et al., J. Human Trafficking 2024: youth language significantly associated with trafficking cases.",
    }
    /// Ethnicity or nationality stated as a selling point.
    NationalityStated = "nationality_stated" {
        kind: Lexicon,
        weight: 1.0,
        threshold: 1.0,
        meaning: "Ethnicity or nationality stated as a selling point. Found significantly associated with trafficking in published validation.",
        citation: "Lugo-Graulich et al., J. Human Trafficking 2024: stated ethnicity/nationality significantly associated with trafficking cases.",
    }
    /// The text is a near duplicate of ads with other names or numbers.
    TextTemplate = "text_template" {
        kind: Linking,
        weight: 1.5,
        threshold: 1.0,
        meaning: "The text is a near duplicate of ads with other names or numbers (one template behind several ads).",
        citation: "Kejriwal & Szekely (2017), 'An investigative search engine for the human trafficking domain'; Li et al. (2018) 'Detection and characterization of human trafficking networks using unsupervised scalable text template matching'.",
    }
    /// A photo appears in ads with other names, numbers or cities.
    ImageReuse = "image_reuse" {
        kind: Linking,
        weight: 1.5,
        threshold: 1.0,
        meaning: "A photo (near duplicate) appears in ads with other names, numbers or cities.",
        citation: "Stylianou et al. (2017), 'TraffickCam: Crowdsourced and Computer Vision Based Approaches to Fighting Sex Trafficking'; Polaris Project, 'The Typology of Modern Slavery' (2017): reused photos across ads suggest a managed operation.",
    }
    /// "New in town" wording (informational).
    MovementTerms = "movement_terms" {
        kind: Lexicon,
        weight: -0.25,
        threshold: 1.0,
        meaning: "Movement wording (\"new in town\", \"only a few days\"). Informational: published evidence associates it with less trafficking, so it never raises the score (the default rules give it a small negative weight).",
        citation: "Lugo-Graulich et al., J. Human Trafficking 2024: movement wording associated with LESS trafficking (negative association), so it must not raise the score.",
    }
    /// Always available.
    Available247 = "available_24_7" {
        kind: Lexicon,
        weight: 0.5,
        threshold: 1.0,
        meaning: "Always available (\"24/7\").",
        citation: "Polaris Project, 'The Typology of Modern Slavery' (2017); Ibanez & Suthers (2014): round-the-clock availability listed among control indicators (weak evidence; low weight).",
    }
    /// Services without protection offered.
    RiskyServices = "risky_services" {
        kind: Lexicon,
        weight: 0.75,
        threshold: 1.0,
        meaning: "Services without protection offered.",
        citation: "Tong, Zadeh, Jones & Morency (2017), 'Combating Human Trafficking with Multimodal Deep Models'; NGO practice (Reden International): unprotected services as a risk sign (weak evidence; low weight).",
    }
    /// Price far below the site's median.
    LowPrice = "low_price" {
        kind: Price,
        weight: 1.0,
        threshold: 0.5,
        meaning: "Price far below the site's median.",
        citation: "Polaris Project, 'The Typology of Modern Slavery' (2017); Dubrawski et al. (2015) 'Leveraging publicly available data to discern patterns of human-trafficking activity': prices well below market as a risk sign.",
    }
    /// Emoji used as known codes.
    EmojiCodes = "emoji_codes" {
        kind: Lexicon,
        weight: 0.5,
        threshold: 1.0,
        meaning: "Emoji used as known codes (for example a cherry or a rose as price).",
        citation: "Practitioner guidance on coded emoji in commercial sex ads (NGO and law-enforcement training material); not validated in published outcome studies (weak evidence; low weight).",
    }
    /// "Trustworthy / professional" self-presentation (discreet, genuine,
    /// verified, safe).
    TrustworthyLanguage = "trustworthy_language" {
        kind: Lexicon,
        weight: 0.75,
        threshold: 1.0,
        meaning: "\"Trustworthy / professional\" self-presentation (discreet, genuine photos, verified, safe, no agency). Found significantly associated with trafficking in published validation.",
        citation: "Lugo-Graulich et al., J. Human Trafficking 2024 (validation on 1,263 ads with known case outcomes): 'trustworthy / professional' language significantly associated with trafficking cases; a common wording of independent ads too, hence a moderate weight.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_follows_the_enum() {
        for (i, c) in IndicatorCode::ALL.into_iter().enumerate() {
            assert_eq!(CATALOG[i].code, c);
            assert_eq!(c.info().code, c);
            assert_eq!(IndicatorCode::parse(c.as_str()), Some(c));
        }
        assert_eq!(IndicatorCode::Available247.as_str(), "available_24_7");
    }
}
