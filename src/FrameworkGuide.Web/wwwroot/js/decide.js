// The decision helper: ticking a row updates the result at once (the server renders it, the
// same as without JavaScript), and the address bar always holds the shareable result URL.
// Where no server answers (a static export: the fetch brings back the page, not the fragment the
// live site marks with X-Decision-Result), the result is drawn here from the table itself, in the
// same markup as Views/Guides/_DecisionResult.cshtml; and a shared result address, which a static
// host answers with the plain page, has its rows ticked again from the query string.
(() => {
  "use strict";
  const form = document.querySelector("form.decision-form");
  const result = document.getElementById("decision-result");
  if (!form || !result) {
    return;
  }

  const base = form.dataset.resultUrl;
  const options = JSON.parse(form.dataset.options || "[]");
  const rows = Array.from(form.querySelectorAll("tbody tr"), (tr) => ({
    box: tr.querySelector("input[name=need]"),
    anchor: tr.id,
    need: tr.dataset.need || "",
    option: tr.dataset.option || null,
    reason: tr.querySelector("td[data-reason]"),
  })).filter((row) => row.box);
  let pending;
  let local = false;

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

  // An element with attributes (null ones left out) and children (strings become text).
  const element = (name, attributes, ...children) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) {
        node.setAttribute(key, value);
      }
    }

    node.append(...children);
    return node;
  };

  // As Uri.EscapeDataString: encodeURIComponent leaves !'()* as they are.
  const escapeData = (text) =>
    encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());

  const needs = (count) => count + (count === 1 ? " need" : " needs");
  const joinAnd = (names) =>
    names.length <= 2 ? names.join(" and ") : names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  const needLink = (row) => element("a", { href: "#" + row.anchor }, row.need);
  const reasonItem = (row) =>
    element("li", null, needLink(row), ": ", ...Array.from(row.reason ? row.reason.childNodes : [], (node) => node.cloneNode(true)));

  // The same parts, in the same order, as _DecisionResult.cshtml renders for these ticked rows.
  const draw = (ticked) => {
    if (ticked.length === 0) {
      return [
        element("h3", { id: "decision-result-title", class: "visually-hidden" }, "Your result"),
        element("p", { class: "result-empty" }, "No needs ticked yet. Tick the rows that describe your project, then show which option fits."),
      ];
    }

    const tallies = options
      .map((option) => ({ option, rows: ticked.filter((row) => row.option === option) }))
      .sort((a, b) => b.rows.length - a.rows.length);
    const top = tallies.length > 0 ? tallies[0].rows.length : 0;
    const leaders = top === 0 ? [] : tallies.filter((tally) => tally.rows.length === top).map((tally) => tally.option);
    const winner = leaders.length === 1 ? leaders[0] : null;
    const either = ticked.filter((row) => row.option === null);
    const verdict = winner !== null
      ? `${winner} fits ${top} of your ${needs(ticked.length)}`
      : leaders.length > 1
        ? `A tie: ${joinAnd(leaders)} each fit ${top} of your ${needs(ticked.length)}`
        : `Any of the options fits your ${needs(ticked.length)}`;

    const parts = [
      element("h3", { id: "decision-result-title", class: "result-verdict" }, verdict),
      element("ul", { class: "result-counts" }, ...tallies.map((tally) => element(
        "li",
        { class: tally.option === winner ? "result-count result-winner" : "result-count", "data-option": tally.option },
        element("span", { class: "pick" }, tally.option),
        ` ${tally.rows.length} of ${ticked.length}`))),
      ...tallies.filter((tally) => tally.rows.length > 0).map((tally) => element(
        "div",
        { class: "result-reasons", "data-option": tally.option },
        element("h4", null, "Why " + tally.option),
        element("ul", null, ...tally.rows.map(reasonItem)))),
    ];

    if (either.length > 0) {
      const one = either.length === 1;
      parts.push(element(
        "div",
        { class: "result-either" },
        element("h4", null, "Either way"),
        element("p", null, `${one ? "This need favours" : "These needs favour"} no option, so ${one ? "it does" : "they do"} not tip the balance:`),
        element("ul", null, ...either.map(reasonItem))));
    }

    if (leaders.length > 1) {
      const breakers = rows.filter((row) => !ticked.includes(row) && row.option !== null && leaders.includes(row.option));
      parts.push(element(
        "div",
        { class: "result-tie" },
        element("h4", null, "Breaking the tie"),
        ...(breakers.length > 0
          ? [
            element("p", null, "Ticking one more of these needs, if it describes your project, would tip the balance:"),
            element("ul", null, ...breakers.map((row) => element("li", null, needLink(row), " points to " + row.option))),
          ]
          : [element("p", null, `Every need that points to ${leaders.join(" or ")} is already ticked. Weigh which of your needs matters most, and read each option's “when it fits” section.`)])));
    }

    const query = ticked.length > 0 ? "?" + ticked.map((row) => "need=" + escapeData(row.box.value)).join("&") : "";
    parts.push(element(
      "p",
      { class: "result-share" },
      element("a", { class: "result-link", href: base + query }, "Link to this result"),
      " ",
      element("button", { type: "button", id: "copy-result", class: "button button-quiet", hidden: "" }, "Copy link to my result")));
    return parts;
  };

  const drawHere = () => {
    result.replaceChildren(...draw(rows.filter((row) => row.box.checked)));
    wireCopy();
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
    if (local) {
      drawHere();
      return;
    }

    pending = new AbortController();
    try {
      const response = await fetch(base + "?" + (query ? query + "&" : "") + "partial=1", { signal: pending.signal });
      if (response.ok && response.headers.get("X-Decision-Result") === "1") {
        result.innerHTML = await response.text();
        wireCopy();
      } else {
        local = true;
        drawHere();
      }
    } catch (error) {
      if (error.name !== "AbortError") {
        local = true;
        drawHere();
      }
    }
  };

  // A result address whose rows the page did not tick came from a static host: tick them here.
  const restore = () => {
    const wanted = new URLSearchParams(location.search).getAll("need");
    if (wanted.length === 0 || rows.some((row) => row.box.checked) || result.querySelector(".result-verdict")) {
      return false;
    }

    const found = rows.filter((row) => wanted.includes(row.box.value));
    for (const row of found) {
      row.box.checked = true;
    }

    return found.length > 0;
  };

  form.addEventListener("change", update);
  form.querySelector(".decision-actions").hidden = true;
  wireCopy();
  if (restore()) {
    local = true;
    update();
  }
})();
