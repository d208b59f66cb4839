<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgentStateText</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Away ▸ %1</source>
        <translation>Absent ▸ %1</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Inbound calls ring this agent.</source>
        <translation>Les appels entrants sont distribués à cet agent.</translation>
    </message>
    <message>
        <source>On a call: no other call rings this agent until it ends.</source>
        <translation>En communication&#xa0;: aucun autre appel n&apos;est distribué à cet agent avant la fin de celui-ci.</translation>
    </message>
    <message>
        <source>Away: no calls ring this agent until they are available again.</source>
        <translation>Absent&#xa0;: aucun appel n&apos;est distribué à cet agent tant qu&apos;il n&apos;est pas de nouveau disponible.</translation>
    </message>
    <message>
        <source>Finishing the last call: calls ring again when it is over or the agent is ready.</source>
        <translation>Finalisation du dernier appel&#xa0;: les appels seront de nouveau distribués une fois ce travail terminé ou dès que l&apos;agent sera prêt.</translation>
    </message>
    <message>
        <source>Not signed in: no calls ring this agent.</source>
        <translation>Non connecté&#xa0;: aucun appel n&apos;est distribué à cet agent.</translation>
    </message>
    <message>
        <source>This hub reports a state this console does not know.</source>
        <translation>Ce hub signale un état que cette console ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>Client::HubClient</name>
    <message>
        <source>The hub at %1 answered in a way this version of Simu does not understand: %2</source>
        <translation>Le hub à l&apos;adresse %1 a répondu d&apos;une manière que cette version de Simu ne comprend pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>No hub address is set: enter the hub&apos;s address, like http://192.168.1.20:8470.</source>
        <translation>Aucune adresse de hub n&apos;est définie&#xa0;: saisissez l&apos;adresse du hub, par exemple http://192.168.1.20:8470.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: connection refused. Is the hub running, and is the address right?</source>
        <translation>Impossible de joindre le hub à l&apos;adresse %1&#xa0;: connexion refusée. Le hub est-il démarré, et l&apos;adresse est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: there is no computer with that name.</source>
        <translation>Impossible de joindre le hub à l&apos;adresse %1&#xa0;: aucun ordinateur ne porte ce nom.</translation>
    </message>
    <message>
        <source>The hub at %1 did not answer within %2 s.</source>
        <translation>Le hub à l&apos;adresse %1 n&apos;a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>The connection to the hub at %1 closed before it answered, so this may or may not have been done. Check before trying again.</source>
        <translation>La connexion au hub à l&apos;adresse %1 s&apos;est fermée avant sa réponse&#xa0;: l&apos;opération a peut-être été effectuée, ou non. Vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection to the hub at %1 closed before it answered.</source>
        <translation>La connexion au hub à l&apos;adresse %1 s&apos;est fermée avant sa réponse.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: the secure connection failed (%2).</source>
        <translation>Impossible de joindre le hub à l&apos;adresse %1&#xa0;: la connexion sécurisée a échoué (%2).</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: %2</source>
        <translation>Impossible de joindre le hub à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server at %1 sent the request on to %2. Give the hub&apos;s own address.</source>
        <translation>Le serveur à l&apos;adresse %1 a redirigé la requête vers %2. Indiquez l&apos;adresse du hub lui-même.</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 %3, but not as a Simu hub does. Is this the hub&apos;s address?</source>
        <translation>Le serveur à l&apos;adresse %1 a répondu %2 %3, mais pas comme le fait un hub Simu. Est-ce bien l&apos;adresse du hub&#xa0;?</translation>
    </message>
    <message>
        <source>The server at %1 answered something that is not the Simu hub&apos;s API. Is this the hub&apos;s address?</source>
        <translation>Le serveur à l&apos;adresse %1 a renvoyé une réponse qui n&apos;est pas celle de l&apos;API du hub Simu. Est-ce bien l&apos;adresse du hub&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Phone::NumberParser</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“%1” is not an Africa&apos;s Talking SIP address (name@ke.sip.africastalking.com).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse SIP Africa&apos;s Talking (name@ke.sip.africastalking.com).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>country code +%1</source>
        <translation>indicatif +%1</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number in %2.</source>
        <translation>%1 est trop court pour un numéro de téléphone (%2).</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number.</source>
        <translation>%1 est trop court pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 is too long for a phone number in %2.</source>
        <translation>%1 est trop long pour un numéro de téléphone (%2).</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number.</source>
        <translation>%1 est trop long pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 does not start with a known country code.</source>
        <translation>%1 ne commence pas par un indicatif de pays connu.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in %2.</source>
        <translation>%1 n&apos;est pas un numéro de téléphone valide (%2).</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Nothing is stored under &quot;%1&quot;.</source>
        <translation>Rien n&apos;est enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A secret needs a name to be stored under; this one was blank.</source>
        <translation>Un secret doit avoir un nom sous lequel être enregistré&#xa0;; celui-ci était vide.</translation>
    </message>
</context>
<context>
    <name>Secrets::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this computer (no Secret Service running). Simu can keep the key for this session only.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur cet ordinateur (aucun Secret Service actif). Simu peut garder la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain holds nothing under &quot;%1&quot;.</source>
        <translation>Le trousseau de clés ne contient rien sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;. Unlock the keychain (or allow Simu to use it) and try again.</source>
        <translation>Le trousseau de clés a refusé l&apos;accès à «&#xa0;%1&#xa0;». Déverrouillez le trousseau (ou autorisez Simu à l&apos;utiliser) et réessayez.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The keychain could not handle &quot;%1&quot;: %2.</source>
        <translation>Le trousseau de clés n&apos;a pas pu traiter «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SimuApp::DesktopApp</name>
    <message>
        <source>Simu cannot run the hub without the Africa&apos;s Talking API key.</source>
        <translation>Simu ne peut pas exécuter le hub sans la clé API Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau de clés</translation>
    </message>
    <message>
        <source>Simu keeps the Africa&apos;s Talking API key only in the system keychain, never in a file, and the keychain is not available:
%1

Enter the API key to use it for this run only (it is forgotten when Simu closes):</source>
        <translation>Simu conserve la clé API Africa&apos;s Talking uniquement dans le trousseau de clés du système, jamais dans un fichier, et ce trousseau n&apos;est pas disponible&#xa0;:
%1

Saisissez la clé API pour l&apos;utiliser pendant cette exécution seulement (elle sera oubliée à la fermeture de Simu)&#xa0;:</translation>
    </message>
    <message>
        <source>The hub could not start: %1</source>
        <translation>Le hub n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>First account</source>
        <translation>Premier compte</translation>
    </message>
    <message>
        <source>The administrator account was not created: %1</source>
        <translation>Le compte administrateur n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Clé API non enregistrée</translation>
    </message>
    <message>
        <source>The API key is used for this run only; the keychain did not keep it: %1</source>
        <translation>La clé API n&apos;est utilisée que pour cette exécution&#xa0;; le trousseau de clés ne l&apos;a pas conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simu (demo)</source>
        <translation>Simu (démo)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The demo runs its own hub with the Africa&apos;s Talking simulator; settings apply to a real setup (run simu without --demo).</source>
        <translation>La démo exécute son propre hub avec le simulateur Africa&apos;s Talking&#xa0;; les paramètres concernent une installation réelle (lancez simu sans --demo).</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Changes to the hub and the language apply when Simu starts again.</source>
        <translation>Les modifications du hub et de la langue s&apos;appliqueront au prochain démarrage de Simu.</translation>
    </message>
    <message>
        <source>Simu connects to the new hub when it starts again.</source>
        <translation>Simu se connectera au nouveau hub au prochain démarrage.</translation>
    </message>
    <message>
        <source>Simu</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>&lt;secret&gt;</source>
        <translation>&lt;secret&gt;</translation>
    </message>
</context>
<context>
    <name>Ui::AgentPerformanceModel</name>
    <message>
        <source>Talk time (s)</source>
        <translation>Temps de conversation (s)</translation>
    </message>
    <message>
        <source>Average handle time (s)</source>
        <translation>Durée moyenne de traitement (s)</translation>
    </message>
    <message>
        <source>Average speed of answer (s)</source>
        <translation>Délai moyen de réponse (s)</translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <translation>%1 (s)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de conversation</translation>
    </message>
    <message>
        <source>Avg handle time</source>
        <translation>Durée moy. de traitement</translation>
    </message>
    <message>
        <source>Avg speed of answer</source>
        <translation>Délai moy. de réponse</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Coût (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::AgentStateControl</name>
    <message>
        <source>Your state</source>
        <translation>Votre état</translation>
    </message>
    <message>
        <source>Become available</source>
        <translation>Se rendre disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Go away, with a reason</source>
        <translation>Passer en absence, avec un motif</translation>
    </message>
    <message>
        <source>No calls ring you while you are away.</source>
        <translation>Aucun appel ne vous est distribué pendant votre absence.</translation>
    </message>
    <message>
        <source>Your state did not change: %1</source>
        <translation>Votre état n&apos;a pas changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · reste %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, puis %2</translation>
    </message>
</context>
<context>
    <name>Ui::AgentView</name>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Votre ligne</translation>
    </message>
    <message>
        <source>Change your line</source>
        <translation>Modifier votre ligne</translation>
    </message>
    <message>
        <source>The phone number or Africa&apos;s Talking SIP address the hub rings for your calls.</source>
        <translation>Le numéro de téléphone ou l&apos;adresse SIP Africa&apos;s Talking que le hub fait sonner pour vos appels.</translation>
    </message>
    <message>
        <source>Hold, mute and volume are on your phone: Africa&apos;s Talking gives apps no hold or mute, so Simu shows none.</source>
        <translation>La mise en attente, le mode muet et le volume se règlent sur votre téléphone&#xa0;: Africa&apos;s Talking n&apos;offre aux applications ni mise en attente ni mode muet, donc Simu n&apos;en affiche pas.</translation>
    </message>
    <message>
        <source>Where hold and mute are</source>
        <translation>Où sont la mise en attente et le mode muet</translation>
    </message>
    <message>
        <source>Your live calls</source>
        <translation>Vos appels en cours</translation>
    </message>
    <message>
        <source>Your recent calls</source>
        <translation>Vos appels récents</translation>
    </message>
    <message>
        <source>&amp;Live calls</source>
        <translation>Appels en &amp;cours</translation>
    </message>
    <message>
        <source>&amp;Recent calls</source>
        <translation>Appels &amp;récents</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not connected to the hub: calls can be placed once it is back.</source>
        <translation>Non connecté au hub&#xa0;: vous pourrez passer des appels dès son retour.</translation>
    </message>
    <message>
        <source>Set your line first: the hub rings your phone, then the customer.</source>
        <translation>Définissez d&apos;abord votre ligne&#xa0;: le hub fait sonner votre téléphone, puis appelle le client.</translation>
    </message>
    <message>
        <source>The call to %1 was not placed: %2</source>
        <translation>L&apos;appel vers %1 n&apos;a pas été passé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel vers %1…</translation>
    </message>
    <message>
        <source>Ringing your line %1 first; the customer %2 is dialled when you answer.</source>
        <translation>Votre ligne %1 sonne d&apos;abord&#xa0;; le client %2 sera appelé dès que vous répondrez.</translation>
    </message>
    <message>
        <source>Transfer to %1 requested; Africa&apos;s Talking is connecting it.</source>
        <translation>Transfert vers %1 demandé&#xa0;; Africa&apos;s Talking est en train de le connecter.</translation>
    </message>
    <message>
        <source>The phone number or Africa&apos;s Talking SIP address the hub rings for your calls
(for example 0712 345678 or agent1.myapp@ke.sip.africastalking.com):</source>
        <translation>Le numéro de téléphone ou l&apos;adresse SIP Africa&apos;s Talking que le hub fait sonner pour vos appels
(par exemple 0712 345678 ou agent1.myapp@ke.sip.africastalking.com)&#xa0;:</translation>
    </message>
    <message>
        <source>Your line was not changed: %1</source>
        <translation>Votre ligne n&apos;a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your line is now %1.</source>
        <translation>Votre ligne est désormais %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your line:&lt;/b&gt; not set. The hub needs a phone number or SIP address to ring for your calls.</source>
        <translation>&lt;b&gt;Votre ligne&#xa0;:&lt;/b&gt; non définie. Le hub a besoin d&apos;un numéro de téléphone ou d&apos;une adresse SIP à faire sonner pour vos appels.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your line:&lt;/b&gt; %1&lt;br&gt;The hub rings this phone for your calls, then connects the customer.</source>
        <translation>&lt;b&gt;Votre ligne&#xa0;:&lt;/b&gt; %1&lt;br&gt;Le hub fait sonner ce téléphone pour vos appels, puis met le client en relation.</translation>
    </message>
    <message>
        <source>Wrap-up saved: %1.</source>
        <translation>Qualification enregistrée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::AgentsModel</name>
    <message>
        <source>no line</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The agent&apos;s console is connected to the hub.</source>
        <translation>La console de l&apos;agent est connectée au hub.</translation>
    </message>
    <message>
        <source>No console of this agent is connected.</source>
        <translation>Aucune console de cet agent n&apos;est connectée.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>Durée dans l&apos;état</translation>
    </message>
</context>
<context>
    <name>Ui::AnalyticsCharts</name>
    <message>
        <source>Inbound</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Non décrochés</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Évolution des appels</translation>
    </message>
    <message>
        <source>Hour of %1</source>
        <translation>Heures du %1</translation>
    </message>
    <message>
        <source>Weeks starting</source>
        <translation>Semaines commençant le</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation>Appels par agent</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>How long answered calls lasted (minutes:seconds)</source>
        <translation>Durée des appels décrochés (minutes:secondes)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Appels décrochés</translation>
    </message>
</context>
<context>
    <name>Ui::AnalyticsFormat</name>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
</context>
<context>
    <name>Ui::AnalyticsView</name>
    <message>
        <source>My performance</source>
        <translation>Mes performances</translation>
    </message>
    <message>
        <source>Call centre analytics</source>
        <translation>Statistiques du centre d&apos;appels</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>Pé&amp;riode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Grouper par</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Group calls over time by</source>
        <translation>Grouper l&apos;évolution des appels par</translation>
    </message>
    <message>
        <source>D&amp;irection</source>
        <translation>S&amp;ens</translation>
    </message>
    <message>
        <source>Inbound and outbound</source>
        <translation>Entrants et sortants</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Direction of the calls over time</source>
        <translation>Sens des appels dans le graphique d&apos;évolution</translation>
    </message>
    <message>
        <source>Narrows the calls-over-time chart; the totals and the other charts count both.</source>
        <translation>Restreint le graphique d&apos;évolution des appels&#xa0;; les totaux et les autres graphiques comptent les deux sens.</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>Actualiser les chiffres</translation>
    </message>
    <message>
        <source>The figures also refresh by themselves as calls end.</source>
        <translation>Les chiffres s&apos;actualisent aussi d&apos;eux-mêmes à la fin des appels.</translation>
    </message>
    <message>
        <source>Analytics status</source>
        <translation>État des statistiques</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>&amp;Split by</source>
        <translation>Répart&amp;ir par</translation>
    </message>
    <message>
        <source>Answered or not</source>
        <translation>Décroché ou non</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Split the bars by</source>
        <translation>Répartir les barres par</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Évolution des appels</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Mes appels</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Call durations</source>
        <translation>Durées des appels</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Calls over time chart</source>
        <translation>Graphique de l&apos;évolution des appels</translation>
    </message>
    <message>
        <source>Calls over time table</source>
        <translation>Tableau de l&apos;évolution des appels</translation>
    </message>
    <message>
        <source>Calls per agent chart</source>
        <translation>Graphique des appels par agent</translation>
    </message>
    <message>
        <source>Agent performance table</source>
        <translation>Tableau des performances des agents</translation>
    </message>
    <message>
        <source>Call duration chart</source>
        <translation>Graphique des durées d&apos;appel</translation>
    </message>
    <message>
        <source>Call duration table</source>
        <translation>Tableau des durées d&apos;appel</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 · updated %2 · refreshes by itself as calls end</source>
        <translation>%1 · mis à jour à %2 · actualisation automatique à la fin des appels</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Le hub a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hub cannot show figures for this choice: %1</source>
        <translation>Le hub ne peut pas afficher de chiffres pour ce choix&#xa0;: %1</translation>
    </message>
    <message>
        <source>The figures could not be updated: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::CallDetailsPanel</name>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Détails de l&apos;appel</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Appel sélectionné</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent&apos;s line</source>
        <translation>Ligne de l&apos;agent</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Notre numéro</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décroché</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Issue de l&apos;appel</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Transférer l&apos;appel</translation>
    </message>
    <message>
        <source>Hand the call to another number through Africa&apos;s Talking (Ctrl+T). The customer hears hold music while it connects.</source>
        <translation>Passer l&apos;appel à un autre numéro via Africa&apos;s Talking (Ctrl+T). Le client entend une musique d&apos;attente pendant la mise en relation.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Aucun appel sélectionné</translation>
    </message>
    <message>
        <source>Select a call to see its details and play its recording.</source>
        <translation>Sélectionnez un appel pour voir ses détails et écouter son enregistrement.</translation>
    </message>
    <message>
        <source>A call can be transferred once it is answered.</source>
        <translation>Un appel ne peut être transféré qu&apos;une fois décroché.</translation>
    </message>
    <message>
        <source>%1 call with %2</source>
        <translation>Appel avec %2 (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Pas encore attribué</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Exactly as Africa&apos;s Talking reported it: %1 %2</source>
        <translation>Tel que signalé par Africa&apos;s Talking&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Known when the call ends</source>
        <translation>Connu à la fin de l&apos;appel</translation>
    </message>
    <message>
        <source>to %1 (%2)</source>
        <translation>vers %1 (%2)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>Cet appel n&apos;a pas d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The recording becomes available when the call ends.</source>
        <translation>L&apos;enregistrement sera disponible à la fin de l&apos;appel.</translation>
    </message>
    <message>
        <source>&amp;Wrap up…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Wrap up the call</source>
        <translation>Qualifier l&apos;appel</translation>
    </message>
    <message>
        <source>Record or change the call&apos;s disposition and notes.</source>
        <translation>Saisir ou modifier la qualification et les notes de l&apos;appel.</translation>
    </message>
    <message>
        <source>Change &amp;wrap-up…</source>
        <translation>Modifier la &amp;qualification…</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Enregistrée par %1, %2</translation>
    </message>
    <message>
        <source>Not wrapped up yet</source>
        <translation>Pas encore qualifié</translation>
    </message>
    <message>
        <source>Wrapped up after the call</source>
        <translation>À qualifier après l&apos;appel</translation>
    </message>
</context>
<context>
    <name>Ui::CallFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>cost: currency code, then the amount, e.g. KES 4.90</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Cost reported by Africa&apos;s Talking: %1</source>
        <translation>Coût signalé par Africa&apos;s Talking&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cost reported by Africa&apos;s Talking: %1 %2</source>
        <translation>Coût signalé par Africa&apos;s Talking&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>En sonnerie</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfert en cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Click-to-call (your line first, then the customer)</source>
        <translation>Click-to-call (votre ligne d&apos;abord, puis le client)</translation>
    </message>
    <message>
        <source>Inbound (the customer called)</source>
        <translation>Entrant (le client a appelé)</translation>
    </message>
</context>
<context>
    <name>Ui::CallsModel</name>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>transferred to %1</source>
        <translation>transféré vers %1</translation>
    </message>
    <message>
        <source>Click-to-call: the agent&apos;s line rang first, then the customer&apos;s</source>
        <translation>Click-to-call&#xa0;: la ligne de l&apos;agent a sonné d&apos;abord, puis celle du client</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>Ligne&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s), as Africa&apos;s Talking reported it</source>
        <translation>
            <numerusform>%n seconde, selon Africa&apos;s Talking</numerusform>
            <numerusform>%n secondes, selon Africa&apos;s Talking</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered at %1</source>
        <translation>Décroché à %1</translation>
    </message>
    <message>
        <source>Never answered</source>
        <translation>Jamais décroché</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore décroché</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
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
        <translation>Exporter «&#xa0;%1&#xa0;» en CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file for a spreadsheet</source>
        <translation>Enregistrer ce tableau dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionBanner</name>
    <message>
        <source>Connection to the hub</source>
        <translation>Connexion au hub</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connexion au hub…</translation>
    </message>
    <message>
        <source>Reconnected to the hub. Everything shown is up to date again.</source>
        <translation>Reconnecté au hub. Tout ce qui est affiché est de nouveau à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected to the hub. %n update(s) that happened meanwhile are now shown.</source>
        <translation>
            <numerusform>Reconnecté au hub. %n mise à jour survenue entre-temps est maintenant affichée.</numerusform>
            <numerusform>Reconnecté au hub. %n mises à jour survenues entre-temps sont maintenant affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected to the hub. Nothing changed meanwhile.</source>
        <translation>Reconnecté au hub. Rien n&apos;a changé entre-temps.</translation>
    </message>
    <message numerus="yes">
        <source>The hub cannot be reached (for %n second(s)). Reconnecting by itself; calls shown may be out of date until then.</source>
        <translation>
            <numerusform>Le hub est injoignable (depuis %n seconde). Reconnexion automatique en cours&#xa0;; les appels affichés peuvent ne pas être à jour d&apos;ici là.</numerusform>
            <numerusform>Le hub est injoignable (depuis %n secondes). Reconnexion automatique en cours&#xa0;; les appels affichés peuvent ne pas être à jour d&apos;ici là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::Csv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DialPad</name>
    <message>
        <source>Number or SIP address</source>
        <translation>Numéro ou adresse SIP</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Numéro à composer</translation>
    </message>
    <message>
        <source>A phone number, local or international, or an Africa&apos;s Talking SIP address.</source>
        <translation>Un numéro de téléphone, local ou international, ou une adresse SIP Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Delete last digit (Backspace)</source>
        <translation>Effacer le dernier chiffre (Retour arrière)</translation>
    </message>
    <message>
        <source>Dial pad message</source>
        <translation>Message du pavé numérique</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Dièse</translation>
    </message>
    <message>
        <source>0 (hold for +)</source>
        <translation>0 (maintenir pour +)</translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation>Maintenir pour +</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Dial the number (Enter)</source>
        <translation>Appeler le numéro (Entrée)</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Recent numbers</source>
        <translation>Numéros récents</translation>
    </message>
    <message>
        <source>“%1” looks like a browser client&apos;s name. Enter a phone number or a SIP address.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble au nom d&apos;un client navigateur. Saisissez un numéro de téléphone ou une adresse SIP.</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Appel…</translation>
    </message>
    <message>
        <source>Nothing dialled yet</source>
        <translation>Aucun numéro composé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Dial %1 again</source>
        <translation>Rappeler %1</translation>
    </message>
</context>
<context>
    <name>Ui::DurationTableModel</name>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation>De (s)</translation>
    </message>
    <message>
        <source>To (s)</source>
        <translation>À (s)</translation>
    </message>
    <message>
        <source>Answered calls</source>
        <translation>Appels décrochés</translation>
    </message>
</context>
<context>
    <name>Ui::LoginPage</name>
    <message>
        <source>Cannot reach the hub at %1. Check the address, and that the hub is running and reachable from this computer.</source>
        <translation>Impossible de joindre le hub à l&apos;adresse %1. Vérifiez l&apos;adresse, et que le hub est démarré et accessible depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Simu hub. Check the address.</source>
        <translation>%1 a répondu, mais pas comme un hub Simu. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account may not log in: %1</source>
        <translation>Ce compte n&apos;est pas autorisé à se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts. %1</source>
        <translation>Trop de tentatives échouées. %1</translation>
    </message>
    <message>
        <source>The hub could not log you in (%1): %2</source>
        <translation>Le hub n&apos;a pas pu vous connecter (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Utilisateurs de démo</translation>
    </message>
    <message>
        <source>Simu</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Agent console for Africa&apos;s Talking voice</source>
        <translation>Console d&apos;agent pour la voix Africa&apos;s Talking</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>e.g. agent1</source>
        <translation>p. ex. agent1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Paramètres de connexion…</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The hub runs with the built-in Africa&apos;s Talking simulator. Every demo user&apos;s password is %1.</source>
        <translation>Le hub fonctionne avec le simulateur Africa&apos;s Talking intégré. Le mot de passe de chaque utilisateur de démo est %1.</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Se connecter en tant que %1</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Simu console</source>
        <translation>Console Simu</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Your session ended (it expired or was signed out elsewhere). Log in again.</source>
        <translation>Votre session a pris fin (elle a expiré ou a été fermée ailleurs). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>&amp;Simu</source>
        <translation>&amp;Simu</translation>
    </message>
    <message>
        <source>&amp;New console window</source>
        <translation>&amp;Nouvelle fenêtre de console</translation>
    </message>
    <message>
        <source>Another window, to log in as another user (a supervisor watching while an agent dials).</source>
        <translation>Une autre fenêtre, pour se connecter avec un autre utilisateur (un superviseur qui observe pendant qu&apos;un agent appelle).</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Composer un numéro</translation>
    </message>
    <message>
        <source>&amp;Transfer the selected call…</source>
        <translation>&amp;Transférer l&apos;appel sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>&amp;Recordings</source>
        <translation>&amp;Enregistrements</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>The hub&apos;s &amp;API reference</source>
        <translation>Référence de l&apos;&amp;API du hub</translation>
    </message>
    <message>
        <source>Open the &amp;web console</source>
        <translation>Ouvrir la console &amp;web</translation>
    </message>
    <message>
        <source>&amp;About Simu</source>
        <translation>À &amp;propos de Simu</translation>
    </message>
    <message>
        <source>About Simu</source>
        <translation>À propos de Simu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simu %1&lt;/b&gt;&lt;br&gt;Agent console and call hub for Africa&apos;s Talking voice.&lt;br&gt;Connected to %2.</source>
        <translation>&lt;b&gt;Simu %1&lt;/b&gt;&lt;br&gt;Console d&apos;agent et hub d&apos;appels pour la voix Africa&apos;s Talking.&lt;br&gt;Connecté à %2.</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Hub %1 unreachable — reconnecting</source>
        <translation>Hub %1 injoignable — reconnexion</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>%1 is calling. Your line %2 is ringing.</source>
        <translation>%1 appelle. Votre ligne %2 sonne.</translation>
    </message>
    <message>
        <source>%1 is calling.</source>
        <translation>%1 appelle.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Simu will be in %1 from its next start.</source>
        <translation>Simu sera en %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>My performance</source>
        <translation>Mes performances</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingDownload</name>
    <message>
        <source>The recording could not be saved to %1: %2</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être sauvegardé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>the server stopped sending it</source>
        <translation>le serveur a cessé de l&apos;envoyer</translation>
    </message>
    <message>
        <source>the download ended early (%1 of %2 bytes arrived)</source>
        <translation>le téléchargement s&apos;est arrêté trop tôt (%1 octets reçus sur %2)</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>The recording could not be downloaded: %1.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être téléchargé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingListModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 %2 as billed</source>
        <translation>Facturé&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Wrapped up by %1</source>
        <translation>Qualifié par %1</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingPlayer</name>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>1.5×</source>
        <translation>1,5×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Save the recording to a file</source>
        <translation>Sauvegarder l&apos;enregistrement dans un fichier</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Recording player</source>
        <translation>Lecteur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The recording could not be loaded: its address is not valid.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être chargé&#xa0;: son adresse n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Chargement de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Waiting for the recording to arrive…</source>
        <translation>En attente de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>The recording could not be loaded: it is not audio that can be played.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être chargé&#xa0;: ce n&apos;est pas un fichier audio lisible.</translation>
    </message>
    <message>
        <source>the recording is not available</source>
        <translation>l&apos;enregistrement n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>its format is not supported</source>
        <translation>son format n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>the network failed</source>
        <translation>une erreur réseau est survenue</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>l&apos;accès a été refusé</translation>
    </message>
    <message>
        <source>The recording could not be loaded: %1</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lire (Espace)</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Sauvegarder l&apos;enregistrement</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3);;All files (*)</source>
        <translation>Audio MP3 (*.mp3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A recording is already being saved.</source>
        <translation>Un enregistrement est déjà en cours de sauvegarde.</translation>
    </message>
    <message>
        <source>There is no recording to save.</source>
        <translation>Il n&apos;y a aucun enregistrement à sauvegarder.</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Sauvegarde de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>État de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingStatusProxy</name>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>Ui::RecordingsView</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Tout numéro</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro du client</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search recordings</source>
        <translation>Rechercher des enregistrements</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Calls with a recording</source>
        <translation>Appels avec enregistrement</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Load more calls</source>
        <translation>Charger plus d&apos;appels</translation>
    </message>
    <message>
        <source>Selected recording</source>
        <translation>Enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>La date «&#xa0;du&#xa0;» est postérieure à la date «&#xa0;au&#xa0;».</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Choose a number, an agent or dates, then Search.</source>
        <translation>Choisissez un numéro, un agent ou des dates, puis cliquez sur Rechercher.</translation>
    </message>
    <message>
        <source>No recordings match this search.</source>
        <translation>Aucun enregistrement ne correspond à cette recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) found.</source>
        <translation>
            <numerusform>%n enregistrement trouvé.</numerusform>
            <numerusform>%n enregistrements trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched %1 of %2 calls; Load more to look further.</source>
        <translation>%1 appels parcourus sur %2&#xa0;; cliquez sur Charger plus pour aller plus loin.</translation>
    </message>
    <message>
        <source>The call with %1 on %2 has no recording.</source>
        <translation>L&apos;appel avec %1 du %2 n&apos;a pas d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Call with %1 on %2</source>
        <translation>Appel avec %1 du %2</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the search results as CSV</source>
        <translation>Exporter les résultats de la recherche en CSV</translation>
    </message>
    <message>
        <source>&amp;Download to hub</source>
        <translation>&amp;Télécharger sur le hub</translation>
    </message>
    <message>
        <source>Download the selected recording to the hub</source>
        <translation>Télécharger l&apos;enregistrement sélectionné sur le hub</translation>
    </message>
    <message>
        <source>The hub keeps its own copy of the recording, so it plays even when Africa&apos;s Talking&apos;s link has expired.</source>
        <translation>Le hub conserve sa propre copie de l&apos;enregistrement, qui reste ainsi lisible même après l&apos;expiration du lien d&apos;Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>De&amp;lete recording</source>
        <translation>Supprimer &amp;l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete the selected recording</source>
        <translation>Supprimer l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Recording download or deletion</source>
        <translation>Téléchargement ou suppression de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The recording of the call with %1 on %2 was deleted.</source>
        <translation>L&apos;enregistrement de l&apos;appel avec %1 du %2 a été supprimé.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Demande au hub…</translation>
    </message>
    <message>
        <source>Asking the hub to download the recording of the call with %1…</source>
        <translation>Demande au hub de télécharger l&apos;enregistrement de l&apos;appel avec %1…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>The hub could not download the recording: %1</source>
        <translation>Le hub n&apos;a pas pu télécharger l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>On the hub (%1)</source>
        <translation>Sur le hub (%1)</translation>
    </message>
    <message>
        <source>The recording is on the hub now: %1, checksum %2…</source>
        <translation>L&apos;enregistrement est désormais sur le hub&#xa0;: %1, somme de contrôle %2…</translation>
    </message>
    <message numerus="yes">
        <source>The hub could not download the recording after %n attempt(s): %1</source>
        <translation>
            <numerusform>Le hub n&apos;a pas pu télécharger l&apos;enregistrement après %n tentative&#xa0;: %1</numerusform>
            <numerusform>Le hub n&apos;a pas pu télécharger l&apos;enregistrement après %n tentatives&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>This recording was deleted; there is nothing to download.</source>
        <translation>Cet enregistrement a été supprimé&#xa0;; il n&apos;y a rien à télécharger.</translation>
    </message>
    <message>
        <source>Downloading (slowly)</source>
        <translation>Téléchargement (lent)</translation>
    </message>
    <message>
        <source>The hub is still downloading the recording; select it again later to play it.</source>
        <translation>Le hub télécharge encore l&apos;enregistrement&#xa0;; sélectionnez-le de nouveau plus tard pour l&apos;écouter.</translation>
    </message>
    <message>
        <source>Downloading to the hub… %1%</source>
        <translation>Téléchargement sur le hub… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Downloading to the hub…</source>
        <translation>Téléchargement sur le hub…</translation>
    </message>
    <message>
        <source> (agent %1)</source>
        <translation> (agent %1)</translation>
    </message>
    <message>
        <source>Delete the recording of the call with %1 on %2%3?

The hub removes its copy for good and notes in its audit log that you did.</source>
        <translation>Supprimer l&apos;enregistrement de l&apos;appel avec %1 du %2%3&#xa0;?

Le hub supprime définitivement sa copie et consigne dans son journal d&apos;audit que vous l&apos;avez fait.</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Supprimer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Deleting the recording of the call with %1…</source>
        <translation>Suppression de l&apos;enregistrement de l&apos;appel avec %1…</translation>
    </message>
    <message>
        <source>The recording was not deleted: %1</source>
        <translation>L&apos;enregistrement n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Supprimé par %1</translation>
    </message>
    <message>
        <source>The recording of the call with %1 was deleted.</source>
        <translation>L&apos;enregistrement de l&apos;appel avec %1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>Ui::SetupDialog</name>
    <message>
        <source>Let consoles on the LAN connect (listen on every network)</source>
        <translation>Autoriser les consoles du réseau local (LAN) à se connecter (écoute sur tous les réseaux)</translation>
    </message>
    <message>
        <source>The first account (an administrator)</source>
        <translation>Le premier compte (un administrateur)</translation>
    </message>
    <message>
        <source>Welcome to Simu</source>
        <translation>Bienvenue dans Simu</translation>
    </message>
    <message>
        <source>Simu settings</source>
        <translation>Paramètres de Simu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Simu needs a hub: the part that talks to Africa&apos;s Talking and keeps the call history. Run it on this computer (one desk), or connect to a hub that runs on a server in your centre (&lt;tt&gt;simu --headless&lt;/tt&gt;).</source>
        <translation>&lt;b&gt;Bienvenue.&lt;/b&gt; Simu a besoin d&apos;un hub&#xa0;: la partie qui communique avec Africa&apos;s Talking et conserve l&apos;historique des appels. Exécutez-le sur cet ordinateur (un seul poste), ou connectez-vous à un hub qui tourne sur un serveur de votre centre (&lt;tt&gt;simu --headless&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Where the hub runs, and how this console looks.</source>
        <translation>Où s&apos;exécute le hub, et l&apos;apparence de cette console.</translation>
    </message>
    <message>
        <source>Run the hub on &amp;this computer</source>
        <translation>Exécuter le hub sur cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Connect to a hub on the &amp;LAN</source>
        <translation>Se connecter à un hub du réseau local (&amp;LAN)</translation>
    </message>
    <message>
        <source>Run the hub on this computer</source>
        <translation>Exécuter le hub sur cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to a hub on the LAN</source>
        <translation>Se connecter à un hub du réseau local (LAN)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Dialling region</source>
        <translation>Région de numérotation</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
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
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Local numbers are in:</source>
        <translation>Pays des numéros locaux&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when Simu starts again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Simu.</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erreur de paramètres</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The hub on this computer</source>
        <translation>Le hub sur cet ordinateur</translation>
    </message>
    <message>
        <source>Africa&apos;s Talking username</source>
        <translation>Nom d&apos;utilisateur Africa&apos;s Talking</translation>
    </message>
    <message>
        <source>your AT application&apos;s username</source>
        <translation>le nom d&apos;utilisateur de votre application AT</translation>
    </message>
    <message>
        <source>Voice numbers</source>
        <translation>Numéros vocaux</translation>
    </message>
    <message>
        <source>Your account&apos;s voice numbers, separated by commas; the first is the caller ID of calls you place.</source>
        <translation>Les numéros vocaux de votre compte, séparés par des virgules&#xa0;; le premier sert de numéro d&apos;appelant pour les appels que vous passez.</translation>
    </message>
    <message>
        <source>Africa&apos;s Talking API key</source>
        <translation>Clé API Africa&apos;s Talking</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Conservée dans le trousseau de clés de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Let consoles on the LAN connect</source>
        <translation>Autoriser les consoles du réseau local (LAN) à se connecter</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Copier l&apos;URL du webhook</translation>
    </message>
    <message>
        <source>Paste this into the Africa&apos;s Talking dashboard as your numbers&apos; callback URL. AT must reach it from the internet: publish it through your HTTPS reverse proxy, replacing the address part. It contains a secret: share it with no one.</source>
        <translation>Collez-la dans le tableau de bord Africa&apos;s Talking comme URL de rappel (callback) de vos numéros. AT doit pouvoir l&apos;atteindre depuis Internet&#xa0;: publiez-la via votre proxy inverse HTTPS, en remplaçant la partie adresse. Elle contient un secret&#xa0;: ne la communiquez à personne.</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Nom d&apos;utilisateur de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Administrator password, again</source>
        <translation>Mot de passe de l&apos;administrateur, confirmation</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>AT &amp;username:</source>
        <translation>Nom d&apos;&amp;utilisateur AT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Voice numbers:</source>
        <translation>Numéros &amp;vocaux&#xa0;:</translation>
    </message>
    <message>
        <source>AT API &amp;key:</source>
        <translation>Clé &amp;API AT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>A hub elsewhere</source>
        <translation>Un hub ailleurs</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>The address of a hub started with &lt;tt&gt;simu --headless&lt;/tt&gt;; your supervisor or administrator has it, and your login.</source>
        <translation>L&apos;adresse d&apos;un hub lancé avec &lt;tt&gt;simu --headless&lt;/tt&gt;&#xa0;; votre superviseur ou votre administrateur la connaît, ainsi que vos identifiants.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub&#xa0;:</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>enregistrée dans le trousseau&#xa0;; saisissez-en une autre pour la remplacer</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, such as http://hub.example.lan:8470.</source>
        <translation>Saisissez l&apos;adresse du hub, par exemple http://hub.example.lan:8470.</translation>
    </message>
    <message>
        <source>Enter your Africa&apos;s Talking username.</source>
        <translation>Saisissez votre nom d&apos;utilisateur Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Enter at least one voice number of your Africa&apos;s Talking account.</source>
        <translation>Saisissez au moins un numéro vocal de votre compte Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Voice number %1: %2</source>
        <translation>Numéro vocal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enter your Africa&apos;s Talking API key (Settings → API Key in AT&apos;s dashboard).</source>
        <translation>Saisissez votre clé API Africa&apos;s Talking (Settings → API Key dans le tableau de bord d&apos;AT).</translation>
    </message>
    <message>
        <source>Choose a username for the administrator.</source>
        <translation>Choisissez un nom d&apos;utilisateur pour l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password needs at least %1 characters.</source>
        <translation>Le mot de passe de l&apos;administrateur doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>Ui::SpendPanel</name>
    <message>
        <source>Today&apos;s spend</source>
        <translation>Dépenses du jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spent today:&lt;/b&gt; …</source>
        <translation>&lt;b&gt;Dépensé aujourd&apos;hui&#xa0;:&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>Today&apos;s spend could not be read: %1</source>
        <translation>Les dépenses du jour n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of the %2 daily cap (%3 left)</source>
        <translation>%1 sur un plafond quotidien de %2 (reste %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spent today:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dépensé aujourd&apos;hui&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>The daily spend cap is reached: no calls can be placed until midnight (%1).</source>
        <translation>Le plafond de dépenses quotidien est atteint&#xa0;: aucun appel ne peut être passé avant minuit (%1).</translation>
    </message>
    <message>
        <source>Costs as Africa&apos;s Talking reports them when calls end, since midnight. The cap is per currency.</source>
        <translation>Coûts depuis minuit, tels que signalés par Africa&apos;s Talking à la fin des appels. Le plafond s&apos;applique par devise.</translation>
    </message>
    <message>
        <source>Costs as Africa&apos;s Talking reports them when calls end, since midnight. No daily cap is set.</source>
        <translation>Coûts depuis minuit, tels que signalés par Africa&apos;s Talking à la fin des appels. Aucun plafond quotidien n&apos;est défini.</translation>
    </message>
</context>
<context>
    <name>Ui::SummaryTiles</name>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Abandoned (inbound)</source>
        <translation>Abandons (entrants)</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Durée moyenne</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de conversation</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 inbound, %2 outbound</source>
        <translation>%1 entrants, %2 sortants</translation>
    </message>
    <message>
        <source>%1 of all calls</source>
        <translation>%1 de tous les appels</translation>
    </message>
    <message numerus="yes">
        <source>%n inbound call(s) ended before anyone answered</source>
        <translation>
            <numerusform>%n appel entrant terminé avant toute réponse</numerusform>
            <numerusform>%n appels entrants terminés avant toute réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly as Africa&apos;s Talking reported:
%1</source>
        <translation>Tel que signalé par Africa&apos;s Talking&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Median %1, 90% under %2, over %n answered call(s)</source>
        <translation>
            <numerusform>Médiane %1, 90&#xa0;% en dessous de %2, sur %n appel décroché</numerusform>
            <numerusform>Médiane %1, 90&#xa0;% en dessous de %2, sur %n appels décrochés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SupervisorView</name>
    <message>
        <source>Wallboard counters</source>
        <translation>Compteurs du tableau de bord</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>Filtrer par agent</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Filter by direction</source>
        <translation>Filtrer par sens</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Entrants et sortants</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <source>Just ended</source>
        <translation>Tout juste terminés</translation>
    </message>
    <message>
        <source>Live and just ended</source>
        <translation>En cours et tout juste terminés</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Rechercher des appels</translation>
    </message>
    <message>
        <source>Search number or agent (Ctrl+F)</source>
        <translation>Rechercher un numéro ou un agent (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; live call(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; appel en cours</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; appels en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; ringing</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en sonnerie</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en sonnerie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; talking</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en conversation</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; en conversation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; of %n agent(s) online</source>
        <translation>
            <numerusform>En ligne&#xa0;: &lt;b&gt;%1&lt;/b&gt; sur %n agent</numerusform>
            <numerusform>En ligne&#xa0;: &lt;b&gt;%1&lt;/b&gt; sur %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click an agent to set their state.</source>
        <translation>Clic droit sur un agent pour changer son état.</translation>
    </message>
    <message>
        <source>Make %1 available</source>
        <translation>Rendre %1 disponible</translation>
    </message>
    <message>
        <source>Set %1 away</source>
        <translation>Mettre %1 absent</translation>
    </message>
</context>
<context>
    <name>Ui::TransferDialog</name>
    <message>
        <source>Transfer call</source>
        <translation>Transférer l&apos;appel</translation>
    </message>
    <message>
        <source>Transfer the call with %1 to another number. Africa&apos;s Talking connects it blind: the remaining party hears hold music until the new number answers, and the call then leaves this console.</source>
        <translation>Transférer l&apos;appel avec %1 vers un autre numéro. Africa&apos;s Talking effectue un transfert aveugle&#xa0;: l&apos;interlocuteur restant entend une musique d&apos;attente jusqu&apos;à ce que le nouveau numéro réponde, puis l&apos;appel quitte cette console.</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transférer vers</translation>
    </message>
    <message>
        <source>0712 345678, +254712345678 or name@ke.sip.africastalking.com</source>
        <translation>0712 345678, +254712345678 ou name@ke.sip.africastalking.com</translation>
    </message>
    <message>
        <source>The answering side (callee; the agent&apos;s leg)</source>
        <translation>Le côté qui répond (appelé&#xa0;; branche de l&apos;agent)</translation>
    </message>
    <message>
        <source>The dialled side (callee; the customer&apos;s leg)</source>
        <translation>Le côté composé (appelé&#xa0;; branche du client)</translation>
    </message>
    <message>
        <source>The calling side (caller; the customer&apos;s leg)</source>
        <translation>Le côté appelant (appelant&#xa0;; branche du client)</translation>
    </message>
    <message>
        <source>The calling side (caller; our number&apos;s leg)</source>
        <translation>Le côté appelant (appelant&#xa0;; branche de notre numéro)</translation>
    </message>
    <message>
        <source>Transfer the callee leg</source>
        <translation>Transférer la branche de l&apos;appelé</translation>
    </message>
    <message>
        <source>Transfer the caller leg</source>
        <translation>Transférer la branche de l&apos;appelant</translation>
    </message>
    <message>
        <source>Africa&apos;s Talking&apos;s default.</source>
        <translation>Choix par défaut d&apos;Africa&apos;s Talking.</translation>
    </message>
    <message>
        <source>Transfer error</source>
        <translation>Erreur de transfert</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Transfer &amp;to:</source>
        <translation>Transférer &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>Leg:</source>
        <translation>Branche&#xa0;:</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Transfert…</translation>
    </message>
    <message>
        <source>The transfer was not made: %1</source>
        <translation>Le transfert n&apos;a pas été effectué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::VolumeTableModel</name>
    <message>
        <source>Period starting</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Non décrochés</translation>
    </message>
</context>
<context>
    <name>Ui::WrapUpPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Qualification de l&apos;appel</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Choose how the call ended…</source>
        <translation>Choisissez le résultat de l&apos;appel…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes for whoever handles this customer next</source>
        <translation>Notes pour la prochaine personne qui traitera ce client</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Enregistrer la qualification</translation>
    </message>
    <message>
        <source>Skip the wrap-up</source>
        <translation>Ignorer la qualification</translation>
    </message>
    <message>
        <source>Leave this call without a wrap-up; it can be wrapped up later from its details.</source>
        <translation>Laisser cet appel sans qualification&#xa0;; il pourra être qualifié plus tard depuis ses détails.</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>Q&amp;ualification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Wrap up the %1 call with %2</source>
        <translation>Qualifier l&apos;appel %1 avec %2</translation>
    </message>
    <message>
        <source>The wrap-up was not saved: %1</source>
        <translation>La qualification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 · %n more call(s) to wrap up</source>
        <translation>
            <numerusform>%1 / %2 · encore %n appel à qualifier</numerusform>
            <numerusform>%1 / %2 · encore %n appels à qualifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Choisissez d&apos;abord une qualification.</translation>
    </message>
    <message>
        <source>The notes are %1 characters too long.</source>
        <translation>Les notes comptent %1 caractères de trop.</translation>
    </message>
</context>
</TS>
