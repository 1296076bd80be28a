// Scoop dashboard: submits URLs over the WebSocket and shows results as they arrive.
// Article content is untrusted. Text goes in with textContent; the article body (sanitized
// HTML from the server) goes in a sandboxed iframe, where no script can run.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const articles = new Map();
  const jobs = new Map();
  const perSecond = new Array(60).fill(0);
  let socket;

  // The token lives in this tab's sessionStorage only, and goes over the socket as its first message
  // (never in a URL, where it would land in access logs).
  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + location.host + '/api/v1/stream');
    socket.onopen = () => {
      const token = sessionStorage.getItem('scoop.token');
      if (token) {
        socket.send(JSON.stringify({ op: 'auth', token: token }));
      }
      // A new connection follows nothing: pick up each unfinished job after the last result shown.
      jobs.forEach((job, jobId) => {
        if (!job.done) {
          socket.send(JSON.stringify({ op: 'subscribe', jobId: jobId, after: job.last }));
        }
      });
      $('conn').textContent = 'live';
      $('conn').className = 'badge live';
    };
    socket.onclose = (e) => {
      $('conn').textContent = e.code === 1008 ? 'refused: ' + (e.reason || 'API token needed') : 'reconnecting…';
      $('conn').className = 'badge';
      setTimeout(connect, e.code === 1008 ? 5000 : 2000);
    };
    socket.onmessage = (m) => handle(JSON.parse(m.data));
  }

  $('token').value = sessionStorage.getItem('scoop.token') || '';
  $('token').addEventListener('change', () => {
    sessionStorage.setItem('scoop.token', $('token').value.trim());
    if (socket) {
      socket.close();
    }
  });

  function handle(event) {
    if (event.type === 'ack' && event.op === 'submit') {
      jobs.set(event.jobId, { total: event.accepted, ok: 0, duplicate: 0, error: 0, done: false, last: 0, seen: new Set() });
      renderJob(event.jobId, event.rejected.length);
    } else if (event.type === 'result') {
      addResult(event);
    } else if (event.type === 'job') {
      const job = jobs.get(event.jobId);
      if (job) {
        Object.assign(job, { ok: event.ok, duplicate: event.duplicate, error: event.error, done: true });
        renderJob(event.jobId);
      }
    } else if (event.type === 'lagged') {
      // Too slow to keep up, the tab missed a range: ask for it again, as the API says.
      event.missed.filter((m) => jobs.has(m.jobId)).forEach((m) => {
        const after = m.fromSeq ? m.fromSeq - 1 : jobs.get(m.jobId).last;
        socket.send(JSON.stringify({ op: 'subscribe', jobId: m.jobId, after: after }));
      });
    } else if (event.type === 'error') {
      const line = document.createElement('p');
      line.className = 'muted';
      line.textContent = 'Error: ' + event.error.message;
      $('jobs').prepend(line);
    }
  }

  function renderJob(jobId, rejected) {
    const job = jobs.get(jobId);
    let row = document.querySelector('[data-job="' + CSS.escape(jobId) + '"]');
    if (!row) {
      row = document.createElement('div');
      row.className = 'job';
      row.dataset.job = jobId;
      row.append(document.createElement('progress'), document.createElement('span'));
      $('jobs').prepend(row);
    }
    const finished = job.ok + job.duplicate + job.error;
    row.querySelector('progress').max = job.total;
    row.querySelector('progress').value = finished;
    row.querySelector('span').textContent = finished + '/' + job.total + ' — ' + job.ok + ' ok, ' + job.duplicate
        + ' duplicate, ' + job.error + ' error' + (job.done ? ' — done' : '') + (rejected ? ' (' + rejected + ' rejected)' : '');
  }

  function addResult(event) {
    const job = jobs.get(event.jobId);
    if (job) {
      if (job.seen.has(event.seq)) {
        return; // sent again after a lag or a reconnect
      }
      job.seen.add(event.seq);
      job.last = Math.max(job.last, event.seq);
      job[event.status]++;
      renderJob(event.jobId);
    }
    perSecond[perSecond.length - 1]++;
    const li = document.createElement('li');
    const badge = document.createElement('span');
    badge.className = 'status ' + event.status;
    badge.textContent = event.status;
    li.appendChild(badge);
    const label = event.article && event.article.title ? event.article.title : event.url;
    li.appendChild(document.createTextNode(label + (event.error ? ' (' + event.error.code + ')' : '')));
    if (event.article) {
      const key = event.jobId + '/' + event.seq;
      articles.set(key, event.article);
      li.addEventListener('click', () => {
        document.querySelectorAll('#results li.selected').forEach((x) => x.classList.remove('selected'));
        li.classList.add('selected');
        show(articles.get(key));
      });
    }
    $('results').appendChild(li);
  }

  function show(a) {
    $('reader').hidden = false;
    $('r-title').textContent = a.title || a.url;
    const date = a.publishedAt ? new Date(a.publishedAt).toLocaleString() : '';
    $('r-meta').textContent = [(a.authors || []).join(', '), date, a.siteName].filter(Boolean).join(' · ');
    const image = a.image;
    $('r-figure').hidden = !image;
    if (image) {
      $('r-image').src = /^https?:/.test(image.url) ? image.url : '';
      $('r-caption').textContent = [image.caption, image.credit].filter(Boolean).join(' — ');
    }
    const doc = '<!DOCTYPE html><meta charset="utf-8"><base target="_blank">'
        + '<style>body{font:16px/1.6 Georgia,serif;margin:0 .5rem}img{max-width:100%}</style>' + (a.html || '');
    $('r-body').srcdoc = doc;
  }

  function sparkline() {
    perSecond.shift();
    perSecond.push(0);
    const canvas = $('spark');
    const g = canvas.getContext('2d');
    const max = Math.max(1, ...perSecond);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.strokeStyle = '#9fd3ff';
    g.beginPath();
    perSecond.forEach((v, i) => {
      const x = i * canvas.width / (perSecond.length - 1);
      const y = canvas.height - 2 - v * (canvas.height - 4) / max;
      if (i === 0) { g.moveTo(x, y); } else { g.lineTo(x, y); }
    });
    g.stroke();
    $('rate').textContent = perSecond[perSecond.length - 2] + ' results/s';
  }

  $('go').addEventListener('click', () => {
    const urls = $('urls').value.split('\n').map((s) => s.trim()).filter(Boolean);
    if (urls.length && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ op: 'submit', urls: urls, options: { force: $('force').checked } }));
    }
  });
  setInterval(sparkline, 1000);
  connect();
})();
