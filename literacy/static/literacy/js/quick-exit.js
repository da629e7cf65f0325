// Quick exit (literacy/quick_exit.py): the link, or (not in the admin) Escape pressed three
// times within two seconds, replaces this page in the history with the neutral address, so the back button
// does not bring it back. Without JavaScript the link still leaves (a normal navigation).
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  function leave(event) {
    if (event) event.preventDefault();
    document.body.hidden = true; // nothing of the page shows while the next one loads
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  // Not in the Wagtail admin, where Escape closes dialogs (templates/wagtailadmin/base.html).
  if (link.hasAttribute("data-quick-exit-no-keys")) return;
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) leave(event);
  });
})();
