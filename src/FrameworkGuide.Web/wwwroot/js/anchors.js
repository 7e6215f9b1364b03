// Links shared before a heading was renamed still land: the guide's front matter maps old ids
// (fragments never reach the server) to the ids that replaced them.
(() => {
  "use strict";
  const moved = JSON.parse(document.currentScript.dataset.anchors || "{}");
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id) || !Object.hasOwn(moved, id)) {
      return;
    }

    const target = document.getElementById(moved[id]);
    if (target) {
      history.replaceState(null, "", "#" + encodeURIComponent(moved[id]));
      target.scrollIntoView();
    }
  };

  follow();
  window.addEventListener("hashchange", follow);
})();
