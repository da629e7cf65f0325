// Signing out, or forgetting this device, deletes what this site kept on the phone
// (Clear-Site-Data), the offline queue included: answers given offline that have not
// reached the server yet would be lost without a word. So a sign-out form
// (data-sign-out, with the account's offline key) first asks the service worker how many
// of this account's forms still wait, and when some do, asks the learner to confirm.
// Without a service worker nothing can be queued, and the form goes as it is.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;

  function waiting(account) {
    var worker = navigator.serviceWorker.controller;
    if (!worker) return Promise.resolve(0);
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      // A worker that does not answer (an older one) must not keep anyone signed in.
      var timer = setTimeout(function () { resolve(0); }, 2000);
      channel.port1.onmessage = function (event) {
        clearTimeout(timer);
        resolve((event.data && event.data.waiting) || 0);
      };
      worker.postMessage({ type: "basira-waiting", account: account }, [channel.port2]);
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-sign-out]")) return;
    var account = form.getAttribute("data-account");
    if (!account || form.getAttribute("data-confirmed")) return;
    event.preventDefault();
    waiting(account).then(function (count) {
      if (count > 0 && !window.confirm(form.getAttribute("data-warning"))) return;
      form.setAttribute("data-confirmed", "1");
      form.submit();
    });
  });
})();
