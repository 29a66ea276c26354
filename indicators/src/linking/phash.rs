//! Perceptual hashing of image bytes, with caps against decompression bombs.
//!
//! The hash is a 64-bit difference hash (dHash, `image_hasher`'s `Gradient`):
//! the grey image is resized (Lanczos3) to 9 x 8 and each bit says whether a
//! pixel is brighter than its left neighbour, row by row, first bit in the
//! most significant place, the same definition and bit order as Python
//! `imagehash.dhash` (so `format!("{:016x}")` reads like its hex strings).
//! It survives re-encoding, resizing and small crops with a few bits of
//! difference, and costs almost nothing once the image is decoded.
//!
//! Before decoding, the byte length is checked, then the dimensions are read
//! from the header and checked against the pixel caps, and the decoder runs
//! under `image::Limits` (so a file that lies in its header still cannot
//! allocate past the cap).

use image_hasher::{BitOrder, FilterType, HashAlg, HasherConfig};
use std::io::Cursor;

/// Caps applied before and while decoding an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageLimits {
    /// Largest encoded size accepted, in bytes (default 20 MiB).
    pub max_bytes: usize,
    /// Largest width or height accepted (default 12,000 pixels).
    pub max_side: u32,
    /// Largest width x height accepted (default 50 megapixels).
    pub max_pixels: u64,
    /// Largest allocation the decoder may make (default 256 MiB).
    pub max_alloc: u64,
}

impl Default for ImageLimits {
    fn default() -> Self {
        ImageLimits {
            max_bytes: 20 << 20,
            max_side: 12_000,
            max_pixels: 50_000_000,
            max_alloc: 256 << 20,
        }
    }
}

/// Why an image could not be hashed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImageError {
    /// The encoded image is larger than the byte cap.
    #[error("image is {bytes} bytes, more than the cap of {max} bytes")]
    TooManyBytes {
        /// Encoded size.
        bytes: usize,
        /// The cap.
        max: usize,
    },
    /// The header declares dimensions beyond the pixel caps.
    #[error("image header declares {width} x {height} pixels, beyond the caps ({max_side} per side, {max_pixels} in all)")]
    TooManyPixels {
        /// Declared width.
        width: u32,
        /// Declared height.
        height: u32,
        /// Per-side cap.
        max_side: u32,
        /// Total cap.
        max_pixels: u64,
    },
    /// The bytes are not an image in a supported format (PNG, JPEG, GIF, WebP).
    #[error("not an image in a supported format (PNG, JPEG, GIF, WebP)")]
    UnknownFormat,
    /// The image could not be decoded (corrupt, truncated, or over the
    /// decoder's allocation cap).
    #[error("cannot decode image: {0}")]
    Decode(String),
}

/// The 64-bit perceptual hash of an encoded image (see the module docs).
pub fn hash_image(bytes: &[u8], limits: &ImageLimits) -> Result<u64, ImageError> {
    if bytes.len() > limits.max_bytes {
        return Err(ImageError::TooManyBytes {
            bytes: bytes.len(),
            max: limits.max_bytes,
        });
    }
    let reader = || -> Result<image::ImageReader<Cursor<&[u8]>>, ImageError> {
        let mut r = image::ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| ImageError::Decode(e.to_string()))?;
        if r.format().is_none() {
            return Err(ImageError::UnknownFormat);
        }
        let mut l = image::Limits::default();
        l.max_image_width = Some(limits.max_side);
        l.max_image_height = Some(limits.max_side);
        l.max_alloc = Some(limits.max_alloc);
        r.limits(l);
        Ok(r)
    };
    let (width, height) = reader()?
        .into_dimensions()
        .map_err(|e| decode_error(e, limits))?;
    if width > limits.max_side
        || height > limits.max_side
        || u64::from(width) * u64::from(height) > limits.max_pixels
    {
        return Err(ImageError::TooManyPixels {
            width,
            height,
            max_side: limits.max_side,
            max_pixels: limits.max_pixels,
        });
    }
    let img = reader()?.decode().map_err(|e| decode_error(e, limits))?;
    Ok(hash_decoded(&img))
}

fn decode_error(e: image::ImageError, limits: &ImageLimits) -> ImageError {
    match e {
        image::ImageError::Unsupported(_) => ImageError::UnknownFormat,
        image::ImageError::Limits(l) => ImageError::Decode(format!(
            "{l} (caps: {} per side, {} bytes of memory)",
            limits.max_side, limits.max_alloc
        )),
        other => ImageError::Decode(other.to_string()),
    }
}

/// The 64-bit perceptual hash of a decoded image.
pub fn hash_decoded(img: &image::DynamicImage) -> u64 {
    let hasher = HasherConfig::new()
        .hash_size(8, 8)
        .hash_alg(HashAlg::Gradient)
        .resize_filter(FilterType::Lanczos3)
        .bit_order(BitOrder::MsbFirst)
        .to_hasher();
    let hash = hasher.hash_image(img);
    let mut b = [0u8; 8];
    let bytes = hash.as_bytes();
    b[..bytes.len().min(8)].copy_from_slice(&bytes[..bytes.len().min(8)]);
    u64::from_be_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([
                (x * 7 % 256) as u8,
                (y * 3 % 256) as u8,
                ((x + y) % 256) as u8,
            ])
        });
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .expect("encode png");
        out
    }

    #[test]
    fn hashes_a_png() {
        let h = hash_image(&png(64, 48), &ImageLimits::default()).expect("hash");
        assert_ne!(h, 0);
        assert_eq!(
            h,
            hash_image(&png(64, 48), &ImageLimits::default()).expect("hash")
        );
    }

    #[test]
    fn rejects_too_many_bytes_and_pixels_before_decoding() {
        let small = ImageLimits {
            max_bytes: 10,
            ..ImageLimits::default()
        };
        assert!(matches!(
            hash_image(&png(8, 8), &small),
            Err(ImageError::TooManyBytes { .. })
        ));
        let few_pixels = ImageLimits {
            max_pixels: 100,
            ..ImageLimits::default()
        };
        assert!(matches!(
            hash_image(&png(20, 20), &few_pixels),
            Err(ImageError::TooManyPixels {
                width: 20,
                height: 20,
                ..
            })
        ));
    }

    #[test]
    fn rejects_garbage() {
        assert!(matches!(
            hash_image(b"definitely not an image", &ImageLimits::default()),
            Err(ImageError::UnknownFormat)
        ));
        let mut truncated = png(32, 32);
        truncated.truncate(60);
        assert!(hash_image(&truncated, &ImageLimits::default()).is_err());
    }
}
