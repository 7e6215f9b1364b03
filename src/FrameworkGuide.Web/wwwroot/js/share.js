// Copy buttons beside each permalink: the full address goes on the clipboard, and a polite
// live region says so. Without JavaScript the "#" links work on their own.
(() => {
  "use strict";
  const links = document.querySelectorAll("a.permalink");
  if (links.length === 0 || !navigator.clipboard) {
    return;
  }

  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  status.setAttribute("role", "status");
  document.body.append(status);

  const canonical = document.querySelector("link[rel=canonical]")?.href || location.href.split("#")[0];
  const origin = new URL(canonical).origin;

  for (const link of links) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    const label = link.getAttribute("aria-label").replace(/^Link to this section: /, "");
    button.setAttribute("aria-label", "Copy link to " + label);
    button.addEventListener("click", async () => {
      const share = link.dataset.share;
      const url = share ? origin + share : canonical + link.getAttribute("href");
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = "Link copied: " + url;
        button.textContent = "Copied";
      } catch {
        status.textContent = "Could not copy the link. It is " + url;
      }
      setTimeout(() => { button.textContent = "Copy link"; }, 2000);
    });
    link.after(button);
  }
})();
