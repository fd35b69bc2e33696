// Progressive enhancement for review pages: a "use selected text" button beside each quote field
// copies the reader's current text selection into it. Without JavaScript the reviewer pastes the
// passage; the server finds it in the revision either way.
'use strict';
(function () {
  let lastSelection = '';
  document.addEventListener('selectionchange', function () {
    const text = String(window.getSelection() || '').trim();
    if (text) lastSelection = text;
  });
  document.querySelectorAll('textarea.quote-field').forEach(function (field) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = field.getAttribute('data-use-selection') || 'Use selected text';
    button.addEventListener('click', function () {
      if (lastSelection) {
        field.value = lastSelection;
        field.focus();
      }
    });
    field.insertAdjacentElement('afterend', button);
  });
})();
