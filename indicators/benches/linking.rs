//! Linking hot paths: text fingerprints, one incremental `add` against a
//! populated index, a full rebuild of 10,000 ads, multi-index image queries
//! and perceptual hashing of an encoded photo.
//!
//! Run: `cargo bench -p indicators --bench linking`
//! (the 100,000 / 1,000,000-ad runs are `bench/linking/run.sh`).

use fixtures::synth::{self, SynthConfig};
use indicators::linking::{hash_image, link_all, ImageLimits, LinkAd, LinkConfig, Linker};
use indicators::rules::Rules;
use std::io::Cursor;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn corpus() -> &'static [LinkAd] {
    static ADS: OnceLock<Vec<LinkAd>> = OnceLock::new();
    ADS.get_or_init(|| {
        synth::corpus(&SynthConfig {
            ads: 11_000,
            seed: 3,
            ..SynthConfig::default()
        })
        .into_iter()
        .map(|a| a.ad)
        .collect()
    })
}

/// Normalising, shingling and MinHashing one ad of about 70 words.
#[divan::bench]
fn fingerprint_one_ad(bencher: divan::Bencher) {
    let linker = Linker::new(LinkConfig::default());
    let ads = corpus();
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % ads.len();
        divan::black_box(linker.fingerprint(&ads[i]))
    });
}

/// Linking one new ad (text, photo, phone) into an index of 10,000 ads
/// (exactly 1,000 new ads, one per iteration).
#[divan::bench(sample_count = 100, sample_size = 10)]
fn add_one_to_10k(bencher: divan::Bencher) {
    let ads = corpus();
    let mut linker = Linker::new(LinkConfig::default());
    linker.add_batch(&ads[..10_000]);
    let mut next = 10_000;
    bencher.bench_local(|| {
        if next < ads.len() {
            linker.add(&ads[next]).expect("new ad");
            next += 1;
        }
    });
}

/// A full rebuild of 10,000 ads: index, links, clusters, networks, hits.
#[divan::bench(sample_count = 10)]
fn link_all_10k(bencher: divan::Bencher) {
    let ads = &corpus()[..10_000];
    let rules = Rules::builtin();
    let cfg = LinkConfig::from_rules(&rules);
    bencher.bench(|| divan::black_box(link_all(ads, &cfg, &rules)));
}

/// Deriving the outcome (components, summaries, hits) of 10,000 indexed ads.
#[divan::bench(sample_count = 10)]
fn outcome_10k(bencher: divan::Bencher) {
    let rules = Rules::builtin();
    let mut linker = Linker::new(LinkConfig::from_rules(&rules));
    linker.add_batch(&corpus()[..10_000]);
    bencher.bench(|| divan::black_box(linker.outcome(&rules)));
}

/// Perceptual hash of a 640 x 480 JPEG (decode, grey, resize, dHash).
#[divan::bench]
fn hash_jpeg_640x480(bencher: divan::Bencher) {
    let img = image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([(x / 3) as u8, (y / 2) as u8, ((x * y) % 251) as u8])
    });
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .expect("encode");
    let limits = ImageLimits::default();
    bencher.bench(|| divan::black_box(hash_image(&jpeg, &limits)));
}
