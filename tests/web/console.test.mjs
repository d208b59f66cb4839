// The web console as a person uses it, in Debian's real headless Chromium, against a real
// `simu --headless --demo` (with its built-in Africa's Talking simulator running calls 4x
// faster than real time).
//
//   node console.test.mjs <path to simu> <folder for screenshots and the hub's log>
//
// It fails, never skips, when Chromium or playwright-core is missing: run scripts/install-deps.sh.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const CHROMIUM = process.env.SIMU_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];
const PASSWORD = 'web-console-test-password';
const DEADLINE_MS = 150 * 1000; // below ctest's TIMEOUT, so the cleanup below always runs
const CUSTOMER_TYPED = '0712 345678';
const CUSTOMER_SHOWN = '+254 712 345 678';

const [simuPath, outDir = process.cwd()] = process.argv.slice(2);
const started = Date.now();
const cleanups = [];
let hubLog = '';

function log(message) {
    console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

async function cleanup() {
    while (cleanups.length) {
        const [what, step] = cleanups.pop();
        try {
            await step();
            log(`stopped ${what}`);
        } catch (error) {
            console.error(`cleanup of ${what}: ${error.message}`);
        }
    }
}

function die(message) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
}

// ---- preconditions: fail with what to do, never skip -----------------------------------------

if (!simuPath || !fs.existsSync(simuPath)) die(`no simu binary at "${simuPath}": build it first`);
if (!fs.existsSync(CHROMIUM)) {
    die(`${CHROMIUM} is missing: run scripts/install-deps.sh (it installs Debian's chromium)`);
}
const require = createRequire(import.meta.url);
try {
    require.resolve('playwright-core');
} catch {
    die(
        'playwright-core is not in tests/web/node_modules: run scripts/install-deps.sh ' +
            '(it runs npm ci --prefix tests/web)',
    );
}
const { chromium } = await import('playwright-core');
fs.mkdirSync(outDir, { recursive: true });

// ---- the hub --------------------------------------------------------------------------------

function startHub(dataDir) {
    return new Promise((resolve, reject) => {
        // The hub must not outlive this script, even when it is killed (ctest's timeout): setpriv
        // makes the kernel send SIGTERM if this process dies, and `timeout` is the last backstop.
        const hub = spawn(
            'setpriv',
            [
                '--pdeathsig',
                'SIGTERM',
                '--',
                'timeout',
                '--kill-after=5',
                '175',
                simuPath,
                '--headless',
                '--demo',
                '--listen',
                '127.0.0.1:0',
                '--data-dir',
                dataDir,
            ],
            {
                env: {
                    ...process.env,
                    SIMU_DEMO_PASSWORD: PASSWORD,
                    SIMU_DEMO_SPEED: '4',
                    QT_QPA_PLATFORM: 'offscreen',
                },
                stdio: ['ignore', 'pipe', 'pipe'],
            },
        );
        const exited = new Promise((done) => hub.once('exit', done));
        cleanups.push([
            'the hub',
            async () => {
                if (hub.exitCode !== null || hub.signalCode !== null) return;
                hub.kill('SIGTERM');
                const grace = new Promise((resolve) => setTimeout(resolve, 8000, false).unref());
                const stopped = await Promise.race([exited.then(() => true), grace]);
                if (!stopped) hub.kill('SIGKILL');
            },
        ]);
        const timer = setTimeout(
            () => reject(new Error('the hub did not print its URL within 20 s')),
            20000,
        );
        const read = (chunk) => {
            hubLog += chunk.toString();
            const match = /Open (http:\/\/127\.0\.0\.1:\d+)\/ in a browser/.exec(hubLog);
            if (match) {
                clearTimeout(timer);
                resolve(match[1]);
            }
        };
        hub.stdout.on('data', read);
        hub.stderr.on('data', read);
        hub.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`the hub exited early (${code})`));
        });
    });
}

function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

async function hubRequest(base, method, route, { token, body } = {}) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(base + route, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
}

// ---- assertions on what a person sees -------------------------------------------------------

async function waitForText(locator, pattern, what, timeout = 10000) {
    const until = Date.now() + timeout;
    let seen = '(nothing)';
    while (Date.now() < until) {
        if ((await locator.count()) > 0) {
            seen = (await locator.first().innerText()).trim();
            if (pattern instanceof RegExp ? pattern.test(seen) : seen.includes(pattern))
                return seen;
        }
        await sleep(100);
    }
    throw new Error(`${what}: expected ${pattern} within ${timeout / 1000} s, saw "${seen}"`);
}

function check(condition, message) {
    if (!condition) throw new Error(message);
}

function watchForErrors(page, name, errors) {
    page.on('pageerror', (error) => errors.push(`${name}: uncaught ${error.message}`));
    page.on('console', (message) => {
        // A refused request (400, 409) is logged by Chromium and is expected; anything else that
        // is an error (a CSP refusal, a script error) is a bug.
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
            errors.push(`${name}: console error: ${message.text()}`);
        }
    });
}

async function logIn(page, base, username, password) {
    await page.goto(`${base}/`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
}

// ---- the test ---------------------------------------------------------------------------------

async function run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simu-web-test-'));
    cleanups.push([
        'the data folder',
        async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    ]);
    const base = await startHub(dataDir);
    log(`hub at ${base}`);

    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
    });
    cleanups.push(['Chromium', () => browser.close()]);
    const errors = [];

    // The agent's window goes through a test-controlled proxy for its event stream, so the test
    // can cut the connection the way a network blip would.
    const agentContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const agent = await agentContext.newPage();
    watchForErrors(agent, 'agent', errors);
    const streamUrls = [];
    let blocked = false;
    let current = null;
    await agent.routeWebSocket(/\/api\/calls\/stream/, (ws) => {
        streamUrls.push(ws.url());
        if (blocked) {
            ws.close({ code: 1011, reason: 'test: network down' });
            return;
        }
        current = ws;
        ws.connectToServer();
    });

    // 1. A wrong password shows the hub's message; the right one opens the console.
    await logIn(agent, base, 'agent1', 'not-the-password');
    await waitForText(
        agent.locator('#login-error'),
        'Wrong username or password',
        'wrong password message',
    );
    await agent.screenshot({ path: path.join(outDir, 'console-login.png') });
    await agent.getByLabel('Password').fill(PASSWORD);
    await agent.getByRole('button', { name: 'Log in' }).click();
    await waitForText(agent.locator('#whoami'), 'Amina Otieno (agent1)', 'who is logged in');
    await waitForText(agent.locator('#user-role'), 'Agent', 'role badge');
    await waitForText(agent.locator('#connection'), 'Live', 'connection indicator');
    await waitForText(
        agent.locator('#dial-line'),
        'Simu rings your phone +254 700 000 101 first, then the customer',
        'which line rings first',
    );
    const token = await agent.evaluate(() => window.sessionStorage.getItem('simu.token'));
    check(token && token.length > 10, 'the token is kept in sessionStorage');
    check(
        (await agent.evaluate(() => window.localStorage.length)) === 0,
        'nothing is kept in localStorage',
    );
    await agent.evaluate(() => {
        window.notReloaded = true;
    });
    log('agent1 logged in');

    // 2. The supervisor watches from another browser profile.
    const supervisorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const supervisor = await supervisorContext.newPage();
    watchForErrors(supervisor, 'supervisor', errors);
    await logIn(supervisor, base, 'supervisor1', PASSWORD);
    await waitForText(supervisor.locator('#connection'), 'Live', 'supervisor connection indicator');
    await waitForText(supervisor.locator('#user-role'), 'Supervisor', 'supervisor role badge');

    // 3. A number the hub refuses shows the hub's own message next to the Call button.
    const refused = await hubRequest(base, 'POST', '/api/calls/initiate', {
        token,
        body: { to: '12345' },
    });
    check(
        refused.status === 400 && refused.json.error.message,
        `the hub refuses 12345 (got ${refused.status})`,
    );
    await agent.getByLabel("Customer's number").fill('12345');
    await agent.getByLabel("Customer's number").press('Enter');
    await waitForText(
        agent.locator('#dial-error'),
        refused.json.error.message,
        'refused number message',
    );
    // ... and so does dialling without a line of one's own.
    await supervisor.getByLabel("Customer's number").fill(CUSTOMER_TYPED);
    await supervisor.getByRole('button', { name: 'Call', exact: true }).click();
    await waitForText(
        supervisor.locator('#dial-error'),
        'Set your own phone line',
        'no-line message',
    );
    log('refusals shown');

    // 4. The dial pad types too; then dial in local form with the keyboard: the call appears
    //    and changes state without a reload.
    const number = agent.getByLabel("Customer's number");
    await number.fill('');
    for (const key of ['0', '7', '1', 'Delete the last digit']) {
        await agent
            .getByRole('group', { name: 'Dial pad' })
            .getByRole('button', { name: key })
            .click();
    }
    check(
        (await number.inputValue()) === '07',
        `the dial pad typed "07" (${await number.inputValue()})`,
    );
    await agent.getByLabel("Customer's number").fill(CUSTOMER_TYPED);
    await agent.getByLabel("Customer's number").press('Enter');
    const agentRow = agent.locator('#live-body tr', { hasText: CUSTOMER_SHOWN });
    await waitForText(agentRow, /Outbound\s+click-to-call/, 'the new call in the live table', 5000);
    check((await agent.locator('#dial-error').innerText()) === '', 'no error after a good number');
    await waitForText(agentRow.locator('.state'), 'In progress', 'the call is answered', 20000);
    const sessionId = await agentRow.getAttribute('data-session');
    const first = await agentRow.locator('.duration').innerText();
    await sleep(2200);
    const later = await agentRow.locator('.duration').innerText();
    const seconds = (text) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
    check(
        /^\d+:\d\d$/.test(later) && seconds(later) > seconds(first),
        `the duration ticks (${first} then ${later})`,
    );
    log(`call ${sessionId} in progress, duration ${first} -> ${later}`);

    const supervisorRow = supervisor.locator('#live-body tr', { hasText: CUSTOMER_SHOWN });
    await waitForText(supervisorRow, 'agent1', "the supervisor sees agent1's call", 5000);
    await waitForText(
        supervisorRow.locator('.state'),
        'In progress',
        'the supervisor sees it answered',
    );
    await agent.screenshot({ path: path.join(outDir, 'console-live.png') });

    // 5. A network blip: the stream drops and stays down while the call ends. The console keeps
    //    what it shows, says it is reconnecting, then resumes with ?since= and catches up.
    blocked = true;
    await current.close({ code: 1011, reason: 'test: network down' });
    await waitForText(
        agent.locator('#connection'),
        'Reconnecting',
        'the indicator during the blip',
        5000,
    );
    check((await agentRow.count()) === 1, 'the live call is still shown while disconnected');
    const until = Date.now() + 40000;
    for (;;) {
        const call = await hubRequest(base, 'GET', `/api/calls/${sessionId}`, { token });
        if (call.json && call.json.final) break;
        check(Date.now() < until, 'the call did not end within 40 s');
        await sleep(250);
    }
    log('the call ended on the hub while the console was cut off');
    blocked = false;
    await waitForText(agentRow.locator('.state'), 'Completed', 'the missed end, replayed', 40000);
    await waitForText(agent.locator('#connection'), 'Live', 'the indicator after the blip');
    const resumed = streamUrls[streamUrls.length - 1];
    check(/[?&]since=\d+/.test(resumed), `the console resumed with ?since= (${resumed})`);
    log(`reconnected after ${streamUrls.length - 1} attempts`);

    // 6. The ended call is in the history with its cost, duration, cause and a recording.
    const historyRow = agent.locator('#history-body tr', { hasText: CUSTOMER_SHOWN });
    await waitForText(historyRow, 'Completed', 'the call in the history', 10000);
    await waitForText(
        historyRow.locator('.cost'),
        /^[A-Z]{3} \d+(\.\d+)?$/,
        'the cost in the history',
    );
    await waitForText(historyRow.locator('.duration'), /^\d+:\d\d$/, 'the duration in the history');
    await waitForText(historyRow, 'Normal clearing', 'the hangup cause in the history');
    await historyRow
        .getByRole('button', { name: /Play the recording/ })
        .waitFor({ timeout: 15000 });
    await historyRow.getByRole('button', { name: /Play the recording/ }).click();
    const audio = historyRow.locator('audio');
    await audio.waitFor();
    const media = await audio.evaluate(
        (node) =>
            new Promise((resolve) => {
                const report = () =>
                    resolve({
                        src: node.currentSrc,
                        duration: node.duration,
                        error: node.error && node.error.code,
                    });
                if (node.readyState >= 1) report();
                node.addEventListener('loadedmetadata', report);
                node.addEventListener('error', report);
                setTimeout(report, 10000);
            }),
    );
    check(!media.error && media.duration > 1, `the recording plays (${JSON.stringify(media)})`);
    log(`recording ${media.src} is ${media.duration.toFixed(1)} s long`);
    // It keeps playing when the list refreshes (as it does whenever any call ends).
    const player = await audio.elementHandle();
    const before = await player.evaluate((node) => node.currentTime);
    await agent.getByRole('button', { name: 'Refresh' }).click();
    await sleep(1200);
    const playing = await player.evaluate((node) => ({
        paused: node.paused,
        at: node.currentTime,
        shown: node.isConnected,
    }));
    check(
        playing.shown && !playing.paused && playing.at > before,
        `the recording keeps playing through a refresh (${JSON.stringify({ before, ...playing })})`,
    );
    await waitForText(
        supervisor.locator('#history-body tr', { hasText: CUSTOMER_SHOWN }),
        'agent1',
        "the supervisor's history has agent1's call",
    );
    check(await agent.evaluate(() => window.notReloaded === true), 'the page was never reloaded');

    await agent.screenshot({ path: path.join(outDir, 'console.png'), fullPage: true });
    await supervisor.screenshot({
        path: path.join(outDir, 'console-supervisor.png'),
        fullPage: true,
    });
    await supervisor.setViewportSize({ width: 390, height: 844 });
    await supervisor.emulateMedia({ colorScheme: 'dark' });
    await supervisor.screenshot({
        path: path.join(outDir, 'console-narrow-dark.png'),
        fullPage: true,
    });

    // 7. Logging out forgets the token and shows the login form again.
    await agent.getByRole('button', { name: 'Log out' }).click();
    await agent.getByLabel('Username').waitFor();
    check(
        (await agent.evaluate(() => window.sessionStorage.getItem('simu.token'))) === null,
        'logging out forgets the token',
    );
    const after = await hubRequest(base, 'GET', '/api/me', { token });
    check(after.status === 401, `the hub forgets the token too (got ${after.status})`);
    await waitForText(agent.locator('#connection'), 'Not connected', 'the indicator after logout');

    check(errors.length === 0, `errors in the pages:\n  ${errors.join('\n  ')}`);
}

const deadline = setTimeout(async () => {
    console.error(`FAIL: the test took longer than ${DEADLINE_MS / 1000} s`);
    await cleanup();
    process.exit(1);
}, DEADLINE_MS);

try {
    await run();
    log('1 passed, 0 failed');
} catch (error) {
    console.error(`FAIL: ${error.message}`);
    fs.writeFileSync(path.join(outDir, 'hub.log'), hubLog);
    console.error(`(the hub's output is in ${path.join(outDir, 'hub.log')})`);
    process.exitCode = 1;
} finally {
    clearTimeout(deadline);
    await cleanup();
}
