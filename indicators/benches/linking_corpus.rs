//! Linking throughput on a generated corpus, run by `bench/linking/run.sh`
//! (one measured run per invocation, so `/usr/bin/time -v` sees its peak
//! memory). Not a divan bench: at a million ads one run is the measurement.
//!
//! `cargo bench -p indicators --bench linking_corpus -- --ads 100000 [--seed 1] [--jsonl FILE]`
//! prints one JSON line: corpus size, seconds to generate and to link,
//! counts, and pairwise F1 against the planted truth. With `--jsonl` it
//! writes the corpus (one `LinkAd` per line) and the truth, and exits.

use fixtures::synth::{self, pairwise_scores, SynthConfig};
use indicators::linking::{LinkAd, LinkConfig, Linker};
use indicators::rules::Rules;
use std::io::Write;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let ads: usize = value("--ads")
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let seed: u64 = value("--seed").and_then(|v| v.parse().ok()).unwrap_or(1);

    let t0 = Instant::now();
    let corpus = synth::corpus(&SynthConfig {
        ads,
        seed,
        ..SynthConfig::default()
    });
    let generate_s = t0.elapsed().as_secs_f64();

    if let Some(path) = value("--jsonl") {
        let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("create {path}: {e}"));
        let mut out = std::io::BufWriter::new(file);
        for a in &corpus {
            let mut v = serde_json::to_value(&a.ad).expect("serialise ad");
            v["truth_network"] = serde_json::json!(a.network);
            v["truth_template"] = serde_json::json!(a.template);
            v["truth_photo"] = serde_json::json!(a.photo);
            writeln!(out, "{v}").expect("write corpus");
        }
        out.flush().expect("flush corpus");
        eprintln!("wrote {} ads to {path}", corpus.len());
        return;
    }

    // Keep the truth aside and move the ads out, so the corpus is held once.
    let truth_of = |f: fn(&synth::SynthAd) -> Option<u64>| -> Vec<(i64, Option<u64>)> {
        corpus.iter().map(|a| (a.ad.ad_id, f(a))).collect()
    };
    let (t_template, t_photo, t_network) = (
        truth_of(|a| a.template),
        truth_of(|a| a.photo),
        truth_of(|a| a.network),
    );
    let mut link_ads: Vec<LinkAd> = corpus.into_iter().map(|a| a.ad).collect();
    let rules = Rules::builtin();
    let cfg = LinkConfig::from_rules(&rules);
    let t1 = Instant::now();
    let mut linker = Linker::new(cfg);
    // Texts are dropped once linked, as a pipeline streaming from the store would.
    for chunk in link_ads.chunks_mut(16_384) {
        linker.add_batch(chunk);
        for a in chunk {
            a.text = String::new();
        }
    }
    let index_s = t1.elapsed().as_secs_f64();
    let t2 = Instant::now();
    let out = linker.outcome(&rules);
    let outcome_s = t2.elapsed().as_secs_f64();

    let text = pairwise_scores(&t_template, &out.text_cluster);
    let image = pairwise_scores(&t_photo, &out.image_cluster);
    let nets = pairwise_scores(&t_network, &out.network_of);
    println!(
        "{}",
        serde_json::json!({
            "ads": ads,
            "threads": std::thread::available_parallelism().map_or(1, |n| n.get()),
            "generate_s": generate_s,
            "index_s": index_s,
            "outcome_s": outcome_s,
            "link_s": index_s + outcome_s,
            "ads_per_s": ads as f64 / (index_s + outcome_s),
            "links": out.links.len(),
            "networks": out.networks.len(),
            "blocked_phones": out.blocked_phones.len(),
            "f1": { "text": text.f1, "image": image.f1, "network": nets.f1 },
        })
    );
}
