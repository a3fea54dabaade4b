//! Link-preview images (1200x630 PNG) drawn from a role's facts at build time.

use super::values::{IMAGE_HEIGHT as HEIGHT, IMAGE_WIDTH as WIDTH};
use ab_glyph::{Font, FontRef, PxScale, ScaleFont};

const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

/// The light theme's accent and the ink on it (`src/theme.rs`).
const BG: [u8; 3] = rgb(role_quiz::theme::LIGHT.accent);
const INK: [u8; 3] = rgb(role_quiz::theme::LIGHT.accent_ink);

/// `#rrggbb` as bytes, at compile time (the palette is checked by `tests/render.rs`).
const fn rgb(hex: &str) -> [u8; 3] {
    let b = hex.as_bytes();
    const fn nibble(c: u8) -> u8 {
        match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            _ => 0,
        }
    }
    [
        nibble(b[1]) << 4 | nibble(b[2]),
        nibble(b[3]) << 4 | nibble(b[4]),
        nibble(b[5]) << 4 | nibble(b[6]),
    ]
}
const MARGIN: f32 = 72.0;
/// The logo's height on the image.
const LOGO_H: u32 = 64;

struct Canvas {
    px: Vec<u8>,
}

impl Canvas {
    fn new() -> Self {
        let mut px = Vec::with_capacity((WIDTH * HEIGHT * 3) as usize);
        for _ in 0..WIDTH * HEIGHT {
            px.extend_from_slice(&BG);
        }
        Canvas { px }
    }

    fn blend(&mut self, x: u32, y: u32, cover: f32) {
        if x >= WIDTH || y >= HEIGHT {
            return;
        }
        let i = ((y * WIDTH + x) * 3) as usize;
        for (px, ink) in self.px[i..i + 3].iter_mut().zip(INK) {
            let bg = f32::from(*px);
            *px = (bg + (f32::from(ink) - bg) * cover.clamp(0.0, 1.0)) as u8;
        }
    }

    /// Draws the recruiter's PNG logo, `LOGO_H` pixels tall, in the top right corner (nearest
    /// neighbour: a logo is flat colour, and no resampler is worth a dependency here).
    fn logo(&mut self, png_bytes: &[u8]) -> Result<(), String> {
        let mut dec = png::Decoder::new(std::io::Cursor::new(png_bytes));
        dec.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = dec.read_info().map_err(|e| format!("brand.logo: {e}"))?;
        let mut buf = vec![0; reader.output_buffer_size().ok_or("brand.logo: too large")?];
        let info = reader
            .next_frame(&mut buf)
            .map_err(|e| format!("brand.logo: {e}"))?;
        let channels = info.color_type.samples();
        let (w, h) = (info.width, info.height);
        if w == 0 || h == 0 || w > 4096 || h > 4096 {
            return Err("brand.logo: 1 to 4096 pixels a side".into());
        }
        let out_h = LOGO_H;
        let out_w = (w * out_h / h).clamp(1, WIDTH / 3);
        let left = WIDTH - MARGIN as u32 - out_w;
        for y in 0..out_h {
            for x in 0..out_w {
                let (sx, sy) = (x * w / out_w, y * h / out_h);
                let i = ((sy * w + sx) as usize) * channels;
                let Some(p) = buf.get(i..i + channels) else {
                    continue;
                };
                let (rgb, alpha) = match channels {
                    1 => ([p[0]; 3], 255),
                    2 => ([p[0]; 3], p[1]),
                    3 => ([p[0], p[1], p[2]], 255),
                    _ => ([p[0], p[1], p[2]], p[3]),
                };
                let at = (((MARGIN as u32 - 16 + y) * WIDTH + left + x) * 3) as usize;
                let a = f32::from(alpha) / 255.0;
                for (px, c) in self.px[at..at + 3].iter_mut().zip(rgb) {
                    *px = (f32::from(*px) * (1.0 - a) + f32::from(c) * a) as u8;
                }
            }
        }
        Ok(())
    }

    /// Draws `text` wrapped to the canvas width from `top`; returns the y below it.
    fn text(&mut self, font: &FontRef<'_>, size: f32, text: &str, top: f32) -> f32 {
        let scaled = font.as_scaled(PxScale::from(size));
        let max = WIDTH as f32 - 2.0 * MARGIN;
        let width =
            |s: &str| -> f32 { s.chars().map(|c| scaled.h_advance(font.glyph_id(c))).sum() };
        let mut lines: Vec<String> = Vec::new();
        for word in text.split_whitespace() {
            match lines.last_mut() {
                Some(line) if width(&format!("{line} {word}")) <= max => {
                    line.push(' ');
                    line.push_str(word);
                }
                _ => lines.push(word.to_string()),
            }
        }
        let line_height = size * 1.2;
        let mut y = top;
        for line in lines {
            let mut x = MARGIN;
            let baseline = y + scaled.ascent();
            for c in line.chars() {
                let id = font.glyph_id(c);
                let glyph = id.with_scale_and_position(size, ab_glyph::point(x, baseline));
                if let Some(outline) = font.outline_glyph(glyph) {
                    let b = outline.px_bounds();
                    outline.draw(|gx, gy, cover| {
                        let (px, py) = (
                            b.min.x as i64 + i64::from(gx),
                            b.min.y as i64 + i64::from(gy),
                        );
                        if px >= 0 && py >= 0 {
                            self.blend(px as u32, py as u32, cover);
                        }
                    });
                }
                x += scaled.h_advance(id);
            }
            y += line_height;
        }
        y
    }
}

/// A PNG with the quiz name, the role's title, its salary and the top of its career path.
pub fn image(
    kicker: &str,
    title: &str,
    salary_line: &str,
    footer: &str,
    logo: Option<&[u8]>,
) -> Result<Vec<u8>, String> {
    let bold = FontRef::try_from_slice(BOLD).map_err(|e| e.to_string())?;
    let regular = FontRef::try_from_slice(REGULAR).map_err(|e| e.to_string())?;
    let mut c = Canvas::new();
    if let Some(png_bytes) = logo {
        c.logo(png_bytes)?;
    }
    let y = c.text(&regular, 40.0, kicker, MARGIN);
    let y = c.text(&bold, 88.0, title, y + 36.0);
    c.text(&regular, 44.0, salary_line, y + 28.0);
    c.text(&regular, 34.0, footer, HEIGHT as f32 - MARGIN - 40.0);
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, WIDTH, HEIGHT);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::High);
        let mut w = enc.write_header().map_err(|e| e.to_string())?;
        w.write_image_data(&c.px).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `w`x`h` PNG of one colour, with alpha.
    fn png_of(w: u32, h: u32, rgba: [u8; 4]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, w, h);
            enc.set_color(png::ColorType::Rgba);
            enc.set_depth(png::BitDepth::Eight);
            let mut wr = enc.write_header().expect("header");
            wr.write_image_data(&rgba.repeat((w * h) as usize))
                .expect("data");
        }
        out
    }

    /// The RGB pixel at (x, y) of a PNG this module drew.
    fn pixel(png_bytes: &[u8], x: u32, y: u32) -> [u8; 3] {
        let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
            .read_info()
            .expect("png");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        reader.next_frame(&mut buf).expect("frame");
        let i = ((y * WIDTH + x) * 3) as usize;
        [buf[i], buf[i + 1], buf[i + 2]]
    }

    #[test]
    fn a_png_logo_is_drawn_top_right_and_a_broken_one_is_refused() {
        let logo = png_of(8, 4, [255, 0, 0, 255]);
        let img = image("k", "Title", "line", "footer", Some(&logo)).expect("image");
        // 64 px tall, twice as wide, right-aligned at the margin.
        let (right, top) = (WIDTH - MARGIN as u32 - 1, MARGIN as u32 - 16);
        assert_eq!(pixel(&img, right, top + 10), [255, 0, 0]);
        assert_eq!(pixel(&img, right - 127, top + 63), [255, 0, 0]);
        assert_eq!(
            pixel(&img, right - 129, top + 10),
            BG,
            "no wider than scaled"
        );
        // Transparent pixels leave the background.
        let clear = png_of(8, 4, [255, 0, 0, 0]);
        let img = image("k", "Title", "line", "footer", Some(&clear)).expect("image");
        assert_eq!(pixel(&img, right, top + 10), BG);
        assert!(image("k", "T", "l", "f", Some(b"not a png")).is_err());
    }
}
