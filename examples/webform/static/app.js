// The web form's only script: the guidance of a question, fetched when its
// panel is opened; guidance search as you type; opening the guidance of a
// question linked to; confirming deletes; and the draft of the case form
// kept in the tab's session storage, so that going Back to a form (after a
// failed save, or by mistake) never loses what was typed. It builds every
// element with textContent, never from HTML.
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

  // ---- the draft of the case form ----
  //
  // While a case form is edited, its fields are copied to sessionStorage
  // (this tab only; gone when the tab closes) under the case and the
  // version the form started from. A form page loaded afresh with a draft
  // of its own restores it and says so; a saved case clears the drafts.
  (function drafts() {
    var form = document.getElementById('case-form');
    var store;
    try { store = window.sessionStorage; } catch (e) { return; }
    if (!store) { return; }
    if (document.getElementById('saved')) {
      // The save succeeded: no draft is needed any more.
      Object.keys(store).forEach(function (k) { if (k.indexOf('webform-draft:') === 0) { store.removeItem(k); } });
    }
    if (!form) { return; }
    var orig = form.elements.orig ? form.elements.orig.value : '';
    var version = form.elements.version ? form.elements.version.value : '';
    var key = 'webform-draft:' + (orig === '' ? 'new' : 'case:' + orig + ':' + version);
    var skip = { csrf: true, orig: true, version: true };

    function snapshot() {
      var out = [];
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || skip[el.name] || el.type === 'submit' || el.type === 'button') { return; }
        if (el.type === 'radio' || el.type === 'checkbox') {
          if (el.checked) { out.push([el.name, el.value]); }
          return;
        }
        out.push([el.name, el.value]);
      });
      return out;
    }

    function apply(pairs) {
      var values = {};
      pairs.forEach(function (p) { (values[p[0]] = values[p[0]] || []).push(p[1]); });
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || skip[el.name] || el.type === 'submit' || el.type === 'button' || el.type === 'hidden') { return; }
        var vs = values[el.name] || [];
        if (el.type === 'radio' || el.type === 'checkbox') {
          el.checked = vs.indexOf(el.value) >= 0;
        } else if (vs.length > 0) {
          el.value = vs[0];
        }
      });
    }

    var initial = JSON.stringify(snapshot());
    var posted = document.getElementById('errors'); // the server showed this form with what was posted
    var saved = null;
    try { saved = store.getItem(key); } catch (e) { /* storage refused */ }
    if (saved && !posted && saved !== initial) {
      try {
        apply(JSON.parse(saved));
        var note = document.createElement('div');
        note.className = 'notice draft-notice';
        note.id = 'draft-restored';
        note.setAttribute('role', 'status');
        var text = document.createElement('span');
        text.textContent = 'Your unsaved changes in this tab were restored. They are not saved yet.';
        var discard = document.createElement('button');
        discard.type = 'button';
        discard.id = 'draft-discard';
        discard.className = 'danger';
        discard.textContent = 'Discard them';
        discard.addEventListener('click', function () {
          store.removeItem(key);
          location.reload();
        });
        note.appendChild(text);
        note.appendChild(discard);
        form.parentNode.insertBefore(note, form);
      } catch (e) { store.removeItem(key); }
    }
    var timer = null;
    function keep() {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var now = JSON.stringify(snapshot());
        try {
          if (now === initial && !posted) { store.removeItem(key); } else { store.setItem(key, now); }
        } catch (e) { /* storage full or refused: the form still works */ }
      }, 150);
    }
    form.addEventListener('input', keep);
    form.addEventListener('change', keep);
    form.addEventListener('submit', function () {
      clearTimeout(timer);
      try { store.setItem(key, JSON.stringify(snapshot())); } catch (e) { /* as above */ }
    });
    if (posted) { keep(); }
  })();

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
