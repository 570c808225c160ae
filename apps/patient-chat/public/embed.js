/*
 * Frontdesk chat widget. One tag on the clinic's own site:
 *
 *   <script src="https://frontdesk.example/chat/embed.js" data-clinic="demo-clinic" async></script>
 *
 * Optional: data-lang="en" or "ar" (the chat and the button in that language; without it the
 * button is Arabic and the chat opens in Arabic or in the patient's last choice),
 * data-position="left" (the button at the bottom-left instead of the bottom-right).
 *
 * Adds a floating button that opens the chat (/chat/?clinic=<id>&embed=1) in an
 * iframe above it. No globals, no cookies of its own, no inline styles in
 * markup (only CSSOM), so it works under a strict Content-Security-Policy on the host page.
 */
(function () {
  'use strict';

  var script =
    document.currentScript ||
    document.querySelector('script[data-clinic][src*="/chat/embed.js"]');
  if (!script || !script.src) return;
  var clinic = (script.getAttribute('data-clinic') || '').trim();
  if (!clinic) {
    if (window.console) window.console.warn('Frontdesk chat: add data-clinic="<clinic id>" to the embed.js script tag.');
    return;
  }
  // One widget per page, even if the tag is pasted twice.
  var marker = 'data-frontdesk-chat';
  if (document.querySelector('[' + marker + ']')) return;

  // The site's choice of language, if it made one; otherwise the chat's own default (Arabic, or the patient's last choice).
  var asked = script.getAttribute('data-lang');
  var lang = asked === 'en' ? 'en' : 'ar';
  var left = script.getAttribute('data-position') === 'left';
  var text =
    lang === 'en'
      ? { open: 'Chat with the clinic', close: 'Close the chat', frame: 'Chat with the clinic' }
      : { open: 'تواصل مع العيادة', close: 'اقفل الشات', frame: 'الشات مع العيادة' };

  var chatUrl = new URL('./', script.src);
  chatUrl.searchParams.set('clinic', clinic);
  chatUrl.searchParams.set('embed', '1');
  if (asked === 'en' || asked === 'ar') chatUrl.searchParams.set('lang', asked);

  var SVG = 'http://www.w3.org/2000/svg';
  var BRAND = '#0d4a6b';

  function css(element, styles) {
    for (var name in styles) element.style.setProperty(name, styles[name]);
    return element;
  }

  function icon(path) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '28');
    svg.setAttribute('height', '28');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('d', path);
    shape.setAttribute('fill', 'currentColor');
    svg.appendChild(shape);
    return svg;
  }

  var CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm3 5v2h10V9H7zm0 4v2h7v-2H7z';
  var CLOSE_ICON = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z';
  var side = left ? 'left' : 'right';
  var frameId = 'frontdesk-chat-frame';

  var button = css(document.createElement('button'), {
    position: 'fixed',
    bottom: '20px',
    width: '60px',
    height: '60px',
    'border-radius': '50%',
    border: '2px solid #ffffff',
    background: BRAND,
    color: '#ffffff',
    cursor: 'pointer',
    display: 'flex',
    'align-items': 'center',
    'justify-content': 'center',
    padding: '0',
    'box-shadow': '0 4px 14px rgba(16, 24, 40, 0.3)',
    'z-index': '2147483646',
  });
  button.style.setProperty(side, '20px');
  button.type = 'button';
  button.setAttribute(marker, 'button');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', frameId);
  button.setAttribute('aria-label', text.open);
  button.setAttribute('lang', lang);
  button.title = text.open;
  button.appendChild(icon(CHAT_ICON));

  var frame = null;

  function createFrame() {
    frame = css(document.createElement('iframe'), {
      position: 'fixed',
      bottom: '92px',
      width: 'min(400px, calc(100vw - 24px))',
      height: 'min(640px, calc(100vh - 112px))',
      border: '1px solid #d7dde5',
      'border-radius': '14px',
      background: '#f4f6f9',
      'box-shadow': '0 12px 32px rgba(16, 24, 40, 0.25)',
      'z-index': '2147483647',
      'color-scheme': 'light',
    });
    frame.style.setProperty(side, '12px');
    frame.id = frameId;
    frame.title = text.frame;
    frame.setAttribute(marker, 'frame');
    frame.setAttribute('lang', lang);
    frame.src = chatUrl.href;
    document.body.appendChild(frame);
  }

  function setOpen(open) {
    if (open && !frame) createFrame();
    if (frame) frame.hidden = !open;
    if (frame) frame.style.setProperty('display', open ? 'block' : 'none');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    button.setAttribute('aria-label', open ? text.close : text.open);
    button.title = open ? text.close : text.open;
    button.replaceChildren(icon(open ? CLOSE_ICON : CHAT_ICON));
    if (open && frame) frame.focus();
  }

  button.addEventListener('click', function () {
    setOpen(button.getAttribute('aria-expanded') !== 'true');
  });

  // Escape inside the chat: the framed page asks to be closed (nothing else is accepted from it).
  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== chatUrl.origin) return;
    if (event.data && event.data.frontdeskChat === 'close') {
      setOpen(false);
      button.focus();
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });

  function mount() {
    document.body.appendChild(button);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
