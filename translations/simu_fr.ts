<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Client::HubClient</name>
    <message>
        <source>The hub at %1 answered in a way this version of Simu does not understand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub address is set: enter the hub&apos;s address, like http://192.168.1.20:8470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: connection refused. Is the hub running, and is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: there is no computer with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub at %1 closed before it answered, so this may or may not have been done. Check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub at %1 closed before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: the secure connection failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent the request on to %2. Give the hub&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered %2 %3, but not as a Simu hub does. Is this the hub&apos;s address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered something that is not the Simu hub&apos;s API. Is this the hub&apos;s address?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone::NumberParser</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Africa&apos;s Talking SIP address (name@ke.sip.africastalking.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country code +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short for a phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long for a phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start with a known country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Nothing is stored under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret needs a name to be stored under; this one was blank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer (no Secret Service running). Simu can keep the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds nothing under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;. Unlock the keychain (or allow Simu to use it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not handle &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimuApp::DesktopApp</name>
    <message>
        <source>Simu cannot run the hub without the Africa&apos;s Talking API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simu keeps the Africa&apos;s Talking API key only in the system keychain, never in a file, and the keychain is not available:
%1

Enter the API key to use it for this run only (it is forgotten when Simu closes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator account was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is used for this run only; the keychain did not keep it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simu (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo runs its own hub with the Africa&apos;s Talking simulator; settings apply to a real setup (run simu without --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the hub and the language apply when Simu starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simu connects to the new hub when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;secret&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AgentView</name>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number or Africa&apos;s Talking SIP address the hub rings for your calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, mute and volume are on your phone: Africa&apos;s Talking gives apps no hold or mute, so Simu shows none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where hold and mute are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the hub: calls can be placed once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your line first: the hub rings your phone, then the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 was not placed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing your line %1 first; the customer %2 is dialled when you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1 requested; Africa&apos;s Talking is connecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number or Africa&apos;s Talking SIP address the hub rings for your calls
(for example 0712 345678 or agent1.myapp@ke.sip.africastalking.com):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your line was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your line is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your line:&lt;/b&gt; not set. The hub needs a phone number or SIP address to ring for your calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your line:&lt;/b&gt; %1&lt;br&gt;The hub rings this phone for your calls, then connects the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AgentsModel</name>
    <message>
        <source>no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s console is connected to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No console of this agent is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CallDetailsPanel</name>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the call to another number through Africa&apos;s Talking (Ctrl+T). The customer hears hold music while it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to see its details and play its recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call can be transferred once it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 call with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as Africa&apos;s Talking reported it: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known when the call ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording becomes available when the call ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CallFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>cost: currency code, then the amount, e.g. KES 4.90</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost reported by Africa&apos;s Talking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost reported by Africa&apos;s Talking: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-call (your line first, then the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound (the customer called)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CallsModel</name>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-call: the agent&apos;s line rang first, then the customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s), as Africa&apos;s Talking reported it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>call state (AT&apos;s status, hangup cause)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>phone number (carrier)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionBanner</name>
    <message>
        <source>Connection to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the hub. Everything shown is up to date again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the hub. %n update(s) that happened meanwhile are now shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected to the hub. Nothing changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hub cannot be reached (for %n second(s)). Reconnecting by itself; calls shown may be out of date until then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DialPad</name>
    <message>
        <source>Number or SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number, local or international, or an Africa&apos;s Talking SIP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial pad message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (hold for +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the number (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a browser client&apos;s name. Enter a phone number or a SIP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dialled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::LoginPage</name>
    <message>
        <source>Cannot reach the hub at %1. Check the address, and that the hub is running and reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not as a Simu hub. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not log you in (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent console for Africa&apos;s Talking voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. agent1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub runs with the built-in Africa&apos;s Talking simulator. Every demo user&apos;s password is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Simu console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended (it expired or was signed out elsewhere). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New console window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window, to log in as another user (a supervisor watching while an agent dials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer the selected call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s &amp;API reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Simu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Simu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Simu %1&lt;/b&gt;&lt;br&gt;Agent console and call hub for Africa&apos;s Talking voice.&lt;br&gt;Connected to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub %1 unreachable — reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is calling. Your line %2 is ringing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordingDownload</name>
    <message>
        <source>The recording could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download ended early (%1 of %2 bytes arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be downloaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordingListModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 as billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordingPlayer</name>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be loaded: its address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the recording to arrive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be loaded: it is not audio that can be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording is already being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recording to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordingsView</name>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number, an agent or dates, then Search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recordings match this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searched %1 of %2 calls; Load more to look further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call with %1 on %2 has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SetupDialog</name>
    <message>
        <source>Let consoles on the LAN connect (listen on every network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account (an administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Simu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simu settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Simu needs a hub: the part that talks to Africa&apos;s Talking and keeps the call history. Run it on this computer (one desk), or connect to a hub that runs on a server in your centre (&lt;tt&gt;simu --headless&lt;/tt&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the hub runs, and how this console looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the hub on &amp;this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a hub on the &amp;LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the hub on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a hub on the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local numbers are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Simu starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa&apos;s Talking username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your AT application&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s voice numbers, separated by commas; the first is the caller ID of calls you place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa&apos;s Talking API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let consoles on the LAN connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this into the Africa&apos;s Talking dashboard as your numbers&apos; callback URL. AT must reach it from the internet: publish it through your HTTPS reverse proxy, replacing the address part. It contains a secret: share it with no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator password, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT &amp;username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a hub started with &lt;tt&gt;simu --headless&lt;/tt&gt;; your supervisor or administrator has it, and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, such as http://hub.example.lan:8470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Africa&apos;s Talking username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one voice number of your Africa&apos;s Talking account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Africa&apos;s Talking API key (Settings → API Key in AT&apos;s dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a username for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SupervisorView</name>
    <message>
        <source>Wallboard counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live and just ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number or agent (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; live call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; ringing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; talking</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n agent(s) online</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TransferDialog</name>
    <message>
        <source>Transfer call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the call with %1 to another number. Africa&apos;s Talking connects it blind: the remaining party hears hold music until the new number answers, and the call then leaves this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0712 345678, +254712345678 or name@ke.sip.africastalking.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answering side (callee; the agent&apos;s leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialled side (callee; the customer&apos;s leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling side (caller; the customer&apos;s leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling side (caller; our number&apos;s leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the callee leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the caller leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa&apos;s Talking&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
