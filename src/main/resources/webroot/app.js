// Scoop dashboard: submits URLs over the WebSocket and shows results as they arrive.
// Article content is untrusted: it is only ever inserted as text, never as HTML.
(function () {
  'use strict';
  const results = document.getElementById('results');
  const conn = document.getElementById('conn');
  const jobLine = document.getElementById('job');
  const articles = new Map();
  let socket;

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + location.host + '/api/v1/stream');
    socket.onopen = () => { conn.textContent = 'live'; };
    socket.onclose = () => { conn.textContent = 'disconnected, retrying…'; setTimeout(connect, 2000); };
    socket.onmessage = (m) => handle(JSON.parse(m.data));
  }

  function handle(event) {
    if (event.type === 'ack' && event.op === 'submit') {
      jobLine.textContent = 'Job ' + event.jobId + ': ' + event.accepted + ' accepted, ' + event.rejected.length + ' rejected';
    } else if (event.type === 'result') {
      addResult(event);
    } else if (event.type === 'job') {
      jobLine.textContent = 'Job ' + event.jobId + ' done: ' + event.ok + ' ok, ' + event.duplicate + ' duplicate, ' + event.error + ' error';
    } else if (event.type === 'error') {
      jobLine.textContent = 'Error: ' + event.error.message;
    }
  }

  function addResult(event) {
    const li = document.createElement('li');
    const badge = document.createElement('span');
    badge.className = 'status ' + event.status;
    badge.textContent = event.status;
    li.appendChild(badge);
    const label = event.article && event.article.title ? event.article.title : event.url;
    li.appendChild(document.createTextNode(label + (event.error ? ' (' + event.error.code + ')' : '')));
    li.dataset.key = event.jobId + '/' + event.seq;
    if (event.article) {
      articles.set(li.dataset.key, event.article);
      li.addEventListener('click', () => show(articles.get(li.dataset.key)));
    }
    results.appendChild(li);
  }

  function show(a) {
    document.getElementById('reader').hidden = false;
    document.getElementById('r-title').textContent = a.title || a.url;
    const meta = [(a.authors || []).join(', '), a.publishedAt, a.siteName].filter(Boolean).join(' · ');
    document.getElementById('r-meta').textContent = meta;
    const body = document.getElementById('r-body');
    body.replaceChildren();
    (a.text || '').split('\n').forEach((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      body.appendChild(p);
    });
  }

  document.getElementById('go').addEventListener('click', () => {
    const urls = document.getElementById('urls').value.split('\n').map((s) => s.trim()).filter(Boolean);
    if (urls.length && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ op: 'submit', urls: urls }));
    }
  });
  connect();
})();
