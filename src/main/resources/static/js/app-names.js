// Suggests the names of hosted apps while a person types in the public request form.
// The form works without it: the name typed is checked when the request is sent.
(function () {
  var input = document.getElementById('app');
  var list = document.getElementById('app-names');
  if (!input || !list || !window.fetch) {
    return;
  }
  var pending;
  input.addEventListener('input', function () {
    clearTimeout(pending);
    var typed = input.value.trim();
    if (typed.length < 2 || typed.indexOf('/') >= 0) {
      return;
    }
    pending = setTimeout(function () {
      fetch('/api/v1/public/apps?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { names: [] }; })
        .then(function (body) {
          list.replaceChildren.apply(list, body.names.map(function (name) {
            var option = document.createElement('option');
            option.value = name;
            return option;
          }));
        })
        .catch(function () { /* suggestions are a convenience */ });
    }, 200);
  });
})();
