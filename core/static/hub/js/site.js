// Progressive enhancement for the site chrome: a collapsible menu on narrow screens.
// Everything works without this file.
document.documentElement.classList.add("js");

const toggle = document.querySelector(".site-header__toggle");
const nav = document.getElementById("site-nav");
if (toggle && nav) {
  const narrow = window.matchMedia("(max-width: 59.99em)");
  const apply = () => {
    toggle.hidden = !narrow.matches;
    const collapsed = narrow.matches && toggle.getAttribute("aria-expanded") !== "true";
    nav.dataset.collapsed = String(collapsed);
  };
  toggle.addEventListener("click", () => {
    const expanded = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!expanded));
    apply();
  });
  narrow.addEventListener("change", apply);
  apply();
}
