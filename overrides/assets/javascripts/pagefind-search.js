/*
 * Material's search box, driven by Pagefind (large builds only; docs/hooks.py decides).
 *
 * overrides/partials/search.html leaves the box unmounted by Material (no lunr worker,
 * no search_index.json). This script loads pagefind/pagefind.js on the first focus of
 * the input, queries it as the reader types and writes the results into Material's own
 * result list (.md-search-result__item), so the look is Material's. Pagefind fetches
 * only the index chunks and page fragments a query needs, from site/pagefind/.
 */
(function () {
  "use strict";
  var PAGE = 10; // results shown at once; a last item shows the next ten
  var root = document.querySelector('[data-qp-search="pagefind"]');
  if (!root) return;
  var input = root.querySelector(".md-search__input");
  var form = root.querySelector(".md-search__form");
  var meta = root.querySelector(".md-search-result__meta");
  var list = root.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var config = JSON.parse(document.getElementById("__config").textContent);
  var t = config.translations || {};
  // The site's root, from Material's relative base ("." or "../.."): works in a subfolder.
  var base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  var pagefind = null;
  var latest = 0;
  var asked = null; // the query last sent: input and keyup both fire for one change

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
        // Result URLs relative to the site's root, wherever it is served.
        return pf.options({ baseUrl: base.pathname }).then(function () {
          pf.init();
          return pf;
        });
      });
    }
    return pagefind;
  }

  function say(key, count) {
    meta.textContent = (t[key] || "").replace("#", String(count));
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = data.url;
    a.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    var h1 = document.createElement("h1");
    h1.textContent = (data.meta && data.meta.title) || data.url;
    var p = document.createElement("p");
    // Pagefind escapes the page text; the excerpt's only markup is <mark>.
    p.innerHTML = data.excerpt;
    article.append(icon, h1, p);
    a.append(article);
    li.append(a);
    return li;
  }

  // A last list item that loads the next results of the same search.
  function more(search, shown, mine) {
    var li = document.createElement("li");
    li.className = "md-search-result__item qp-search-more";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-search-result__link";
    var left = search.results.length - shown;
    button.textContent = "显示更多 Show " + Math.min(left, PAGE) + " more (" + left + " left)";
    button.addEventListener("click", function () {
      li.remove();
      show(search, shown, mine);
    });
    li.append(button);
    return li;
  }

  // Results shown .. shown + PAGE of a search, appended to the list.
  function show(search, shown, mine) {
    return Promise.all(
      search.results.slice(shown, shown + PAGE).map(function (r) {
        return r.data();
      })
    ).then(function (data) {
      if (mine !== latest) return;
      list.append.apply(list, data.map(item));
      var now = shown + data.length;
      if (now < search.results.length) list.append(more(search, now, mine));
    });
  }

  function query() {
    var q = input.value.trim();
    if (q === asked) return;
    asked = q;
    var mine = ++latest;
    if (!q) {
      list.replaceChildren();
      say("search.result.placeholder", 0);
      return;
    }
    load()
      .then(function (pf) {
        return pf.search(q);
      })
      .then(function (search) {
        if (mine !== latest) return null;
        var n = search.results.length;
        say(n === 0 ? "search.result.none" : n === 1 ? "search.result.one" : "search.result.other", n);
        list.replaceChildren();
        return show(search, 0, mine);
      })
      .catch(function (error) {
        meta.textContent = String(error);
      });
  }

  function open() {
    if (!toggle.checked) toggle.checked = true;
    load();
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  input.addEventListener("focus", open);
  input.addEventListener("input", query);
  input.addEventListener("keyup", query);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  form.addEventListener("reset", function () {
    setTimeout(query);
  });
  // The header's magnifier (a label for the toggle) opens the box: focus the input.
  toggle.addEventListener("change", function () {
    if (toggle.checked) input.focus();
  });
  document.addEventListener("keydown", function (e) {
    var typing = e.target instanceof HTMLElement && e.target.closest("input, textarea, select, [contenteditable]");
    if (e.key === "Escape" && toggle.checked) {
      close();
    } else if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && /^[fs/]$/.test(e.key)) {
      e.preventDefault();
      input.focus();
    } else if (toggle.checked && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      // Move between the results and the input, as Material's own search does.
      var links = Array.prototype.slice.call(list.querySelectorAll("a, button"));
      var at = links.indexOf(document.activeElement);
      var next = e.key === "ArrowDown" ? at + 1 : at - 1;
      e.preventDefault();
      if (next < 0) input.focus();
      else if (next < links.length) links[next].focus();
    }
  });
})();
