// The live event stream (/api/calls/stream). It reconnects by itself with a growing, jittered
// delay and resumes with ?since=<last seq seen>, so the hub replays whatever was missed while
// the connection was down: no call change is lost to a network blip.

const BACKOFF_SECONDS = [1, 2, 4, 8, 15, 30];

export class CallStream {
    // handlers: { onEvent(event), onReady(seq), onStatus(status), onClosed() -> Promise<bool> }
    // status is 'connecting' | 'live' | 'reconnecting'. onClosed answers whether to try again
    // (false when the login has ended).
    constructor(token, handlers) {
        this.token = token;
        this.handlers = handlers;
        this.lastSeq = null;
        this.attempt = 0;
        this.socket = null;
        this.timer = null;
        this.stopped = false;
    }

    start() {
        this.stopped = false;
        this.connect();
    }

    stop() {
        this.stopped = true;
        window.clearTimeout(this.timer);
        if (this.socket) {
            this.socket.onclose = null;
            this.socket.close(1000, 'logged out');
            this.socket = null;
        }
    }

    url() {
        const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
        const params = new URLSearchParams({ token: this.token });
        if (this.lastSeq !== null) params.set('since', String(this.lastSeq));
        return `${scheme}//${window.location.host}/api/calls/stream?${params}`;
    }

    connect() {
        this.handlers.onStatus(
            this.attempt === 0 && this.lastSeq === null ? 'connecting' : 'reconnecting',
        );
        let socket;
        try {
            socket = new WebSocket(this.url());
        } catch {
            this.scheduleReconnect();
            return;
        }
        this.socket = socket;
        socket.onmessage = (message) => this.receive(message.data);
        socket.onclose = () => {
            if (this.socket !== socket) return;
            this.socket = null;
            this.closed();
        };
    }

    receive(text) {
        let event;
        try {
            event = JSON.parse(text);
        } catch {
            return; // not ours to understand; the next event will do
        }
        if (!event || typeof event !== 'object') return;
        if (event.type === 'ready') {
            // The hub's own last sequence number: right even if it was restarted with fewer events.
            if (Number.isFinite(event.seq)) this.lastSeq = event.seq;
            this.attempt = 0;
            this.handlers.onStatus('live');
            this.handlers.onReady(event.seq);
        } else {
            // Every numbered event counts for resuming, even kinds this page does not show
            // (agent_update), so a reconnect does not replay them.
            if (Number.isFinite(event.seq)) this.lastSeq = Math.max(this.lastSeq ?? 0, event.seq);
            if (event.call && typeof event.call === 'object') this.handlers.onEvent(event);
        }
    }

    async closed() {
        if (this.stopped) return;
        this.handlers.onStatus('reconnecting');
        const again = await this.handlers.onClosed();
        if (again && !this.stopped) this.scheduleReconnect();
    }

    scheduleReconnect() {
        const base = BACKOFF_SECONDS[Math.min(this.attempt, BACKOFF_SECONDS.length - 1)];
        this.attempt += 1;
        const delay = base * 1000 * (0.75 + Math.random() * 0.5);
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => this.connect(), delay);
    }
}
