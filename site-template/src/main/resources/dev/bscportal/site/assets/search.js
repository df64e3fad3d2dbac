// Client-side search over window.BSC_SEARCH_DOCS (search-index.js) with MiniSearch; works from file:// too.
(function () {
  'use strict';
  var docs = window.BSC_SEARCH_DOCS || [];
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var input = document.getElementById('q2');
  if (!status || !list || !window.MiniSearch) { return; }
  var root = document.querySelector('link[rel="stylesheet"]').getAttribute('href').replace(/assets\/site\.css$/, '');
  var index = new window.MiniSearch({
    fields: ['title', 'text', 'scorecard'],
    storeFields: ['title', 'path', 'kind', 'scorecard', 'text'],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 }
  });
  index.addAll(docs);

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) { at = lower.indexOf(terms[i].toLowerCase()); }
    var start = Math.max(0, at - 60);
    var cut = text.substr(start, 180);
    return (start > 0 ? '… ' : '') + cut + (start + 180 < text.length ? ' …' : '');
  }

  function show(query) {
    list.textContent = '';
    if (!query) { return; }
    var results = index.search(query);
    status.textContent = results.length
      ? status.getAttribute('data-results').replace('{0}', function () { return results.length; })
          .replace('{1}', function () { return query; })
      : status.getAttribute('data-none').replace('{0}', function () { return query; });
    results.slice(0, 50).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + r.path;
      a.textContent = r.title;
      li.appendChild(a);
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = r.kind + (r.scorecard ? ' · ' + r.scorecard : '');
      li.appendChild(kind);
      if (r.text) {
        var p = document.createElement('p');
        p.textContent = snippet(r.text, r.terms || []);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  var q = new URLSearchParams(window.location.search).get('q') || '';
  input.value = q;
  show(q.trim());
  input.addEventListener('input', function () { show(input.value.trim()); });
})();
