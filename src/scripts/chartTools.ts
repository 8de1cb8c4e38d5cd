/**
 * Shows each chart's "下载图片（PNG）" button (hidden without JavaScript, which
 * the PNG needs) and loads the PNG renderer only when one is pressed, so a page
 * carries a few hundred bytes until then. A chart without a sheet file of its own
 * (a sub-place comparison) carries its sheet in a `<template>` (`data-chart-sheet`
 * names it): its PNG is drawn from that, and its "下载 SVG" button saves it.
 */

/** The sheet text a button's chart carries in the page, if it has no file. */
function carriedSheet(button: HTMLButtonElement): string | undefined {
  const id = button.dataset["chartSheet"];
  const template = id ? document.getElementById(id) : null;
  return template instanceof HTMLTemplateElement
    ? (template.content.textContent ?? undefined)
    : undefined;
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-chart-svg]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(
      new Blob([carriedSheet(button) ?? ""], { type: "image/svg+xml" }),
    );
    link.download = `${button.dataset["name"] ?? "chart"}.svg`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-chart-png]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = "正在生成图片…";
    import("./chartPng.ts")
      .then(({ downloadPng }) =>
        downloadPng(
          button.dataset["chartPng"] ?? "",
          button.dataset["name"] ?? "chart",
          carriedSheet(button),
        ),
      )
      .catch((error: unknown) => {
        console.error(error);
        button.textContent = "图片生成失败，请下载 SVG";
      })
      .finally(() => {
        button.disabled = false;
        if (button.textContent === "正在生成图片…") button.textContent = label;
      });
  });
}
