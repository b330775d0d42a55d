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
