/* callscribe review UI: progressive enhancement only. Without this script every page still reads and
 * every form still posts. Plain ES2020, no modules. */
(function () {
  'use strict';

  // After a form that worked the page opens at its notice (`#done`, in the section the form was in): the
  // focus goes there too, so the notice is read and the next Tab continues from where the reader was.
  var done = window.location.hash === '#done' ? document.getElementById('done') : null;

  // A notice after a form (`?m=` / `?e=`, a retry's `?code=&retried=&skipped=&more=` on the list, `#done`) is shown
  // once: a reload, a bookmark or going back does not show it again.
  if (window.history && typeof window.history.replaceState === 'function' && (/[?&](m|e|retried)=/.test(window.location.search) || window.location.hash === '#done')) {
    var params = new URLSearchParams(window.location.search);
    params.delete('m');
    params.delete('e');
    if (params.has('retried')) ['code', 'retried', 'skipped', 'more'].forEach(function (name) { params.delete(name); });
    var rest = params.toString();
    var hash = window.location.hash === '#done' ? '' : window.location.hash;
    window.history.replaceState(window.history.state, '', window.location.pathname + (rest ? '?' + rest : '') + hash);
  }
  if (done) done.focus();

  // The upload form: the call's start is read on the uploader's clock, so the browser's time zone goes with it.
  var zoneField = document.getElementById('u-timezone');
  if (zoneField && window.Intl && !zoneField.value) {
    try { zoneField.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* the server reads UTC */ }
  }

  // A refused form's answer is the page at the address it was posted to: the address becomes the call page's, so
  // a reload or a bookmark reads the call again instead of sending the form again.
  var posted = /^(\/calls\/[^/]+)\/(review|insights)$/.exec(window.location.pathname);
  if (posted && window.history && typeof window.history.replaceState === 'function') {
    window.history.replaceState(window.history.state, '', posted[1] + window.location.hash);
  }

  // A form the server refused is shown again as filled in: the reviewer continues in it. With no form to continue
  // in (decided meanwhile), the notice saying why is focused, so it is read first.
  // A control is focusable when neither it nor a fieldset around it is disabled (a refused form that waits for
  // the CRM update is inside one): then the focus goes to the notice, never to the page's body.
  var CONTROLS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
  var firstControl = function (within, selector) {
    return Array.prototype.filter.call(within.querySelectorAll(selector || CONTROLS), function (el) { return !el.closest('fieldset[disabled]'); })[0] || null;
  };
  // In a radio group the focus goes to the checked radio (Space on another would change the choice).
  var checkedOfGroup = function (el) {
    if (!el || el.type !== 'radio' || el.checked || !el.form) return el;
    var group = el.form.elements.namedItem(el.name);
    var checked = group && Array.prototype.filter.call(group.length === undefined ? [group] : group, function (r) { return r.checked; })[0];
    return checked && !checked.disabled && !checked.closest('fieldset[disabled]') ? checked : el;
  };
  // The field a refusal concerns (marked aria-invalid by the server) is where the reviewer continues; else the first.
  var refused = document.querySelector('form[data-refused]');
  var field = refused && checkedOfGroup(firstControl(refused, '[aria-invalid="true"]:not([disabled])') || firstControl(refused));
  var refusal = document.getElementById('form-refused');
  if (field) field.focus();
  if ((!field || document.activeElement !== field) && refusal && !done) refusal.focus();

  // While the CRM is updated after a decision or a correction, the decisions still pending and the correction form
  // wait, closed (the server refuses them until the update has finished). The page watches the call and, once it has
  // settled, opens the call page again so they open (never a reload: the page may be the answer to a refused
  // post, which a reload would send again); not while the recording plays (the notice then asks for the reload).
  // A reader who was not elsewhere on the page continues where they were: in the first decision form that opened,
  // or at the correction form when they were in its section.
  var SETTLED_KEY = 'callscribe:settled';
  var IN_CORRECTION = ' correction';
  // What was typed in a refused form that waits, or in any other form of the page when one of them is sent, is
  // kept in this tab only (never on the server), by call and decision (or the correction form), until the call
  // page has put it back into that form once it opens: sending one form never loses what was typed in another.
  var TYPED_KEY = 'callscribe:typed:';
  var typedKey = function (form) {
    if (form.classList.contains('correction-form')) return TYPED_KEY + form.getAttribute('action') + '#correction';
    var id = form.querySelector('input[name="decisionId"]');
    return id ? TYPED_KEY + form.getAttribute('action') + '#' + id.value : null;
  };
  var typable = function (el) {
    return el.name && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'button' && el.tagName !== 'FIELDSET';
  };
  // A field the person changed: its value differs from the one the page showed (a correction field's `loaded:`
  // twin, which is the call's latest also in a form shown again after a refusal), else from the one it was rendered with.
  var fieldChanged = function (el) {
    if (!typable(el)) return false;
    var loaded = el.form && el.form.elements.namedItem('loaded:' + el.name);
    if (loaded && typeof loaded.value === 'string') return el.value.trim() !== loaded.value.trim();
    if (el.type === 'radio' || el.type === 'checkbox') return el.checked !== el.defaultChecked;
    if (el.tagName === 'SELECT') return Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
    return el.value !== el.defaultValue;
  };
  // A correction form keeps only the fields the person changed: put back into the call's latest version, the
  // others show what someone else may have saved meanwhile (sending them as they were would undo it).
  var typedOf = function (form) {
    var onlyChanged = form.classList.contains('correction-form');
    var typed = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (typable(el) && (!onlyChanged || fieldChanged(el))) typed.push({ name: el.name, value: el.value, checked: !!el.checked });
    });
    return typed;
  };
  var changed = function (form) {
    return Array.prototype.some.call(form.elements, fieldChanged);
  };
  var restored = null;
  var forms = Array.prototype.slice.call(document.querySelectorAll('form.decision-form, form.correction-form'));
  document.addEventListener('submit', function (event) {
    try {
      forms.forEach(function (form) {
        var key = typedKey(form);
        if (form !== event.target && key && changed(form)) window.sessionStorage.setItem(key, JSON.stringify(typedOf(form)));
      });
    } catch (e) {
      // No session storage: the form is sent all the same.
    }
  });
  try {
    forms.forEach(function (form) {
      var key = typedKey(form);
      var kept = key && window.sessionStorage.getItem(key);
      if (!kept || form.hasAttribute('data-waiting')) return;
      window.sessionStorage.removeItem(key);
      if (form.hasAttribute('data-refused')) return;
      JSON.parse(kept).forEach(function (f) {
        Array.prototype.forEach.call(form.elements, function (el) {
          if (el.name !== f.name || el.type === 'hidden') return;
          if (el.type === 'radio' || el.type === 'checkbox') el.checked = el.value === f.value ? f.checked : el.type === 'radio' ? el.checked && !f.checked : el.checked;
          else el.value = f.value;
        });
      });
      var disclosure = form.closest('details');
      if (disclosure) disclosure.open = true;
      restored = restored || form;
    });
    // After a form that worked, the focus stays on its notice; the forms put back are there to continue in.
    if (restored && !done) {
      var typedField = checkedOfGroup(firstControl(restored));
      if (typedField) typedField.focus();
    }
    var settledAt = window.sessionStorage.getItem(SETTLED_KEY);
    if (settledAt === window.location.pathname || settledAt === window.location.pathname + IN_CORRECTION) {
      window.sessionStorage.removeItem(SETTLED_KEY);
      var opened = refused || restored ? null : document.querySelector('form.decision-form:not([data-waiting])');
      var first = settledAt !== window.location.pathname
        ? !refused && !restored && document.querySelector('form.correction-form:not([data-waiting])') && document.querySelector('details.correct > summary')
        : opened && checkedOfGroup(firstControl(opened, CONTROLS + ', button:not([disabled])'));
      if (first) first.focus();
    }
  } catch (e) {
    // No session storage: the call page opens all the same, without what was typed or moving the focus.
  }

  var waitNotice = document.querySelector('[data-settle]');
  if (waitNotice && typeof window.fetch === 'function') {
    var seen = waitNotice.getAttribute('data-etag') || '';
    // Soon at first (a sync takes seconds), then less often while a slow CRM keeps it waiting.
    var delay = 1500;
    var again = function () {
      window.setTimeout(watch, delay);
      delay = Math.min(delay * 1.5, 15000);
    };
    var watch = function () {
      window.fetch(waitNotice.getAttribute('data-settle'), { headers: { accept: 'application/json', 'if-none-match': seen }, cache: 'no-store', credentials: 'same-origin' })
        .then(function (r) {
          if (r.status === 304) return 'syncing';
          if (!r.ok) return null;
          seen = r.headers.get('etag') || seen;
          return r.json().then(function (body) { return body && body.call ? body.call.status : null; });
        })
        .then(function (status) {
          if (status === 'syncing') again();
          // Signed out, or the call is gone: the notice's reload link stays.
          else if (status !== null) settled();
        }, again);
    };
    again();
  }

  function settled() {
    var player = document.querySelector('audio');
    if (player && !player.paused) {
      var text = waitNotice.querySelector('.wait-text');
      if (text) text.textContent = 'The CRM update has finished: reload the page to decide the decisions still pending.';
      return;
    }
    var link = waitNotice.querySelector('a[href]');
    var callPage = link ? link.getAttribute('href') : window.location.pathname;
    var active = document.activeElement;
    var section = waitNotice.closest('section');
    var correcting = document.getElementById('correct-h');
    var correction = correcting && correcting.closest('section');
    try {
      if (correction && correction.contains(active) && correction.querySelector('[data-settle]')) window.sessionStorage.setItem(SETTLED_KEY, callPage + IN_CORRECTION);
      else if (!active || active === document.body || (section && section.contains(active))) window.sessionStorage.setItem(SETTLED_KEY, callPage);
      var waiting = document.querySelector('form[data-refused][data-waiting]');
      var key = waiting && typedKey(waiting);
      if (key) window.sessionStorage.setItem(key, JSON.stringify(typedOf(waiting)));
    } catch (e) {
      // As above: no focus hint, nothing kept.
    }
    if (window.location.pathname + window.location.search === callPage) window.location.reload();
    else window.location.assign(callPage + window.location.hash);
  }

  var audio = document.querySelector('audio#player') || document.querySelector('audio');
  if (!audio) return;

  var container = document.getElementById('transcript');
  var segments = container ? Array.prototype.slice.call(container.querySelectorAll('[data-start]')) : [];
  var current = null;
  // The user's own scrolling pauses following the playback for a while (no scroll jacking).
  var USER_SCROLL_PAUSE_MS = 4000;
  var userScrolledAt = 0;
  var ourScrollUntil = 0;

  function seconds(value) {
    var n = parseFloat(value);
    return isFinite(n) && n >= 0 ? n : null;
  }

  function seek(to) {
    try {
      audio.currentTime = to;
    } catch (e) {
      return;
    }
    var played = audio.play();
    if (played && typeof played.catch === 'function') played.catch(function () {});
    highlight(to, true);
  }

  // Any [data-seek] (transcript timestamps, evidence quotes) plays the call from its second; so does a click
  // anywhere on a transcript line (its timestamp link is the keyboard's way), unless it selected text.
  document.addEventListener('click', function (event) {
    var el = event.target instanceof Element ? event.target : null;
    var target = el ? el.closest('[data-seek]') : null;
    if (target) {
      var to = seconds(target.getAttribute('data-seek'));
      if (to === null) return;
      event.preventDefault();
      seek(to);
      return;
    }
    var line = el && container ? el.closest('#transcript [data-start]') : null;
    if (!line || el.closest('a, button, input, select, textarea')) return;
    var selection = window.getSelection ? String(window.getSelection()) : '';
    if (selection) return;
    var from = seconds(line.getAttribute('data-start'));
    if (from !== null) seek(from);
  });
  if (container) container.classList.add('seekable');

  function segmentAt(t) {
    for (var i = 0; i < segments.length; i++) {
      var s = parseFloat(segments[i].getAttribute('data-start'));
      var e = parseFloat(segments[i].getAttribute('data-end'));
      if (s <= t && t < e) return segments[i];
    }
    return null;
  }

  function scrollable(el) {
    return el && el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible';
  }

  function reveal(el, force) {
    if (!force && Date.now() - userScrolledAt < USER_SCROLL_PAUSE_MS) return;
    ourScrollUntil = Date.now() + 250;
    if (scrollable(container)) {
      var box = container.getBoundingClientRect();
      var r = el.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) {
        container.scrollTop += r.top - box.top - container.clientHeight / 3;
      }
      return;
    }
    // The page itself scrolls (narrow screens): follow only a reader who is following the transcript,
    // that is, when the segment that was playing is on screen; never pull them away from what they read.
    if (!followingOnPage) return;
    var rect = el.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
  }

  var followingOnPage = false;
  function onScreen(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }

  function highlight(t, force) {
    var next = segmentAt(t);
    if (next === current) return;
    followingOnPage = current !== null && onScreen(current);
    if (current) {
      current.classList.remove('is-current');
      current.removeAttribute('aria-current');
    }
    current = next;
    if (!current) return;
    current.classList.add('is-current');
    current.setAttribute('aria-current', 'true');
    if (force || !audio.paused) reveal(current, force);
  }

  function noteUserScroll() {
    if (Date.now() > ourScrollUntil) userScrolledAt = Date.now();
  }
  if (container) container.addEventListener('scroll', noteUserScroll, { passive: true });
  window.addEventListener('wheel', function () { userScrolledAt = Date.now(); }, { passive: true });
  window.addEventListener('touchmove', function () { userScrolledAt = Date.now(); }, { passive: true });

  audio.addEventListener('timeupdate', function () { highlight(audio.currentTime, false); });
  audio.addEventListener('seeked', function () { highlight(audio.currentTime, false); });
  audio.addEventListener('ended', function () {
    if (current) {
      current.classList.remove('is-current');
      current.removeAttribute('aria-current');
      current = null;
    }
  });

  // A link to `#t=SECONDS` (a shared timestamp) starts the player there once it can: on opening the page,
  // and when one is followed on the page itself (the browser does not reload for a new fragment).
  function seekToHash() {
    var m = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
    var start = m ? seconds(m[1]) : null;
    if (start === null) return;
    var apply = function () { audio.currentTime = start; highlight(start, true); };
    if (audio.readyState >= 1) apply();
    else audio.addEventListener('loadedmetadata', apply, { once: true });
  }
  seekToHash();
  window.addEventListener('hashchange', seekToHash);
})();
