// The card's page: a button that copies the private link, and one that prints the card. Both stay hidden without
// JavaScript (the link can still be selected and copied by hand; the browser's own print uses the print stylesheet).
(function () {
  'use strict';
  function init() {
    var copy = document.getElementById('kaart-link-kopieer');
    var field = document.getElementById('kaart-link');
    var status = document.getElementById('kaart-link-status');
    if (copy && field && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(field.value).then(function () {
          if (status) {
            status.textContent = copy.getAttribute('data-copied');
          }
        }, function () {
          field.select();
        });
      });
    }
    var print = document.getElementById('kaart-print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', function () {
        window.print();
      });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
