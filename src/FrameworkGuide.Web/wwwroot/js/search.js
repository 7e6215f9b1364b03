// Results as you type, on the search page only. Elsewhere the header's search box is a plain
// form: it goes to /search?q=… when submitted. Here the box asks for the results fragment
// (/search?q=…&partial=1) a moment after each keystroke, drops answers that a newer keystroke
// has overtaken, swaps the fragment into the live region and keeps the address bar in step.
(() => {
  "use strict";

  const region = document.getElementById("search-results");
  const form = document.querySelector("form.site-search");
  const input = form && form.querySelector("input[name='q']");
  if (!region || !input || !window.fetch || !window.AbortController) {
    return;
  }

  const delay = 150;
  const separator = " · ";
  const siteName = document.title.includes(separator)
    ? document.title.slice(document.title.lastIndexOf(separator))
    : "";
  let timer = 0;
  let pending = null;
  let shown = input.value.trim();

  function addressOf(query) {
    return query ? "/search?q=" + encodeURIComponent(query) : "/search";
  }

  async function show(query) {
    if (pending) {
      pending.abort();
    }

    const request = new AbortController();
    pending = request;
    region.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(addressOf(query) + (query ? "&" : "?") + "partial=1", {
        signal: request.signal,
        headers: { Accept: "text/html" },
      });
      if (!response.ok) {
        throw new Error("search answered " + response.status);
      }

      const html = await response.text();
      if (request.signal.aborted) {
        return;
      }

      // The fragment is the site's own encoded HTML; parsed detached, nothing in it runs.
      const fragment = new DOMParser().parseFromString(html, "text/html");
      region.replaceChildren(...Array.from(fragment.body.childNodes));
      shown = query;
      history.replaceState(history.state, "", addressOf(query));
      document.title = (query ? "Search: " + query : "Search") + siteName;
    } catch (error) {
      if (error.name !== "AbortError") {
        // The page still works without the script: load the results the ordinary way.
        window.location.assign(addressOf(query));
      }
    } finally {
      if (pending === request) {
        pending = null;
        region.removeAttribute("aria-busy");
      }
    }
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const query = input.value.trim();
      if (query !== shown) {
        show(query);
      }
    }, delay);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    show(input.value.trim());
  });
})();
