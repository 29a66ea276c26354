//! The stable indicator codes of DESIGN.md.

use serde::{Deserialize, Serialize};

/// The stable indicator codes of DESIGN.md. Other tools rely on these names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorCode {
    /// A phone number written to evade filters.
    ObfuscatedPhone,
    /// The same number appears in ads for different names, ages or photos.
    SharedPhone,
    /// The same number advertises in several cities within a short period.
    PhoneMultiCity,
    /// The ad is written about the woman by someone else.
    ThirdPerson,
    /// One ad offers several women.
    MultiplePersons,
    /// Youth language.
    YouthTerms,
    /// Ethnicity or nationality stated as a selling point.
    NationalityStated,
    /// The text is a near duplicate of ads with other names or numbers.
    TextTemplate,
    /// A photo appears in ads with other names, numbers or cities.
    ImageReuse,
    /// "New in town" wording (informational).
    MovementTerms,
    /// Always available.
    #[serde(rename = "available_24_7")]
    Available247,
    /// Services without protection offered.
    RiskyServices,
    /// Price far below the site's median.
    LowPrice,
    /// Emoji used as known codes.
    EmojiCodes,
    /// "Trustworthy / professional" self-presentation (discreet, genuine,
    /// verified, safe).
    TrustworthyLanguage,
}

impl IndicatorCode {
    /// Every code, in DESIGN.md's order.
    pub const ALL: [IndicatorCode; 15] = [
        IndicatorCode::ObfuscatedPhone,
        IndicatorCode::SharedPhone,
        IndicatorCode::PhoneMultiCity,
        IndicatorCode::ThirdPerson,
        IndicatorCode::MultiplePersons,
        IndicatorCode::YouthTerms,
        IndicatorCode::NationalityStated,
        IndicatorCode::TextTemplate,
        IndicatorCode::ImageReuse,
        IndicatorCode::MovementTerms,
        IndicatorCode::Available247,
        IndicatorCode::RiskyServices,
        IndicatorCode::LowPrice,
        IndicatorCode::EmojiCodes,
        IndicatorCode::TrustworthyLanguage,
    ];

    /// The stable string code (as in DESIGN.md and the export).
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorCode::ObfuscatedPhone => "obfuscated_phone",
            IndicatorCode::SharedPhone => "shared_phone",
            IndicatorCode::PhoneMultiCity => "phone_multi_city",
            IndicatorCode::ThirdPerson => "third_person",
            IndicatorCode::MultiplePersons => "multiple_persons",
            IndicatorCode::YouthTerms => "youth_terms",
            IndicatorCode::NationalityStated => "nationality_stated",
            IndicatorCode::TextTemplate => "text_template",
            IndicatorCode::ImageReuse => "image_reuse",
            IndicatorCode::MovementTerms => "movement_terms",
            IndicatorCode::Available247 => "available_24_7",
            IndicatorCode::RiskyServices => "risky_services",
            IndicatorCode::LowPrice => "low_price",
            IndicatorCode::EmojiCodes => "emoji_codes",
            IndicatorCode::TrustworthyLanguage => "trustworthy_language",
        }
    }

    /// Parses a stable string code.
    pub fn parse(code: &str) -> Option<IndicatorCode> {
        IndicatorCode::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl std::fmt::Display for IndicatorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
