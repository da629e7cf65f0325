// The stylesheet bundle loads as media="print" so it does not hold up the first paint (the
// critical CSS is inline); once loaded it applies to the screen (literacy/static_bundle.py).
for (const link of document.querySelectorAll("link[data-stylesheet-swap]")) {
  const apply = () => { link.media = "all"; };
  if (link.sheet) apply(); else link.addEventListener("load", apply);
}
