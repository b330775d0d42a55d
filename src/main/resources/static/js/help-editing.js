// The offer form: choosing a kind of help pre-selects its level of care (the editor can
// still choose another). Without JavaScript an empty level of care is the kind's own.
(function () {
  'use strict';

  function init() {
    var kinds = document.querySelectorAll('select.help-kind');
    for (var i = 0; i < kinds.length; i++) {
      kinds[i].addEventListener('change', function (event) {
        var kind = event.target;
        var form = kind.form;
        var level = form ? form.querySelector('select.help-care-level') : null;
        var option = kind.options[kind.selectedIndex];
        var preset = option ? option.getAttribute('data-care-level') : null;
        if (level && preset) {
          level.value = preset;
        }
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
}());
