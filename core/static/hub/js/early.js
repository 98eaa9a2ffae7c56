// Runs before the page is drawn (a blocking script in <head>, kept to one line): it tells the
// stylesheet that scripts run, so the narrow-screen header is laid out collapsed from the
// first paint instead of being collapsed by site.js afterwards, which made the page jump.
document.documentElement.classList.add("js");
