/* callscribe review UI, the call page: a call still being processed, followed as it goes. Progressive
 * enhancement only, as app.js (which runs first): without it the page says to reload. Plain ES2020, no modules. */
(function () {
  'use strict';

  // While the CRM update after a decision is waited for (app.js's `[data-settle]` watch), that watch follows the call.
  var waitNotice = document.querySelector('[data-settle]');

  // A call still being processed: the status region follows it, its words changing with each step (a screen reader
  // says each once); when it has finished (results, a review, or a failure) the call page opens again, as app.js does
  // after a CRM update, and the focus goes to the heading of the section the reader was in (at a form's notice, in a
  // form), else the call's title.
  var live = document.querySelector('[data-watch]');
  var liveText = document.getElementById('live-text');
  var FINISHED_KEY = 'callscribe:finished';
  var TERMINAL = ['done', 'needs_review', 'failed'];
  if (live && liveText && !waitNotice && typeof window.fetch === 'function') {
    var texts = {};
    try { texts = JSON.parse(live.getAttribute('data-texts') || '{}'); } catch (e) { /* the words stay as served */ }
    var bar = live.querySelector('progress');
    var how = live.querySelector('.live-how');
    var callPage = live.querySelector('a[href]').getAttribute('href');
    if (how) how.textContent = 'This page follows the call and shows its results once it has finished.';
    var pause = 2000;
    var poll = function () {
      window.setTimeout(look, pause);
      pause = Math.min(pause * 1.25, 10000);
    };
    var show = function (call, progress) {
      var p = call.status === 'transcribing' && progress && progress.chunksTotal > 0 ? progress : null;
      var text = p ? String(texts.transcribingOf || '').replace('{done}', p.chunksDone).replace('{total}', p.chunksTotal) : texts[call.status];
      if (text && liveText.textContent !== text) {
        liveText.textContent = text;
        pause = 2000;
      }
      if (!bar) return;
      bar.hidden = !p;
      if (p) {
        bar.max = p.chunksTotal;
        bar.value = p.chunksDone;
      }
    };
    // The steps table follows the call too: when the call's runs differ from those the table shows (its `data-steps`,
    // built as stepsKey() builds it on the server), the server's own table is fetched (`data-steps-from`) and its rows
    // swapped in. The table's frame and summary stay, so the focus, where the page is scrolled and whether the table
    // is open stay as the reader left them; before the call's first step there is no table, and it appears.
    var stepsFrom = live.getAttribute('data-steps-from');
    var fetchingSteps = false;
    var stepsOf = function (runs) {
      return (runs || []).map(function (r) { return r.step + ':' + r.attempt + ':' + r.outcome + ':' + r.startedAt; }).join(' ');
    };
    var shownSteps = function () {
      var table = document.querySelector('details.steps');
      return table ? table.getAttribute('data-steps') || '' : '';
    };
    var swapSteps = function (next) {
      var table = document.querySelector('details.steps');
      // What follows the table stays where the reader sees it when the table grows or shrinks above the screen.
      var below = (table || live).nextElementSibling;
      var top = below ? below.getBoundingClientRect().top : 0;
      var shown = table && table.querySelector('table');
      var fresh = next.querySelector('table');
      if (shown && fresh) {
        shown.replaceWith(document.importNode(fresh, true));
        table.setAttribute('data-steps', next.getAttribute('data-steps') || '');
      } else if (table) {
        next = document.importNode(next, true);
        next.open = table.open;
        table.replaceWith(next);
      } else {
        live.after(document.importNode(next, true));
      }
      if (below && top < 0) {
        var moved = below.getBoundingClientRect().top - top;
        if (moved) window.scrollBy(0, moved);
      }
    };
    // The runs the last table shown was fetched for (a table that names them otherwise is not fetched again for them),
    // and those whose table could not be fetched (asked for again at each look, as the looks slow down).
    var askedFor = null;
    var failedFor = null;
    var followSteps = function (runs) {
      var key = stepsOf(runs);
      if (!stepsFrom || fetchingSteps || key === shownSteps() || key === askedFor) return;
      // The call moved on: look again soon.
      if (key !== failedFor) pause = 2000;
      fetchingSteps = true;
      window.fetch(stepsFrom, { cache: 'no-store', credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (text) {
          // Signed out, the call gone or the server failing: the table stays as it is, and the next look tries again.
          var next = text ? new DOMParser().parseFromString(text, 'text/html').querySelector('details.steps') : null;
          failedFor = next ? null : key;
          if (!next) return;
          askedFor = key;
          swapSteps(next);
        })
        .catch(function () { failedFor = key; })
        .finally(function () { fetchingSteps = false; });
    };
    var finished = function () {
      var player = document.querySelector('audio');
      if (player && !player.paused) {
        liveText.textContent = 'Processing has finished: reload the page to see the results.';
        return;
      }
      liveText.textContent = 'Processing has finished. Opening the results.';
      // A reader inside a section (at a form's notice, in a form) continues at that section's heading.
      var active = document.activeElement;
      var within = active && active !== document.body ? active.closest('section[aria-labelledby]') : null;
      var at = within ? within.getAttribute('aria-labelledby') : '';
      try { window.sessionStorage.setItem(FINISHED_KEY, callPage + '#' + at); } catch (e) { /* no focus hint */ }
      if (window.location.pathname + window.location.search === callPage) window.location.reload();
      else window.location.assign(callPage);
    };
    var look = function () {
      if (document.hidden) return poll();
      window.fetch(live.getAttribute('data-watch'), { headers: { accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' })
        .then(function (r) {
          // Signed out, or the call is gone: the reload link stays, and the watch stops. A server or Redis away: later.
          if (r.status >= 500) return 'later';
          return r.ok ? r.json() : null;
        })
        .then(function (body) {
          if (body === 'later') return poll();
          var call = body && body.call;
          if (!call) return;
          if (TERMINAL.indexOf(call.status) >= 0) return finished();
          show(call, body.progress);
          followSteps(call.steps);
          poll();
        }, poll);
    };
    poll();
  }
  try {
    var finishedAt = window.sessionStorage.getItem(FINISHED_KEY);
    if (finishedAt && finishedAt.split('#')[0] === window.location.pathname) {
      window.sessionStorage.removeItem(FINISHED_KEY);
      var title = document.getElementById(finishedAt.split('#')[1] || '-') || document.querySelector('h1');
      if (title && (!document.activeElement || document.activeElement === document.body)) {
        title.setAttribute('tabindex', '-1');
        title.focus();
      }
    }
  } catch (e) {
    // No session storage: the page opens at its top.
  }
})();

