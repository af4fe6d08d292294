// Live reload for `dossier serve`, added to pages only by the preview server: reloads the tab
// after each good rebuild, and shows the content problems over the page after a bad one.
// Styles go through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
(function () {
  'use strict';
  var source = new EventSource('/__dossier/events');
  var overlay = null;

  source.addEventListener('reload', function () {
    window.location.reload();
  });

  source.addEventListener('problems', function (event) {
    show(JSON.parse(event.data));
  });

  function show(problems) {
    if (overlay) {
      overlay.remove();
    }
    overlay = document.createElement('div');
    overlay.id = 'dossier-problems';
    overlay.setAttribute('role', 'alert');
    var s = overlay.style;
    s.position = 'fixed';
    s.left = '0';
    s.right = '0';
    s.bottom = '0';
    s.maxHeight = '50vh';
    s.overflow = 'auto';
    s.margin = '0';
    s.padding = '1rem 1.5rem';
    s.background = '#fff4f2';
    s.color = '#5c0a00';
    s.borderTop = '4px solid #b3261e';
    s.font = '14px/1.5 monospace';
    s.zIndex = '2147483647';
    var title = document.createElement('p');
    title.textContent = 'La dernière modification ne se construit pas ; la page affichée est la dernière version valide.';
    title.style.fontWeight = 'bold';
    overlay.appendChild(title);
    var list = document.createElement('ul');
    problems.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }
})();
