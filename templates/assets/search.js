/*
 * Client-side search of the gazette archive. Plain JavaScript, no framework, no build step.
 *
 * The index is a set of small scripts under search/ that call GazetteSearch.add(name, data)
 * (see docs/search-index.md). They are loaded with <script> tags, which browsers allow from
 * file:// where fetch() and module imports are blocked. A query loads the meta file, the term
 * shards of its terms, and for each result shown the piece of its text with the first match.
 *
 * Queries are tokenised like the build's Lucene analysis (StandardTokenizer, CJKWidthFilter,
 * LowerCaseFilter, CJKBigramFilter): ideographs become overlapping bigrams (a lone one stays),
 * ASCII words and numbers stay whole. Scores were computed at build time (BM25F); here they are
 * only added up. Every term must match (when none does, any term will), and "exact phrases" must
 * appear in the text.
 */
(function () {
  'use strict';

  var registry = {};
  var waiting = {};
  var loadedNames = [];

  var GazetteSearch = window.GazetteSearch = {
    add: function (name, data) {
      registry[name] = data;
      (waiting[name] || []).forEach(function (resolve) { resolve(data); });
      delete waiting[name];
    },
    loaded: loadedNames,
    lastQueryMs: null,
    tokenize: tokenize,
    search: null
  };

  var root = '';
  var rootElement = document.getElementById('search');
  if (rootElement) root = rootElement.getAttribute('data-root') || '';

  function load(name) {
    if (registry[name]) return Promise.resolve(registry[name]);
    return new Promise(function (resolve, reject) {
      if (waiting[name]) { waiting[name].push(resolve); return; }
      waiting[name] = [resolve];
      var script = document.createElement('script');
      script.src = root + 'search/' + name + '.js';
      script.async = true;
      script.onerror = function () { delete waiting[name]; reject(new Error('cannot load search/' + name + '.js')); };
      loadedNames.push(name);
      document.head.appendChild(script);
    });
  }

  // ---- analysis: mirrors org.gazette.search.SearchAnalyzer -------------------------------------

  function isHan(c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c === 0x3007;
  }

  function isWord(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || c === 0x5F;
  }

  function normalise(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;       // full-width ASCII, as CJKWidthFilter
      out += String.fromCharCode(c);
    }
    return out.toLowerCase();
  }

  function tokenize(text) {
    var s = normalise(text || '');
    var tokens = [];
    var i = 0;
    while (i < s.length) {
      var c = s.charCodeAt(i);
      if (isHan(c)) {
        var j = i;
        while (j < s.length && isHan(s.charCodeAt(j))) j++;
        if (j - i === 1) tokens.push(s.charAt(i));
        for (var k = i; k + 1 < j; k++) tokens.push(s.substring(k, k + 2));
        i = j;
      } else if (isWord(c)) {
        var e = i;
        while (e < s.length) {
          if (isWord(s.charCodeAt(e))) { e++; continue; }
          // A word goes on across . , ' between letters or digits (UAX #29 MidLetter / MidNum).
          var mid = s.charAt(e);
          if ((mid === '.' || mid === ',' || mid === "'") && e + 1 < s.length && isWord(s.charCodeAt(e + 1))) { e++; continue; }
          break;
        }
        tokens.push(s.substring(i, e));
        i = e;
      } else {
        i++;
      }
    }
    return tokens;
  }

  function parseQuery(text) {
    var phrases = [];
    var re = /["“”]([^"“”]+)["“”]/g;
    var m;
    while ((m = re.exec(text)) !== null) {
      var p = m[1].replace(/\s+/g, '');
      if (p) phrases.push(p);
    }
    var seen = {};
    var terms = tokenize(text.replace(/["“”]/g, ' ')).filter(function (t) {
      if (seen[t]) return false;
      seen[t] = true;
      return true;
    });
    return { terms: terms, phrases: phrases };
  }

  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h & (shards - 1);
  }

  // ---- search: mirrors org.gazette.search.Searcher ----------------------------------------------

  /**
   * Decodes the facets packed into every posting (see Facets.packed): codes, −1 when none. The year
   * takes the lowest 8 bits, then each facet the bits meta.packing gives it; the issuer the rest.
   */
  function unpack(p, packing) {
    var year = p % 256; p = Math.floor(p / 256);
    var f = { year: year ? year + 1899 : null };
    Object.keys(packing).forEach(function (facet) {
      var unit = Math.pow(2, packing[facet]);
      f[facet] = p % unit - 1; p = Math.floor(p / unit);
    });
    f.issuer = p - 1;
    return f;
  }

  /**
   * A term's idf times the scale, as an integer (SearchIndex.idf): BM25's ln(1 + (n − df + 0.5) / (df + 0.5)),
   * from the df as the shard gives it (rounded to two significant digits above 100).
   * Scores are sums of integers, so they and their order are the same as gazette search's.
   */
  function idfOf(df, meta) {
    var d = Math.min(df, meta.entries);
    return Math.round(meta.scale * Math.log(1 + (meta.entries - d + 0.5) / (d + 0.5)));
  }

  function candidates(meta, query) {
    var shardNames = {};
    query.terms.forEach(function (t) { shardNames['terms/' + shardOf(t, meta.shards)] = true; });
    return Promise.all(Object.keys(shardNames).map(load)).then(function () {
      function collect(all) {
        var byEntry = {};
        query.terms.forEach(function (t, ti) {
          var list = registry['terms/' + shardOf(t, meta.shards)][t];
          if (!list) return;
          // the term's document frequency, then entry, weight, facets, segment: base-36 numbers, four per posting
          var p = list.split(',');
          var idf = idfOf(parseInt(p[0], 36), meta);
          for (var i = 1; i < p.length; i += 4) {
            var entry = parseInt(p[i], 36);
            var h = byEntry[entry];
            if (!h) h = byEntry[entry] = { entry: entry, score: 0, matched: 0, facets: unpack(parseInt(p[i + 2], 36), meta.packing), segs: {} };
            h.score += idf * parseInt(p[i + 1], 36);
            h.matched++;
            h.segs[ti] = parseInt(p[i + 3], 36);
          }
        });
        var list = [];
        Object.keys(byEntry).forEach(function (k) {
          var h = byEntry[k];
          if (all && h.matched < query.terms.length) return;
          h.score /= meta.scale * meta.scale;
          list.push(h);
        });
        list.sort(function (a, b) { return b.score - a.score || a.entry - b.entry; });
        return list;
      }
      var list = collect(true);
      return list.length ? list : collect(false);
    });
  }

  /** The result's title, number and facet codes travel with each piece of its text. */
  function setRow(h, piece) {
    var r = piece.r;
    h.row = { url: r[0], title: r[1], number: r[2], date: r[3], year: r[4], gazette: r[5], type: r[6],
              issuer: r[7], status: r[8], kind: r[9] };
    return piece;
  }

  /** The segment of the hit's text where the first query term it holds occurs (and its neighbour, for phrases). */
  function segmentOf(h) {
    var keys = Object.keys(h.segs).map(Number).sort(function (a, b) { return a - b; });
    return keys.length ? h.segs[keys[0]] : 0;
  }

  function loadText(h, withNext) {
    var seg = segmentOf(h);
    return load('text/' + h.entry + '/' + seg).then(function (piece) {
      setRow(h, piece);
      if (!withNext || seg + 1 >= piece.n) return piece;
      return load('text/' + h.entry + '/' + (seg + 1)).then(function (next) {
        return { r: piece.r, o: piece.o, t: piece.t + next.t, a: piece.a.concat(next.a.map(function (a) {
          return [a[0] + piece.t.length, a[1]]; })), p: piece.p, n: piece.n };
      });
    });
  }

  function containsPhrase(hit, piece, phrase) {
    var hay = (hit.row.title + '\n' + (hit.row.number || '') + '\n' + piece.t).replace(/\s+/g, '');
    return hay.indexOf(phrase) >= 0;
  }

  /** Keeps the hits whose text around their first match holds every phrase, best first, until enough are found. */
  function withPhrases(meta, query, hits, wanted) {
    if (!query.phrases.length) return Promise.resolve(hits);
    var kept = [];
    var i = 0;
    function next() {
      if (kept.length >= wanted || i >= hits.length) return Promise.resolve(kept);
      var batch = hits.slice(i, i + 10);
      i += 10;
      return Promise.all(batch.map(function (h) { return loadText(h, true); })).then(function (pieces) {
        batch.forEach(function (h, k) {
          if (query.phrases.every(function (p) { return containsPhrase(h, pieces[k], p); })) kept.push(h);
        });
        return next();
      });
    }
    return next();
  }

  function passes(f, filters) {
    if (filters.gazette.length && filters.gazette.indexOf(f.gazette) < 0) return false;
    if (filters.type.length && filters.type.indexOf(f.type) < 0) return false;
    if (filters.issuer.length && filters.issuer.indexOf(f.issuer) < 0) return false;
    if (filters.status.length && filters.status.indexOf(f.status) < 0) return false;
    if (filters.from && (f.year === null || f.year < filters.from)) return false;
    if (filters.to && (f.year === null || f.year > filters.to)) return false;
    return true;
  }

  var SHOWN = 10;

  function search(text, filters) {
    var started = performance.now();
    var query = parseQuery(text);
    if (!query.terms.length) return Promise.resolve({ query: query, total: 0, hits: [], counts: {}, ms: 0 });
    return load('meta').then(function (meta) {
      return candidates(meta, query).then(function (all) {
        // Facet counts cover every candidate: the facets travel in the postings.
        var counts = { gazette: {}, type: {}, issuer: {}, status: {} };
        all.forEach(function (h) {
          ['gazette', 'type', 'issuer', 'status'].forEach(function (f) {
            if (h.facets[f] >= 0) counts[f][h.facets[f]] = (counts[f][h.facets[f]] || 0) + 1;
          });
        });
        var filtered = all.filter(function (h) { return passes(h.facets, filters); });
        return withPhrases(meta, query, filtered, SHOWN).then(function (hits) {
          var shown = hits.slice(0, SHOWN);
          return Promise.all(shown.map(function (h) { return loadText(h, false); })).then(function (pieces) {
            shown.forEach(function (h, k) { h.text = pieces[k]; });
            GazetteSearch.lastQueryMs = performance.now() - started;
            return { query: query, meta: meta, total: query.phrases.length ? hits.length : filtered.length,
                     truncated: false, hits: shown, counts: counts, ms: GazetteSearch.lastQueryMs };
          });
        });
      });
    });
  }
  GazetteSearch.search = function (text, filters) {
    return search(text, filters || { gazette: [], type: [], issuer: [], status: [], from: null, to: null });
  };

  // ---- user interface ---------------------------------------------------------------------------

  if (!rootElement) return;
  var input = document.getElementById('q');
  var results = document.getElementById('results');
  var statusLine = document.getElementById('status');
  var filterBox = document.getElementById('filters');
  // On a phone the filters fold away under 筛选, so that the results are on the first screen.
  var filterPanel = document.getElementById('filter-panel');
  if (filterPanel && window.matchMedia && window.matchMedia('(max-width: 600px)').matches) filterPanel.open = false;
  var filters = { gazette: [], type: [], issuer: [], status: [], from: null, to: null };

  function element(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /** The snippet around the first match, with every query term and phrase marked. */
  function snippet(text, query, hitOffset) {
    var needles = query.phrases.concat(query.terms).filter(function (n) { return n.length; });
    var lower = text.toLowerCase();
    var first = -1;
    needles.forEach(function (n) {
      var at = lower.indexOf(n);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    var start = Math.max(0, first - 30);
    var piece = text.substring(start, start + 120).replace(/\n/g, ' ');
    var p = element('p', { 'class': 'snippet' });
    if (start > 0 || hitOffset > 0) p.appendChild(document.createTextNode('…'));
    var lowPiece = piece.toLowerCase();
    var i = 0;
    while (i < piece.length) {
      var hit = null;
      needles.forEach(function (n) {
        if (!hit && lowPiece.substr(i, n.length) === n) hit = n;
      });
      if (hit) {
        var j = i + hit.length;
        // merge overlapping bigrams into one mark
        for (var more = true; more;) {
          more = false;
          needles.forEach(function (n) {
            for (var k = Math.max(i, j - n.length + 1); k < j; k++) {
              if (lowPiece.substr(k, n.length) === n && k + n.length > j) { j = k + n.length; more = true; }
            }
          });
        }
        p.appendChild(element('mark', {}, piece.substring(i, j)));
        i = j;
      } else {
        var next = i + 1;
        while (next < piece.length && !needles.some(function (n) { return lowPiece.substr(next, n.length) === n; })) next++;
        p.appendChild(document.createTextNode(piece.substring(i, next)));
        i = next;
      }
    }
    if (start + 120 < text.length) p.appendChild(document.createTextNode('…'));
    return p;
  }

  /**
   * The article where the phrase, or else the first term, occurs (as the Java Searcher decides):
   * the last anchor before it in the segment, else the one active at the segment's start.
   */
  function anchorOf(hit, query) {
    var needle = query.phrases.length ? query.phrases[0] : query.terms[0];
    var at = hit.text.t.toLowerCase().indexOf(needle);
    if (at < 0) return null;
    var anchor = hit.text.p;
    hit.text.a.forEach(function (a) { if (a[0] <= at) anchor = a[1]; });
    return anchor;
  }

  function renderFilters(result) {
    filterBox.textContent = '';
    if (!result.meta) return;
    var names = result.meta.facets;
    [['gazette', '公报'], ['type', '文种'], ['issuer', '发文机关'], ['status', '效力']].forEach(function (pair) {
      var facet = pair[0];
      var codes = Object.keys(result.counts[facet]).map(Number).sort(function (a, b) {
        return result.counts[facet][b] - result.counts[facet][a] || (names[facet][a] < names[facet][b] ? -1 : 1);
      });
      if (!codes.length) return;
      var set = element('fieldset');
      set.appendChild(element('legend', {}, pair[1]));
      codes.slice(0, 12).forEach(function (code) {
        var label = element('label');
        var box = element('input', { type: 'checkbox', value: String(code), 'data-facet': facet });
        box.checked = filters[facet].indexOf(code) >= 0;
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + names[facet][code] + '（' + result.counts[facet][code] + '）'));
        set.appendChild(label);
      });
      filterBox.appendChild(set);
    });
    var years = element('fieldset');
    years.appendChild(element('legend', {}, '年份'));
    var from = element('input', { type: 'number', id: 'year-from', placeholder: '自', 'aria-label': '起始年份' });
    var to = element('input', { type: 'number', id: 'year-to', placeholder: '至', 'aria-label': '截止年份' });
    if (filters.from) from.value = filters.from;
    if (filters.to) to.value = filters.to;
    years.appendChild(from);
    years.appendChild(document.createTextNode(' – '));
    years.appendChild(to);
    filterBox.appendChild(years);
  }

  function render(result) {
    results.textContent = '';
    if (!result.query.terms.length) { statusLine.textContent = ''; filterBox.textContent = ''; return; }
    statusLine.textContent = result.total ? ('找到 ' + result.total + ' 条结果，用时 '
        + Math.round(result.ms) + ' 毫秒') : '没有找到结果';
    result.hits.forEach(function (h) {
      var li = element('li');
      var anchor = h.row.kind >= 0 && result.meta.facets.kind[h.row.kind] === 'document' ? anchorOf(h, result.query) : null;
      var a = element('a', { href: root + h.row.url + (anchor ? '#' + anchor : ''), 'class': 'title' }, h.row.title);
      li.appendChild(a);
      var meta = [h.row.number, h.row.date, h.row.type >= 0 ? result.meta.facets.type[h.row.type] : null,
                  h.row.issuer >= 0 ? result.meta.facets.issuer[h.row.issuer] : null,
                  h.row.status >= 0 ? result.meta.facets.status[h.row.status] : null].filter(Boolean).join(' · ');
      li.appendChild(element('div', { 'class': 'meta' }, meta));
      li.appendChild(snippet(h.text.t, result.query, h.text.o));
      results.appendChild(li);
    });
    renderFilters(result);
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    ['gazette', 'type', 'issuer', 'status'].forEach(function (f) {
      filters[f] = params.getAll(f).map(Number);
    });
    filters.from = params.get('from') ? +params.get('from') : null;
    filters.to = params.get('to') ? +params.get('to') : null;
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (input.value) params.set('q', input.value);
    ['gazette', 'type', 'issuer', 'status'].forEach(function (f) {
      filters[f].forEach(function (v) { params.append(f, v); });
    });
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
    var url = location.pathname + (params.toString() ? '?' + params.toString() : '');
    try { history.replaceState(null, '', url); } catch (e) { /* some browsers refuse under file:// */ }
  }

  var generation = 0;
  function run() {
    var mine = ++generation;
    writeUrl();
    GazetteSearch.search(input.value, filters).then(function (result) {
      if (mine === generation) render(result);
    }).catch(function (e) { statusLine.textContent = '搜索出错：' + e.message; });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  filterBox.addEventListener('change', function (e) {
    var t = e.target;
    if (t.getAttribute('data-facet')) {
      var facet = t.getAttribute('data-facet');
      var code = +t.value;
      filters[facet] = filters[facet].filter(function (c) { return c !== code; });
      if (t.checked) filters[facet].push(code);
    } else if (t.id === 'year-from') {
      filters.from = t.value ? +t.value : null;
    } else if (t.id === 'year-to') {
      filters.to = t.value ? +t.value : null;
    }
    run();
  });
  // Arrow keys move between the search box and the results; Enter follows a link as usual.
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(results.querySelectorAll('a.title'));
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    if (document.activeElement === input && e.key === 'ArrowDown') { links[0].focus(); e.preventDefault(); return; }
    if (at < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown' && at + 1 < links.length) links[at + 1].focus();
    if (e.key === 'ArrowUp') (at === 0 ? input : links[at - 1]).focus();
  });

  readUrl();
  if (input.value) run();
  else load('meta');   // start on the index while the reader types
})();
