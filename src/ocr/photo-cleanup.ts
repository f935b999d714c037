/**
 * A photo of a screen is not a screenshot: sensor noise, blur, glare and a wallpaper around a small
 * dialog. Tesseract binarises the whole picture with one threshold, and on such a photo it finds no
 * text line at all (the glare and the wallpaper land on the text's side of the threshold, the noise
 * makes specks of every letter). This keeps what is shaped like text and nothing else: the darkness
 * of each pixel below its neighbourhood's background (a morphological closing, which follows glare
 * and gradients but not a stroke), less what the noise alone would give, stretched to full contrast.
 * Wallpaper, glare, icons and filled buttons (wider than a stroke) become white paper.
 */

/**
 * The sensor noise of a grey picture, as a standard deviation: from the median difference between
 * horizontal neighbours (text edges are too few to move a median). A screenshot has none, a JPEG
 * screenshot almost none (under 1.5), a phone photo of a screen 3 and more.
 */
export function noiseLevel(grey: Uint8Array, width: number): number {
  const counts = new Uint32Array(256);
  let n = 0;
  // Every seventh pair is plenty and cheap; a row's last pixel has no right neighbour.
  for (let i = 0; i + 1 < grey.length; i += 7) {
    if ((i + 1) % width === 0) continue;
    counts[Math.abs((grey[i] as number) - (grey[i + 1] as number))]++;
    n++;
  }
  let seen = 0;
  for (let d = 0; d < 256; d++) {
    seen += counts[d] as number;
    if (seen * 2 >= n) return (d * 1.4826) / Math.SQRT2;
  }
  return 0;
}

/** Noise from which a picture is treated as a photo of a screen (see `noiseLevel`). */
export const photoNoise = 2;

/**
 * Whether the text of a picture is light on dark: decided by the squares that hold text (strong
 * contrast within 16×16 pixels), by whether most of their pixels are nearer their light or dark end.
 * The picture's mean brightness misleads on a photo of a small light dialog over a dark wallpaper.
 */
export function lightOnDark(grey: Uint8Array, width: number, height: number): boolean {
  const side = 16;
  let lightPaper = 0;
  let darkPaper = 0;
  for (let by = 0; by + side <= height; by += side) {
    for (let bx = 0; bx + side <= width; bx += side) {
      let min = 255;
      let max = 0;
      let sum = 0;
      for (let y = by; y < by + side; y++) {
        for (let x = bx, i = y * width + bx; x < bx + side; x++, i++) {
          const v = grey[i] as number;
          if (v < min) min = v;
          if (v > max) max = v;
          sum += v;
        }
      }
      if (max - min < 60) continue;
      if (sum / (side * side) > (min + max) / 2) lightPaper++;
      else darkPaper++;
    }
  }
  return darkPaper > lightPaper;
}

/**
 * Dark-on-light text of a photo on white paper (see the file's comment), written into `out` (one byte a
 * pixel). `grey` is the picture, read inverted when `lightText` (a console photographed); `noise` is its
 * `noiseLevel`. Strokes up to about ten pixels wide survive.
 */
export function cleanPhoto(
  grey: Uint8Array,
  width: number,
  height: number,
  options: { noise: number; lightText: boolean; out: Uint8Array },
): void {
  // A photo is megapixels: one float buffer holds the light blur, then the paper (a closing of the
  // blur), then the ink below it; the blur is kept beside it in sixteenths of a grey level (exact, in
  // half the bytes of a float).
  const ink = new Float32Array(width * height);
  blur121(grey, width, height, options.lightText, ink);
  const smooth = new Uint16Array(ink.length);
  for (let i = 0; i < ink.length; i++) smooth[i] = (ink[i] as number) * 16;
  const radius = 5;
  extremeInPlace(ink, width, height, radius, 'max');
  extremeInPlace(ink, width, height, radius, 'min');
  // What the noise leaves in the smoothed picture below its paper: about three of its deviations.
  const floor = 3 * 0.5 * options.noise;
  for (let i = 0; i < ink.length; i++)
    ink[i] = Math.max(0, (ink[i] as number) - (smooth[i] as number) / 16 - floor);
  // Full contrast for the darkest strokes: the 99.5th percentile of what is left becomes black.
  const full = inkPercentile(ink, 0.995);
  const { out } = options;
  for (let i = 0; i < ink.length; i++)
    out[i] = 255 - Math.min(255, Math.round(((ink[i] as number) * 255) / full));
}

function inkPercentile(ink: Float32Array, q: number): number {
  const counts = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < ink.length; i += 5) {
    const v = ink[i] as number;
    if (v <= 0) continue;
    counts[Math.min(255, Math.round(v))]++;
    n++;
  }
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += counts[v] as number;
    if (seen >= q * n) return Math.max(v, 8);
  }
  return 255;
}

/**
 * A 3×3 blur with weights 1-2-1 on each axis into `out`, of the picture or (`invert`) of 255 less it; edges
 * repeat the border pixel. Its values are sixteenths of a grey level, exact in a float.
 */
function blur121(grey: Uint8Array, width: number, height: number, invert: boolean, out: Float32Array) {
  for (let y = 0; y < height; y++) {
    const r = y * width;
    for (let x = 0; x < width; x++) {
      const left = grey[r + Math.max(0, x - 1)] as number;
      const right = grey[r + Math.min(width - 1, x + 1)] as number;
      const v = (left + 2 * (grey[r + x] as number) + right) / 4;
      out[r + x] = invert ? 255 - v : v;
    }
  }
  // Down the columns in place: the row above is kept as it was before it was overwritten.
  const above = new Float32Array(width);
  const here = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    const r = y * width;
    here.set(out.subarray(r, r + width));
    if (y === 0) above.set(here);
    const below = y + 1 < height ? out.subarray(r + width, r + 2 * width) : here;
    for (let x = 0; x < width; x++)
      out[r + x] = ((above[x] as number) + 2 * (here[x] as number) + (below[x] as number)) / 4;
    above.set(here);
  }
}

/**
 * Replaces each pixel by the maximum (or minimum) over the (2r+1)² square around it, in constant time a
 * pixel (van Herk / Gil-Werman: running extremes over blocks of the window's size, forwards and
 * backwards), rows first, then columns; each line is copied out before it is written. Edges repeat the
 * border pixel.
 */
function extremeInPlace(image: Float32Array, width: number, height: number, r: number, kind: 'max' | 'min') {
  const sign = kind === 'max' ? 1 : -1;
  const line = new Float32Array(Math.max(width, height) + 2 * r);
  const fwd = new Float32Array(line.length);
  const bwd = new Float32Array(line.length);
  const result = new Float32Array(Math.max(width, height));
  for (let y = 0; y < height; y++) {
    for (let i = 0; i < width + 2 * r; i++)
      line[i] = sign * (image[y * width + Math.min(width - 1, Math.max(0, i - r))] as number);
    runningMax(line, width + 2 * r, r, fwd, bwd, result, width);
    for (let x = 0; x < width; x++) image[y * width + x] = sign * (result[x] as number);
  }
  for (let x = 0; x < width; x++) {
    for (let i = 0; i < height + 2 * r; i++)
      line[i] = sign * (image[Math.min(height - 1, Math.max(0, i - r)) * width + x] as number);
    runningMax(line, height + 2 * r, r, fwd, bwd, result, height);
    for (let y = 0; y < height; y++) image[y * width + x] = sign * (result[y] as number);
  }
}

/** `result[i]` = the maximum of `line[i .. i+2r]`, for the first `n` positions of a padded line. */
function runningMax(
  line: Float32Array,
  length: number,
  r: number,
  fwd: Float32Array,
  bwd: Float32Array,
  result: Float32Array,
  n: number,
) {
  const k = 2 * r + 1;
  for (let start = 0; start < length; start += k) {
    const end = Math.min(length, start + k);
    let m = -Infinity;
    for (let i = start; i < end; i++) {
      const v = line[i] as number;
      if (v > m) m = v;
      fwd[i] = m;
    }
    m = -Infinity;
    for (let i = end - 1; i >= start; i--) {
      const v = line[i] as number;
      if (v > m) m = v;
      bwd[i] = m;
    }
  }
  for (let i = 0; i < n; i++) result[i] = Math.max(bwd[i] as number, fwd[i + 2 * r] as number);
}
