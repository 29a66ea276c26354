//! Country words next to a number ("Thai number: 081 234 5633 (Thailand)",
//! "Polish WhatsApp 512 345 619", "rumensk nummer 0712 034 599"): the ad
//! says which country the number is from, so that country's region reads
//! it first, before the site's.
//!
//! Only a word right before the number (within [`BEFORE`] bytes, the nearest
//! one) or in parentheses right after it counts.

use crate::text::matcher::fold;

/// How far before a number a country word may stand, in bytes.
const BEFORE: usize = 32;
/// How far after a number a parenthesised country word may start, in bytes.
const AFTER: usize = 3;

/// Folded country names and adjectives (English, the eight languages and
/// the country's own), by region.
const WORDS: &[(&str, &[&str])] = &[
    (
        "TH",
        &[
            "thai",
            "thailand",
            "thailandsk",
            "thailandzki",
            "tailandes",
            "thailändisch",
        ],
    ),
    (
        "RO",
        &[
            "romania",
            "romanian",
            "rumensk",
            "rumaensk",
            "rumänsk",
            "rumanien",
            "rumänisch",
            "rumunski",
            "rumunia",
            "rumano",
            "romanesc",
            "romanesti",
            "romana",
        ],
    ),
    (
        "PL",
        &[
            "poland", "polish", "polsk", "polen", "polnisch", "polska", "polski", "polaco",
            "polonia",
        ],
    ),
    (
        "HU",
        &[
            "hungary",
            "hungarian",
            "ungarsk",
            "ungern",
            "ungarn",
            "ungarisch",
            "magyar",
            "węgierski",
            "hungaro",
        ],
    ),
    (
        "LT",
        &[
            "lithuania",
            "lithuanian",
            "litauisk",
            "litauen",
            "litauisch",
            "lietuviskas",
            "lietuva",
            "lituano",
        ],
    ),
    (
        "CO",
        &[
            "colombia",
            "colombian",
            "colombiano",
            "colombiana",
            "colombiansk",
        ],
    ),
    ("NG", &["nigeria", "nigerian", "naija", "nigeriansk"]),
    (
        "BG",
        &[
            "bulgaria",
            "bulgarian",
            "bulgarsk",
            "bulgarien",
            "bulgarisch",
            "bulgaro",
        ],
    ),
    (
        "UA",
        &[
            "ukraine",
            "ukrainian",
            "ukrainsk",
            "ukrainisch",
            "ukrainski",
            "ucraniano",
        ],
    ),
    (
        "BR",
        &[
            "brazil",
            "brazilian",
            "brasil",
            "brasiliansk",
            "brasileiro",
            "brasileira",
        ],
    ),
    (
        "SE",
        &[
            "sweden",
            "swedish",
            "svensk",
            "svenskt",
            "sverige",
            "schwedisch",
        ],
    ),
    (
        "NO",
        &["norway", "norwegian", "norsk", "norge", "norwegisch"],
    ),
    ("DK", &["denmark", "danish", "dansk", "danmark", "dänisch"]),
    (
        "DE",
        &[
            "germany",
            "german",
            "tysk",
            "tyskland",
            "deutsch",
            "deutsche",
            "deutschland",
            "niemiecki",
        ],
    ),
    (
        "ES",
        &[
            "spain", "spanish", "spansk", "spanien", "spanisch", "espana", "espanol",
        ],
    ),
    ("GB", &["british", "england", "english"]),
    (
        "FI",
        &["finland", "finnish", "finsk", "suomi", "suomalainen"],
    ),
];

/// The region a country word next to the number at `start..end` names.
pub(super) fn hinted_region(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let mut from = start.saturating_sub(BEFORE);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // The nearest country word before the number, unless a stop or a comma stands
    // between them ("Jeg er fra Polen. Ring 20 …").
    let before = &text[from..start];
    let mut found = None;
    let mut pos = 0;
    for w in before.split(|c: char| !c.is_alphabetic()) {
        let word_end = pos + w.len();
        if w.len() >= 4 {
            if let Some(r) = region_of(w) {
                let between = &before[word_end..];
                let stopped = between.contains([',', '.', ';', '!', '?']);
                found = (!stopped).then_some(r);
            }
        }
        // The separator after the word is one character.
        pos = word_end + before[word_end..].chars().next().map_or(0, char::len_utf8);
    }
    let after = &text[end..];
    if let Some(open) = after.find('(').filter(|&i| i <= AFTER) {
        let inside = &after[open + 1..];
        let word: String = inside.chars().take_while(|c| c.is_alphabetic()).collect();
        if let Some(r) = region_of(&word) {
            return Some(r);
        }
    }
    found
}

/// [`WORDS`] folded once, by folded word.
static FOLDED: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> =
    std::sync::LazyLock::new(|| {
        let mut m = std::collections::HashMap::new();
        for (r, ws) in WORDS {
            for w in *ws {
                // The first region listed for a word wins, as in a scan of WORDS.
                m.entry(fold(w)).or_insert(*r);
            }
        }
        m
    });

/// The longest word of [`WORDS`], in bytes: longer words are not looked up.
static LONGEST: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
    WORDS
        .iter()
        .flat_map(|(_, ws)| ws.iter().map(|w| w.len()))
        .max()
        .unwrap_or(0)
});

fn region_of(word: &str) -> Option<&'static str> {
    if word.len() > 2 * *LONGEST {
        return None;
    }
    FOLDED.get(&fold(word)).copied()
}

#[cfg(test)]
mod tests {
    use super::hinted_region;

    #[test]
    fn country_words_next_to_a_number() {
        let at = |t: &str, n: &str| {
            let start = t.find(n).unwrap();
            hinted_region(t, start, start + n.len())
        };
        assert_eq!(
            at("Thai nummer: 081 234 5633 (Thailand).", "081 234 5633"),
            Some("TH")
        );
        assert_eq!(at("Polish WhatsApp 512 345 619", "512 345 619"), Some("PL"));
        assert_eq!(
            at("rumensk nummer 0712 034 599", "0712 034 599"),
            Some("RO")
        );
        // A stop between the word and the number ends its reach.
        assert_eq!(
            at("Jeg er fra Polen. Ring 20 12 34 56", "20 12 34 56"),
            None
        );
        // Multi-byte letters right before the number.
        assert_eq!(
            at("en tur til Spanien. Skriv på 20 12 34 56", "20 12 34 56"),
            None
        );
        assert_eq!(at("Ring 20 12 34 56", "20 12 34 56"), None);
    }
}
