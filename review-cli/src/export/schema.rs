//! The JSON Schema (draft 2020-12) of the export, generated from the types in
//! [`super::model`] and committed as `docs/export.schema.json` (a test keeps
//! the two equal; regenerate with
//! `UPDATE_EXPORT_SCHEMA=1 cargo test -p review-cli --test review export::committed_schema`).
//!
//! The root accepts either a full export ([`ExportDocument`]) or an aggregate
//! one ([`AggregateDocument`]); `$defs/JsonlLine` describes each line of a
//! JSON Lines export. Every property is required: the export always writes
//! every field, with `null` or `[]` where unknown. Extra properties are
//! allowed so that readers of schema version 1 keep working when fields are added.

use super::model::{AggregateDocument, ExportDocument, JsonlLine};
use schemars::generate::SchemaSettings;
use serde_json::{json, Map, Value};

/// The `$id` of the committed schema.
pub const SCHEMA_ID: &str = "https://adscreen.invalid/schemas/export-v1.schema.json";

/// The export schema as JSON.
pub fn export_schema() -> Value {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let full = generator.subschema_for::<ExportDocument>();
    let aggregate = generator.subschema_for::<AggregateDocument>();
    let _ = generator.subschema_for::<JsonlLine>();
    let mut defs: Map<String, Value> = generator.take_definitions(true).into_iter().collect();
    for def in defs.values_mut() {
        require_all(def);
    }
    if let Some(Value::Array(lines)) = defs.get_mut("JsonlLine").and_then(|d| d.get_mut("oneOf")) {
        for line in lines {
            if let Some(Value::Object(record)) = line.pointer_mut("/properties/record") {
                record.insert(
                    "description".into(),
                    json!("Which kind of line this is: `header` (first), `ad`, `network`, or `end` (last)."),
                );
            }
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "adscreen export",
        "description": "An export from adscreen's review tool to a national anti-trafficking centre: either a full export (selected ads with the indicators that fired, the exact words behind each, and their possible networks) or an aggregate export (counts and trends only). A flag is a reason to look, never an identification of a victim. See docs/export.md.",
        "oneOf": [full.to_value(), aggregate.to_value()],
        "$defs": defs,
    })
}

/// The schema as committed: pretty-printed with a final newline.
pub fn export_schema_text() -> String {
    let mut s = serde_json::to_string_pretty(&export_schema()).unwrap_or_default();
    s.push('\n');
    s
}

/// Makes every property of every object schema required (recursively):
/// the export always writes every field.
fn require_all(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                let names: Vec<Value> = props.keys().cloned().map(Value::String).collect();
                map.insert("required".into(), Value::Array(names));
            }
            for child in map.values_mut() {
                require_all(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(require_all),
        _ => {}
    }
}
