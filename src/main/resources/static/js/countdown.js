// Keeps the breach countdowns current between page loads: each element carries its deadline
// (data-deadline, ISO-8601) and its two wordings; the server's text stays when scripts are off.
(function () {
  function update() {
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (element) {
      var left = Date.parse(element.dataset.deadline) - Date.now();
      if (left <= 0) {
        element.textContent = element.dataset.late;
        element.classList.add('late');
        return;
      }
      var hours = Math.floor(left / 3600000);
      var minutes = Math.floor((left % 3600000) / 60000);
      element.textContent = element.dataset.left.replace('{0}', hours).replace('{1}', minutes);
    });
  }
  update();
  setInterval(update, 30000);
})();
