// The hub's REST API as the console uses it: one place that adds the token, reads the one error
// shape ({"error": {"code", "message"}}) and turns failures into messages a person can act on.

const TOKEN_KEY = 'simu.token';

export class ApiError extends Error {
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}

// The token lives in sessionStorage: it survives a reload of this tab but not closing it, and
// other tabs or later visitors of the same browser do not inherit it.
export const session = {
    get token() {
        return window.sessionStorage.getItem(TOKEN_KEY) || '';
    },
    set token(value) {
        if (value) window.sessionStorage.setItem(TOKEN_KEY, value);
        else window.sessionStorage.removeItem(TOKEN_KEY);
    },
};

async function readError(response) {
    let body = null;
    try {
        body = await response.json();
    } catch {
        // Not JSON (a proxy's page, say): fall through to a generic message.
    }
    const error = body && body.error;
    if (error && typeof error.message === 'string' && error.message !== '') {
        let message = error.message;
        const retry = Number(response.headers.get('Retry-After'));
        if (retry > 0 && !/\btry again\b/i.test(message)) message += ` Try again in ${retry} s.`;
        return new ApiError(response.status, error.code || '', message);
    }
    return new ApiError(
        response.status,
        '',
        `The hub answered ${response.status} ${response.statusText}.`,
    );
}

export async function request(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (session.token) headers.Authorization = `Bearer ${session.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
        response = await fetch(path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            cache: 'no-store',
        });
    } catch {
        throw new ApiError(
            0,
            'network',
            'Cannot reach the Simu hub. Check the network and try again.',
        );
    }
    if (!response.ok) throw await readError(response);
    if (response.status === 204) return null;
    return response.json();
}

export const api = {
    login: (username, password) => request('POST', '/api/auth/login', { username, password }),
    logout: () => request('POST', '/api/auth/logout'),
    me: () => request('GET', '/api/me'),
    initiate: (to) => request('POST', '/api/calls/initiate', { to }),
    activeCalls: () => request('GET', '/api/calls/active'),
    history: (params) => request('GET', `/api/calls?${new URLSearchParams(params)}`),
};

export function isLoginLost(error) {
    return error instanceof ApiError && error.status === 401;
}
