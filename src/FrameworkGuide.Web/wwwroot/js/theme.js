// Light or dark: the system's choice unless the reader picked one with the toggle, which is
// remembered. Loaded in the head (not deferred) so the page never flashes the wrong theme.
(() => {
  "use strict";
  const root = document.documentElement;
  const stored = (() => {
    try {
      return localStorage.getItem("theme");
    } catch {
      return null;
    }
  })();
  if (stored === "dark" || stored === "light") {
    root.dataset.theme = stored;
  }

  const isDark = () => (root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light")) === "dark";

  document.addEventListener("DOMContentLoaded", () => {
    const button = document.querySelector("button.theme-toggle");
    if (!button) {
      return;
    }

    const show = () => button.setAttribute("aria-pressed", String(isDark()));
    button.hidden = false;
    show();
    button.addEventListener("click", () => {
      root.dataset.theme = isDark() ? "light" : "dark";
      try {
        localStorage.setItem("theme", root.dataset.theme);
      } catch {
        // Private windows may refuse storage: the choice then lasts for this page.
      }

      show();
    });
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", show);
  });
})();
