// The baseline page's whole script: every key rewrites 24 list items from
// the typed text, every click toggles a button and rewrites the list.
const list = document.getElementById('list');
const input = document.getElementById('q');
const toggle = document.getElementById('toggle');

function render(text) {
  const items = [];
  for (let i = 0; i < 24; i++) {
    const item = document.createElement('li');
    item.textContent = `${text || 'gian hàng'} ${i + 1}: Hợp tác xã mây tre đan Phú Vinh, Chương Mỹ`;
    items.push(item);
  }
  list.replaceChildren(...items);
}

input.addEventListener('input', () => render(input.value));
toggle.addEventListener('click', () => {
  toggle.setAttribute('aria-pressed', String(toggle.getAttribute('aria-pressed') !== 'true'));
  render(toggle.getAttribute('aria-pressed'));
});
render('');
