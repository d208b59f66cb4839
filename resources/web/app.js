// Simu's web console: log in, dial, watch live calls change as the hub reports them, and look
// back at recent calls with their cost and recording. Everything from the hub is written with
// textContent, never parsed as HTML.

import { api, session, isLoginLost } from './api.js';
import { CallStream } from './stream.js';
import * as fmt from './format.js';

const $ = (id) => document.getElementById(id);

const HISTORY_SIZE = 20;
const ENDED_ROW_SECONDS = 6; // an ended call stays in the live table this long, so it is seen
const CLOCK_SAMPLES = 20;

const app = {
    me: null,
    stream: null,
    live: new Map(), // sessionId -> { call, row, touched, removeTimer }
    dialled: '', // the call this window placed last, while its "answer your phone" hint shows
    ended: new Set(), // sessionIds known to have ended: a late snapshot must not revive them
    history: new Map(), // sessionId -> { row, version } of the recent calls shown
    clockSamples: [], // local ms minus the hub's ms, from live events
    streamIsLive: false,
    historyTimer: null,
    ticker: null,
};

// ---- small DOM helpers ------------------------------------------------------------------------

function element(tag, { text, className, attrs } = {}) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    return node;
}

function cell(label, text, className) {
    return element('td', { text, className, attrs: { 'data-label': label } });
}

// A main value with an optional muted second line ("Completed" / "Normal clearing").
function twoLineCell(label, main, detail, mainClass) {
    const td = cell(label);
    const value = element('div', { className: 'value' });
    value.append(element('span', { text: main, className: mainClass }));
    if (detail) value.append(element('span', { text: detail, className: 'detail' }));
    td.append(value);
    return td;
}

function setText(id, text) {
    $(id).textContent = text;
}

// ---- the hub's clock --------------------------------------------------------------------------

// Durations tick against the hub's clock, estimated from live events (the smallest lag seen is
// the truest), so a browser whose clock is off does not show negative or inflated times.
function noteHubTime(at) {
    const hubTime = Date.parse(at);
    if (Number.isNaN(hubTime)) return;
    app.clockSamples.push(Date.now() - hubTime);
    if (app.clockSamples.length > CLOCK_SAMPLES) app.clockSamples.shift();
}

function hubNow() {
    const offset = app.clockSamples.length ? Math.min(...app.clockSamples) : 0;
    return Date.now() - offset;
}

// ---- views ------------------------------------------------------------------------------------

function showLogin(message = '') {
    $('console-view').hidden = true;
    $('whoami').hidden = true;
    $('login-view').hidden = false;
    setText('login-error', message);
    setConnection('offline');
    $('login-submit').disabled = false;
    const field = $('login-username').value ? $('login-password') : $('login-username');
    field.focus();
}

function showConsole(user) {
    app.me = user;
    $('login-view').hidden = true;
    $('console-view').hidden = false;
    $('whoami').hidden = false;
    setText('user-name', user.displayName || user.username);
    setText('user-login', user.displayName ? `(${user.username})` : '');
    setText('user-role', fmt.roleLabel(user.role));
    setText(
        'dial-line',
        user.line
            ? `Simu rings your phone ${fmt.formatNumber(user.line)} first, then the customer.`
            : 'You have no phone line set, so Simu cannot ring you for a call. ' +
                  'Ask an administrator to set one.',
    );
    setText('live-scope', user.role === 'agent' ? 'Your calls.' : "Every agent's calls.");
    // Without a line of their own nobody can be rung for a call: no keypad to invite it.
    $('dial-form').querySelector('.keypad').hidden = !user.line;
    setText('dial-error', '');
    setText('dial-status', '');
    $('dial-number').focus();
}

const CONNECTION_TEXT = {
    offline: 'Not connected',
    connecting: 'Connecting…',
    live: 'Live',
    reconnecting: 'Reconnecting…',
};

function setConnection(status) {
    const indicator = $('connection');
    if (indicator.dataset.state === status) return;
    indicator.dataset.state = status;
    setText('connection-text', CONNECTION_TEXT[status]);
    indicator.title =
        status === 'reconnecting'
            ? 'The connection to the hub was lost. What you see is kept and will catch up.'
            : '';
}

// ---- session ----------------------------------------------------------------------------------

async function startSession(user) {
    showConsole(user);
    clearCalls();
    app.stream = new CallStream(session.token, {
        onEvent: receiveEvent,
        onReady: () => {
            app.streamIsLive = true;
            loadSnapshot();
            loadHistory();
        },
        onStatus: (status) => {
            if (status !== 'live') app.streamIsLive = false;
            setConnection(status);
        },
        onClosed: stillLoggedIn,
    });
    app.stream.start();
    app.ticker = window.setInterval(tick, 1000);
}

function endSession(message) {
    if (app.stream) app.stream.stop();
    app.stream = null;
    window.clearInterval(app.ticker);
    window.clearTimeout(app.historyTimer);
    session.token = '';
    app.me = null;
    clearCalls();
    $('history-body').replaceChildren();
    app.history.clear();
    $('login-password').value = '';
    showLogin(message);
}

function loginLost() {
    endSession('Your login has ended. Please log in again.');
}

// After the stream drops: reconnect unless the token itself is no longer accepted.
async function stillLoggedIn() {
    try {
        await api.me();
        return true;
    } catch (error) {
        if (isLoginLost(error)) {
            loginLost();
            return false;
        }
        return true; // the hub is unreachable: keep trying
    }
}

async function logIn(event) {
    event.preventDefault();
    const username = $('login-username').value.trim();
    const password = $('login-password').value;
    if (!username || !password) {
        setText('login-error', 'Enter your username and password.');
        return;
    }
    $('login-submit').disabled = true;
    setText('login-error', '');
    try {
        const answer = await api.login(username, password);
        session.token = answer.token;
        $('login-password').value = '';
        await startSession(answer.user);
    } catch (error) {
        setText('login-error', error.message);
        $('login-password').focus();
    } finally {
        $('login-submit').disabled = false;
    }
}

async function logOut() {
    try {
        await api.logout();
    } catch {
        // Logged out here either way; the token expires on the hub by itself.
    }
    endSession('You have logged out.');
}

// ---- dialling ---------------------------------------------------------------------------------

async function dial(event) {
    event.preventDefault();
    const input = $('dial-number');
    const number = input.value.trim();
    setText('dial-status', '');
    if (!number) {
        setText('dial-error', "Type the customer's number first.");
        input.focus();
        return;
    }
    setText('dial-error', '');
    $('dial-call').disabled = true;
    try {
        const call = await api.initiate(number);
        input.value = '';
        const line = app.me && app.me.line ? fmt.formatNumber(app.me.line) : 'your phone';
        setText(
            'dial-status',
            `Calling ${fmt.formatNumber(call.customerNumber)}: answer ${line} when it rings.`,
        );
        app.dialled = call.sessionId;
        upsertCall(call);
    } catch (error) {
        if (isLoginLost(error)) return loginLost();
        setText('dial-error', error.message);
    } finally {
        $('dial-call').disabled = false;
        input.focus();
    }
}

function pressKey(event) {
    const key = event.target.closest('button[data-key]');
    if (!key) return;
    const input = $('dial-number');
    input.value =
        key.dataset.key === 'backspace' ? input.value.slice(0, -1) : input.value + key.dataset.key;
    setText('dial-error', '');
    input.focus();
}

function callAgain(number) {
    const input = $('dial-number');
    input.value = number;
    setText('dial-error', '');
    setText('dial-status', `Press Call to ring ${fmt.formatNumber(number)} again.`);
    input.focus();
}

// ---- live calls -------------------------------------------------------------------------------

function clearCalls() {
    for (const entry of app.live.values()) window.clearTimeout(entry.removeTimer);
    app.live.clear();
    app.ended.clear();
    $('live-body').replaceChildren();
    updateLiveCount();
}

function isNewer(incoming, known) {
    const a = Date.parse(incoming.updatedAt);
    const b = Date.parse(known.updatedAt);
    if (Number.isNaN(a) || Number.isNaN(b) || a !== b) return Number.isNaN(b) || a > b;
    return (incoming.callbacksApplied || 0) >= (known.callbacksApplied || 0);
}

function receiveEvent(event) {
    if (app.streamIsLive && event.at) noteHubTime(event.at);
    upsertCall(event.call);
}

function upsertCall(call) {
    if (!call || typeof call.sessionId !== 'string' || call.sessionId === '') return;
    if (call.sessionId === app.dialled && !['queued', 'ringing'].includes(call.state)) {
        app.dialled = '';
        setText('dial-status', ''); // answered (or ended): the hint has done its job
    }
    const entry = app.live.get(call.sessionId);
    if (call.final) {
        app.ended.add(call.sessionId);
        scheduleHistoryRefresh();
        if (!entry) return; // ended before it was shown, or already gone: history has it
    } else if (app.ended.has(call.sessionId)) {
        return; // a stale copy of a call that has already ended
    }
    if (entry) {
        if (!isNewer(call, entry.call)) return;
        entry.call = call;
        entry.touched = performance.now();
        renderLiveRow(entry);
    } else {
        const added = { call, row: element('tr'), touched: performance.now(), removeTimer: null };
        added.row.dataset.session = call.sessionId;
        app.live.set(call.sessionId, added);
        renderLiveRow(added);
        $('live-body').prepend(added.row);
    }
    const current = app.live.get(call.sessionId);
    if (call.final && current.removeTimer === null) {
        current.removeTimer = window.setTimeout(
            () => removeLive(call.sessionId),
            ENDED_ROW_SECONDS * 1000,
        );
    }
    updateLiveCount();
}

function removeLive(sessionId) {
    const entry = app.live.get(sessionId);
    if (!entry) return;
    window.clearTimeout(entry.removeTimer);
    entry.row.remove();
    app.live.delete(sessionId);
    updateLiveCount();
}

function liveDuration(call) {
    const seconds = fmt.connectedSeconds(call, hubNow());
    return seconds === null ? '—' : fmt.formatDuration(seconds);
}

function renderLiveRow(entry) {
    const { call, row } = entry;
    row.className = call.final ? 'ended' : '';
    row.replaceChildren(
        twoLineCell('Direction', fmt.directionLabel(call), fmt.kindLabel(call)),
        cell('Customer', fmt.formatNumber(call.customerNumber), 'number'),
        cell('Agent', call.agent || '—'),
        twoLineCell('State', fmt.stateLabel(call.state), '', `state state-${call.state}`),
        cell('Duration', liveDuration(call), 'duration'),
        cell('Cost', fmt.formatCost(call.cost), 'cost'),
    );
}

function updateLiveCount() {
    const open = [...app.live.values()].filter((entry) => !entry.call.final).length;
    setText('live-count', open ? `(${open})` : '');
    $('live-empty').hidden = app.live.size > 0;
    $('live-table').hidden = app.live.size === 0;
}

function tick() {
    for (const entry of app.live.values()) {
        if (entry.call.final) continue;
        const duration = entry.row.querySelector('.duration');
        if (duration) duration.textContent = liveDuration(entry.call);
    }
}

// The live list as the hub has it now: after every (re)connection, in case anything changed
// that the stream could not replay. Calls it no longer lists, and that no event touched since
// the question was asked, have ended out of sight.
async function loadSnapshot() {
    const askedAt = performance.now();
    let answer;
    try {
        answer = await api.activeCalls();
    } catch (error) {
        if (isLoginLost(error)) loginLost();
        return;
    }
    const calls = Array.isArray(answer.calls) ? answer.calls : [];
    calls.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    for (const call of calls) upsertCall(call);
    const listed = new Set(calls.map((call) => call.sessionId));
    for (const [sessionId, entry] of app.live) {
        if (!listed.has(sessionId) && !entry.call.final && entry.touched < askedAt)
            removeLive(sessionId);
    }
}

// ---- history ----------------------------------------------------------------------------------

function scheduleHistoryRefresh() {
    window.clearTimeout(app.historyTimer);
    app.historyTimer = window.setTimeout(loadHistory, 400);
}

async function loadHistory() {
    let answer;
    try {
        answer = await api.history({ limit: HISTORY_SIZE, state: fmt.FINAL_STATES.join(',') });
    } catch (error) {
        if (isLoginLost(error)) return loginLost();
        setText('history-error', error.message);
        return;
    }
    setText('history-error', '');
    const calls = Array.isArray(answer.calls) ? answer.calls : [];
    // Rows whose call has not changed are kept as they are, so a recording someone is
    // listening to keeps playing when another call ends and the list refreshes.
    const kept = new Map();
    for (const call of calls) {
        const known = app.history.get(call.sessionId);
        const version = `${call.updatedAt}/${call.callbacksApplied}/${call.recordingUrl}`;
        const listening = known && known.row.querySelector('audio');
        kept.set(
            call.sessionId,
            known && (known.version === version || listening)
                ? known
                : { row: historyRow(call), version },
        );
    }
    app.history = kept;
    $('history-body').replaceChildren(...[...kept.values()].map((entry) => entry.row));
    $('history-empty').hidden = calls.length > 0;
    $('history-table').hidden = calls.length === 0;
}

function historyRow(call) {
    const row = element('tr');
    row.dataset.session = call.sessionId;

    const customer = cell('Customer', undefined, 'number');
    customer.append(element('span', { text: fmt.formatNumber(call.customerNumber) }));
    if (app.me && app.me.line && /^\+?\d[\d ]{5,}$/.test(call.customerNumber || '')) {
        const again = element('button', {
            text: 'Call again',
            className: 'link',
            attrs: {
                type: 'button',
                'aria-label': `Call ${fmt.formatNumber(call.customerNumber)} again`,
            },
        });
        again.addEventListener('click', () => callAgain(call.customerNumber));
        customer.append(' ', again);
    }

    row.append(
        cell('Started', fmt.formatTime(call.createdAt), 'when'),
        twoLineCell('Direction', fmt.directionLabel(call), fmt.kindLabel(call)),
        customer,
        cell('Agent', call.agent || '—'),
        twoLineCell(
            'Result',
            fmt.stateLabel(call.state),
            fmt.formatCause(call.hangupCause),
            `state state-${call.state}`,
        ),
        cell('Duration', liveDuration(call), 'duration'),
        cell('Cost', fmt.formatCost(call.cost), 'cost'),
        recordingCell(call),
    );
    return row;
}

function recordingCell(call) {
    const td = cell('Recording', undefined, 'recording');
    const url = fmt.safeMediaUrl(call.recordingUrl);
    if (!url) {
        td.textContent = '—';
        return td;
    }
    const customer = fmt.formatNumber(call.customerNumber);
    const play = element('button', {
        text: 'Play',
        className: 'secondary',
        attrs: { type: 'button', 'aria-label': `Play the recording of the call with ${customer}` },
    });
    play.addEventListener('click', () => {
        const audio = element('audio', {
            attrs: {
                controls: '',
                preload: 'auto',
                'aria-label': `Recording of the call with ${customer}`,
            },
        });
        audio.src = url;
        audio.addEventListener('error', () => {
            td.replaceChildren(
                element('span', { text: 'The recording cannot be played.', className: 'error' }),
            );
        });
        td.replaceChildren(audio);
        audio.play().catch(() => {
            // Autoplay may be refused; the controls are there to press play.
        });
        audio.focus();
    });
    td.append(play);
    return td;
}

// ---- start ------------------------------------------------------------------------------------

async function boot() {
    $('login-form').addEventListener('submit', logIn);
    $('logout').addEventListener('click', logOut);
    $('dial-form').addEventListener('submit', dial);
    $('dial-form').querySelector('.keypad').addEventListener('click', pressKey);
    $('dial-number').addEventListener('input', () => setText('dial-error', ''));
    $('history-refresh').addEventListener('click', loadHistory);

    if (!session.token) return showLogin();
    try {
        await startSession(await api.me());
    } catch (error) {
        if (isLoginLost(error)) session.token = '';
        showLogin(
            isLoginLost(error) ? 'Your login has ended. Please log in again.' : error.message,
        );
    }
}

boot();
