// The print buttons of the document pages and the bulletin (the console's Content-Security-Policy allows no inline script).
document.addEventListener('click', function (e) {
  if (e.target.closest('[data-print]')) { window.print(); }
});
