// Shows assent.get() live on the state page.
const output = document.getElementById('state');
const show = () => {
  output.textContent = JSON.stringify(window.assent.get(), null, 2);
};
document.addEventListener('assent-change', show);
document.getElementById('accept').addEventListener('click', () => window.assent.acceptAll());
document.getElementById('reject').addEventListener('click', () => window.assent.rejectAll());
window.assent.ready.then(show);
