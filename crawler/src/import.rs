//! `crawler import`: reads ads in the JSON Lines input format of DESIGN.md
//! (see `docs/ad-input.schema.json`), one ad per line, streamed so that huge
//! files use little memory.
//!
//! A bad line is reported with its line number and skipped; the rest of the
//! file is still imported. Unknown fields are kept as extra data, never
//! rejected. Lines longer than [`MAX_LINE_BYTES`] are skipped whole.

use chrono::{DateTime, Utc};
use indicators::Ad;
use serde_json::{Map, Value};
use std::io::BufRead;

/// Longest accepted line (bytes).
pub const MAX_LINE_BYTES: usize = 4 * 1024 * 1024;

/// Fields of the input format that map onto [`Ad`].
const KNOWN: [&str; 13] = [
    "url",
    "site",
    "text",
    "title",
    "name",
    "age",
    "location",
    "posted_at",
    "phones",
    "images",
    "external_id",
    "poster_id",
    "price",
];

/// One problem with one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number.
    pub line: u64,
    /// What is wrong, naming the field.
    pub message: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// One item read from the file: an ad with its unknown fields, or an error.
pub type Item = Result<(Ad, Option<Value>), LineError>;

/// Streams items from a reader. I/O errors end the stream with an error item.
pub struct Lines<R> {
    reader: R,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    /// Wraps a buffered reader.
    pub fn new(reader: R) -> Lines<R> {
        Lines {
            reader,
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    /// Reads one physical line, at most MAX_LINE_BYTES kept; returns
    /// Ok(None) at EOF and Ok(Some(too_long)) otherwise.
    fn read_line(&mut self) -> std::io::Result<Option<bool>> {
        self.buf.clear();
        let mut too_long = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok(if self.buf.is_empty() && !too_long {
                    None
                } else {
                    Some(too_long)
                });
            }
            let (chunk, found) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (&available[..=i], true),
                None => (available, false),
            };
            let n = chunk.len();
            if !too_long {
                if self.buf.len() + n > MAX_LINE_BYTES + 1 {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(chunk);
                }
            }
            self.reader.consume(n);
            if found {
                return Ok(Some(too_long));
            }
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if self.done {
                return None;
            }
            let too_long = match self.read_line() {
                Ok(None) => return None,
                Ok(Some(t)) => t,
                Err(e) => {
                    self.done = true;
                    return Some(Err(LineError {
                        line: self.line + 1,
                        message: format!("cannot read the file: {e}"),
                    }));
                }
            };
            self.line += 1;
            if too_long {
                return Some(Err(LineError {
                    line: self.line,
                    message: format!("line is longer than {} bytes; skipped", MAX_LINE_BYTES),
                }));
            }
            let text = match std::str::from_utf8(&self.buf) {
                Ok(t) => t.trim(),
                Err(e) => {
                    return Some(Err(LineError {
                        line: self.line,
                        message: format!("not valid UTF-8 (byte {})", e.valid_up_to()),
                    }))
                }
            };
            if text.is_empty() {
                continue;
            }
            return Some(parse_line(text).map_err(|message| LineError {
                line: self.line,
                message,
            }));
        }
    }
}

/// Parses one JSON line into an ad and its unknown fields.
pub fn parse_line(text: &str) -> Result<(Ad, Option<Value>), String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(mut obj) = value else {
        return Err("expected a JSON object (one ad per line)".into());
    };
    let required = |obj: &Map<String, Value>, key: &str| -> Result<String, String> {
        match obj.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            Some(Value::String(_)) => Err(format!("field `{key}` is empty")),
            Some(other) => Err(format!(
                "field `{key}` must be a string, not {}",
                kind(other)
            )),
            None => Err(format!("missing required field `{key}`")),
        }
    };
    let url = required(&obj, "url")?;
    let site = required(&obj, "site")?;
    let text = match obj.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(format!(
                "field `text` must be a string, not {}",
                kind(other)
            ))
        }
        None => return Err("missing required field `text`".into()),
    };
    let opt_str = |key: &str| -> Result<Option<String>, String> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) if matches!(key, "external_id" | "poster_id" | "price") => {
                Ok(Some(n.to_string()))
            }
            Some(other) => Err(format!(
                "field `{key}` must be a string, not {}",
                kind(other)
            )),
        }
    };
    let str_list = |key: &str| -> Result<Vec<String>, String> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| match v {
                    Value::String(s) => Ok(s.clone()),
                    other => Err(format!(
                        "field `{key}[{i}]` must be a string, not {}",
                        kind(other)
                    )),
                })
                .collect(),
            Some(Value::String(s)) => Ok(vec![s.clone()]),
            Some(other) => Err(format!(
                "field `{key}` must be a list of strings, not {}",
                kind(other)
            )),
        }
    };
    let age = match obj.get("age") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => match n.as_u64() {
            Some(a) if a <= 150 => Some(a as u32),
            _ => {
                return Err(format!(
                    "field `age` must be a whole number of years, not {n}"
                ))
            }
        },
        Some(Value::String(s)) => match crate::extract::parse_age(s) {
            Some(a) => Some(a),
            None if s.trim().is_empty() => None,
            None => return Err(format!("field `age` `{s}` is not an age")),
        },
        Some(other) => return Err(format!("field `age` must be a number, not {}", kind(other))),
    };
    let posted_at = match opt_str("posted_at")? {
        None => None,
        Some(s) => Some(
            DateTime::parse_from_rfc3339(&s)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|e| format!("field `posted_at` `{s}` is not RFC 3339 ({e})"))?,
        ),
    };
    let images = str_list("images")?;
    for (i, img) in images.iter().enumerate() {
        if img.trim().is_empty() {
            return Err(format!("field `images[{i}]` is empty"));
        }
    }
    let ad = Ad {
        url: url.trim().to_string(),
        site: site.trim().to_string(),
        text,
        title: opt_str("title")?,
        name: opt_str("name")?,
        age,
        location: opt_str("location")?,
        posted_at,
        phones: str_list("phones")?,
        images,
        external_id: opt_str("external_id")?,
        poster_id: opt_str("poster_id")?,
        price: opt_str("price")?,
    };
    obj.retain(|k, _| !KNOWN.contains(&k.as_str()));
    let extra = (!obj.is_empty()).then_some(Value::Object(obj));
    Ok((ad, extra))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_bad_and_blank_lines() {
        let input = concat!(
            r#"{"url":"https://a.invalid/1","site":"a","text":"Hej","age":"23 år","extra_field":1}"#,
            "\n",
            "\n",
            r#"{"url":"https://a.invalid/2","site":"a"}"#,
            "\n",
            "{not json\n",
            r#"{"url":"https://a.invalid/3","site":"a","text":"x","posted_at":"yesterday"}"#,
            "\n",
            r#"{"url":"https://a.invalid/4","site":"a","text":"x","phones":["20 12 34 56"],"images":[5]}"#,
            "\n",
            r#"{"url":"https://a.invalid/5","site":"a","text":"last line without newline"}"#,
        );
        let items: Vec<Item> = Lines::new(input.as_bytes()).collect();
        assert_eq!(items.len(), 6);
        let (ad, extra) = items[0].as_ref().unwrap();
        assert_eq!(ad.age, Some(23));
        assert_eq!(extra.as_ref().unwrap()["extra_field"], 1);
        let errs: Vec<(u64, String)> = items
            .iter()
            .filter_map(|i| i.as_ref().err().map(|e| (e.line, e.message.clone())))
            .collect();
        assert_eq!(errs.iter().map(|e| e.0).collect::<Vec<_>>(), [3, 4, 5, 6]);
        assert!(errs[0].1.contains("`text`"));
        assert!(errs[2].1.contains("posted_at"));
        assert!(errs[3].1.contains("images[0]"));
        assert_eq!(items[5].as_ref().unwrap().0.url, "https://a.invalid/5");
    }

    #[test]
    fn overlong_line_is_skipped_and_reading_continues() {
        let mut input = vec![b'{'; MAX_LINE_BYTES + 10];
        input.push(b'\n');
        input.extend_from_slice(br#"{"url":"u","site":"s","text":"t"}"#);
        let items: Vec<Item> = Lines::new(&input[..]).collect();
        assert_eq!(items.len(), 2);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("longer than"));
        assert_eq!(items[1].as_ref().unwrap().0.url, "u");
    }
}
