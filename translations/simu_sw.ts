<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
<context>
    <name>AgentStateText</name>
    <message>
        <source>Available</source>
        <translation>Anapatikana</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ana shughuli</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Hayupo</translation>
    </message>
    <message>
        <source>Away ▸ %1</source>
        <translation>Hayupo ▸ %1</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Kazi baada ya simu</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nje ya mtandao</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>Inbound calls ring this agent.</source>
        <translation>Simu zinazoingia huelekezwa kwa wakala huyu.</translation>
    </message>
    <message>
        <source>On a call: no other call rings this agent until it ends.</source>
        <translation>Yuko kwenye simu: hakuna simu nyingine itakayoelekezwa kwake hadi iishe.</translation>
    </message>
    <message>
        <source>Away: no calls ring this agent until they are available again.</source>
        <translation>Hayupo: hakuna simu itakayoelekezwa kwake hadi apatikane tena.</translation>
    </message>
    <message>
        <source>Finishing the last call: calls ring again when it is over or the agent is ready.</source>
        <translation>Anakamilisha kazi ya simu iliyopita: simu zitaelekezwa kwake tena kazi hiyo ikiisha au wakala akiwa tayari.</translation>
    </message>
    <message>
        <source>Not signed in: no calls ring this agent.</source>
        <translation>Hajaingia: hakuna simu itakayoelekezwa kwake.</translation>
    </message>
    <message>
        <source>This hub reports a state this console does not know.</source>
        <translation>Kitovu hiki kinaripoti hali ambayo dashibodi hii haiitambui.</translation>
    </message>
</context>
<context>
    <name>Client::HubClient</name>
    <message>
        <source>The hub at %1 answered in a way this version of Simu does not understand: %2</source>
        <translation>Kitovu kilichoko %1 kimejibu kwa njia ambayo toleo hili la Simu halielewi: %2</translation>
    </message>
    <message>
        <source>No hub address is set: enter the hub&apos;s address, like http://192.168.1.20:8470.</source>
        <translation>Hakuna anwani ya kitovu iliyowekwa: weka anwani ya kitovu, kama http://192.168.1.20:8470.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: connection refused. Is the hub running, and is the address right?</source>
        <translation>Imeshindwa kufikia kitovu kilichoko %1: muunganisho umekataliwa. Je, kitovu kinaendeshwa, na anwani ni sahihi?</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: there is no computer with that name.</source>
        <translation>Imeshindwa kufikia kitovu kilichoko %1: hakuna kompyuta yenye jina hilo.</translation>
    </message>
    <message>
        <source>The hub at %1 did not answer within %2 s.</source>
        <translation>Kitovu kilichoko %1 hakikujibu ndani ya sekunde %2.</translation>
    </message>
    <message>
        <source>The connection to the hub at %1 closed before it answered, so this may or may not have been done. Check before trying again.</source>
        <translation>Muunganisho na kitovu kilichoko %1 ulifungwa kabla hakijajibu, kwa hivyo huenda hili limefanyika au halijafanyika. Hakikisha kabla ya kujaribu tena.</translation>
    </message>
    <message>
        <source>The connection to the hub at %1 closed before it answered.</source>
        <translation>Muunganisho na kitovu kilichoko %1 ulifungwa kabla hakijajibu.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: the secure connection failed (%2).</source>
        <translation>Imeshindwa kufikia kitovu kilichoko %1: muunganisho salama umeshindikana (%2).</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: %2</source>
        <translation>Imeshindwa kufikia kitovu kilichoko %1: %2</translation>
    </message>
    <message>
        <source>The server at %1 sent the request on to %2. Give the hub&apos;s own address.</source>
        <translation>Seva iliyoko %1 imeelekeza ombi kwa %2. Weka anwani halisi ya kitovu.</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 %3, but not as a Simu hub does. Is this the hub&apos;s address?</source>
        <translation>Seva iliyoko %1 imejibu %2 %3, lakini si kama kitovu cha Simu kinavyojibu. Je, hii ndiyo anwani ya kitovu?</translation>
    </message>
    <message>
        <source>The server at %1 answered something that is not the Simu hub&apos;s API. Is this the hub&apos;s address?</source>
        <translation>Seva iliyoko %1 imejibu kitu ambacho si API ya kitovu cha Simu. Je, hii ndiyo anwani ya kitovu?</translation>
    </message>
</context>
<context>
    <name>Phone::NumberParser</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Weka nambari ya simu.</translation>
    </message>
    <message>
        <source>“%1” is not an Africa&apos;s Talking SIP address (name@ke.sip.africastalking.com).</source>
        <translation>“%1” si anwani ya SIP ya Africa&apos;s Talking (name@ke.sip.africastalking.com).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” si nambari ya simu.</translation>
    </message>
    <message>
        <source>country code +%1</source>
        <translation>msimbo wa nchi +%1</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number in %2.</source>
        <translation>%1 ni fupi mno kwa nambari ya simu (%2).</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number.</source>
        <translation>%1 ni fupi mno kuwa nambari ya simu.</translation>
    </message>
    <message>
        <source>%1 is too long for a phone number in %2.</source>
        <translation>%1 ni ndefu mno kwa nambari ya simu (%2).</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number.</source>
        <translation>%1 ni ndefu mno kuwa nambari ya simu.</translation>
    </message>
    <message>
        <source>%1 does not start with a known country code.</source>
        <translation>%1 haianzi na msimbo wa nchi unaojulikana.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in %2.</source>
        <translation>%1 si nambari sahihi ya simu (%2).</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Nothing is stored under &quot;%1&quot;.</source>
        <translation>Hakuna kilichohifadhiwa chini ya &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A secret needs a name to be stored under; this one was blank.</source>
        <translation>Siri inahitaji jina la kuhifadhiwa chini yake; hii haikuwa na jina.</translation>
    </message>
</context>
<context>
    <name>Secrets::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer (no Secret Service running). Simu can keep the key for this session only.</source>
        <translation>Hakuna hifadhi ya funguo kwenye kompyuta hii (Secret Service haiendeshwi). Simu inaweza kutunza ufunguo kwa kipindi hiki tu.</translation>
    </message>
    <message>
        <source>The keychain holds nothing under &quot;%1&quot;.</source>
        <translation>Hifadhi ya funguo haina chochote chini ya &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;. Unlock the keychain (or allow Simu to use it) and try again.</source>
        <translation>Hifadhi ya funguo imekataa ufikiaji wa &quot;%1&quot;. Fungua hifadhi ya funguo (au iruhusu Simu iitumie) kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>hakuna sababu iliyotolewa</translation>
    </message>
    <message>
        <source>The keychain could not handle &quot;%1&quot;: %2.</source>
        <translation>Hifadhi ya funguo imeshindwa kushughulikia &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>SimuApp::DesktopApp</name>
    <message>
        <source>Simu cannot run the hub without the Africa&apos;s Talking API key.</source>
        <translation>Simu haiwezi kuendesha kitovu bila ufunguo wa API wa Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Hakuna hifadhi ya funguo</translation>
    </message>
    <message>
        <source>Simu keeps the Africa&apos;s Talking API key only in the system keychain, never in a file, and the keychain is not available:
%1

Enter the API key to use it for this run only (it is forgotten when Simu closes):</source>
        <translation>Simu huhifadhi ufunguo wa API wa Africa&apos;s Talking kwenye hifadhi ya funguo ya mfumo pekee, kamwe si kwenye faili, na hifadhi hiyo haipatikani:
%1

Weka ufunguo wa API ili kuutumia kwa kipindi hiki tu (utasahaulika Simu itakapofungwa):</translation>
    </message>
    <message>
        <source>The hub could not start: %1</source>
        <translation>Kitovu kimeshindwa kuanza: %1</translation>
    </message>
    <message>
        <source>First account</source>
        <translation>Akaunti ya kwanza</translation>
    </message>
    <message>
        <source>The administrator account was not created: %1</source>
        <translation>Akaunti ya msimamizi wa mfumo haikuundwa: %1</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Ufunguo wa API haukuhifadhiwa</translation>
    </message>
    <message>
        <source>The API key is used for this run only; the keychain did not keep it: %1</source>
        <translation>Ufunguo wa API unatumika kwa kipindi hiki tu; hifadhi ya funguo haikuuhifadhi: %1</translation>
    </message>
    <message>
        <source>Simu (demo)</source>
        <translation>Simu (majaribio)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Majaribio</translation>
    </message>
    <message>
        <source>The demo runs its own hub with the Africa&apos;s Talking simulator; settings apply to a real setup (run simu without --demo).</source>
        <translation>Hali ya majaribio huendesha kitovu chake yenyewe pamoja na kiigaji cha Africa&apos;s Talking; mipangilio inahusu usanidi halisi (endesha simu bila --demo).</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Mipangilio imehifadhiwa</translation>
    </message>
    <message>
        <source>Changes to the hub and the language apply when Simu starts again.</source>
        <translation>Mabadiliko ya kitovu na lugha yataanza kutumika Simu itakapoanzishwa tena.</translation>
    </message>
    <message>
        <source>Simu connects to the new hub when it starts again.</source>
        <translation>Simu itaunganishwa na kitovu kipya itakapoanzishwa tena.</translation>
    </message>
    <message>
        <source>Simu</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>&lt;secret&gt;</source>
        <translation>&lt;siri&gt;</translation>
    </message>
</context>
<context>
    <name>Ui::AgentPerformanceModel</name>
    <message>
        <source>Talk time (s)</source>
        <translation>Muda wa mazungumzo (s)</translation>
    </message>
    <message>
        <source>Average handle time (s)</source>
        <translation>Wastani wa muda wa kushughulikia (s)</translation>
    </message>
    <message>
        <source>Average speed of answer (s)</source>
        <translation>Wastani wa muda wa kujibu (s)</translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <translation>%1 (s)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wakala</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zilizojibiwa</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Muda wa mazungumzo</translation>
    </message>
    <message>
        <source>Avg handle time</source>
        <translation>Wastani wa muda wa kushughulikia</translation>
    </message>
    <message>
        <source>Avg speed of answer</source>
        <translation>Wastani wa muda wa kujibu</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Gharama (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::AgentStateControl</name>
    <message>
        <source>Your state</source>
        <translation>Hali yako</translation>
    </message>
    <message>
        <source>Become available</source>
        <translation>Jiweke kuwa unapatikana</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Sipo</translation>
    </message>
    <message>
        <source>Go away, with a reason</source>
        <translation>Jiweke kuwa haupo, pamoja na sababu</translation>
    </message>
    <message>
        <source>No calls ring you while you are away.</source>
        <translation>Hupigiwi simu yoyote ukiwa haupo.</translation>
    </message>
    <message>
        <source>Your state did not change: %1</source>
        <translation>Hali yako haikubadilika: %1</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Hali haijulikani</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · zimebaki %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Niko tayari</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Ninapatikana</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, kisha %2</translation>
    </message>
</context>
<context>
    <name>Ui::AgentView</name>
    <message>
        <source>Change…</source>
        <translation>Badilisha…</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Laini yako</translation>
    </message>
    <message>
        <source>Change your line</source>
        <translation>Badilisha laini yako</translation>
    </message>
    <message>
        <source>The phone number or Africa&apos;s Talking SIP address the hub rings for your calls.</source>
        <translation>Nambari ya simu au anwani ya SIP ya Africa&apos;s Talking ambayo kitovu hupigia simu zako.</translation>
    </message>
    <message>
        <source>Hold, mute and volume are on your phone: Africa&apos;s Talking gives apps no hold or mute, so Simu shows none.</source>
        <translation>Kusubirisha, kunyamazisha na sauti viko kwenye simu yako: Africa&apos;s Talking haiwapi programu uwezo wa kusubirisha wala kunyamazisha, kwa hivyo Simu haionyeshi vitufe hivyo.</translation>
    </message>
    <message>
        <source>Where hold and mute are</source>
        <translation>Kusubirisha na kunyamazisha viko wapi</translation>
    </message>
    <message>
        <source>Your live calls</source>
        <translation>Simu zako zinazoendelea</translation>
    </message>
    <message>
        <source>Your recent calls</source>
        <translation>Simu zako za karibuni</translation>
    </message>
    <message>
        <source>&amp;Live calls</source>
        <translation>Simu &amp;zinazoendelea</translation>
    </message>
    <message>
        <source>&amp;Recent calls</source>
        <translation>Simu za &amp;karibuni</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Not connected to the hub: calls can be placed once it is back.</source>
        <translation>Hujaunganishwa na kitovu: utaweza kupiga simu kitakaporudi.</translation>
    </message>
    <message>
        <source>Set your line first: the hub rings your phone, then the customer.</source>
        <translation>Weka laini yako kwanza: kitovu hupigia simu yako, kisha mteja.</translation>
    </message>
    <message>
        <source>The call to %1 was not placed: %2</source>
        <translation>Simu kwa %1 haikupigwa: %2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Inapiga %1…</translation>
    </message>
    <message>
        <source>Ringing your line %1 first; the customer %2 is dialled when you answer.</source>
        <translation>Inapigia laini yako %1 kwanza; mteja %2 atapigiwa utakapojibu.</translation>
    </message>
    <message>
        <source>Transfer to %1 requested; Africa&apos;s Talking is connecting it.</source>
        <translation>Uhamisho kwenda %1 umeombwa; Africa&apos;s Talking inaiunganisha.</translation>
    </message>
    <message>
        <source>The phone number or Africa&apos;s Talking SIP address the hub rings for your calls
(for example 0712 345678 or agent1.myapp@ke.sip.africastalking.com):</source>
        <translation>Nambari ya simu au anwani ya SIP ya Africa&apos;s Talking ambayo kitovu hupigia simu zako
(kwa mfano 0712 345678 au agent1.myapp@ke.sip.africastalking.com):</translation>
    </message>
    <message>
        <source>Your line was not changed: %1</source>
        <translation>Laini yako haikubadilishwa: %1</translation>
    </message>
    <message>
        <source>Your line is now %1.</source>
        <translation>Laini yako sasa ni %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your line:&lt;/b&gt; not set. The hub needs a phone number or SIP address to ring for your calls.</source>
        <translation>&lt;b&gt;Laini yako:&lt;/b&gt; haijawekwa. Kitovu kinahitaji nambari ya simu au anwani ya SIP ya kupigia simu zako.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your line:&lt;/b&gt; %1&lt;br&gt;The hub rings this phone for your calls, then connects the customer.</source>
        <translation>&lt;b&gt;Laini yako:&lt;/b&gt; %1&lt;br&gt;Kitovu hupigia simu hii kwa simu zako, kisha humuunganisha mteja.</translation>
    </message>
    <message>
        <source>Wrap-up saved: %1.</source>
        <translation>Hitimisho limehifadhiwa: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::AgentsModel</name>
    <message>
        <source>no line</source>
        <translation>hakuna laini</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Mtandaoni</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nje ya mtandao</translation>
    </message>
    <message>
        <source>The agent&apos;s console is connected to the hub.</source>
        <translation>Dashibodi ya wakala imeunganishwa na kitovu.</translation>
    </message>
    <message>
        <source>No console of this agent is connected.</source>
        <translation>Hakuna dashibodi ya wakala huyu iliyounganishwa.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wakala</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Laini</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Dashibodi</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Simu zinazoendelea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>Muda katika hali hii</translation>
    </message>
</context>
<context>
    <name>Ui::AnalyticsCharts</name>
    <message>
        <source>Inbound</source>
        <translation>Zinazoingia</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Zinazotoka</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zilizojibiwa</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Hazikujibiwa</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Simu kulingana na muda</translation>
    </message>
    <message>
        <source>Hour of %1</source>
        <translation>Saa za %1</translation>
    </message>
    <message>
        <source>Weeks starting</source>
        <translation>Wiki zinazoanza</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hadi %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation>Simu kwa kila wakala</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Hakuna simu</translation>
    </message>
    <message>
        <source>How long answered calls lasted (minutes:seconds)</source>
        <translation>Muda wa simu zilizojibiwa (dakika:sekunde)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Simu zilizojibiwa</translation>
    </message>
</context>
<context>
    <name>Ui::AnalyticsFormat</name>
    <message>
        <source>week of %1</source>
        <translation>wiki ya %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Haikujibiwa</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Inatumika</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Imeshindikana</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Imekataliwa</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Imehamishwa</translation>
    </message>
</context>
<context>
    <name>Ui::AnalyticsView</name>
    <message>
        <source>My performance</source>
        <translation>Utendaji wangu</translation>
    </message>
    <message>
        <source>Call centre analytics</source>
        <translation>Takwimu za kituo cha simu</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Takwimu</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>Ki&amp;pindi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Jana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siku 7 zilizopita</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siku 30 zilizopita</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Mwezi huu</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Tarehe maalum</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Kuanzia</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Tarehe ya kuanzia</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Ha&amp;di</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Tarehe ya mwisho (imejumuishwa)</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>Pan&amp;ga kwa</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Wiki</translation>
    </message>
    <message>
        <source>Group calls over time by</source>
        <translation>Kipimo cha muda cha chati ya simu</translation>
    </message>
    <message>
        <source>D&amp;irection</source>
        <translation>Mwe&amp;lekeo</translation>
    </message>
    <message>
        <source>Inbound and outbound</source>
        <translation>Zinazoingia na zinazotoka</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Zinazoingia</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Zinazotoka</translation>
    </message>
    <message>
        <source>Direction of the calls over time</source>
        <translation>Mwelekeo wa simu kwenye chati ya simu kulingana na muda</translation>
    </message>
    <message>
        <source>Narrows the calls-over-time chart; the totals and the other charts count both.</source>
        <translation>Huchuja chati ya simu kulingana na muda pekee; jumla na chati nyingine huhesabu simu zinazoingia na zinazotoka.</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>Onyesha upya takwimu</translation>
    </message>
    <message>
        <source>The figures also refresh by themselves as calls end.</source>
        <translation>Takwimu pia hujisasisha zenyewe simu zinapoisha.</translation>
    </message>
    <message>
        <source>Analytics status</source>
        <translation>Hali ya takwimu</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Jumla</translation>
    </message>
    <message>
        <source>&amp;Split by</source>
        <translation>Ga&amp;wanya kwa</translation>
    </message>
    <message>
        <source>Answered or not</source>
        <translation>Zilizojibiwa au la</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Mwelekeo</translation>
    </message>
    <message>
        <source>Split the bars by</source>
        <translation>Gawanya pau kulingana na</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Simu kulingana na muda</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Simu zangu</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Mawakala</translation>
    </message>
    <message>
        <source>Call durations</source>
        <translation>Muda wa simu</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Chati</translation>
    </message>
    <message>
        <source>Calls over time chart</source>
        <translation>Chati ya simu kulingana na muda</translation>
    </message>
    <message>
        <source>Calls over time table</source>
        <translation>Jedwali la simu kulingana na muda</translation>
    </message>
    <message>
        <source>Calls per agent chart</source>
        <translation>Chati ya simu kwa kila wakala</translation>
    </message>
    <message>
        <source>Agent performance table</source>
        <translation>Jedwali la utendaji wa mawakala</translation>
    </message>
    <message>
        <source>Call duration chart</source>
        <translation>Chati ya muda wa simu</translation>
    </message>
    <message>
        <source>Call duration table</source>
        <translation>Jedwali la muda wa simu</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>saa</translation>
    </message>
    <message>
        <source>day</source>
        <translation>siku</translation>
    </message>
    <message>
        <source>week</source>
        <translation>wiki</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Kiotomatiki (%1)</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Inapakia takwimu…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hadi %2</translation>
    </message>
    <message>
        <source>%1 · updated %2 · refreshes by itself as calls end</source>
        <translation>%1 · imesasishwa saa %2 · hujisasisha yenyewe simu zinapoisha</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Kitovu kimekataa: %1</translation>
    </message>
    <message>
        <source>The hub cannot show figures for this choice: %1</source>
        <translation>Kitovu hakiwezi kuonyesha takwimu za chaguo hili: %1</translation>
    </message>
    <message>
        <source>The figures could not be updated: %1</source>
        <translation>Takwimu hazikuweza kusasishwa: %1</translation>
    </message>
</context>
<context>
    <name>Ui::CallDetailsPanel</name>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Hamisha…</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Maelezo ya simu</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Simu iliyochaguliwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Mwelekeo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wakala</translation>
    </message>
    <message>
        <source>Agent&apos;s line</source>
        <translation>Laini ya wakala</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Nambari yetu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ilianza</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ilijibiwa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Iliisha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Jinsi ilivyoisha</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Uhamisho</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Hamisha simu</translation>
    </message>
    <message>
        <source>Hand the call to another number through Africa&apos;s Talking (Ctrl+T). The customer hears hold music while it connects.</source>
        <translation>Hamishia simu kwa nambari nyingine kupitia Africa&apos;s Talking (Ctrl+T). Mteja husikia muziki wa kusubiri wakati inaunganishwa.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Hakuna simu iliyochaguliwa</translation>
    </message>
    <message>
        <source>Select a call to see its details and play its recording.</source>
        <translation>Chagua simu ili kuona maelezo yake na kusikiliza rekodi yake.</translation>
    </message>
    <message>
        <source>A call can be transferred once it is answered.</source>
        <translation>Simu inaweza kuhamishwa baada ya kujibiwa.</translation>
    </message>
    <message>
        <source>%1 call with %2</source>
        <translation>Simu na %2 (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Bado haijapangiwa wakala</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hadi sasa</translation>
    </message>
    <message>
        <source>Exactly as Africa&apos;s Talking reported it: %1 %2</source>
        <translation>Kama ilivyoripotiwa na Africa&apos;s Talking: %1 %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Haijaripotiwa</translation>
    </message>
    <message>
        <source>Known when the call ends</source>
        <translation>Itajulikana simu ikiisha</translation>
    </message>
    <message>
        <source>to %1 (%2)</source>
        <translation>kwenda %1 (%2)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>imeombwa</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>Simu hii haina rekodi.</translation>
    </message>
    <message>
        <source>The recording becomes available when the call ends.</source>
        <translation>Rekodi itapatikana simu ikiisha.</translation>
    </message>
    <message>
        <source>&amp;Wrap up…</source>
        <translation>Hi&amp;timisha…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Wrap up the call</source>
        <translation>Hitimisha simu</translation>
    </message>
    <message>
        <source>Record or change the call&apos;s disposition and notes.</source>
        <translation>Weka au badilisha matokeo na madokezo ya simu.</translation>
    </message>
    <message>
        <source>Change &amp;wrap-up…</source>
        <translation>Badilisha hi&amp;timisho…</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Imehifadhiwa na %1, %2</translation>
    </message>
    <message>
        <source>Not wrapped up yet</source>
        <translation>Bado haijahitimishwa</translation>
    </message>
    <message>
        <source>Wrapped up after the call</source>
        <translation>Itahitimishwa simu ikiisha</translation>
    </message>
</context>
<context>
    <name>Ui::CallFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>cost: currency code, then the amount, e.g. KES 4.90</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cost reported by Africa&apos;s Talking: %1</source>
        <translation>Gharama iliyoripotiwa na Africa&apos;s Talking: %1</translation>
    </message>
    <message>
        <source>Cost reported by Africa&apos;s Talking: %1 %2</source>
        <translation>Gharama iliyoripotiwa na Africa&apos;s Talking: %1 %2</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Inapiga</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Inalia</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Inaendelea</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Inahamishwa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Haikujibiwa</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Inatumika</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Imeshindikana</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Imekataliwa</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Imehamishwa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inayoingia</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Inayotoka</translation>
    </message>
    <message>
        <source>Click-to-call (your line first, then the customer)</source>
        <translation>Bofya-kupiga (laini yako kwanza, kisha mteja)</translation>
    </message>
    <message>
        <source>Inbound (the customer called)</source>
        <translation>Inayoingia (mteja alipiga)</translation>
    </message>
</context>
<context>
    <name>Ui::CallsModel</name>
    <message>
        <source>Inbound</source>
        <translation>Inayoingia</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Inayotoka</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Haijapangiwa</translation>
    </message>
    <message>
        <source>transferred to %1</source>
        <translation>imehamishiwa %1</translation>
    </message>
    <message>
        <source>Click-to-call: the agent&apos;s line rang first, then the customer&apos;s</source>
        <translation>Bofya-kupiga: laini ya wakala ililia kwanza, kisha ya mteja</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>Laini: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s), as Africa&apos;s Talking reported it</source>
        <translation>
            <numerusform>Sekunde %n, kama ilivyoripotiwa na Africa&apos;s Talking</numerusform>
            <numerusform>Sekunde %n, kama ilivyoripotiwa na Africa&apos;s Talking</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered at %1</source>
        <translation>Ilijibiwa saa %1</translation>
    </message>
    <message>
        <source>Never answered</source>
        <translation>Haikujibiwa</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Bado haijajibiwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Mwelekeo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wakala</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ilianza</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>call state (AT&apos;s status, hangup cause)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>phone number (carrier)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Hifadhi %1 kama CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Hifadhi kama CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>Hifadhi jedwali hili kama faili ya CSV kwa ajili ya lahajedwali</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Matokeo ya kuhifadhi</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionBanner</name>
    <message>
        <source>Connection to the hub</source>
        <translation>Muunganisho na kitovu</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Inaunganisha na kitovu…</translation>
    </message>
    <message>
        <source>Reconnected to the hub. Everything shown is up to date again.</source>
        <translation>Imeunganishwa tena na kitovu. Kila kinachoonyeshwa ni cha sasa tena.</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the hub. %n update(s) that happened meanwhile are now shown.</source>
        <translation>
            <numerusform>Imeunganishwa tena na kitovu. Sasisho %n lililotokea wakati huo sasa linaonyeshwa.</numerusform>
            <numerusform>Imeunganishwa tena na kitovu. Masasisho %n yaliyotokea wakati huo sasa yanaonyeshwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected to the hub. Nothing changed meanwhile.</source>
        <translation>Imeunganishwa tena na kitovu. Hakuna kilichobadilika wakati huo.</translation>
    </message>
    <message numerus="yes">
        <source>The hub cannot be reached (for %n second(s)). Reconnecting by itself; calls shown may be out of date until then.</source>
        <translation>
            <numerusform>Kitovu hakipatikani (kwa sekunde %n). Inaunganisha tena yenyewe; simu zinazoonyeshwa huenda zisiwe za sasa hadi hapo.</numerusform>
            <numerusform>Kitovu hakipatikani (kwa sekunde %n). Inaunganisha tena yenyewe; simu zinazoonyeshwa huenda zisiwe za sasa hadi hapo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::Csv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Imeshindwa kuandika %1: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Hifadhi kama CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Faili za CSV (*.csv);;Faili zote (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Imehifadhi safu %n kwenye %1.</numerusform>
            <numerusform>Imehifadhi safu %n kwenye %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DialPad</name>
    <message>
        <source>Number or SIP address</source>
        <translation>Nambari au anwani ya SIP</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Nambari ya kupiga</translation>
    </message>
    <message>
        <source>A phone number, local or international, or an Africa&apos;s Talking SIP address.</source>
        <translation>Nambari ya simu, ya ndani au ya kimataifa, au anwani ya SIP ya Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Futa tarakimu ya mwisho</translation>
    </message>
    <message>
        <source>Delete last digit (Backspace)</source>
        <translation>Futa tarakimu ya mwisho (Backspace)</translation>
    </message>
    <message>
        <source>Dial pad message</source>
        <translation>Ujumbe wa vitufe vya kupiga</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Nyota</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Reli</translation>
    </message>
    <message>
        <source>0 (hold for +)</source>
        <translation>0 (bonyeza kwa muda kupata +)</translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation>Bonyeza kwa muda kupata +</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Piga</translation>
    </message>
    <message>
        <source>Dial the number (Enter)</source>
        <translation>Piga nambari (Enter)</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Piga tena</translation>
    </message>
    <message>
        <source>Recent numbers</source>
        <translation>Nambari za karibuni</translation>
    </message>
    <message>
        <source>“%1” looks like a browser client&apos;s name. Enter a phone number or a SIP address.</source>
        <translation>“%1” inaonekana kuwa jina la programu ya kivinjari. Weka nambari ya simu au anwani ya SIP.</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Inapiga…</translation>
    </message>
    <message>
        <source>Nothing dialled yet</source>
        <translation>Hakuna nambari iliyopigwa bado</translation>
    </message>
    <message>
        <source>Dial %1 again</source>
        <translation>Piga %1 tena</translation>
    </message>
</context>
<context>
    <name>Ui::DurationTableModel</name>
    <message>
        <source>Duration</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation>Kuanzia (s)</translation>
    </message>
    <message>
        <source>To (s)</source>
        <translation>Hadi (s)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Simu zilizojibiwa</translation>
    </message>
</context>
<context>
    <name>Ui::LoginPage</name>
    <message>
        <source>Cannot reach the hub at %1. Check the address, and that the hub is running and reachable from this computer.</source>
        <translation>Imeshindwa kufikia kitovu kilichoko %1. Hakikisha anwani, na kwamba kitovu kinaendeshwa na kinafikika kutoka kompyuta hii.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Simu hub. Check the address.</source>
        <translation>%1 imejibu, lakini si kama kitovu cha Simu. Hakikisha anwani.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Jina la mtumiaji au nenosiri si sahihi.</translation>
    </message>
    <message>
        <source>This account may not log in: %1</source>
        <translation>Akaunti hii hairuhusiwi kuingia: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts. %1</source>
        <translation>Umejaribu bila mafanikio mara nyingi mno. %1</translation>
    </message>
    <message>
        <source>The hub could not log you in (%1): %2</source>
        <translation>Kitovu kimeshindwa kukuingiza (%1): %2</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Watumiaji wa majaribio</translation>
    </message>
    <message>
        <source>Simu</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Agent console for Africa&apos;s Talking voice</source>
        <translation>Dashibodi ya wakala kwa huduma ya sauti ya Africa&apos;s Talking</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Anwani ya kitovu</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <source>e.g. agent1</source>
        <translation>k.m. agent1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Hitilafu ya kuingia</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Mipangilio ya muunganisho…</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Mipangilio ya muunganisho</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Kitovu:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Jina la mtumiaji:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>The hub runs with the built-in Africa&apos;s Talking simulator. Every demo user&apos;s password is %1.</source>
        <translation>Kitovu kinaendeshwa na kiigaji cha Africa&apos;s Talking kilichojengewa ndani. Nenosiri la kila mtumiaji wa majaribio ni %1.</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Ingia kama %1</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Weka jina lako la mtumiaji na nenosiri.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Inaingia…</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Simu console</source>
        <translation>Dashibodi ya Simu</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Mionekano</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Hali ya muunganisho</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Umeingia kama</translation>
    </message>
    <message>
        <source>Your session ended (it expired or was signed out elsewhere). Log in again.</source>
        <translation>Kipindi chako kimeisha (muda wake umekwisha au kimefungwa mahali pengine). Ingia tena.</translation>
    </message>
    <message>
        <source>&amp;Simu</source>
        <translation>&amp;Simu</translation>
    </message>
    <message>
        <source>&amp;New console window</source>
        <translation>&amp;Dirisha jipya la dashibodi</translation>
    </message>
    <message>
        <source>Another window, to log in as another user (a supervisor watching while an agent dials).</source>
        <translation>Dirisha jingine, la kuingia kama mtumiaji mwingine (msimamizi akifuatilia wakala anapopiga simu).</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Mipangilio…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Toka</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Upigaji simu</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Piga nambari</translation>
    </message>
    <message>
        <source>&amp;Transfer the selected call…</source>
        <translation>&amp;Hamisha simu iliyochaguliwa…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Onyesha</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Simu</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Ubao wa hali</translation>
    </message>
    <message>
        <source>&amp;Recordings</source>
        <translation>&amp;Rekodi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <source>The hub&apos;s &amp;API reference</source>
        <translation>Marejeleo ya &amp;API ya kitovu</translation>
    </message>
    <message>
        <source>Open the &amp;web console</source>
        <translation>Fungua dashibodi ya &amp;wavuti</translation>
    </message>
    <message>
        <source>&amp;About Simu</source>
        <translation>&amp;Kuhusu Simu</translation>
    </message>
    <message>
        <source>About Simu</source>
        <translation>Kuhusu Simu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simu %1&lt;/b&gt;&lt;br&gt;Agent console and call hub for Africa&apos;s Talking voice.&lt;br&gt;Connected to %2.</source>
        <translation>&lt;b&gt;Simu %1&lt;/b&gt;&lt;br&gt;Dashibodi ya wakala na kitovu cha simu kwa huduma ya sauti ya Africa&apos;s Talking.&lt;br&gt;Imeunganishwa na %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Ubao wa hali</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Umetoka</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Haijaunganishwa</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Kitovu: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Inaunganisha na %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Imeunganishwa na %1</translation>
    </message>
    <message>
        <source>Hub %1 unreachable — reconnecting</source>
        <translation>Kitovu %1 hakifikiki — inaunganisha tena</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Simu inayoingia</translation>
    </message>
    <message>
        <source>%1 is calling. Your line %2 is ringing.</source>
        <translation>%1 anapiga simu. Laini yako %2 inalia.</translation>
    </message>
    <message>
        <source>%1 is calling.</source>
        <translation>%1 anapiga simu.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kama mfumo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Simu will be in %1 from its next start.</source>
        <translation>Simu itatumia %1 kuanzia itakapowashwa tena.</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Takwimu</translation>
    </message>
    <message>
        <source>My performance</source>
        <translation>Utendaji wangu</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Takwimu</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingDownload</name>
    <message>
        <source>The recording could not be saved to %1: %2</source>
        <translation>Rekodi haikuweza kuhifadhiwa kwenye %1: %2</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>seva ilijibu %1 %2</translation>
    </message>
    <message>
        <source>the server stopped sending it</source>
        <translation>seva iliacha kuituma</translation>
    </message>
    <message>
        <source>the download ended early (%1 of %2 bytes arrived)</source>
        <translation>upakuaji uliisha mapema (baiti %1 kati ya %2 zilifika)</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Kuhifadhi kumeghairiwa.</translation>
    </message>
    <message>
        <source>The recording could not be downloaded: %1.</source>
        <translation>Rekodi haikuweza kupakuliwa: %1.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Imehifadhiwa kwenye %1.</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingListModel</name>
    <message>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <source>%1 %2 as billed</source>
        <translation>Kiasi kilichotozwa: %1 %2</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tarehe na saa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mteja</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wakala</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Mwelekeo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Wrapped up by %1</source>
        <translation>Ilihitimishwa na %1</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingPlayer</name>
    <message>
        <source>Position in the recording</source>
        <translation>Mahali kwenye rekodi</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Urefu</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Kasi ya kucheza</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>1.5×</source>
        <translation>1.5×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Hifadhi…</translation>
    </message>
    <message>
        <source>Save the recording to a file</source>
        <translation>Hifadhi rekodi kwenye faili</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Maendeleo ya kuhifadhi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>Ghairi kuhifadhi</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Hali ya rekodi</translation>
    </message>
    <message>
        <source>Recording player</source>
        <translation>Kicheza rekodi</translation>
    </message>
    <message>
        <source>The recording could not be loaded: its address is not valid.</source>
        <translation>Rekodi haikuweza kupakiwa: anwani yake si sahihi.</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Inapakia rekodi…</translation>
    </message>
    <message>
        <source>Waiting for the recording to arrive…</source>
        <translation>Inasubiri rekodi ifike…</translation>
    </message>
    <message>
        <source>The recording could not be loaded: it is not audio that can be played.</source>
        <translation>Rekodi haikuweza kupakiwa: si sauti inayoweza kuchezwa.</translation>
    </message>
    <message>
        <source>the recording is not available</source>
        <translation>rekodi haipatikani</translation>
    </message>
    <message>
        <source>its format is not supported</source>
        <translation>muundo wake hautumiki</translation>
    </message>
    <message>
        <source>the network failed</source>
        <translation>kumetokea hitilafu ya mtandao</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>ufikiaji umekataliwa</translation>
    </message>
    <message>
        <source>The recording could not be loaded: %1</source>
        <translation>Rekodi haikuweza kupakiwa: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sitisha</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Cheza</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Sitisha (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Cheza (Space)</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Hifadhi rekodi</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3);;All files (*)</source>
        <translation>Sauti ya MP3 (*.mp3);;Faili zote (*)</translation>
    </message>
    <message>
        <source>A recording is already being saved.</source>
        <translation>Rekodi tayari inahifadhiwa.</translation>
    </message>
    <message>
        <source>There is no recording to save.</source>
        <translation>Hakuna rekodi ya kuhifadhi.</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Inahifadhi rekodi…</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Hali ya kuhifadhi</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingStatusProxy</name>
    <message>
        <source>Recording</source>
        <translation>Rekodi</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingsView</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nambari</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Nambari yoyote</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Nambari ya mteja</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Wakala</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Mawakala wote</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wakala</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Kuanzia</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Tarehe ya kuanzia</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Ha&amp;di</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tarehe ya mwisho</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <source>Search recordings</source>
        <translation>Tafuta rekodi</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Hali ya utafutaji</translation>
    </message>
    <message>
        <source>Calls with a recording</source>
        <translation>Simu zenye rekodi</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Pakia zaidi</translation>
    </message>
    <message>
        <source>Load more calls</source>
        <translation>Pakia simu zaidi</translation>
    </message>
    <message>
        <source>Selected recording</source>
        <translation>Rekodi iliyochaguliwa</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>Tarehe ya “kuanzia” iko baada ya tarehe ya “hadi”.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Utafutaji umeshindikana: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message>
        <source>Choose a number, an agent or dates, then Search.</source>
        <translation>Chagua nambari, wakala au tarehe, kisha ubofye Tafuta.</translation>
    </message>
    <message>
        <source>No recordings match this search.</source>
        <translation>Hakuna rekodi zinazolingana na utafutaji huu.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) found.</source>
        <translation>
            <numerusform>Rekodi %n imepatikana.</numerusform>
            <numerusform>Rekodi %n zimepatikana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched %1 of %2 calls; Load more to look further.</source>
        <translation>Simu %1 kati ya %2 zimetafutwa; bofya Pakia zaidi ili kutafuta zaidi.</translation>
    </message>
    <message>
        <source>The call with %1 on %2 has no recording.</source>
        <translation>Simu na %1 (%2) haina rekodi.</translation>
    </message>
    <message>
        <source>Call with %1 on %2</source>
        <translation>Simu na %1 (%2)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Hifadhi kama CSV…</translation>
    </message>
    <message>
        <source>Export the search results as CSV</source>
        <translation>Hifadhi matokeo ya utafutaji kama CSV</translation>
    </message>
    <message>
        <source>&amp;Download to hub</source>
        <translation>&amp;Pakua kwenye kitovu</translation>
    </message>
    <message>
        <source>Download the selected recording to the hub</source>
        <translation>Pakua rekodi iliyochaguliwa kwenye kitovu</translation>
    </message>
    <message>
        <source>The hub keeps its own copy of the recording, so it plays even when Africa&apos;s Talking&apos;s link has expired.</source>
        <translation>Kitovu huhifadhi nakala yake ya rekodi, kwa hivyo rekodi inacheza hata kiungo cha Africa&apos;s Talking kikiwa kimeisha muda.</translation>
    </message>
    <message>
        <source>De&amp;lete recording</source>
        <translation>&amp;Futa rekodi</translation>
    </message>
    <message>
        <source>Delete the selected recording</source>
        <translation>Futa rekodi iliyochaguliwa</translation>
    </message>
    <message>
        <source>Recording download or deletion</source>
        <translation>Upakuaji au ufutaji wa rekodi</translation>
    </message>
    <message>
        <source>The recording of the call with %1 on %2 was deleted.</source>
        <translation>Rekodi ya simu na %1 (%2) imefutwa.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Inauliza kitovu…</translation>
    </message>
    <message>
        <source>Asking the hub to download the recording of the call with %1…</source>
        <translation>Inaomba kitovu kipakue rekodi ya simu na %1…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Upakuaji umeshindikana</translation>
    </message>
    <message>
        <source>The hub could not download the recording: %1</source>
        <translation>Kitovu kimeshindwa kupakua rekodi: %1</translation>
    </message>
    <message>
        <source>On the hub (%1)</source>
        <translation>Kwenye kitovu (%1)</translation>
    </message>
    <message>
        <source>The recording is on the hub now: %1, checksum %2…</source>
        <translation>Rekodi sasa iko kwenye kitovu: %1, checksum %2…</translation>
    </message>
    <message numerus="yes">
        <source>The hub could not download the recording after %n attempt(s): %1</source>
        <translation>
            <numerusform>Kitovu kimeshindwa kupakua rekodi baada ya kujaribu mara %n: %1</numerusform>
            <numerusform>Kitovu kimeshindwa kupakua rekodi baada ya kujaribu mara %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>hakuna sababu iliyotolewa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Imefutwa</translation>
    </message>
    <message>
        <source>This recording was deleted; there is nothing to download.</source>
        <translation>Rekodi hii imefutwa; hakuna cha kupakua.</translation>
    </message>
    <message>
        <source>Downloading (slowly)</source>
        <translation>Inapakua (polepole)</translation>
    </message>
    <message>
        <source>The hub is still downloading the recording; select it again later to play it.</source>
        <translation>Kitovu bado kinapakua rekodi; ichague tena baadaye ili kuicheza.</translation>
    </message>
    <message>
        <source>Downloading to the hub… %1%</source>
        <translation>Inapakua kwenye kitovu… %1%</translation>
    </message>
    <message>
        <source>Downloading to the hub…</source>
        <translation>Inapakua kwenye kitovu…</translation>
    </message>
    <message>
        <source> (agent %1)</source>
        <translation> (wakala %1)</translation>
    </message>
    <message>
        <source>Delete the recording of the call with %1 on %2%3?

The hub removes its copy for good and notes in its audit log that you did.</source>
        <translation>Je, ufute rekodi ya simu na %1 ya %2%3?

Kitovu kitafuta nakala yake kabisa na kuandika kwenye kumbukumbu zake za ukaguzi kwamba wewe ndiye uliyeifuta.</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Futa rekodi</translation>
    </message>
    <message>
        <source>Deleting the recording of the call with %1…</source>
        <translation>Inafuta rekodi ya simu na %1…</translation>
    </message>
    <message>
        <source>The recording was not deleted: %1</source>
        <translation>Rekodi haikufutwa: %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Imefutwa na %1</translation>
    </message>
    <message>
        <source>The recording of the call with %1 was deleted.</source>
        <translation>Rekodi ya simu na %1 imefutwa.</translation>
    </message>
</context>
<context>
    <name>Ui::SetupDialog</name>
    <message>
        <source>Let consoles on the LAN connect (listen on every network)</source>
        <translation>Ruhusu dashibodi zilizo kwenye LAN ziunganishwe (sikiliza kwenye kila mtandao)</translation>
    </message>
    <message>
        <source>The first account (an administrator)</source>
        <translation>Akaunti ya kwanza (msimamizi wa mfumo)</translation>
    </message>
    <message>
        <source>Welcome to Simu</source>
        <translation>Karibu Simu</translation>
    </message>
    <message>
        <source>Simu settings</source>
        <translation>Mipangilio ya Simu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Simu needs a hub: the part that talks to Africa&apos;s Talking and keeps the call history. Run it on this computer (one desk), or connect to a hub that runs on a server in your centre (&lt;tt&gt;simu --headless&lt;/tt&gt;).</source>
        <translation>&lt;b&gt;Karibu.&lt;/b&gt; Simu inahitaji kitovu: sehemu inayowasiliana na Africa&apos;s Talking na kuhifadhi historia ya simu. Kiendeshe kwenye kompyuta hii (dawati moja), au unganisha na kitovu kinachoendeshwa kwenye seva ya kituo chako (&lt;tt&gt;simu --headless&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Where the hub runs, and how this console looks.</source>
        <translation>Mahali kitovu kinapoendeshwa, na jinsi dashibodi hii inavyoonekana.</translation>
    </message>
    <message>
        <source>Run the hub on &amp;this computer</source>
        <translation>Endesha kitovu kwenye &amp;kompyuta hii</translation>
    </message>
    <message>
        <source>Connect to a hub on the &amp;LAN</source>
        <translation>Unganisha na kitovu kwenye &amp;LAN</translation>
    </message>
    <message>
        <source>Run the hub on this computer</source>
        <translation>Endesha kitovu kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Connect to a hub on the LAN</source>
        <translation>Unganisha na kitovu kwenye LAN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kama mfumo</translation>
    </message>
    <message>
        <source>Dialling region</source>
        <translation>Eneo la kupiga simu</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrika Kusini</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Ethiopia</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lu&amp;gha:</translation>
    </message>
    <message>
        <source>Local numbers are in:</source>
        <translation>Nchi ya nambari za ndani:</translation>
    </message>
    <message>
        <source>A new language applies when Simu starts again.</source>
        <translation>Lugha mpya itatumika Simu itakapoanzishwa tena.</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Hitilafu ya mipangilio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Hifadhi mipangilio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>The hub on this computer</source>
        <translation>Kitovu kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Africa&apos;s Talking username</source>
        <translation>Jina la mtumiaji la Africa&apos;s Talking</translation>
    </message>
    <message>
        <source>your AT application&apos;s username</source>
        <translation>jina la mtumiaji la programu yako ya AT</translation>
    </message>
    <message>
        <source>Voice numbers</source>
        <translation>Nambari za sauti</translation>
    </message>
    <message>
        <source>Your account&apos;s voice numbers, separated by commas; the first is the caller ID of calls you place.</source>
        <translation>Nambari za sauti za akaunti yako, zikitenganishwa kwa koma; ya kwanza ndiyo kitambulisho cha mpigaji kwa simu unazopiga.</translation>
    </message>
    <message>
        <source>Africa&apos;s Talking API key</source>
        <translation>Ufunguo wa API wa Africa&apos;s Talking</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Huhifadhiwa kwenye hifadhi ya funguo ya kompyuta hii, kamwe si kwenye faili.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Mlango</translation>
    </message>
    <message>
        <source>Let consoles on the LAN connect</source>
        <translation>Ruhusu dashibodi zilizo kwenye LAN ziunganishwe</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL ya webhook</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Nakili URL ya webhook</translation>
    </message>
    <message>
        <source>Paste this into the Africa&apos;s Talking dashboard as your numbers&apos; callback URL. AT must reach it from the internet: publish it through your HTTPS reverse proxy, replacing the address part. It contains a secret: share it with no one.</source>
        <translation>Bandika hii kwenye dashibodi ya Africa&apos;s Talking kama URL ya callback ya nambari zako. AT lazima iweze kuifikia kutoka intaneti: ichapishe kupitia reverse proxy yako ya HTTPS, ukibadilisha sehemu ya anwani. Ina siri: usimpe mtu yeyote.</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Jina la mtumiaji la msimamizi wa mfumo</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Nenosiri la msimamizi wa mfumo</translation>
    </message>
    <message>
        <source>Administrator password, again</source>
        <translation>Nenosiri la msimamizi wa mfumo, tena</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Jina la mtumiaji:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Nenosiri:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Rudia:</translation>
    </message>
    <message>
        <source>AT &amp;username:</source>
        <translation>&amp;Jina la mtumiaji la AT:</translation>
    </message>
    <message>
        <source>&amp;Voice numbers:</source>
        <translation>Nambari za &amp;sauti:</translation>
    </message>
    <message>
        <source>AT API &amp;key:</source>
        <translation>&amp;Ufunguo wa API wa AT:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Mlango:</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL ya webhook:</translation>
    </message>
    <message>
        <source>A hub elsewhere</source>
        <translation>Kitovu kilicho mahali pengine</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Anwani ya kitovu</translation>
    </message>
    <message>
        <source>The address of a hub started with &lt;tt&gt;simu --headless&lt;/tt&gt;; your supervisor or administrator has it, and your login.</source>
        <translation>Anwani ya kitovu kilichoanzishwa kwa &lt;tt&gt;simu --headless&lt;/tt&gt;; msimamizi wako au msimamizi wa mfumo anayo, pamoja na taarifa zako za kuingia.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Anwani ya kitovu:</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>imehifadhiwa kwenye hifadhi ya funguo; andika ili kuibadilisha</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, such as http://hub.example.lan:8470.</source>
        <translation>Weka anwani ya kitovu, kama http://hub.example.lan:8470.</translation>
    </message>
    <message>
        <source>Enter your Africa&apos;s Talking username.</source>
        <translation>Weka jina lako la mtumiaji la Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Enter at least one voice number of your Africa&apos;s Talking account.</source>
        <translation>Weka angalau nambari moja ya sauti ya akaunti yako ya Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Voice number %1: %2</source>
        <translation>Nambari ya sauti %1: %2</translation>
    </message>
    <message>
        <source>Enter your Africa&apos;s Talking API key (Settings → API Key in AT&apos;s dashboard).</source>
        <translation>Weka ufunguo wako wa API wa Africa&apos;s Talking (Settings → API Key kwenye dashibodi ya AT).</translation>
    </message>
    <message>
        <source>Choose a username for the administrator.</source>
        <translation>Chagua jina la mtumiaji kwa msimamizi wa mfumo.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password needs at least %1 characters.</source>
        <translation>Nenosiri la msimamizi wa mfumo linahitaji angalau herufi %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Manenosiri mawili hayalingani.</translation>
    </message>
</context>
<context>
    <name>Ui::SpendPanel</name>
    <message>
        <source>Today&apos;s spend</source>
        <translation>Matumizi ya leo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spent today:&lt;/b&gt; …</source>
        <translation>&lt;b&gt;Matumizi ya leo:&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>Today&apos;s spend could not be read: %1</source>
        <translation>Matumizi ya leo hayakuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>%1 of the %2 daily cap (%3 left)</source>
        <translation>%1 kati ya kikomo cha kila siku cha %2 (kiasi kilichobaki: %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spent today:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Matumizi ya leo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>bado hakuna</translation>
    </message>
    <message>
        <source>The daily spend cap is reached: no calls can be placed until midnight (%1).</source>
        <translation>Kikomo cha matumizi cha kila siku kimefikiwa: hakuna simu zinazoweza kupigwa hadi saa sita usiku (%1).</translation>
    </message>
    <message>
        <source>Costs as Africa&apos;s Talking reports them when calls end, since midnight. The cap is per currency.</source>
        <translation>Gharama kama zinavyoripotiwa na Africa&apos;s Talking simu zinapoisha, tangu saa sita usiku. Kikomo ni kwa kila sarafu.</translation>
    </message>
    <message>
        <source>Costs as Africa&apos;s Talking reports them when calls end, since midnight. No daily cap is set.</source>
        <translation>Gharama kama zinavyoripotiwa na Africa&apos;s Talking simu zinapoisha, tangu saa sita usiku. Hakuna kikomo cha kila siku kilichowekwa.</translation>
    </message>
</context>
<context>
    <name>Ui::SummaryTiles</name>
    <message>
        <source>Calls</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zilizojibiwa</translation>
    </message>
    <message>
        <source>Abandoned (inbound)</source>
        <translation>Zilizoachwa (zinazoingia)</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Muda wa wastani</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Muda wa mazungumzo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>%1 inbound, %2 outbound</source>
        <translation>Zinazoingia %1, zinazotoka %2</translation>
    </message>
    <message>
        <source>%1 of all calls</source>
        <translation>%1 ya simu zote</translation>
    </message>
    <message numerus="yes">
        <source>%n inbound call(s) ended before anyone answered</source>
        <translation>
            <numerusform>Simu %n iliyoingia ilikatika kabla ya kujibiwa</numerusform>
            <numerusform>Simu %n zilizoingia zilikatika kabla ya kujibiwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly as Africa&apos;s Talking reported:
%1</source>
        <translation>Kama ilivyoripotiwa na Africa&apos;s Talking:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Median %1, 90% under %2, over %n answered call(s)</source>
        <translation>
            <numerusform>Thamani ya kati %1, 90% chini ya %2, kwa simu %n iliyojibiwa</numerusform>
            <numerusform>Thamani ya kati %1, 90% chini ya %2, kwa simu %n zilizojibiwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SupervisorView</name>
    <message>
        <source>Wallboard counters</source>
        <translation>Vihesabu vya ubao wa hali</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>Chuja kwa wakala</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Mawakala wote</translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation>Chuja kwa mwelekeo</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Zinazoingia na zinazotoka</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Zinazoingia</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Zinazotoka</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Chuja kwa hali</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Simu zinazoendelea</translation>
    </message>
    <message>
        <source>Just ended</source>
        <translation>Zilizoisha sasa hivi</translation>
    </message>
    <message>
        <source>Live and just ended</source>
        <translation>Zinazoendelea na zilizoisha sasa hivi</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Tafuta simu</translation>
    </message>
    <message>
        <source>Search number or agent (Ctrl+F)</source>
        <translation>Tafuta nambari au wakala (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Onyesha:</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Simu zote</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Mawakala</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mawakala&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; live call(s)</source>
        <translation>
            <numerusform>Simu &lt;b&gt;%n&lt;/b&gt; inaendelea</numerusform>
            <numerusform>Simu &lt;b&gt;%n&lt;/b&gt; zinaendelea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; ringing</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; inalia</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; zinalia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; talking</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; kwenye mazungumzo</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; kwenye mazungumzo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n agent(s) online</source>
        <translation>
            <numerusform>Mtandaoni: &lt;b&gt;%1&lt;/b&gt; kati ya wakala %n</numerusform>
            <numerusform>Mtandaoni: &lt;b&gt;%1&lt;/b&gt; kati ya mawakala %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click an agent to set their state.</source>
        <translation>Bofya kulia wakala ili kubadilisha hali yake.</translation>
    </message>
    <message>
        <source>Make %1 available</source>
        <translation>Mfanye %1 apatikane</translation>
    </message>
    <message>
        <source>Set %1 away</source>
        <translation>Weka %1 kuwa hayupo</translation>
    </message>
</context>
<context>
    <name>Ui::TransferDialog</name>
    <message>
        <source>Transfer call</source>
        <translation>Hamisha simu</translation>
    </message>
    <message>
        <source>Transfer the call with %1 to another number. Africa&apos;s Talking connects it blind: the remaining party hears hold music until the new number answers, and the call then leaves this console.</source>
        <translation>Hamisha simu na %1 kwenda nambari nyingine. Africa&apos;s Talking huihamisha moja kwa moja: upande uliobaki husikia muziki wa kusubiri hadi nambari mpya ijibu, kisha simu huondoka kwenye dashibodi hii.</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Hamisha kwenda</translation>
    </message>
    <message>
        <source>0712 345678, +254712345678 or name@ke.sip.africastalking.com</source>
        <translation>0712 345678, +254712345678 au name@ke.sip.africastalking.com</translation>
    </message>
    <message>
        <source>The answering side (callee; the agent&apos;s leg)</source>
        <translation>Upande unaojibu (anayepigiwa; sehemu ya wakala)</translation>
    </message>
    <message>
        <source>The dialled side (callee; the customer&apos;s leg)</source>
        <translation>Upande uliopigiwa (anayepigiwa; sehemu ya mteja)</translation>
    </message>
    <message>
        <source>The calling side (caller; the customer&apos;s leg)</source>
        <translation>Upande unaopiga (mpigaji; sehemu ya mteja)</translation>
    </message>
    <message>
        <source>The calling side (caller; our number&apos;s leg)</source>
        <translation>Upande unaopiga (mpigaji; sehemu ya nambari yetu)</translation>
    </message>
    <message>
        <source>Transfer the callee leg</source>
        <translation>Hamisha sehemu ya anayepigiwa</translation>
    </message>
    <message>
        <source>Transfer the caller leg</source>
        <translation>Hamisha sehemu ya mpigaji</translation>
    </message>
    <message>
        <source>Africa&apos;s Talking&apos;s default.</source>
        <translation>Chaguo-msingi la Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Transfer error</source>
        <translation>Hitilafu ya uhamisho</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Transfer &amp;to:</source>
        <translation>Ha&amp;misha kwenda:</translation>
    </message>
    <message>
        <source>Leg:</source>
        <translation>Sehemu:</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Inahamisha…</translation>
    </message>
    <message>
        <source>The transfer was not made: %1</source>
        <translation>Uhamisho haukufanyika: %1</translation>
    </message>
</context>
<context>
    <name>Ui::VolumeTableModel</name>
    <message>
        <source>Period starting</source>
        <translation>Mwanzo wa kipindi</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Zinazoingia</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Zinazotoka</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zilizojibiwa</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Hazikujibiwa</translation>
    </message>
</context>
<context>
    <name>Ui::WrapUpPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ruka</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Hitimisho</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Choose how the call ended…</source>
        <translation>Chagua jinsi simu ilivyoisha…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Notes for whoever handles this customer next</source>
        <translation>Madokezo kwa atakayemhudumia mteja huyu baadaye</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Hifadhi hitimisho</translation>
    </message>
    <message>
        <source>Skip the wrap-up</source>
        <translation>Ruka hitimisho</translation>
    </message>
    <message>
        <source>Leave this call without a wrap-up; it can be wrapped up later from its details.</source>
        <translation>Acha simu hii bila hitimisho; inaweza kuhitimishwa baadaye kutoka kwenye maelezo yake.</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>Ma&amp;tokeo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ma&amp;dokezo:</translation>
    </message>
    <message>
        <source>Wrap up the %1 call with %2</source>
        <translation>Hitimisha simu %1 na %2</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>Hitimisho halikuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 · %n more call(s) to wrap up</source>
        <translation>
            <numerusform>%1 / %2 · simu %n zaidi ya kuhitimisha</numerusform>
            <numerusform>%1 / %2 · simu %n zaidi za kuhitimisha</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Chagua matokeo kwanza.</translation>
    </message>
    <message>
        <source>The notes are %1 characters too long.</source>
        <translation>Madokezo yamezidi kwa herufi %1.</translation>
    </message>
</context>
</TS>
