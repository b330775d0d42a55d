// The toolbox's facets apply as soon as one is ticked: the search form is sent again (the
// "Toepassen" button stays for use without JavaScript). After the new page has loaded,
// the focus returns to the option that was changed, so a keyboard user keeps their place.
(function () {
  'use strict';
  var KEY = 'aanboord.toolbox.facet';

  function restoreFocus(form) {
    var last;
    try {
      last = window.sessionStorage.getItem(KEY);
      window.sessionStorage.removeItem(KEY);
    } catch (e) {
      return;
    }
    if (!last) {
      return;
    }
    var parts = last.split('\u0000');
    var options = form.querySelectorAll('input.facet-option');
    for (var i = 0; i < options.length; i++) {
      if (options[i].name === parts[0] && options[i].value === parts[1]) {
        options[i].focus();
        return;
      }
    }
  }

  function init() {
    var form = document.getElementById('toolbox-search');
    if (!form) {
      return;
    }
    var hint = document.getElementById('facets-hint');
    if (hint) {
      hint.classList.remove('d-none');
    }
    form.addEventListener('change', function (event) {
      var option = event.target;
      if (!option.classList || !option.classList.contains('facet-option')) {
        return;
      }
      try {
        window.sessionStorage.setItem(KEY, option.name + '\u0000' + option.value);
      } catch (e) {
        // no storage: the form is sent all the same
      }
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit();
      } else {
        form.submit();
      }
    });
    restoreFocus(form);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
