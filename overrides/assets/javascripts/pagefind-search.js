/*
 * Material's search box, driven by Pagefind.
 *
 * overrides/partials/search.html leaves the box unmounted by Material (the site has no
 * lunr search). This script loads pagefind/pagefind.js on the first focus of the input,
 * queries it as the reader types and writes the results into Material's own result list
 * (.md-search-result__item), so the look is Material's. Pagefind fetches only the index
 * chunks and page fragments a query needs, from site/pagefind/.
 *
 * The index is built from search documents (qualityplans.site.search): Chinese is indexed
 * as overlapping character pairs (each written as a number), so a query is turned into
 * pairs the same way here, and
 * a page is kept only where the pairs of each query word stand side by side (电梯 never
 * finds 电子; 质量 is found inside 产品质量). Results are ordered by the page's tier
 * (records, measures, listings, transcriptions, developer pages), then by Pagefind's score. The
 * snippet is cut from the page's readable text (its `text` metadata) around the first
 * match, with labels already left out by the build.
 */
(function () {
  "use strict";
  var PAGE = 10; // results shown at once; a last item shows the next ten
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  var SNIPPET = 110; // characters of a snippet
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
  var tiers = null;
  var latest = 0;
  var asked = null; // the query last sent: input and keyup both fire for one change

  function load() {
    if (!pagefind) {
      tierRanks();
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

  // Each page's tier as a rank (pagefind/qp-tiers.json, written by the build: the pages of
  // the default tier are not listed).
  function tierRanks() {
    if (!tiers) {
      tiers = fetch(new URL("pagefind/qp-tiers.json", base).href)
        .then(function (response) {
          return response.json();
        })
        .then(function (data) {
          return { pages: new Map(Object.entries(data.pages)), fallback: data["default"] };
        });
    }
    return tiers;
  }

  // A Han character as the index writes it (qualityplans.site.search.pair_code): its code
  // point as five decimal digits.
  function code(char) {
    return String(char.codePointAt(0)).padStart(5, "0");
  }

  // The query as Pagefind terms (Han runs as overlapping pairs), the number of pairs that
  // must stand side by side for each Chinese word, and the words to mark in snippets.
  function parse(q) {
    var terms = [];
    var phrases = [];
    var needles = [];
    q.split(/\s+/).forEach(function (word) {
      var last = 0;
      function other(text) {
        if (!text) return;
        terms.push(text);
        var plain = text.replace(/[^\p{L}\p{N}]+/gu, "");
        if (plain) needles.push({ han: false, text: plain.toLowerCase() });
      }
      word.replace(HAN, function (run, at) {
        other(word.slice(last, at));
        last = at + run.length;
        var chars = Array.from(run);
        if (chars.length === 1) {
          terms.push(code(run)); // the pairs that start with it
        } else {
          for (var i = 0; i + 1 < chars.length; i++) terms.push(code(chars[i]) + code(chars[i + 1]));
          if (chars.length > 2) phrases.push(chars.length - 1);
        }
        needles.push({ han: true, text: run });
        return run;
      });
      other(word.slice(last));
    });
    return { terms: terms.join(" "), phrases: phrases, needles: needles };
  }

  // The lengths of the runs of consecutive word positions among a result's matches.
  function runs(words) {
    var sorted = words.slice().sort(function (a, b) {
      return a - b;
    });
    var out = [];
    var length = 0;
    for (var i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      length = i > 0 && sorted[i] === sorted[i - 1] + 1 ? length + 1 : 1;
      if (i + 1 === sorted.length || sorted[i + 1] > sorted[i] + 1) out.push(length);
    }
    return out;
  }

  // Pagefind's results for a query, without pages where a Chinese word's pairs are
  // apart, ordered by tier, then score.
  function find(pf, q) {
    var parsed = parse(q);
    if (!parsed.terms) return Promise.resolve({ results: [], needles: [] });
    return Promise.all([pf.search(parsed.terms), tierRanks()]).then(function (done) {
      var ranks = done[1];
      var kept = done[0].results.filter(function (r) {
        if (!parsed.phrases.length) return true;
        var found = runs(r.words);
        return parsed.phrases.every(function (n) {
          return found.some(function (length) {
            return length >= n;
          });
        });
      });
      kept.forEach(function (r) {
        r.tier = ranks.pages.has(r.id) ? ranks.pages.get(r.id) : ranks.fallback;
      });
      kept.sort(function (a, b) {
        return a.tier - b.tier || b.score - a.score;
      });
      return { results: kept, needles: parsed.needles };
    });
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // A pattern for the query's words in a page's text: Chinese words as typed; other
  // words by their start (the index stems them: elevator finds elevators).
  function pattern(needles) {
    var parts = needles.map(function (n) {
      if (n.han) return escapeRegExp(n.text);
      var stem = n.text.length > 5 ? n.text.slice(0, n.text.length - 2) : n.text;
      return "(?<![\\p{L}\\p{N}])" + escapeRegExp(stem) + "[\\p{L}\\p{N}]*";
    });
    return parts.length ? new RegExp(parts.join("|"), "giu") : null;
  }

  // The snippet: the page's text around the first match, the matches marked.
  function snippet(text, needles) {
    var p = document.createElement("p");
    var re = pattern(needles);
    var first = re ? text.search(re) : -1;
    var start = first < 0 ? 0 : Math.max(0, first - Math.floor(SNIPPET / 4));
    var end = Math.min(text.length, start + SNIPPET);
    // Never begin or end inside a Latin word.
    var letter = /[\p{Script=Latin}\d]/u;
    while (start > 0 && start < first && letter.test(text[start - 1])) start++;
    while (end < text.length && end > start + SNIPPET / 2 && letter.test(text[end])) end--;
    var window_ = text.slice(start, end);
    if (start > 0) p.append("… ");
    var at = 0;
    if (re) {
      re.lastIndex = 0;
      var m;
      while ((m = re.exec(window_)) !== null) {
        if (!m[0]) {
          re.lastIndex++;
          continue;
        }
        p.append(window_.slice(at, m.index));
        var mark = document.createElement("mark");
        mark.textContent = m[0];
        p.append(mark);
        at = m.index + m[0].length;
      }
    }
    p.append(window_.slice(at));
    if (end < text.length) p.append(" …");
    return p;
  }

  function item(data, needles) {
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
    article.append(icon, h1, snippet((data.meta && data.meta.text) || "", needles));
    a.append(article);
    li.append(a);
    return li;
  }

  // A last list item that loads the next results of the same search.
  function more(found, shown, mine) {
    var li = document.createElement("li");
    li.className = "md-search-result__item qp-search-more";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-search-result__link";
    var left = found.results.length - shown;
    button.textContent = "显示更多 Show " + Math.min(left, PAGE) + " more (" + left + " left)";
    button.addEventListener("click", function () {
      li.remove();
      show(found, shown, mine);
    });
    li.append(button);
    return li;
  }

  // Results shown .. shown + PAGE of a search, appended to the list.
  function show(found, shown, mine) {
    return Promise.all(
      found.results.slice(shown, shown + PAGE).map(function (r) {
        return r.data();
      })
    ).then(function (data) {
      if (mine !== latest) return;
      list.append.apply(
        list,
        data.map(function (d) {
          return item(d, found.needles);
        })
      );
      var now = shown + data.length;
      if (now < found.results.length) list.append(more(found, now, mine));
    });
  }

  function query() {
    var q = input.value.trim();
    if (q === asked) return;
    asked = q;
    var mine = ++latest;
    if (!q) {
      list.replaceChildren();
      meta.textContent = t["search.result.placeholder"] || "";
      return;
    }
    load()
      .then(function (pf) {
        return find(pf, q);
      })
      .then(function (found) {
        if (mine !== latest) return null;
        var n = found.results.length;
        var key = n === 0 ? "search.result.none" : n === 1 ? "search.result.one" : "search.result.other";
        meta.textContent = (t[key] || "").replace("#", String(n));
        list.replaceChildren();
        return show(found, 0, mine);
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
