// Progressive enhancement only: every page works without this file.
// Moves focus to the error summary so screen-reader and keyboard users hear the errors first.
const summary = document.querySelector('[data-module="error-summary"]');
if (summary) {
  summary.focus();
}
// Following a link in the error summary focuses the field and keeps its label in view.
document.addEventListener('click', (event) => {
  const link = event.target.closest('.error-summary-list a[href^="#"]');
  if (!link) return;
  const input = document.getElementById(link.getAttribute('href').slice(1));
  if (!input) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${input.id}"]`) || input.closest('fieldset')?.querySelector('legend');
  (label || input).scrollIntoView();
  input.focus({ preventScroll: true });
});
