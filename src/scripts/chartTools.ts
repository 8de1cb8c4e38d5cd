/**
 * Shows each chart's "下载图片（PNG）" button (hidden without JavaScript, which
 * the PNG needs) and loads the PNG renderer only when one is pressed, so a page
 * carries a few hundred bytes until then.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-chart-png]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = "正在生成图片…";
    import("./chartPng.ts")
      .then(({ downloadPng }) =>
        downloadPng(button.dataset["chartPng"] ?? "", button.dataset["name"] ?? "chart"),
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
