// Development only: reloads the page when a save changes it, keeping the scroll position.
(() => {
  "use strict";
  const key = "frameworkguide:scroll:" + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.scrollTo(0, Number(saved));
  }

  const slug = document.currentScript.dataset.slug || "";
  const source = new EventSource("/_editor/events");
  source.addEventListener("reload", (event) => {
    const reloaded = JSON.parse(event.data);
    const changed = reloaded.slugs || [];
    if (slug === "" ? changed.length > 0 : changed.includes(slug)) {
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
    }
  });
})();
