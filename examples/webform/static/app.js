// The web form's only script: the guidance of a question, fetched when its
// panel is opened; guidance search as you type; opening the guidance of a
// question linked to; and confirming deletes. It builds every element with
// textContent, never from HTML.
(function () {
  'use strict';

  // Build guidance blocks ({text} paragraphs, {items: [{text, sub}]} lists)
  // into the panel's body.
  function showGuidance(body, blocks) {
    var nodes = [];
    blocks.forEach(function (b) {
      if (!b.items) {
        var p = document.createElement('p');
        p.textContent = b.text;
        nodes.push(p);
        return;
      }
      var ul = document.createElement('ul');
      b.items.forEach(function (it) {
        var li = document.createElement('li');
        li.textContent = it.text;
        if (it.sub) {
          var sub = document.createElement('ul');
          it.sub.forEach(function (s) {
            var sli = document.createElement('li');
            sli.textContent = s;
            sub.appendChild(sli);
          });
          li.appendChild(sub);
        }
        ul.appendChild(li);
      });
      nodes.push(ul);
    });
    if (nodes.length === 0) {
      var none = document.createElement('p');
      none.className = 'none';
      none.textContent = 'No guidance for this question.';
      nodes.push(none);
    }
    body.replaceChildren.apply(body, nodes);
  }

  // Fetch a panel's guidance once; without it, the panel keeps its link to
  // the guidance's own page.
  function loadGuidance(d) {
    var id = d.getAttribute('data-guidance');
    if (!id || d.dataset.loaded) { return; }
    d.dataset.loaded = 'loading';
    fetch('/api/guidance/' + encodeURIComponent(id), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.statusText); } return r.json(); })
      .then(function (g) {
        showGuidance(d.querySelector('.guidance-body'), g.blocks);
        d.dataset.loaded = 'yes';
      })
      .catch(function () { delete d.dataset.loaded; });
  }
  // The toggle event does not bubble: listen in the capture phase.
  document.addEventListener('toggle', function (e) {
    var d = e.target;
    if (d.open && d.matches && d.matches('details[data-guidance]')) { loadGuidance(d); }
  }, true);

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
      if (h.number) {
        var num = document.createElement('strong');
        num.textContent = h.number + ' ';
        a.appendChild(num);
      }
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
