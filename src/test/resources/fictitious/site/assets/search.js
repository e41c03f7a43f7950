// Offline search of the portal: looks through window.PORTAL_SEARCH (assets/search-index.js),
// in the browser, sending nothing anywhere. Accents and case do not matter: the query is
// folded the way the index was (lowercase, no diacritics, đ as d).
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!form || !input || !list || !window.PORTAL_SEARCH) {
    return;
  }
  document.getElementById('search-needs-script').hidden = true;
  form.hidden = false;
  var root = form.getAttribute('data-root') || '';
  function fold(text) {
    return text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }
  function search(query) {
    list.textContent = '';
    var words = fold(query).split(' ').filter(function (w) { return w.length > 0; });
    if (words.length === 0) {
      status.textContent = '';
      return;
    }
    var found = window.PORTAL_SEARCH.filter(function (entry) {
      return words.every(function (w) { return entry[4].indexOf(w) >= 0; });
    });
    found.slice(0, 100).forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + entry[1];
      link.textContent = entry[0];
      var kind = document.createElement('span');
      kind.className = 'meta';
      kind.textContent = ' · ' + entry[2];
      var snippet = document.createElement('p');
      snippet.textContent = entry[3];
      item.appendChild(link);
      item.appendChild(kind);
      item.appendChild(snippet);
      list.appendChild(item);
    });
    status.textContent = found.length === 0 ? status.getAttribute('data-none')
      : status.getAttribute('data-count').replace('{0}', String(found.length));
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(input.value);
  });
  input.addEventListener('input', function () { search(input.value); });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
    search(query);
  }
})();
