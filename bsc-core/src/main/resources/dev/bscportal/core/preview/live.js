// Served only by bsc:serve, never part of the published site: reloads the page after a rebuild and shows
// problems as an overlay while the last good site stays on screen.
(function () {
  'use strict';
  var overlay = null;
  function show(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'bsc-preview-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:99999;' +
        'background:#7f1d1d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:12px 16px;box-shadow:0 -4px 16px rgba(0,0,0,.3)';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('strong');
    title.textContent = 'The strategy has errors; this is the last good build.';
    overlay.appendChild(title);
    problems.forEach(function (p) {
      var line = document.createElement('div');
      line.textContent = p;
      overlay.appendChild(line);
    });
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var events = new EventSource('/__bsc/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('ok', hide);
})();
