// The decision helper: ticking a row updates the result at once (the server renders it, the
// same as without JavaScript), and the address bar always holds the shareable result URL.
(() => {
  "use strict";
  const form = document.querySelector("form.decision-form");
  const result = document.getElementById("decision-result");
  if (!form || !result) {
    return;
  }

  const base = form.dataset.resultUrl;
  let pending;

  const wireCopy = () => {
    const button = document.getElementById("copy-result");
    const link = result.querySelector(".result-link");
    if (!button || !link || !navigator.clipboard) {
      return;
    }

    button.hidden = false;
    button.addEventListener("click", async () => {
      const url = new URL(link.getAttribute("href"), location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = "Link copied";
      } catch {
        button.textContent = "Could not copy: use the link beside";
      }
    });
  };

  const update = async () => {
    const params = new URLSearchParams();
    for (const box of form.querySelectorAll("input[name=need]")) {
      box.closest("tr").classList.toggle("ticked", box.checked);
      if (box.checked) {
        params.append("need", box.value);
      }
    }

    const query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch(base + "?" + (query ? query + "&" : "") + "partial=1", { signal: pending.signal });
      if (response.ok) {
        result.innerHTML = await response.text();
        wireCopy();
      }
    } catch (error) {
      if (error.name !== "AbortError") {
        form.submit();
      }
    }
  };

  form.addEventListener("change", update);
  form.querySelector(".decision-actions").hidden = true;
  wireCopy();
})();
