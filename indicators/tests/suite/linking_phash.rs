//! Perceptual hashing: the imagehash `dhash` conformance vectors (same
//! algorithm and bit order as ours), robustness to re-encoding, resizing and
//! small crops, and refusal of decompression bombs.

use image::{DynamicImage, GenericImageView, ImageFormat};
use indicators::linking::phash::hash_decoded;
use indicators::linking::{hash_image, ImageError, ImageLimits, LinkConfig};
use std::io::Cursor;
use std::path::{Path, PathBuf};

fn conformance() -> Option<PathBuf> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/conformance"
    ));
    if dir.join("phash_vectors.jsonl").is_file() {
        Some(dir.to_path_buf())
    } else {
        println!(
            "SKIPPED: {} is absent; perceptual-hash conformance not run",
            dir.display()
        );
        None
    }
}

fn rows(dir: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("phash_vectors.jsonl")).expect("read vectors");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("vector row is JSON"))
        .collect()
}

fn load(dir: &Path, image: &str) -> (Vec<u8>, DynamicImage) {
    let bytes = std::fs::read(dir.join("phash").join(image)).expect("read image");
    let img = image::load_from_memory(&bytes).expect("decode image");
    (bytes, img)
}

fn encode(img: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    let img = DynamicImage::ImageRgb8(img.to_rgb8());
    img.write_to(&mut Cursor::new(&mut out), format)
        .expect("encode");
    out
}

/// PIL's `rotate(deg)`: counter-clockwise about the centre, same size,
/// nearest neighbour, black outside.
fn rotate(img: &DynamicImage, deg: f64) -> DynamicImage {
    let src = img.to_rgb8();
    let (w, h) = src.dimensions();
    let (cx, cy) = (w as f64 / 2.0, h as f64 / 2.0);
    let (s, c) = deg.to_radians().sin_cos();
    let out = image::RgbImage::from_fn(w, h, |x, y| {
        let (dx, dy) = (x as f64 + 0.5 - cx, y as f64 + 0.5 - cy);
        // Inverse mapping of a counter-clockwise rotation (y grows downwards).
        let sx = c * dx - s * dy + cx;
        let sy = s * dx + c * dy + cy;
        if sx >= 0.0 && sy >= 0.0 && (sx as u32) < w && (sy as u32) < h {
            *src.get_pixel(sx as u32, sy as u32)
        } else {
            image::Rgb([0, 0, 0])
        }
    });
    DynamicImage::ImageRgb8(out)
}

#[test]
fn imagehash_dhash_vectors() {
    let Some(dir) = conformance() else { return };
    let mut distances = Vec::new();
    for row in rows(&dir) {
        if row["algorithm"] != "imagehash.dhash" || row.get("expected_hex").is_none() {
            continue;
        }
        let image = row["image"].as_str().expect("image path");
        let want =
            u64::from_str_radix(row["expected_hex"].as_str().expect("hex"), 16).expect("hex");
        let (bytes, _) = load(&dir, image);
        let got = hash_image(&bytes, &ImageLimits::default()).expect("hash");
        let d = (got ^ want).count_ones();
        println!("{image}: got {got:016x} want {want:016x} distance {d}");
        distances.push(d);
    }
    assert!(
        distances.len() >= 18,
        "expected the 18 dhash vectors, found {}",
        distances.len()
    );
    let n = distances.len();
    let exact = distances.iter().filter(|&&d| d == 0).count();
    let near = distances
        .iter()
        .filter(|&&d| d <= LinkConfig::default().image_max_hamming)
        .count();
    println!(
        "dhash vectors: {exact}/{n} bit-exact, {near}/{n} within the linking threshold, max distance {}",
        distances.iter().max().unwrap()
    );
    // Pillow and the `image` crate resample and convert to grey slightly
    // differently, so a few bits may differ; a photo must still link to the
    // reference implementation's hash of it.
    assert_eq!(near, n, "distances {distances:?}");
}

#[test]
fn imagehash_dhash_rotation_properties() {
    let Some(dir) = conformance() else { return };
    let mut checked = 0;
    for row in rows(&dir) {
        if row["algorithm"] != "imagehash.dhash" || row["kind"] != "upstream_property" {
            continue;
        }
        let (_, img) = load(&dir, row["image"].as_str().expect("image"));
        let transform = row["transform"].as_str().expect("transform");
        let deg: f64 = transform
            .trim_start_matches("PIL rotate(")
            .trim_end_matches(')')
            .parse()
            .expect("angle");
        let d = (hash_decoded(&img) ^ hash_decoded(&rotate(&img, deg))).count_ones();
        let expected = row["expected"].as_str().expect("expected");
        let ok = match expected {
            "hamming<=10" => d <= 10,
            "hamming>10" => d > 10,
            other => panic!("unknown expectation {other}"),
        };
        println!("{transform}: distance {d}, expected {expected}");
        assert!(ok, "{transform}: distance {d}, expected {expected}");
        checked += 1;
    }
    assert_eq!(checked, 2);
}

#[test]
fn robust_to_reencoding_resizing_and_small_crops() {
    let Some(dir) = conformance() else { return };
    let threshold = LinkConfig::default().image_max_hamming;
    let images: Vec<String> = std::fs::read_dir(dir.join("phash/blockhash_testdata"))
        .expect("list images")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".jpg") || n.ends_with(".png"))
        .collect();
    assert!(images.len() >= 10);
    let mut worst = (0, String::new());
    let mut own = Vec::new();
    for name in &images {
        let (bytes, img) = load(&dir, &format!("blockhash_testdata/{name}"));
        let base = hash_image(&bytes, &ImageLimits::default()).expect("hash");
        own.push(base);
        let (w, h) = img.dimensions();
        let variants = [
            ("jpeg re-encode", encode(&img, ImageFormat::Jpeg)),
            (
                "half size",
                encode(
                    &img.resize_exact(w / 2, h / 2, image::imageops::FilterType::Triangle),
                    ImageFormat::Png,
                ),
            ),
            (
                "3% crop",
                encode(
                    &img.crop_imm(w * 3 / 200, h * 3 / 200, w - w * 3 / 100, h - h * 3 / 100),
                    ImageFormat::Png,
                ),
            ),
        ];
        for (what, v) in variants {
            let d = (hash_image(&v, &ImageLimits::default()).expect("hash variant") ^ base)
                .count_ones();
            if d > worst.0 {
                worst = (d, format!("{name} {what}"));
            }
            assert!(
                d <= threshold,
                "{name} after {what}: distance {d} > {threshold}"
            );
        }
    }
    println!(
        "worst distance after re-encoding/resizing/cropping: {} ({})",
        worst.0, worst.1
    );
    // Different photos should not link. One known exception: 00631701 and
    // 00631801 are two prints from one Getty series with the same mount and
    // framing (their 256-bit blockhashes differ in only 36 bits too).
    let mut close = Vec::new();
    for i in 0..own.len() {
        for j in i + 1..own.len() {
            let d = (own[i] ^ own[j]).count_ones();
            if d <= threshold {
                close.push(format!("{} ~ {} ({d} bits)", images[i], images[j]));
            }
        }
    }
    let pairs = own.len() * (own.len() - 1) / 2;
    println!(
        "distinct photos within the threshold: {} of {pairs} pairs {close:?}",
        close.len()
    );
    assert!(close.len() <= 1, "{close:?}");
    assert!(
        close
            .iter()
            .all(|c| c.contains("006317") && c.contains("006318")),
        "{close:?}"
    );
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn refuses_a_decompression_bomb_from_its_header() {
    // A valid tiny PNG whose header then claims 60,000 x 60,000 pixels.
    let img = DynamicImage::ImageRgb8(image::RgbImage::new(4, 4));
    let mut png = encode(&img, ImageFormat::Png);
    // IHDR data starts at byte 16 (8 signature + 4 length + 4 type).
    png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    match hash_image(&png, &ImageLimits::default()) {
        Err(ImageError::TooManyPixels { width, height, .. }) => {
            assert_eq!((width, height), (60_000, 60_000))
        }
        Err(ImageError::Decode(m)) => assert!(m.contains("limit") || m.contains("Limit"), "{m}"),
        other => panic!("bomb accepted: {other:?}"),
    }
}
