//! `json:` selectors: an RFC 9535 JSONPath ([`serde_json_path`]) read
//! against a JSON response body, or against the JSON text of the elements
//! that `selectors.json_source` names (`script#__NEXT_DATA__`, JSON-LD).
//!
//! What a query gives: every string as it is, numbers and booleans written
//! out, arrays flattened into their members (so `$.ad.phones` and
//! `$.ad.phones[*]` give the same list); `null` and objects give nothing.

use serde_json::Value;
use serde_json_path::JsonPath;

/// The prefix that makes a selector a JSONPath.
pub const PREFIX: &str = "json:";

/// The JSONPath of a `json:` selector, or `None` for a CSS selector.
pub fn path_of(selector: &str) -> Option<&str> {
    selector.trim_start().strip_prefix(PREFIX).map(str::trim)
}

/// Compiles the JSONPath of a `json:` selector; the error says where and why.
pub fn compile(path: &str) -> Result<JsonPath, String> {
    JsonPath::parse(path).map_err(|e| format!("bad JSONPath `{path}`: {e}"))
}

/// Whether a body is JSON rather than markup: its first character (after a
/// byte order mark and white space) opens an object or an array.
pub fn looks_like_json(body: &str) -> bool {
    matches!(
        body.trim_start_matches('\u{feff}')
            .trim_start()
            .as_bytes()
            .first(),
        Some(b'{' | b'[')
    )
}

/// Every value `path` selects in `docs`, in document order.
pub fn values(path: &JsonPath, docs: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    for doc in docs {
        for v in path.query(doc).all() {
            push_scalars(v, &mut out);
        }
    }
    out
}

fn push_scalars(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Number(n) => out.push(n.to_string()),
        Value::Bool(b) => out.push(b.to_string()),
        Value::Array(items) => items.iter().for_each(|i| push_scalars(i, out)),
        Value::Null | Value::Object(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_and_sniffing() {
        assert_eq!(path_of("json: $.a "), Some("$.a"));
        assert_eq!(path_of("div.a@href"), None);
        assert!(looks_like_json("\u{feff}  {\"a\":1}"));
        assert!(looks_like_json("\n[1]"));
        assert!(!looks_like_json("<!doctype html>"));
    }

    #[test]
    fn values_flatten_arrays_and_skip_objects() {
        let doc: Value = serde_json::from_str(
            r#"{"ad":{"phones":["+45 1", "+45 2"],"age":24,"ok":true,"gone":null,"o":{"x":"y"}}}"#,
        )
        .unwrap();
        let q = |p: &str| values(&compile(p).unwrap(), std::slice::from_ref(&doc));
        assert_eq!(q("$.ad.phones"), ["+45 1", "+45 2"]);
        assert_eq!(q("$.ad.phones[*]"), ["+45 1", "+45 2"]);
        assert_eq!(q("$.ad.age"), ["24"]);
        assert_eq!(q("$.ad.ok"), ["true"]);
        assert!(q("$.ad.gone").is_empty());
        assert!(q("$.ad.o").is_empty());
        assert!(q("$.nothing").is_empty());
    }

    #[test]
    fn bad_paths_say_where() {
        let e = compile("$.items[").unwrap_err();
        assert!(e.contains("bad JSONPath `$.items[`"), "{e}");
        assert!(e.contains("position"), "{e}");
        assert!(compile("items").is_err(), "a path must start with $");
    }
}
