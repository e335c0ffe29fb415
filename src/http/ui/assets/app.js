/* callscribe review UI: progressive enhancement only. Without this script every page still reads and
 * every form still posts. Plain ES2020, no modules. */
(function () {
  'use strict';

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

  // Any [data-seek] (transcript timestamps, evidence quotes) plays the call from its second.
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-seek]') : null;
    if (!target) return;
    var to = seconds(target.getAttribute('data-seek'));
    if (to === null) return;
    event.preventDefault();
    seek(to);
  });

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

  // A link to `#t=SECONDS` (a shared timestamp) starts the player there once it can.
  var m = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
  if (m) {
    var start = seconds(m[1]);
    if (start !== null) {
      var apply = function () { audio.currentTime = start; highlight(start, true); };
      if (audio.readyState >= 1) apply();
      else audio.addEventListener('loadedmetadata', apply, { once: true });
    }
  }
})();
