// Keeps the breach countdowns current between page loads. Each element carries the seconds
// left when the server rendered it (data-seconds-left) and its two wordings; the time that
// has passed since is measured by the page's own monotonic clock, so a browser whose clock
// differs from the server's (or a server on a shifted clock) shows the server's countdown.
// The server's text stays when scripts are off.
(function () {
  var loaded = performance.now();
  function update() {
    var passed = performance.now() - loaded;
    document.querySelectorAll('.countdown[data-seconds-left]').forEach(function (element) {
      var left = Number(element.dataset.secondsLeft) * 1000 - passed;
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
