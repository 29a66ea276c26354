//! The lookup key of a place name, shared by the build script (which
//! compiles the gazetteer) and the lookup: lower case, diacritics dropped
//! (`ø` → `o`, `æ` → `ae`, `ß` → `ss`, `ł` → `l`), only letters and digits
//! kept, and a Danish/Norwegian `aa` read as `a` ("Aalborg" = "Ålborg").

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Writes the key of `name` into `out` (cleared first).
pub fn place_key(name: &str, out: &mut String) {
    out.clear();
    let mut last_a = false;
    let mut push = |c: char, out: &mut String| {
        if !c.is_alphanumeric() {
            return;
        }
        // "aa" is the old spelling of "å" (folded to "a").
        if c == 'a' && last_a {
            last_a = false;
            return;
        }
        last_a = c == 'a';
        out.push(c);
    };
    for c in name.chars() {
        match c {
            'ø' | 'Ø' => push('o', out),
            'æ' | 'Æ' => {
                push('a', out);
                push('e', out);
            }
            'œ' | 'Œ' => {
                push('o', out);
                push('e', out);
            }
            'ß' => {
                push('s', out);
                push('s', out);
            }
            'ł' | 'Ł' => push('l', out),
            'đ' | 'Đ' | 'ð' | 'Ð' => push('d', out),
            'þ' | 'Þ' => {
                push('t', out);
                push('h', out);
            }
            'ı' => push('i', out),
            c if c.is_ascii() => push(c.to_ascii_lowercase(), out),
            c => {
                for l in c.to_lowercase() {
                    decompose_canonical(l, |d| {
                        if !is_combining_mark(d) {
                            push(d, out);
                        }
                    });
                }
            }
        }
    }
}

/// A key with "ae", "oe" and "ue" read as one vowel, so "Nastved" finds
/// "Næstved" (key "naestved") and "Koln" finds "Koeln".
pub fn short_vowels(key: &str) -> String {
    key.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}
