// How the console words and shapes what the hub sends: states, numbers, durations, money.

const STATE_LABELS = {
    queued: 'Queued',
    ringing: 'Ringing',
    in_progress: 'In progress',
    transferring: 'Transferring',
    completed: 'Completed',
    no_answer: 'No answer',
    busy: 'Busy',
    failed: 'Failed',
    rejected: 'Rejected',
    transferred: 'Transferred',
};

const DIRECTION_LABELS = {
    inbound: 'Inbound',
    outbound: 'Outbound',
};

export const FINAL_STATES = ['completed', 'no_answer', 'busy', 'failed', 'rejected', 'transferred'];

export function stateLabel(state) {
    return STATE_LABELS[state] || 'Unknown';
}

export function directionLabel(call) {
    return DIRECTION_LABELS[call.direction] || 'Unknown';
}

// How the call came about, when that says more than its direction.
export function kindLabel(call) {
    return call.kind === 'click_to_call' ? 'click-to-call' : '';
}

// "+254712345678" reads as "+254 712 345 678"; anything else (SIP addresses, WebRTC client
// names, other lengths) is shown exactly as the hub sent it.
export function formatNumber(number) {
    if (typeof number !== 'string' || number === '') return '—';
    const african = /^\+(2\d\d)(\d{3})(\d{3})(\d{3})$/.exec(number);
    if (african) return `+${african[1]} ${african[2]} ${african[3]} ${african[4]}`;
    return number;
}

// 75 -> "1:15", 3725 -> "1:02:05".
export function formatDuration(totalSeconds) {
    if (totalSeconds === null || totalSeconds === undefined || !Number.isFinite(totalSeconds)) {
        return '—';
    }
    const seconds = Math.max(0, Math.floor(totalSeconds));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

// The amount exactly as Africa's Talking sent it (money is not rounded here), with its
// currency: "KES 1.2000".
export function formatCost(cost) {
    if (!cost || !cost.amount) return '—';
    return cost.currency ? `${cost.currency} ${cost.amount}` : cost.amount;
}

// "NORMAL_CLEARING" -> "Normal clearing".
export function formatCause(cause) {
    if (typeof cause !== 'string' || cause === '') return '';
    const words = cause.toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatTime(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time)) return '—';
    const date = new Date(time);
    const sameDay = date.toDateString() === new Date().toDateString();
    const options = sameDay
        ? { hour: '2-digit', minute: '2-digit', second: '2-digit' }
        : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
    return date.toLocaleString(undefined, options);
}

// Seconds a call has been (or was) connected: AT's billed duration once it is known, else
// from the hub's answer time to its end, or to now while it lasts.
export function connectedSeconds(call, serverNow) {
    if (Number.isFinite(call.durationSeconds)) return call.durationSeconds;
    const answered = Date.parse(call.answeredAt);
    if (Number.isNaN(answered)) return null;
    const ended = Date.parse(call.endedAt);
    const end = Number.isNaN(ended) ? (call.final ? null : serverNow) : ended;
    return end === null ? null : (end - answered) / 1000;
}

export function roleLabel(role) {
    return { agent: 'Agent', supervisor: 'Supervisor', admin: 'Administrator' }[role] || role;
}

// Only http(s) recordings are played; anything else from the wire is ignored.
export function safeMediaUrl(text) {
    if (typeof text !== 'string' || text === '') return null;
    try {
        const url = new URL(text, window.location.href);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
        return null;
    }
}
