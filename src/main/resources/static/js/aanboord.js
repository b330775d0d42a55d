// A table box that scrolls sideways (on a phone, or a wide table on any screen) can be
// reached and scrolled with the keyboard: it becomes a focusable region named after its
// table's caption. Nothing else depends on this script.
(function () {
  'use strict';
  var MARK = 'data-scroll-region';
  function update() {
    document.querySelectorAll('.table-responsive').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute('tabindex')) {
        var caption = box.querySelector('caption');
        box.setAttribute(MARK, '');
        box.setAttribute('tabindex', '0');
        if (caption && caption.textContent.trim() && !box.hasAttribute('aria-label')) {
          box.setAttribute(MARK, 'labelled');
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', caption.textContent.trim());
        }
      } else if (!scrolls && box.hasAttribute(MARK)) {
        if (box.getAttribute(MARK) === 'labelled') {
          box.removeAttribute('role');
          box.removeAttribute('aria-label');
        }
        box.removeAttribute(MARK);
        box.removeAttribute('tabindex');
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', update);
  } else {
    update();
  }
  window.addEventListener('resize', update);
  document.addEventListener('htmx:afterSettle', update);
}());

// A form that saves itself in the background (htmx, marked with data-background-failed)
// keeps what the user typed when a save fails: an expired session (401, the background
// request never navigates to the login page), a refused token (403) or a server that is
// away. The form's status area (its hx-target) then shows the form's own message, and
// the next keystroke tries again.
(function () {
  'use strict';
  function failed(event) {
    var form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('[data-background-failed]') : null;
    if (!form) {
      return;
    }
    var target = document.querySelector(form.getAttribute('hx-target'));
    if (!target) {
      return;
    }
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    var message = document.createElement('p');
    message.className = 'alert alert-warning mb-2';
    message.setAttribute('role', 'alert');
    message.textContent = form.getAttribute(status === 401 || status === 403 ? 'data-session-expired' : 'data-background-failed');
    target.replaceChildren(message);
  }
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);
}());
