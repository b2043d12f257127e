// The web form's only script: guidance search as you type, opening the
// guidance of a question linked to, and confirming deletes. It builds every
// element with textContent, never from HTML.
(function () {
  'use strict';

  function openGuidance(el) {
    var d = el.querySelector('details.guidance');
    if (d) { d.open = true; }
  }

  function fromHash() {
    if (location.hash.length < 2) { return; }
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el) { openGuidance(el); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();

  document.querySelectorAll('form[data-confirm]').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      if (!window.confirm(f.getAttribute('data-confirm'))) { e.preventDefault(); }
    });
  });

  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  if (!input || !list) { return; }
  var timer = null;
  var seq = 0;

  function hide() { list.hidden = true; }

  function show(hits) {
    list.replaceChildren();
    if (hits.length === 0) {
      var none = document.createElement('li');
      none.className = 'none';
      none.textContent = 'No guidance matches.';
      list.appendChild(none);
    }
    hits.slice(0, 12).forEach(function (h) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      var onPage = document.getElementById('question-' + h.id) || document.getElementById('kq-' + h.id);
      a.href = onPage ? '#' + onPage.id : h.url;
      var id = document.createElement('strong');
      id.textContent = h.id + ' ';
      a.appendChild(id);
      a.appendChild(document.createTextNode(h.title));
      var ex = document.createElement('span');
      ex.className = 'excerpt';
      ex.textContent = h.excerpt;
      a.appendChild(ex);
      if (onPage) {
        a.addEventListener('click', function () { openGuidance(onPage); hide(); });
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
  }

  function search() {
    var q = input.value.trim();
    var mine = ++seq;
    if (q === '') { list.replaceChildren(); hide(); return; }
    fetch('/api/search?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (hits) { if (mine === seq) { show(hits); } })
      .catch(function () { /* the search page still works without this */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { hide(); }
  });
  document.addEventListener('click', function (e) {
    if (!list.contains(e.target) && e.target !== input) { hide(); }
  });
})();
