//! Embeds every lexicon file in `lexicons/` so that adding a language is
//! adding a file: no code names the languages. (The gazetteer is compiled by
//! the `places` crate's build script.)

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time: cargo sets it for every run, and a compiled-in path
    // goes stale when the build script binary is reused from another checkout.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("lexicons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("indicators/lexicons must exist")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("/// Built-in lexicons: (file stem, TOML text).\npub(crate) const BUILTIN_LEXICONS: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let stem = f
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 lexicon file name");
        writeln!(
            out,
            "    ({stem:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicons.rs");
    std::fs::write(dest, out).expect("write lexicons.rs");
}
