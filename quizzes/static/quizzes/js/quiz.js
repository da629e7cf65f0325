// Small enhancements of the quiz form; the form works without them.
// - the submit button is disabled after the first click (the server is idempotent anyway);
// - a progress line counts the questions answered;
// - offline (a lesson read from the offline copy), the page says plainly that grading
//   needs the connection; with the offline worker the answers are queued on the phone and
//   sent when it returns, else they stay on the form.
(function () {
  "use strict";
  document.querySelectorAll("[data-quiz-form]").forEach(function (form) {
    var questions = form.querySelectorAll("[data-question]");
    var button = form.querySelector("[data-submit]");
    var progress = document.createElement("p");
    progress.className = "quiz__progress";
    progress.setAttribute("aria-live", "polite");
    var template = form.getAttribute("data-progress") || "{n} / {total}";
    // Digits as the server writes them (data-number-locale, literacy/formatting.py).
    var locale = form.getAttribute("data-number-locale") || undefined;
    function num(value) {
      try { return new Intl.NumberFormat(locale).format(value); } catch (e) { return String(value); }
    }

    function answered(question) {
      var inputs = question.querySelectorAll("input, select");
      var names = {};
      var done = {};
      inputs.forEach(function (input) {
        names[input.name] = true;
        if (((input.type === "radio" || input.type === "checkbox") && input.checked) ||
            (input.type !== "radio" && input.type !== "checkbox" && input.value.trim() !== "")) {
          done[input.name] = true;
        }
      });
      return Object.keys(names).every(function (name) { return done[name]; });
    }

    function update() {
      var n = 0;
      questions.forEach(function (q) { if (answered(q)) { n += 1; } });
      progress.textContent = template.replace("{n}", num(n)).replace("{total}", num(questions.length));
    }

    if (button && questions.length) {
      button.parentNode.insertBefore(progress, button);
      form.addEventListener("change", update);
      form.addEventListener("input", update);
      update();
    }
    var offline = document.createElement("p");
    offline.className = "quiz__offline";
    offline.setAttribute("role", "alert");
    offline.hidden = true;
    offline.textContent = form.getAttribute("data-offline") || "";
    form.appendChild(offline);
    window.addEventListener("online", function () { offline.hidden = true; });
    form.addEventListener("submit", function (event) {
      if (navigator.onLine === false) {
        event.preventDefault();
        offline.hidden = false;
        // With the offline worker (courses/js/offline.js), the answers wait on the phone
        // and go when the connection returns; grading stays on the server.
        if (window.basiraOffline) {
          window.basiraOffline.queue(form).then(function () {
            offline.textContent = form.getAttribute("data-offline-queued");
            if (button) { button.disabled = true; }
          }, function () {});
        }
        return;
      }
      offline.hidden = true;
      if (button) {
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  });
})();
