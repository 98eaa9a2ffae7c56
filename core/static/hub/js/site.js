// Progressive enhancement for the site chrome: a collapsible menu on narrow screens.
// Everything works without this file. The stylesheet lays the narrow header out collapsed
// from the first paint (early.js marks <html> with "js"); this only opens and closes it.
const toggle = document.querySelector(".site-header__toggle");
const nav = document.getElementById("site-nav");
if (toggle && nav) {
  toggle.addEventListener("click", () => {
    const expanded = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(expanded));
    nav.dataset.expanded = String(expanded);
  });
}
