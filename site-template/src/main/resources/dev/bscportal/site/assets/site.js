// Progressive enhancements only; every page works without JavaScript.
(function () {
  'use strict';
  // Keep the query in the header search box when on the search page.
  var params = new URLSearchParams(window.location.search);
  var q = params.get('q');
  var box = document.getElementById('q');
  if (q && box) { box.value = q; }
})();
