/**
 * Draws a chart's standalone SVG sheet (`/charts/<id>.svg`: title, chart, notes,
 * source, citation; or the same sheet carried in the page, for charts without a file)
 * into a PNG at 2× and downloads it. Loaded only when a reader
 * asks for a PNG. The Chinese text is drawn with the CJK font the site ships
 * (src/fonts), embedded into the sheet as a data URL: an SVG drawn as an image
 * may not load fonts from anywhere else, and the reader's own fonts must not matter.
 */
import coreUrl from "../fonts/NotoSansSC-Silver-Core.otf?url";
import extraUrl from "../fonts/NotoSansSC-Silver-Extra.otf?url";

/** Density of the PNG: the 600 px sheet becomes 1,200 px wide. */
export const PNG_SCALE = 2;
// The names the sheet's font stack gives the two parts (src/lib/charts/theme.ts).
const FONTS = [
  { family: "Noto Sans CJK SC", url: coreUrl },
  { family: "Noto Sans CJK SC Extra", url: extraUrl },
];

const fontData = new Map<string, Promise<string>>();

/** A shipped font file as a data URL, fetched once per page. */
function loadFont(fontUrl: string): Promise<string> {
  const cached = fontData.get(fontUrl);
  if (cached) return cached;
  const loading = fetch(fontUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`font: HTTP ${r.status}`);
      return r.blob();
    })
    .then(
      (blob) =>
        new Promise<string>((done, fail) => {
          const reader = new FileReader();
          reader.onload = () => done(reader.result as string); // readAsDataURL gives a string
          reader.onerror = () => fail(reader.error ?? new Error("font: read failed"));
          reader.readAsDataURL(new Blob([blob], { type: "font/otf" }));
        }),
    );
  fontData.set(fontUrl, loading);
  return loading;
}

/** The text of the sheet at `svgUrl`. */
async function fetchSheet(svgUrl: string): Promise<string> {
  const r = await fetch(svgUrl);
  if (!r.ok) throw new Error(`${svgUrl}: HTTP ${r.status}`);
  return r.text();
}

/** The sheet (its text, or loaded) with the font declared inside it, as an image ready to draw. */
async function sheetImage(sheet: string | Promise<string>): Promise<HTMLImageElement> {
  const [svg, ...fonts] = await Promise.all([sheet, ...FONTS.map((f) => loadFont(f.url))]);
  const faces = FONTS.map(
    (f, i) => `@font-face{font-family:"${f.family}";src:url(${fonts[i] ?? ""}) format("opentype")}`,
  );
  const withFont = svg.replace("<style>", `<style>${faces.join("")}`);
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([withFont], { type: "image/svg+xml" }));
  await image.decode();
  return image;
}

/** PNG bytes of the sheet (its text, or loaded), `PNG_SCALE` times its size. */
export async function sheetPng(sheet: string | Promise<string>): Promise<Blob> {
  const image = await sheetImage(sheet);
  try {
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * PNG_SCALE;
    canvas.height = image.naturalHeight * PNG_SCALE;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((b) => (b ? done(b) : fail(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(image.src);
  }
}

/** Saves the PNG of the sheet at `svgUrl` (or of the sheet text `svg`) as `<name>.png`. */
export async function downloadPng(svgUrl: string, name: string, svg?: string): Promise<void> {
  saveBlob(await sheetPng(svg ?? fetchSheet(svgUrl)), `${name}.png`);
}

/** Saves `blob` as the file `fileName`. */
function saveBlob(blob: Blob, fileName: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
