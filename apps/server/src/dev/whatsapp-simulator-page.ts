/** The simulator's page and script (served from our origin: the CSP allows no inline script). */
export const SIMULATOR_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WhatsApp simulator (development)</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #efeae2; color: #111; }
  header { background: #075e54; color: #fff; padding: 12px 16px; }
  header p { margin: 4px 0 0; font-size: 13px; opacity: .9; }
  main { max-width: 520px; margin: 0 auto; padding: 12px; }
  label { display: block; font-size: 14px; margin: 8px 0 4px; }
  input, textarea, button { font: inherit; padding: 8px; border-radius: 8px; border: 1px solid #bbb; box-sizing: border-box; }
  input, textarea { width: 100%; }
  #thread { background: #fff8; border-radius: 8px; min-height: 240px; padding: 8px; margin: 12px 0; display: flex; flex-direction: column; gap: 6px; }
  .bubble { max-width: 80%; padding: 6px 10px; border-radius: 8px; white-space: pre-wrap; unicode-bidi: plaintext; }
  .in { align-self: flex-end; background: #d9fdd3; }
  .out { align-self: flex-start; background: #fff; }
  form { display: flex; gap: 8px; }
  button { background: #075e54; color: #fff; border: 0; cursor: pointer; }
</style>
</head>
<body>
<header><strong>WhatsApp simulator</strong><p>Development only. Messages are signed like Meta's webhooks and sent to this server; replies appear here.</p></header>
<main>
  <label for="phone">The patient's phone (international format)</label>
  <input id="phone" value="+201001234567" autocomplete="off">
  <div id="thread" aria-live="polite"></div>
  <form id="compose">
    <textarea id="text" rows="2" aria-label="Message" placeholder="Type a message"></textarea>
    <button type="submit">Send</button>
  </form>
  <p id="status" role="status"></p>
</main>
<script src="/dev/whatsapp/simulator.js"></script>
</body>
</html>`;

export const SIMULATOR_SCRIPT = `(() => {
  const phone = document.getElementById('phone');
  const thread = document.getElementById('thread');
  const text = document.getElementById('text');
  const status = document.getElementById('status');
  const params = new URLSearchParams(location.search);
  if (params.get('phone')) phone.value = params.get('phone');
  if (params.get('text')) text.value = params.get('text');
  let shown = '';
  async function refresh() {
    const res = await fetch('/dev/whatsapp/messages?phone=' + encodeURIComponent(phone.value.replace(/[\\s-]/g, '')));
    const { messages } = await res.json();
    const key = messages.map((m) => m.id).join();
    if (key === shown) return;
    shown = key;
    thread.replaceChildren(...messages.map((m) => {
      const div = document.createElement('div');
      div.className = 'bubble ' + m.direction;
      div.textContent = m.text;
      return div;
    }));
  }
  document.getElementById('compose').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) return;
    const res = await fetch('/dev/whatsapp/send', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: phone.value, text: text.value }) });
    const body = await res.json();
    status.textContent = res.ok ? 'Delivered to the webhook' : (body.error || 'The webhook refused the message');
    if (res.ok) text.value = '';
    refresh();
  });
  setInterval(refresh, 700);
  refresh();
})();`;
