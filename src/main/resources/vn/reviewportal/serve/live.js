// Injected by 'portal serve' only, never into a built site: reloads the page after each
// successful rebuild, and shows the problems of a failed one over the last good page.
(function () {
  'use strict';
  var box = null;
  function show(text) {
    if (!box) {
      box = document.createElement('div');
      box.id = 'portal-problems';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60%;overflow:auto;margin:0;' +
        'padding:1rem;background:#fff4f4;color:#222;border-top:4px solid #a4161a;z-index:99999;' +
        'font:14px/1.45 monospace;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = text;
  }
  function hide() {
    if (box) {
      box.remove();
      box = null;
    }
  }
  function status() {
    fetch('/__portal/status', {cache: 'no-store'})
      .then(function (r) { return r.json(); })
      .then(function (s) { if (s.ok) { hide(); } else { show(s.problems); } });
  }
  var events = new EventSource('/__portal/events');
  events.onmessage = function (e) {
    if (e.data === 'reload') {
      location.reload();
    } else {
      status();
    }
  };
  status();
})();
