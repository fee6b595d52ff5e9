// The class vote's page: join with the room's PIN, then follow the room over server-sent events.
// Everything on screen is set with textContent, never as HTML. The device's token is an HttpOnly
// cookie the server sets, so a reload, a second tab or a dropped network come back as the same
// device, with its vote.
'use strict';

const $ = (id) => document.getElementById(id);
let room = null;       // the room as the server last described it
let events = null;     // the EventSource, while joined
let joinedOnce = false;
let shownQuestion = '';
const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

function show(section) {
  for (const id of ['join', 'lobby', 'question']) {
    $(id).hidden = id !== section;
  }
}

async function post(path, fields) {
  const body = new URLSearchParams(fields);
  const response = await fetch(path, { method: 'POST', body, credentials: 'same-origin', cache: 'no-store' });
  let data = {};
  try {
    data = await response.json();
  } catch (e) {
    data = {};
  }
  return { status: response.status, data };
}

async function refresh() {
  try {
    const response = await fetch('/api/state', { credentials: 'same-origin', cache: 'no-store' });
    render(await response.json());
    $('connection').hidden = true;
  } catch (e) {
    $('connection').hidden = false;
    setTimeout(refresh, 2000);
  }
}

function follow() {
  if (events && events.readyState !== EventSource.CLOSED) {
    return;
  }
  events = new EventSource('/api/events');
  events.onopen = () => { $('connection').hidden = true; };
  events.onmessage = (e) => render(JSON.parse(e.data));
  events.onerror = () => {
    $('connection').hidden = false;
    if (events.readyState === EventSource.CLOSED) {
      // The server refused the stream (a new room, say): ask it what this device is now.
      events = null;
      setTimeout(refresh, 2000);
    }
  };
}

function unfollow() {
  if (events) {
    events.close();
    events = null;
  }
}

function render(state) {
  room = state;
  if (!state.joined) {
    unfollow();
    show('join');
    if (joinedOnce) {
      $('join-error').textContent = 'The class vote has ended or restarted. Enter the PIN on the screen to join again.';
    }
    return;
  }
  joinedOnce = true;
  follow();
  if (state.phase === 'lobby' || !state.question) {
    show('lobby');
    return;
  }
  show('question');
  renderQuestion(state);
}

function renderQuestion(state) {
  const q = state.question;
  const key = q.id + '/' + state.ballot;
  $('round').textContent = state.round === 2
    ? 'Round 2 · talk it over with your neighbour, then vote again'
    : 'Question';
  $('question-text').textContent = q.text;
  renderDiagram(state);
  if (shownQuestion !== key) {
    shownQuestion = key;
    const list = $('choices');
    list.replaceChildren();
    q.choices.forEach((text, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = 'choice-' + i;
      button.className = 'choice';
      const letter = document.createElement('span');
      letter.className = 'letter';
      letter.textContent = String.fromCharCode(65 + i);
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = text;
      button.append(letter, label);
      button.addEventListener('click', () => vote(i));
      list.append(button);
    });
  }
  const open = state.phase === 'voting';
  const revealed = state.phase === 'revealed' && state.reveal;
  document.querySelectorAll('.choice').forEach((button, i) => {
    button.disabled = !open;
    button.classList.toggle('chosen', state.choice === i);
    button.classList.toggle('correct', Boolean(revealed) && state.reveal.correct === i);
    button.setAttribute('aria-pressed', String(state.choice === i));
  });
  const chosen = state.choice === undefined ? null : q.choices[state.choice];
  let status;
  if (open) {
    status = chosen === null ? 'Tap your answer.' : 'Your vote: ' + chosen + '. You can change it until voting closes.';
  } else if (revealed) {
    status = '';
  } else {
    status = (chosen === null ? 'Voting is closed.' : 'You voted ' + chosen + '.') + ' Look at the screen.';
  }
  $('vote-status').textContent = status;
  $('vote-status').classList.remove('error');
  renderReveal(state, revealed);
}

// The question's diagram: before the reveal the server draws it without the answer (the asked
// arrow dotted, no verdict's colour); once revealed, with the verdicts. In the phone's own theme.
function renderDiagram(state) {
  const q = state.question;
  const answer = state.phase === 'revealed' && Boolean(state.reveal) && Boolean(state.reveal.diagram);
  const diagram = $('diagram');
  $('diagram-frame').hidden = !q.diagram && !answer;
  if ($('diagram-frame').hidden) {
    return;
  }
  const theme = darkScheme.matches ? 'dark' : 'light';
  const src = '/api/diagram?q=' + encodeURIComponent(q.id) + '&shows=' + (answer ? 'answer' : 'question')
    + '&theme=' + theme;
  if (diagram.getAttribute('src') !== src) {
    diagram.src = src;
    diagram.alt = answer ? 'The diagram with the answer: every arrow in its colour'
      : 'The diagram the question is about: the dotted arrow with a question mark is the one asked';
    $('diagram-caption').textContent = (answer
      ? 'Green: allowed. Red, dashed: denied.'
      : 'The dotted arrow with ? is the one asked; the other dotted ones are shown with the answer.');
  }
}

function toggleZoom() {
  const zoomed = $('diagram-frame').classList.toggle('zoomed');
  $('diagram-zoom').setAttribute('aria-pressed', String(zoomed));
  $('diagram-zoom').textContent = zoomed ? 'Fit to the screen' : 'Enlarge';
}

function renderReveal(state, revealed) {
  $('reveal').hidden = !revealed;
  if (!revealed) {
    return;
  }
  const r = state.reveal;
  const q = state.question;
  $('reveal-headline').textContent = r.headline;
  let you;
  if (state.choice === undefined) {
    you = 'You did not vote on this one.';
  } else if (state.choice === r.correct) {
    you = 'You said ' + q.choices[state.choice] + ': right!';
  } else {
    you = 'You said ' + q.choices[state.choice] + '. The answer is ' + q.choices[r.correct] + '.';
  }
  $('reveal-you').textContent = you;
  $('reveal-you').classList.toggle('right', state.choice === r.correct);
  $('reveal-you').classList.toggle('wrong', state.choice !== undefined && state.choice !== r.correct);
  const list = $('reveal-explanation');
  list.replaceChildren(...r.explanation.map((sentence) => {
    const p = document.createElement('p');
    p.textContent = sentence;
    return p;
  }));
}

async function vote(choice) {
  if (!room || room.phase !== 'voting') {
    return;
  }
  const ballot = room.ballot;
  try {
    const { status, data } = await post('/api/vote', { ballot: String(ballot), choice: String(choice) });
    if (status === 200) {
      if (room.ballot === ballot) {
        render(Object.assign({}, room, { choice: data.choice }));
      }
    } else if (status === 401) {
      render({ joined: false });
    } else if (status === 409) {
      refresh();
    } else {
      $('vote-status').textContent = data.error || 'Your vote did not go through. Try again.';
      $('vote-status').classList.add('error');
    }
  } catch (e) {
    $('vote-status').textContent = 'No connection: your vote did not go through. Try again.';
    $('vote-status').classList.add('error');
  }
}

async function join(event) {
  event.preventDefault();
  const pin = $('pin').value.trim();
  if (!/^[0-9]{4}$/.test(pin)) {
    $('join-error').textContent = 'The PIN is four digits.';
    return;
  }
  $('join-button').disabled = true;
  try {
    const { status, data } = await post('/api/join', { pin });
    if (status === 200) {
      $('join-error').textContent = '';
      $('pin').value = '';
      render(data);
    } else {
      $('join-error').textContent = data.error || 'Could not join. Try again.';
    }
  } catch (e) {
    $('join-error').textContent = 'No connection to the room. Are you on the same network as the screen?';
  } finally {
    $('join-button').disabled = false;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('join-form').addEventListener('submit', join);
  $('diagram-zoom').addEventListener('click', toggleZoom);
  $('diagram').addEventListener('click', toggleZoom);
  // A phone that leaves the Wi-Fi says so: its stream is dead, so drop it and say so; back online,
  // read the room again (the vote is kept on the server) and follow it anew.
  window.addEventListener('offline', () => {
    unfollow();
    $('connection').hidden = false;
  });
  window.addEventListener('online', refresh);
  darkScheme.addEventListener('change', () => {
    if (room && room.joined && room.question) {
      renderDiagram(room);
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      refresh();
    }
  });
  refresh();
});
