// The baseline page's whole script: every key rewrites the text of the 24
// items of a list from the typed text; every click toggles a button and
// rewrites them too.
const list = document.getElementById('list');
const input = document.getElementById('q');
const toggle = document.getElementById('toggle');
const items = Array.from({ length: 24 }, () => list.appendChild(document.createElement('li')));

function render(text) {
  items.forEach((item, i) => {
    item.textContent = `${text || 'gian hàng'} ${i + 1}: Hợp tác xã mây tre đan Phú Vinh, Chương Mỹ`;
  });
}

input.addEventListener('input', () => render(input.value));
toggle.addEventListener('click', () => {
  toggle.setAttribute('aria-pressed', String(toggle.getAttribute('aria-pressed') !== 'true'));
  render(toggle.getAttribute('aria-pressed'));
});
render('');
