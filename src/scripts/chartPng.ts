/**
 * Draws a chart's standalone SVG sheet (`/charts/<id>.svg`: title, chart, notes,
 * source, citation) into a PNG at 2× and downloads it. Loaded only when a reader
 * asks for a PNG. The Chinese text is drawn with the CJK font the site ships
 * (src/fonts), embedded into the sheet as a data URL: an SVG drawn as an image
 * may not load fonts from anywhere else, and the reader's own fonts must not matter.
 */
import fontUrl from "../fonts/NotoSansSC-Silver.otf?url";

/** Density of the PNG: the 600 px sheet becomes 1,200 px wide. */
export const PNG_SCALE = 2;
const EXPORT_FONT = "Noto Sans CJK SC";

let fontData: Promise<string> | undefined;

/** The shipped font as a data URL, fetched once per page. */
function loadFont(): Promise<string> {
  fontData ??= fetch(fontUrl)
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
  return fontData;
}

/** The sheet with the font declared inside it, as an image ready to draw. */
async function sheetImage(svgUrl: string): Promise<HTMLImageElement> {
  const [svg, font] = await Promise.all([
    fetch(svgUrl).then((r) => {
      if (!r.ok) throw new Error(`${svgUrl}: HTTP ${r.status}`);
      return r.text();
    }),
    loadFont(),
  ]);
  const face = `@font-face{font-family:"${EXPORT_FONT}";src:url(${font}) format("opentype")}`;
  const withFont = svg.replace("<style>", `<style>${face}`);
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([withFont], { type: "image/svg+xml" }));
  await image.decode();
  return image;
}

/** PNG bytes of the sheet at `svgUrl`, `PNG_SCALE` times its size. */
export async function sheetPng(svgUrl: string): Promise<Blob> {
  const image = await sheetImage(svgUrl);
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

/** Saves the PNG of the sheet at `svgUrl` as `<name>.png`. */
export async function downloadPng(svgUrl: string, name: string): Promise<void> {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await sheetPng(svgUrl));
  link.download = `${name}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
