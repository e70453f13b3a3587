<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>the request was invalid</source>
        <translation>die Anfrage war ungültig</translation>
    </message>
    <message>
        <source>the token was not accepted</source>
        <translation>das Token wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the token may not do this</source>
        <translation>das Token darf das nicht</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>interner Serverfehler</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>Zeitüberschreitung am Gateway</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Sentry answered HTTP %1 (%2)</source>
        <translation>Sentry antwortete mit HTTP %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>no issues given</source>
        <translation>keine Probleme angegeben</translation>
    </message>
    <message>
        <source>there is no issue %1</source>
        <translation>Problem %1 existiert nicht</translation>
    </message>
    <message>
        <source>merging needs at least two issues</source>
        <translation>zum Zusammenführen braucht es mindestens zwei Probleme</translation>
    </message>
    <message>
        <source>only issues of the same Sentry organisation (or only local ones) can be merged</source>
        <translation>nur Probleme derselben Sentry-Organisation (oder nur lokale) lassen sich zusammenführen</translation>
    </message>
    <message>
        <source>Sentry merges at most %1 issues at once</source>
        <translation>Sentry führt höchstens %1 Probleme auf einmal zusammen</translation>
    </message>
    <message>
        <source>resolving in a release needs the release</source>
        <translation>zum Lösen in einem Release fehlt das Release</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Crash-free users</source>
        <translation>Absturzfreie Nutzer</translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation>Absturzfreie Sitzungen</translation>
    </message>
    <message>
        <source>%1 of %2 users crashed</source>
        <translation>%1 von %2 Nutzern abgestürzt</translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed</source>
        <translation>%1 von %2 Sitzungen abgestürzt</translation>
    </message>
    <message>
        <source>Sessions by status</source>
        <translation>Sitzungen nach Status</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>%1
%2 sessions
Healthy: %3 (%4)
Errored: %5 (%6)
Abnormal: %7 (%8)
Crashed: %9 (%10)</source>
        <translation>%1
%2 Sitzungen
Fehlerfrei: %3 (%4)
Mit Fehlern: %5 (%6)
Abnormal: %7 (%8)
Abgestürzt: %9 (%10)</translation>
    </message>
    <message>
        <source>Adoption (share of sessions)</source>
        <translation>Verbreitung (Anteil der Sitzungen)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 sessions (%5)</source>
        <translation>%1
%2: %3 von %4 Sitzungen (%5)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4</source>
        <translation>%1
%2: %3
%4</translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed; %3 abnormal, %4 errored</source>
        <translation>%1 von %2 Sitzungen abgestürzt; %3 abnormal, %4 mit Fehlern</translation>
    </message>
    <message>
        <source>Ingestion outcomes (errors)</source>
        <translation>Annahmeergebnisse (Fehler)</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentryIssueLink</name>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>„%1“ ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>%1 is not a link to a Sentry issue (…/issues/ID/)</source>
        <translation>%1 ist kein Link auf ein Sentry-Problem (…/issues/ID/)</translation>
    </message>
    <message>
        <source>%1 names no Sentry organisation</source>
        <translation>%1 nennt keine Sentry-Organisation</translation>
    </message>
    <message>
        <source>%1 names no issue</source>
        <translation>%1 nennt kein Problem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a Sentry issue id (a number)</source>
        <translation>„%1“ in %2 ist keine Sentry-Problem-ID (eine Zahl)</translation>
    </message>
    <message>
        <source>issue %1 of %2</source>
        <translation>Problem %1 von %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is cut short (%1 bytes)</source>
        <translation>die Datei ist abgeschnitten (%1 Bytes)</translation>
    </message>
    <message>
        <source>it is cut short (%1 of %2 bytes)</source>
        <translation>die Datei ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is another program&apos;s database (application id %1)</source>
        <translation>die Datei ist die Datenbank eines anderen Programms (Anwendungs-ID %1)</translation>
    </message>
    <message>
        <source>it is another program&apos;s database</source>
        <translation>die Datei ist die Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>it was written by a newer Lookout (schema %1; this build reads up to %2)</source>
        <translation>die Datei stammt von einer neueren Lookout-Version (Schema %1; diese Version liest bis Schema %2)</translation>
    </message>
    <message>
        <source>The cache %1 could not be used: %2. It was moved to %3 and a new, empty cache was made.</source>
        <translation>Der Cache %1 konnte nicht verwendet werden: %2. Er wurde nach %3 verschoben und ein neuer, leerer Cache angelegt.</translation>
    </message>
    <message>
        <source>there is no issue %1</source>
        <translation>Problem %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>the keychain service did not answer within 10 s</source>
        <translation>der Schlüsselbund-Dienst hat nicht innerhalb von 10 s geantwortet</translation>
    </message>
    <message>
        <source>no Secret Service or KWallet answered</source>
        <translation>weder Secret Service noch KWallet hat geantwortet</translation>
    </message>
    <message>
        <source>%1 can be read by other users (mode %2), so Lookout will not use it: revoke the tokens in it, then run chmod 600 on it or delete it and save the token again</source>
        <translation>%1 ist für andere Nutzer lesbar (Modus %2), daher verwendet Lookout die Datei nicht: Widerrufen Sie die Tokens darin, führen Sie dann chmod 600 darauf aus oder löschen Sie die Datei und speichern Sie das Token erneut</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a token file Lookout wrote (not a JSON object)</source>
        <translation>%1 ist keine Token-Datei von Lookout (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to the user</source>
        <translation>%1 kann nicht nur für den Nutzer lesbar gemacht werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the keychain is switched off</source>
        <translation>der Schlüsselbund ist abgeschaltet</translation>
    </message>
    <message>
        <source>the keychain refused to store the token: %1</source>
        <translation>der Schlüsselbund hat das Speichern des Tokens abgelehnt: %1</translation>
    </message>
    <message>
        <source>the keychain refused to give the token: %1</source>
        <translation>der Schlüsselbund hat die Herausgabe des Tokens abgelehnt: %1</translation>
    </message>
    <message>
        <source>the keychain refused to delete the token: %1</source>
        <translation>der Schlüsselbund hat das Löschen des Tokens abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The token is kept in %1, readable only by you.</source>
        <translation>Das Token liegt in %1, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The token is kept in %1, readable only by you, because no keychain service could be used (%2).</source>
        <translation>Das Token liegt in %1, nur für Sie lesbar, da kein Schlüsselbund-Dienst verwendet werden konnte (%2).</translation>
    </message>
</context>
<context>
    <name>TriageAction</name>
    <message>
        <source>resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>resolve in the next release</source>
        <translation>Im nächsten Release lösen</translation>
    </message>
    <message>
        <source>resolve in release %1</source>
        <translation>In Release %1 lösen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes have passed</source>
        <translation>
            <numerusform>%Ln Minute vergangen ist</numerusform>
            <numerusform>%Ln Minuten vergangen sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events occur within %1 min</source>
        <translation>
            <numerusform>%Ln weiteres Ereignis innerhalb von %1 Min. auftritt</numerusform>
            <numerusform>%Ln weitere Ereignisse innerhalb von %1 Min. auftreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events occur</source>
        <translation>
            <numerusform>%Ln weiteres Ereignis auftritt</numerusform>
            <numerusform>%Ln weitere Ereignisse auftreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users are affected within %1 min</source>
        <translation>
            <numerusform>%Ln weiterer Nutzer innerhalb von %1 Min. betroffen ist</numerusform>
            <numerusform>%Ln weitere Nutzer innerhalb von %1 Min. betroffen sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users are affected</source>
        <translation>
            <numerusform>%Ln weiterer Nutzer betroffen ist</numerusform>
            <numerusform>%Ln weitere Nutzer betroffen sind</numerusform>
        </translation>
    </message>
    <message>
        <source>ignore forever</source>
        <translation>Dauerhaft ignorieren</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>ignore until %1</source>
        <translation>Ignorieren, bis %1</translation>
    </message>
    <message>
        <source>unresolve</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>remove the bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>mark seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>mark unseen</source>
        <translation>Als ungesehen markieren</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>Die Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The search cannot be used: %1</source>
        <translation>Die Suche ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>lookout::AccountDialog</name>
    <message>
        <source>From the environment (%1)</source>
        <translation>Aus der Umgebung (%1)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <translation>Aus %1, Zeile %2</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect a Sentry Account</source>
        <translation>Sentry-Konto verbinden</translation>
    </message>
    <message>
        <source>Lookout reads your organisation&apos;s issues and events with an auth token. Create one in Sentry under Settings › Auth Tokens: an organisation token, or a personal token with the scopes org:read, project:read and event:read (event:write lets you resolve and assign from Lookout).</source>
        <translation>Lookout liest die Probleme und Ereignisse Ihrer Organisation mit einem Auth-Token. Erstellen Sie eines in Sentry unter Settings › Auth Tokens: ein Organisations-Token oder ein persönliches Token mit den Scopes org:read, project:read und event:read (mit event:write können Sie aus Lookout heraus lösen und zuweisen).</translation>
    </message>
    <message>
        <source>sentry.io (United States)</source>
        <translation>sentry.io (USA)</translation>
    </message>
    <message>
        <source>sentry.io (European Union, Frankfurt)</source>
        <translation>sentry.io (Europäische Union, Frankfurt)</translation>
    </message>
    <message>
        <source>Self-hosted Sentry</source>
        <translation>Selbst gehostetes Sentry</translation>
    </message>
    <message>
        <source>the slug in your Sentry URLs, e.g. acme</source>
        <translation>der Slug in Ihren Sentry-URLs, z. B. acme</translation>
    </message>
    <message>
        <source>sntrys_… or sntryu_…</source>
        <translation>sntrys_… oder sntryu_…</translation>
    </message>
    <message>
        <source>&amp;Sentry:</source>
        <translation>&amp;Sentry:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth-&amp;Token:</translation>
    </message>
    <message>
        <source>Enter the address of your Sentry server, e.g. https://sentry.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Sentry-Servers ein, z. B. https://sentry.example.com.</translation>
    </message>
    <message>
        <source>The server URL is not usable: %1.</source>
        <translation>Die Server-URL ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s slug (the part after /organizations/ in Sentry&apos;s URLs).</source>
        <translation>Geben Sie den Slug der Organisation ein (der Teil nach /organizations/ in Sentrys URLs).</translation>
    </message>
    <message>
        <source>An organisation slug has no spaces or slashes: use the part after /organizations/ in Sentry&apos;s URLs.</source>
        <translation>Ein Organisations-Slug enthält keine Leerzeichen oder Schrägstriche: Verwenden Sie den Teil nach /organizations/ in Sentrys URLs.</translation>
    </message>
    <message>
        <source>Enter an auth token.</source>
        <translation>Geben Sie ein Auth-Token ein.</translation>
    </message>
    <message>
        <source>The auth token has spaces in it; paste it again.</source>
        <translation>Das Auth-Token enthält Leerzeichen; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>%1 refused the token (HTTP 401).</source>
        <translation>%1 hat das Token abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 refused the token: %2 (HTTP 401).</source>
        <translation>%1 hat das Token abgelehnt: %2 (HTTP 401).</translation>
    </message>
    <message>
        <source>The token may not list organisations; it needs the org:read scope. Sentry says: %1</source>
        <translation>Das Token darf keine Organisationen auflisten; es braucht den Scope org:read. Sentry meldet: %1</translation>
    </message>
    <message>
        <source>forbidden (HTTP 403)</source>
        <translation>verboten (HTTP 403)</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 Organisation</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1, %2 found.</source>
        <translation>Verbunden: %1, %2 gefunden.</translation>
    </message>
    <message>
        <source>Connected, but this token sees no organisation.</source>
        <translation>Verbunden, aber dieses Token sieht keine Organisation.</translation>
    </message>
    <message>
        <source>Connected: %1. Enter one of them as the organisation: %2.</source>
        <translation>Verbunden: %1. Geben Sie eine davon als Organisation ein: %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1, but not %2. This token can see: %3.</source>
        <translation>Verbunden: %1, aber nicht %2. Dieses Token sieht: %3.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>lookout::BreadcrumbModel</name>
    <message>
        <source>Type: %1    Category: %2    Level: %3</source>
        <translation>Typ: %1    Kategorie: %2    Stufe: %3</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds before or after the event</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds before or after the event</comment>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes before or after the event</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours before or after the event</comment>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
</context>
<context>
    <name>lookout::BreadcrumbPane</name>
    <message>
        <source>Select a breadcrumb to see all of its data.</source>
        <translation>Wählen Sie einen Breadcrumb, um alle seine Daten zu sehen.</translation>
    </message>
    <message>
        <source>Filter breadcrumbs</source>
        <translation>Breadcrumbs filtern</translation>
    </message>
    <message>
        <source>All Levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Newest First</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Show the latest breadcrumb (the error) at the top</source>
        <translation>Den letzten Breadcrumb (den Fehler) oben zeigen</translation>
    </message>
    <message>
        <source>All Types</source>
        <translation>Alle Typen</translation>
    </message>
</context>
<context>
    <name>lookout::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
</context>
<context>
    <name>lookout::ContextsModel</name>
    <message>
        <source>Operating System</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Client Operating System</source>
        <translation>Client-Betriebssystem</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Cloud Resource</source>
        <translation>Cloud-Ressource</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <source>OpenTelemetry</source>
        <translation>OpenTelemetry</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Additional Data</source>
        <translation>Zusätzliche Daten</translation>
    </message>
</context>
<context>
    <name>lookout::EventFetcher</name>
    <message>
        <source>Reading the events of project %1: %2</source>
        <translation>Lesen der Ereignisse des Projekts %1: %2</translation>
    </message>
    <message>
        <source>Reading the latest event of issue %1: %2</source>
        <translation>Lesen des neuesten Ereignisses von Problem %1: %2</translation>
    </message>
</context>
<context>
    <name>lookout::EventListModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Key tags</source>
        <translation>Wichtige Tags</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an event&apos;s date and time, then how long ago</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lookout::EventPager</name>
    <message>
        <source>The issue is no longer in the cache.</source>
        <translation>Das Problem ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>The issue was imported, not synced: Sentry has nothing more of it.</source>
        <translation>Das Problem wurde importiert, nicht synchronisiert: Sentry hat nichts weiter davon.</translation>
    </message>
    <message>
        <source>The issue belongs to another Sentry account.</source>
        <translation>Das Problem gehört zu einem anderen Sentry-Konto.</translation>
    </message>
    <message>
        <source>Sentry no longer has this event (it may be past its retention).</source>
        <translation>Sentry hat dieses Ereignis nicht mehr (vielleicht ist seine Aufbewahrungsfrist abgelaufen).</translation>
    </message>
    <message>
        <source>Sentry&apos;s answer has no event id.</source>
        <translation>Sentrys Antwort enthält keine Ereignis-ID.</translation>
    </message>
    <message>
        <source>Sentry&apos;s event %1 could not be read.</source>
        <translation>Sentrys Ereignis %1 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>lookout::EventsPane</name>
    <message>
        <source>Load More from Sentry</source>
        <translation>Mehr von Sentry laden</translation>
    </message>
    <message>
        <source>%1 of %2 events cached</source>
        <translation>%1 von %2 Ereignissen im Cache</translation>
    </message>
    <message>
        <source>This imported issue&apos;s only event is here.</source>
        <translation>Das einzige Ereignis dieses importierten Problems ist hier.</translation>
    </message>
    <message>
        <source>All %1 events of this imported issue are here.</source>
        <translation>Alle %1 Ereignisse dieses importierten Problems sind hier.</translation>
    </message>
    <message>
        <source>All %1 events cached.</source>
        <translation>Alle %1 Ereignisse sind im Cache.</translation>
    </message>
    <message>
        <source>All events Sentry still keeps are cached (%1 of the %2 it counted).</source>
        <translation>Alle Ereignisse, die Sentry noch aufbewahrt, sind im Cache (%1 der %2 gezählten).</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The issue&apos;s only event is cached.</source>
        <translation>Das einzige Ereignis des Problems ist im Cache.</translation>
    </message>
    <message>
        <source>%1; Lookout is offline: connect to load more.</source>
        <translation>%1; Lookout ist offline: Verbinden Sie sich, um mehr zu laden.</translation>
    </message>
    <message>
        <source>%1 · loading more from Sentry…</source>
        <translation>%1 · lade weitere von Sentry…</translation>
    </message>
    <message>
        <source>Sentry&apos;s rate limit holds requests until %1.</source>
        <translation>Sentrys Ratenlimit hält Anfragen bis %1 zurück.</translation>
    </message>
    <message>
        <source>%1. Loading more failed: %2</source>
        <translation>%1. Nachladen fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>lookout::ImportController</name>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source> (1 new issue)</source>
        <translation> (1 neues Problem)</translation>
    </message>
    <message>
        <source> (%1 new issues)</source>
        <translation> (%1 neue Probleme)</translation>
    </message>
    <message>
        <source>%1 already in the cache</source>
        <translation>%1 schon im Cache</translation>
    </message>
    <message>
        <source>1 session record</source>
        <translation>1 Sitzungsdatensatz</translation>
    </message>
    <message>
        <source>%1 session records</source>
        <translation>%1 Sitzungsdatensätze</translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 Anhang</translation>
    </message>
    <message>
        <source>%1 attachments</source>
        <translation>%1 Anhänge</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>Cancelled after storing %1 from %2; %3. Importing the same files again adds only the rest.</source>
        <translation>Abgebrochen nach dem Speichern von %1 aus %2; %3. Ein erneuter Import derselben Dateien fügt nur den Rest hinzu.</translation>
    </message>
    <message>
        <source>Stored %1 from %2; %3.</source>
        <translation>%1 aus %2 gespeichert; %3.</translation>
    </message>
</context>
<context>
    <name>lookout::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Reading %1: %2 stored so far</source>
        <translation>Lese %1: bisher %2 gespeichert</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelling: the events read so far are being saved…</source>
        <translation>Breche ab: Die bisher gelesenen Ereignisse werden gespeichert…</translation>
    </message>
</context>
<context>
    <name>lookout::IngestServer</name>
    <message>
        <source>cannot open the cache: %1</source>
        <translation>der Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>lookout::IssueDetailView</name>
    <message>
        <source>No contexts in this event.</source>
        <translation>Dieses Ereignis hat keine Kontexte.</translation>
    </message>
    <message>
        <source>No HTTP request in this event.</source>
        <translation>Dieses Ereignis hat keine HTTP-Anfrage.</translation>
    </message>
    <message>
        <source>No user in this event.</source>
        <translation>Dieses Ereignis hat keinen Nutzer.</translation>
    </message>
    <message>
        <source>Select an issue to see its stack trace, breadcrumbs and tags.</source>
        <translation>Wählen Sie ein Problem, um Stacktrace, Breadcrumbs und Tags zu sehen.</translation>
    </message>
    <message>
        <source>Stack Trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Breadcrumbs</source>
        <translation>Breadcrumbs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>The cached event with the most to debug with: in-app source, variables, breadcrumbs, trace</source>
        <translation>Das zwischengespeicherte Ereignis mit den meisten Debug-Infos: In-App-Quelltext, Variablen, Breadcrumbs, Trace</translation>
    </message>
    <message>
        <source>« Oldest</source>
        <translation>« Ältestes</translation>
    </message>
    <message>
        <source>‹ Older</source>
        <translation>‹ Älter</translation>
    </message>
    <message>
        <source>Newer ›</source>
        <translation>Neuer ›</translation>
    </message>
    <message>
        <source>Latest »</source>
        <translation>Neuestes »</translation>
    </message>
    <message>
        <source>Copy Event ID</source>
        <translation>Ereignis-ID kopieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Open in Sentry</source>
        <translation>In Sentry öffnen</translation>
    </message>
    <message>
        <source>Copied the event id %1</source>
        <translation>Ereignis-ID %1 kopiert</translation>
    </message>
    <message>
        <source>Copied the issue as Markdown</source>
        <translation>Problem als Markdown kopiert</translation>
    </message>
    <message>
        <source>No event of this issue is in the cache yet.</source>
        <translation>Noch kein Ereignis dieses Problems im Cache.</translation>
    </message>
    <message>
        <source>The latest event is also the most helpful one cached</source>
        <translation>Das neueste Ereignis ist auch das hilfreichste im Cache</translation>
    </message>
    <message>
        <source>Showing the cached event with the most to debug with</source>
        <translation>Zeige das zwischengespeicherte Ereignis mit den meisten Debug-Infos</translation>
    </message>
    <message>
        <source>Event %1 cannot be read: %2</source>
        <translation>Ereignis %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Breadcrumbs (%1)</source>
        <translation>Breadcrumbs (%1)</translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation>Tags (%1)</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>This issue was not synced from Sentry</source>
        <translation>Dieses Problem wurde nicht aus Sentry synchronisiert</translation>
    </message>
    <message>
        <source>%1 is not cached, and Lookout is offline.</source>
        <translation>%1 ist nicht im Cache, und Lookout ist offline.</translation>
    </message>
    <message>
        <source>Loading %1 from Sentry…</source>
        <translation>Lade %1 von Sentry…</translation>
    </message>
    <message>
        <source>Older events are not cached, and Lookout is offline.</source>
        <translation>Ältere Ereignisse sind nicht im Cache, und Lookout ist offline.</translation>
    </message>
    <message>
        <source>Could not load older events from Sentry: %1</source>
        <translation>Ältere Ereignisse konnten nicht von Sentry geladen werden: %1</translation>
    </message>
    <message>
        <source>That event is not cached, and Lookout is offline.</source>
        <translation>Dieses Ereignis ist nicht im Cache, und Lookout ist offline.</translation>
    </message>
    <message>
        <source>Could not load the event from Sentry: %1</source>
        <translation>Das Ereignis konnte nicht von Sentry geladen werden: %1</translation>
    </message>
    <message>
        <source>Sentry has no older event of this issue.</source>
        <translation>Sentry hat kein älteres Ereignis dieses Problems.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>the latest event</source>
        <translation>das neueste Ereignis</translation>
    </message>
    <message>
        <source>the oldest event</source>
        <translation>das älteste Ereignis</translation>
    </message>
    <message>
        <source>Loading older events from Sentry…</source>
        <translation>Lade ältere Ereignisse von Sentry…</translation>
    </message>
    <message>
        <source>%1 of %2 cached</source>
        <translation>%1 von %2 im Cache</translation>
    </message>
    <message>
        <source>Sentry counted %1 events of this issue; the Events tab loads more of them.</source>
        <translation>Sentry hat %1 Ereignisse dieses Problems gezählt; der Tab „Ereignisse“ lädt weitere davon.</translation>
    </message>
</context>
<context>
    <name>lookout::IssueHeader</name>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>NUTZER</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>erstmals %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>releases %1 – %2</source>
        <translation>Releases %1 – %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>ungelöst</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>regressiert</translation>
    </message>
    <message>
        <source>escalating</source>
        <translation>eskalierend</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>archived forever</source>
        <translation>dauerhaft archiviert</translation>
    </message>
    <message>
        <source>archived until escalating</source>
        <translation>archiviert bis zur Eskalation</translation>
    </message>
    <message>
        <source>archived until a condition is met</source>
        <translation>archiviert bis eine Bedingung erfüllt ist</translation>
    </message>
</context>
<context>
    <name>lookout::IssueListModel</name>
    <message>
        <source>Sentry refused “%1”: %2</source>
        <translation>Sentry hat „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>“%1” waits to be sent to Sentry</source>
        <translation>„%1“ wartet auf das Senden an Sentry</translation>
    </message>
    <message>
        <source>1 event in the last 14 days</source>
        <translation>1 Ereignis in den letzten 14 Tagen</translation>
    </message>
    <message>
        <source>%1 events in the last 14 days</source>
        <translation>%1 Ereignisse in den letzten 14 Tagen</translation>
    </message>
    <message>
        <source>1 event in the last 24 hours</source>
        <translation>1 Ereignis in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>%1 events in the last 24 hours</source>
        <translation>%1 Ereignisse in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <source>14 d</source>
        <translation>14 T.</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen</translation>
    </message>
</context>
<context>
    <name>lookout::IssueTitleDelegate</name>
    <message>
        <source>⚠ refused</source>
        <translation>⚠ abgelehnt</translation>
    </message>
    <message>
        <source>⟳ pending</source>
        <translation>⟳ ausstehend</translation>
    </message>
</context>
<context>
    <name>lookout::KeyValueTreeModel</name>
    <message>
        <source>[masked]</source>
        <translation>[maskiert]</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>lookout::LocalIngestDialog</name>
    <message>
        <source>&amp;Receive events from SDKs on this computer</source>
        <translation>Ereignisse von SDKs auf diesem Computer &amp;empfangen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Local Ingest</source>
        <translation>Lokaler Empfang</translation>
    </message>
    <message>
        <source>Lookout can be the Sentry your SDK sends to while you develop: give it the DSN below. Events are grouped and kept like imports (under Imported), new issues appear at once, and sessions count towards release health.</source>
        <translation>Lookout kann beim Entwickeln das Sentry sein, an das Ihr SDK sendet: Geben Sie ihm den DSN unten. Ereignisse werden wie Importe gruppiert und aufbewahrt (unter „Importiert“), neue Probleme erscheinen sofort, und Sitzungen zählen zum Release-Zustand.</translation>
    </message>
    <message>
        <source>8969 is Spotlight&apos;s port: tools made for Spotlight then send here unchanged</source>
        <translation>8969 ist der Port von Spotlight: Für Spotlight gebaute Werkzeuge senden dann unverändert hierher</translation>
    </message>
    <message>
        <source>Copy the DSN to the clipboard</source>
        <translation>Den DSN in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>DSN:</source>
        <translation>DSN:</translation>
    </message>
    <message>
        <source>Spotlight:</source>
        <translation>Spotlight:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Only this computer can send (the endpoint listens on 127.0.0.1). Malformed envelopes are answered 400 and kept in the rejected folder beside the cache.</source>
        <translation>Nur dieser Computer kann senden (der Endpunkt lauscht auf 127.0.0.1). Fehlerhafte Envelopes werden mit 400 beantwortet und im Ordner „rejected“ neben dem Cache aufbewahrt.</translation>
    </message>
    <message>
        <source>DSN copied. %1</source>
        <translation>DSN kopiert. %1</translation>
    </message>
    <message>
        <source>Switch the local ingest on to get a DSN</source>
        <translation>Schalten Sie den lokalen Empfang ein, um einen DSN zu erhalten</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>Aus: %1</translation>
    </message>
    <message>
        <source>Listening on 127.0.0.1:%1. Accepted %2 envelopes, rejected %3.</source>
        <translation>Lauscht auf 127.0.0.1:%1. %2 Envelopes angenommen, %3 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>lookout::MainWindow</name>
    <message>
        <source>Lookout — %1</source>
        <translation>Lookout — %1</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Triage actions not sent yet: %1</source>
        <translation>Noch nicht gesendete Triage-Aktionen: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Bring the cache up to date with Sentry, after sending waiting triage actions</source>
        <translation>Den Cache mit Sentry abgleichen, nachdem wartende Triage-Aktionen gesendet sind</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>The issue list, without the filters a release&apos;s issues set</source>
        <translation>Die Problemliste, ohne die Filter der Probleme eines Release</translation>
    </message>
    <message>
        <source>Release &amp;Health</source>
        <translation>Release-&amp;Zustand</translation>
    </message>
    <message>
        <source>Adoption and crash-free sessions and users of each release</source>
        <translation>Verbreitung sowie absturzfreie Sitzungen und Nutzer jedes Release</translation>
    </message>
    <message>
        <source>Event &amp;Graph</source>
        <translation>Ereignis&amp;grafik</translation>
    </message>
    <message>
        <source>Last &amp;24 Hours</source>
        <translation>Letzte &amp;24 Stunden</translation>
    </message>
    <message>
        <source>Last &amp;14 Days</source>
        <translation>Letzte &amp;14 Tage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Source Mapping…</source>
        <translation>&amp;Quellzuordnung…</translation>
    </message>
    <message>
        <source>Map paths in the selected issue&apos;s frames to a local checkout</source>
        <translation>Pfade in den Frames des gewählten Problems einem lokalen Checkout zuordnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lookout</source>
        <translation>Ü&amp;ber Lookout</translation>
    </message>
    <message>
        <source>About Lookout</source>
        <translation>Über Lookout</translation>
    </message>
    <message>
        <source>Lookout %1
An offline-first desktop triage client for Sentry.</source>
        <translation>Lookout %1
Ein Offline-first-Desktop-Client zur Triage für Sentry.</translation>
    </message>
    <message>
        <source>No Sentry account is connected: this cache holds imported events only.</source>
        <translation>Kein Sentry-Konto verbunden: Dieser Cache enthält nur importierte Ereignisse.</translation>
    </message>
    <message>
        <source>Issues of %1 first seen since it was released — Ctrl+1 shows every issue again</source>
        <translation>Seit dem Release erstmals gesehene Probleme von %1 — Strg+1 zeigt wieder alle Probleme</translation>
    </message>
    <message>
        <source>1 issue</source>
        <translation>1 Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n issues</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Search issues: is:unresolved level:error release:1.2 text…  (/)</source>
        <translation>Probleme suchen: is:unresolved level:error release:1.2 Text…  (/)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Type a Sentry search; Enter goes back to the list</source>
        <translation>Eine Sentry-Suche eingeben; Eingabe kehrt zur Liste zurück</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Suche speichern…</translation>
    </message>
    <message>
        <source>Keep this search and its sort in the sidebar</source>
        <translation>Diese Suche und ihre Sortierung in der Seitenleiste behalten</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Last Seen</source>
        <translation>&amp;Zuletzt gesehen</translation>
    </message>
    <message>
        <source>&amp;First Seen</source>
        <translation>&amp;Erstmals gesehen</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>E&amp;reignisse</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Nutzer</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename Search</source>
        <translation>Suche umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Save Current Search Here</source>
        <translation>Aktuelle Suche hier speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete Search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>Die gespeicherte Suche „%1“ löschen?</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
    <message>
        <source>Could not save the search: %1</source>
        <translation>Die Suche konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1” in the sidebar.</source>
        <translation>„%1“ in der Seitenleiste gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect Sentry Account…</source>
        <translation>&amp;Sentry-Konto verbinden…</translation>
    </message>
    <message>
        <source>Add a Sentry organisation to sync (sentry.io or self-hosted)</source>
        <translation>Eine Sentry-Organisation zum Synchronisieren hinzufügen (sentry.io oder selbst gehostet)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import exported events, envelopes or JSON Lines (also by dropping files on the window)</source>
        <translation>Exportierte Ereignisse, Envelopes oder JSON Lines importieren (auch durch Ablegen von Dateien im Fenster)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <source>Open the bundled demo in a window of its own</source>
        <translation>Die mitgelieferte Demo in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>Could not add the account: %1</source>
        <translation>Das Konto konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not start the demo.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Event %1 of %2 is not in the cache: showing the issue&apos;s latest event</source>
        <translation>Ereignis %1 von %2 ist nicht im Cache: Zeige das neueste Ereignis des Problems</translation>
    </message>
    <message>
        <source>Sentry %1 is not in this cache, and no account of %2 on %3 is connected (File &gt; Connect Sentry Account…)</source>
        <translation>Sentry %1 ist nicht in diesem Cache, und kein Konto von %2 auf %3 ist verbunden (Datei &gt; Sentry-Konto verbinden…)</translation>
    </message>
    <message>
        <source>Sentry %1 is not in the cache yet: syncing %2…</source>
        <translation>Sentry %1 ist noch nicht im Cache: Synchronisiere %2…</translation>
    </message>
    <message>
        <source>Sentry %1 is not in the cache (a sync brings the issues Sentry lists for %2; this one may be resolved or older)</source>
        <translation>Sentry %1 ist nicht im Cache (eine Synchronisierung holt die Probleme, die Sentry für %2 listet; dieses ist vielleicht gelöst oder älter)</translation>
    </message>
    <message>
        <source>Receive Events &amp;Locally</source>
        <translation>Ereignisse &amp;lokal empfangen</translation>
    </message>
    <message>
        <source>Be the Sentry your SDK sends to while you develop (a DSN on 127.0.0.1)</source>
        <translation>Beim Entwickeln das Sentry sein, an das Ihr SDK sendet (ein DSN auf 127.0.0.1)</translation>
    </message>
    <message>
        <source>Local Ingest &amp;DSN…</source>
        <translation>DS&amp;N für lokalen Empfang…</translation>
    </message>
    <message>
        <source>The DSN to give your SDK, with a Copy button</source>
        <translation>Der DSN für Ihr SDK, mit einer Schaltfläche zum Kopieren</translation>
    </message>
    <message>
        <source>Local ingest stopped; everything received is stored.</source>
        <translation>Lokaler Empfang beendet; alles Empfangene ist gespeichert.</translation>
    </message>
    <message>
        <source>Local ingest not started: %1</source>
        <translation>Lokaler Empfang nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Receiving events at %1</source>
        <translation>Empfange Ereignisse unter %1</translation>
    </message>
    <message numerus="yes">
        <source>Received %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis empfangen</numerusform>
            <numerusform>%n Ereignisse empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new issue(s)</source>
        <translation>
            <numerusform>, %n neues Problem</numerusform>
            <numerusform>, %n neue Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::Notifier</name>
    <message>
        <source>New issue in %1</source>
        <translation>Neues Problem in %1</translation>
    </message>
    <message>
        <source>Regression in %1</source>
        <translation>Regression in %1</translation>
    </message>
    <message>
        <source>%1: %2 users in %3 min</source>
        <translation>%1: %2 Nutzer in %3 Min.</translation>
    </message>
</context>
<context>
    <name>lookout::OutboxSender</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Sentry has none of these issues any more (merged or deleted)</source>
        <translation>Sentry hat keines dieser Probleme mehr (zusammengeführt oder gelöscht)</translation>
    </message>
</context>
<context>
    <name>lookout::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Sync automatically every</source>
        <translation>&amp;Automatisch synchronisieren alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source>Lookout syncs in the background while it is open, counting from the end of the last sync. When Sentry cannot be reached it waits longer each time, and syncs again as soon as the network is back.</source>
        <translation>Lookout synchronisiert im Hintergrund, solange es offen ist, gezählt ab dem Ende der letzten Synchronisierung. Ist Sentry nicht erreichbar, wartet es jedes Mal länger und synchronisiert wieder, sobald das Netz zurück ist.</translation>
    </message>
    <message>
        <source>&amp;New issues</source>
        <translation>&amp;Neue Probleme</translation>
    </message>
    <message>
        <source>&amp;Regressions: a resolved issue happens again</source>
        <translation>&amp;Regressionen: Ein gelöstes Problem tritt wieder auf</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>Ruhe&amp;zeiten von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>More than N users</source>
        <translation>Mehr als N Nutzer</translation>
    </message>
    <message>
        <source>In M minutes</source>
        <translation>In M Minuten</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Notify about</source>
        <translation>Benachrichtigen bei</translation>
    </message>
    <message>
        <source>In quiet hours nothing pops up; what happened waits in the tray&apos;s unread count.</source>
        <translation>In Ruhezeiten erscheint nichts; was passiert ist, wartet im Zähler des Infobereichs.</translation>
    </message>
    <message>
        <source>A notification when an issue the search finds has more than N users within M minutes: once when it crosses, not again until it has dropped below and M minutes have passed.</source>
        <translation>Eine Benachrichtigung, wenn ein von der Suche gefundenes Problem mehr als N Nutzer in M Minuten hat: einmal beim Überschreiten, erst wieder, wenn es darunter gefallen ist und M Minuten vergangen sind.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Rule %1: another rule is already called “%2”.</source>
        <translation>Regel %1: Eine andere Regel heißt bereits „%2“.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthModel</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 Std.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>(no release)</source>
        <translation>(kein Release)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed; %3 abnormal, %4 errored, %5 healthy</source>
        <translation>%1 von %2 Sitzungen abgestürzt; %3 abnormal, %4 mit Fehlern, %5 fehlerfrei</translation>
    </message>
    <message>
        <source>%1 of %2 users had a crashed session%3</source>
        <translation>%1 von %2 Nutzern hatten eine abgestürzte Sitzung%3</translation>
    </message>
    <message>
        <source> (estimated from Sentry&apos;s hourly counts: a user active in several hours counts in each)</source>
        <translation> (geschätzt aus Sentrys stündlichen Zählungen: Ein in mehreren Stunden aktiver Nutzer zählt in jeder)</translation>
    </message>
    <message>
        <source>%1 of the project&apos;s %2 sessions in this period</source>
        <translation>%1 der %2 Sitzungen des Projekts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Issues first seen in this release</source>
        <translation>In diesem Release erstmals gesehene Probleme</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Verbreitung</translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation>Absturzfreie Sitzungen</translation>
    </message>
    <message>
        <source>Crash-free users</source>
        <translation>Absturzfreie Nutzer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>New issues</source>
        <translation>Neue Probleme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Share of the project&apos;s sessions in the period</source>
        <translation>Anteil an den Sitzungen des Projekts im Zeitraum</translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthView</name>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation>
            <numerusform>Letzte %n Stunde</numerusform>
            <numerusform>Letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Select releases to chart them (two to compare); Enter shows the issues first seen in the current one</source>
        <translation>Releases wählen, um sie darzustellen (zwei zum Vergleichen); Eingabe zeigt die im aktuellen erstmals gesehenen Probleme</translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation>Absturzfreie Sitzungen</translation>
    </message>
    <message>
        <source>Crash-free users</source>
        <translation>Absturzfreie Nutzer</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Sitzungsstatus</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Verbreitung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>What Sentry did with this project&apos;s events: accepted, filtered, rate limited, invalid</source>
        <translation>Was Sentry mit den Ereignissen dieses Projekts tat: angenommen, gefiltert, ratenbegrenzt, ungültig</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Schwellen…</translation>
    </message>
    <message>
        <source>Crash-free sessions below which a release is amber or red</source>
        <translation>Absturzfreie Sitzungen, unter denen ein Release gelb oder rot ist</translation>
    </message>
    <message>
        <source>New &amp;issues</source>
        <translation>&amp;Neue Probleme</translation>
    </message>
    <message>
        <source>The issues first seen in the current release (Enter)</source>
        <translation>Die im aktuellen Release erstmals gesehenen Probleme (Eingabe)</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Release health could not read new sessions: %1</source>
        <translation>Der Release-Zustand konnte neue Sitzungen nicht lesen: %1</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>No sessions in this cache: sync with Sentry or import session envelopes.</source>
        <translation>Keine Sitzungen in diesem Cache: Mit Sentry synchronisieren oder Sitzungs-Envelopes importieren.</translation>
    </message>
    <message>
        <source>1 release</source>
        <translation>1 Release</translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation>%1 Releases</translation>
    </message>
    <message>
        <source> · newest sessions %1</source>
        <translation> · neueste Sitzungen %1</translation>
    </message>
    <message>
        <source>Select two releases to compare them</source>
        <translation>Zwei Releases zum Vergleichen wählen</translation>
    </message>
    <message>
        <source>No ingestion outcomes for this project: they come from Sentry&apos;s stats_v2 on sync</source>
        <translation>Keine Annahmeergebnisse für dieses Projekt: Sie kommen beim Synchronisieren aus Sentrys stats_v2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Health thresholds</source>
        <translation>Zustandsschwellen</translation>
    </message>
    <message>
        <source>Amber below (crash-free sessions):</source>
        <translation>Gelb unter (absturzfreie Sitzungen):</translation>
    </message>
    <message>
        <source>Red below (crash-free sessions):</source>
        <translation>Rot unter (absturzfreie Sitzungen):</translation>
    </message>
    <message>
        <source>Select a release first</source>
        <translation>Zuerst ein Release wählen</translation>
    </message>
</context>
<context>
    <name>lookout::RequestModel</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>lookout::SavedSearchModel</name>
    <message>
        <source>Every issue</source>
        <translation>Alle Probleme</translation>
    </message>
</context>
<context>
    <name>lookout::SearchBar</name>
    <message>
        <source>Search: is:unresolved level:error release:… or words</source>
        <translation>Suche: is:unresolved level:error release:… oder Wörter</translation>
    </message>
</context>
<context>
    <name>lookout::SentryClient</name>
    <message>
        <source>A bulk issue update needs at least one issue id</source>
        <translation>Eine Sammelaktualisierung von Problemen braucht mindestens eine Problem-ID</translation>
    </message>
    <message>
        <source>A bulk issue update takes at most 100 issues (got %1)</source>
        <translation>Eine Sammelaktualisierung nimmt höchstens 100 Probleme (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>lookout::SentryTransport</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); the certificate is not trusted, so nothing was sent</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2); dem Zertifikat wird nicht vertraut, daher wurde nichts gesendet</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2; it was not read</source>
        <translation>%1 hat eine Antwort größer als %2 gesendet; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another site; Lookout does not follow it, so the token is not sent there (check the account&apos;s URL)</source>
        <translation>%1 hat die Anfrage an %2 umgeleitet, eine andere Site; Lookout folgt dem nicht, damit das Token nicht dorthin gelangt (prüfen Sie die URL des Kontos)</translation>
    </message>
    <message>
        <source>%1 sent an unreadable answer (%2 at byte %3)</source>
        <translation>%1 hat eine unlesbare Antwort gesendet (%2 bei Byte %3)</translation>
    </message>
</context>
<context>
    <name>lookout::ShortcutDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Double-click a shortcut, or press Enter on it, then press the new keys.</source>
        <translation>Doppelklicken Sie auf ein Kürzel oder drücken Sie darauf Eingabe, dann die neuen Tasten.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 ist bereits das Kürzel von „%2“.</translation>
    </message>
</context>
<context>
    <name>lookout::SidebarModel</name>
    <message>
        <source>All issues</source>
        <translation>Alle Probleme</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Alle Projekte</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n unresolved</source>
        <translation>
            <numerusform>%1 · %2 · %n ungelöst</numerusform>
            <numerusform>%1 · %2 · %n ungelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation %1 at %2</source>
        <translation>Organisation %1 auf %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Events imported from files or sent to Lookout directly</source>
        <translation>Aus Dateien importierte oder direkt an Lookout gesendete Ereignisse</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
</context>
<context>
    <name>lookout::SingleInstance</name>
    <message>
        <source>Another Lookout is starting and holds %1</source>
        <translation>Ein anderes Lookout startet gerade und hält %1</translation>
    </message>
    <message>
        <source>The running Lookout did not answer</source>
        <translation>Das laufende Lookout hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Cannot reach the running Lookout: %1</source>
        <translation>Das laufende Lookout ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>lookout::SourceMappingDialog</name>
    <message>
        <source>Source Mapping for %1</source>
        <translation>Quellzuordnung für %1</translation>
    </message>
    <message>
        <source>Frames whose path starts with a prefix are read from the local folder, which may differ from the deployed code. Nothing outside the folder is ever read.</source>
        <translation>Frames, deren Pfad mit einem Präfix beginnt, werden aus dem lokalen Ordner gelesen, der vom ausgelieferten Code abweichen kann. Außerhalb des Ordners wird nie etwas gelesen.</translation>
    </message>
    <message>
        <source>Path prefix in events</source>
        <translation>Pfadpräfix in Ereignissen</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>$VISUAL or $EDITOR; or a command such as: code --goto {file}:{line}</source>
        <translation>$VISUAL oder $EDITOR; oder ein Befehl wie: code --goto {file}:{line}</translation>
    </message>
    <message>
        <source>Editor command:</source>
        <translation>Editor-Befehl:</translation>
    </message>
    <message>
        <source>Local Checkout</source>
        <translation>Lokaler Checkout</translation>
    </message>
</context>
<context>
    <name>lookout::StackTraceDelegate</name>
    <message>
        <source>handled</source>
        <translation>behandelt</translation>
    </message>
    <message>
        <source>unhandled</source>
        <translation>unbehandelt</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 Frame</translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n Frame</numerusform>
            <numerusform>%n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>local file</source>
        <translation>lokale Datei</translation>
    </message>
</context>
<context>
    <name>lookout::StackTraceModel</name>
    <message>
        <source>From the local file %1; it may differ from the deployed code.</source>
        <translation>Aus der lokalen Datei %1; sie kann vom ausgelieferten Code abweichen.</translation>
    </message>
    <message>
        <source>No source context: %1.</source>
        <translation>Kein Quelltextkontext: %1.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>1 system frame</source>
        <translation>1 System-Frame</translation>
    </message>
    <message>
        <source>%1 system frames</source>
        <translation>%1 System-Frames</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <source>Thread %1 &quot;%2&quot;</source>
        <translation>Thread %1 „%2“</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
</context>
<context>
    <name>lookout::StackTracePane</name>
    <message>
        <source>In-App Only</source>
        <translation>Nur In-App</translation>
    </message>
    <message>
        <source>Fold system frames into &quot;N system frames&quot; rows</source>
        <translation>System-Frames zu Zeilen „N System-Frames“ zusammenfalten</translation>
    </message>
    <message>
        <source>Newest First</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Show the most recent call first</source>
        <translation>Den letzten Aufruf zuerst zeigen</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>The stack trace as text, in the platform&apos;s own format</source>
        <translation>Der Stacktrace als Text, im Format der Plattform</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Open the frame&apos;s file from the local checkout at its line (E)</source>
        <translation>Die Datei des Frames aus dem lokalen Checkout an ihrer Zeile öffnen (E)</translation>
    </message>
    <message>
        <source>Show More Lines</source>
        <translation>Mehr Zeilen zeigen</translation>
    </message>
    <message>
        <source>Source Mapping…</source>
        <translation>Quellzuordnung…</translation>
    </message>
    <message>
        <source>Map paths in this project&apos;s frames to a local checkout</source>
        <translation>Pfade in den Frames dieses Projekts einem lokalen Checkout zuordnen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open an editor: %1</source>
        <translation>Kein Editor kann geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Opened %1:%2</source>
        <translation>%1:%2 geöffnet</translation>
    </message>
    <message>
        <source>No more lines: %1</source>
        <translation>Keine weiteren Zeilen: %1</translation>
    </message>
</context>
<context>
    <name>lookout::SyncController</name>
    <message>
        <source>no token is saved for %1 at %2; connect the account again</source>
        <translation>für %1 auf %2 ist kein Token gespeichert; verbinden Sie das Konto erneut</translation>
    </message>
    <message>
        <source>No Sentry account is connected.</source>
        <translation>Kein Sentry-Konto ist verbunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from where it stopped.</source>
        <translation>Synchronisierung abgebrochen; die nächste macht dort weiter, wo sie aufhörte.</translation>
    </message>
    <message>
        <source>Synced: 1 new issue.</source>
        <translation>Synchronisiert: 1 neues Problem.</translation>
    </message>
    <message>
        <source>Synced: %1 new issues.</source>
        <translation>Synchronisiert: %1 neue Probleme.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <source>This issue was imported, not synced from Sentry: all of its events are in the cache.</source>
        <translation>Dieses Problem wurde importiert, nicht von Sentry synchronisiert: Alle seine Ereignisse sind im Cache.</translation>
    </message>
    <message>
        <source>The issue&apos;s Sentry account is no longer connected.</source>
        <translation>Das Sentry-Konto des Problems ist nicht mehr verbunden.</translation>
    </message>
</context>
<context>
    <name>lookout::SyncRun</name>
    <message>
        <source>The sync was cancelled; the next one resumes where it stopped.</source>
        <translation>Die Synchronisierung wurde abgebrochen; die nächste macht dort weiter, wo sie aufhörte.</translation>
    </message>
    <message>
        <source>starting the sync</source>
        <comment>the sync stopped while …</comment>
        <translation>Starten der Synchronisierung</translation>
    </message>
    <message>
        <source>recording the sync&apos;s progress</source>
        <comment>the sync stopped while …</comment>
        <translation>Festhalten des Fortschritts</translation>
    </message>
    <message>
        <source>reading organisations</source>
        <comment>the sync stopped while …</comment>
        <translation>Lesen der Organisationen</translation>
    </message>
    <message>
        <source>recording the region</source>
        <comment>the sync stopped while …</comment>
        <translation>Festhalten der Region</translation>
    </message>
    <message>
        <source>the token has no access to organisation &apos;%1&apos; (it sees: %2)</source>
        <translation>das Token hat keinen Zugriff auf die Organisation „%1“ (es sieht: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no organisations</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>reading projects</source>
        <comment>the sync stopped while …</comment>
        <translation>Lesen der Projekte</translation>
    </message>
    <message>
        <source>storing projects</source>
        <comment>the sync stopped while …</comment>
        <translation>Speichern der Projekte</translation>
    </message>
    <message>
        <source>storing the organisation&apos;s members</source>
        <comment>the sync stopped while …</comment>
        <translation>Speichern der Mitglieder der Organisation</translation>
    </message>
    <message>
        <source>there is no project &apos;%1&apos; in organisation %2</source>
        <translation>die Organisation %2 hat kein Projekt „%1“</translation>
    </message>
    <message>
        <source>reading issues</source>
        <comment>the sync stopped while …</comment>
        <translation>Lesen der Probleme</translation>
    </message>
    <message>
        <source>storing issues</source>
        <comment>the sync stopped while …</comment>
        <translation>Speichern der Probleme</translation>
    </message>
    <message>
        <source>reading events</source>
        <comment>the sync stopped while …</comment>
        <translation>Lesen der Ereignisse</translation>
    </message>
    <message>
        <source>finishing the sync</source>
        <comment>the sync stopped while …</comment>
        <translation>Abschließen der Synchronisierung</translation>
    </message>
    <message>
        <source>The sync stopped while %1: %2. The next sync resumes from there.</source>
        <translation>Die Synchronisierung hielt beim %1 an: %2. Die nächste macht dort weiter.</translation>
    </message>
    <message>
        <source>reading releases</source>
        <comment>the sync stopped while …</comment>
        <translation>Lesen der Releases</translation>
    </message>
    <message>
        <source>storing releases</source>
        <comment>the sync stopped while …</comment>
        <translation>Speichern der Releases</translation>
    </message>
    <message>
        <source>reading sessions</source>
        <comment>the sync stopped while …</comment>
        <translation>Lesen der Sitzungen</translation>
    </message>
    <message>
        <source>storing sessions</source>
        <comment>the sync stopped while …</comment>
        <translation>Speichern der Sitzungen</translation>
    </message>
</context>
<context>
    <name>lookout::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Synchronisierung anhalten; die nächste macht dort weiter, wo sie aufhörte</translation>
    </message>
    <message>
        <source>Sentry&apos;s rate limit: waiting until %1</source>
        <translation>Sentrys Ratenlimit: Warte bis %1</translation>
    </message>
    <message>
        <source>Sentry allows only so many requests a minute to %1; the sync goes on when the limit resets.</source>
        <translation>Sentry erlaubt %1 nur begrenzt viele Anfragen pro Minute; die Synchronisierung geht weiter, wenn das Limit zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>Sending triage actions</source>
        <translation>Sende Triage-Aktionen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiere</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisiere %1…</translation>
    </message>
    <message>
        <source>1 action waiting for Sentry</source>
        <translation>1 Aktion wartet auf Sentry</translation>
    </message>
    <message>
        <source>%1 actions waiting for Sentry</source>
        <translation>%1 Aktionen warten auf Sentry</translation>
    </message>
    <message>
        <source>Offline cache (no Sentry account)</source>
        <translation>Offline-Cache (kein Sentry-Konto)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Offline · last synced %1</source>
        <translation>Offline · zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>Sentry cannot be reached. The cache works as before; triage actions wait and are sent when it can be reached again.</source>
        <translation>Sentry ist nicht erreichbar. Der Cache funktioniert wie zuvor; Triage-Aktionen warten und werden gesendet, sobald Sentry wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>lookout::SyncWorker</name>
    <message>
        <source>The account %1 is not connected.</source>
        <translation>Das Konto %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>a sync or send is already running</source>
        <translation>eine Synchronisierung oder ein Sendevorgang läuft bereits</translation>
    </message>
    <message>
        <source>a sync is already running</source>
        <translation>eine Synchronisierung läuft bereits</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lookout::TagChips</name>
    <message>
        <source>This event has no tags.</source>
        <translation>Dieses Ereignis hat keine Tags.</translation>
    </message>
</context>
<context>
    <name>lookout::TagDistributionModel</name>
    <message>
        <source>Other (1 value)</source>
        <translation>Andere (1 Wert)</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n values)</source>
        <translation>
            <numerusform>Andere (%n Wert)</numerusform>
            <numerusform>Andere (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: 1 value over %2 events</source>
        <translation>%1: 1 Wert über %2 Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values over %2 events</source>
        <translation>
            <numerusform>%1: %n Wert über %2 Ereignisse</numerusform>
            <numerusform>%1: %n Werte über %2 Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>lookout::TagsPane</name>
    <message>
        <source>Tags of this event</source>
        <translation>Tags dieses Ereignisses</translation>
    </message>
    <message>
        <source>Tag values across the issue</source>
        <translation>Tag-Werte über das Problem</translation>
    </message>
    <message>
        <source>Counting tag values…</source>
        <translation>Zähle Tag-Werte…</translation>
    </message>
    <message>
        <source>Over the one event of this issue in the cache.</source>
        <translation>Über das eine Ereignis dieses Problems im Cache.</translation>
    </message>
    <message numerus="yes">
        <source>Over the %n most recent events of this issue in the cache.</source>
        <translation>
            <numerusform>Über das %n neueste Ereignis dieses Problems im Cache.</numerusform>
            <numerusform>Über die %n neuesten Ereignisse dieses Problems im Cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TrayNotifier</name>
    <message>
        <source>1 new issue</source>
        <translation>1 neues Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n new issues</source>
        <translation>
            <numerusform>%n neues Problem</numerusform>
            <numerusform>%n neue Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>1 regression</source>
        <translation>1 Regression</translation>
    </message>
    <message numerus="yes">
        <source>%n regressions</source>
        <translation>
            <numerusform>%n Regression</numerusform>
            <numerusform>%n Regressionen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 issue over a threshold</source>
        <translation>1 Problem über einer Schwelle</translation>
    </message>
    <message numerus="yes">
        <source>%n issues over thresholds</source>
        <translation>
            <numerusform>%n Problem über Schwellen</numerusform>
            <numerusform>%n Probleme über Schwellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookout</source>
        <translation>Lookout</translation>
    </message>
    <message>
        <source>Lookout: 1 unread notification</source>
        <translation>Lookout: 1 ungelesene Benachrichtigung</translation>
    </message>
    <message numerus="yes">
        <source>Lookout: %n unread notifications</source>
        <translation>
            <numerusform>Lookout: %n ungelesene Benachrichtigung</numerusform>
            <numerusform>Lookout: %n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TriageActions</name>
    <message>
        <source>Next Issue</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <source>Previous Issue</source>
        <translation>Vorheriges Problem</translation>
    </message>
    <message>
        <source>Pick or Unpick Issue</source>
        <translation>Problem an-/abwählen</translation>
    </message>
    <message>
        <source>Select All Matching the Search</source>
        <translation>Alle Treffer der Suche auswählen</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Resolve in Next Release</source>
        <translation>Im nächsten Release lösen</translation>
    </message>
    <message>
        <source>Archive (Ignore)…</source>
        <translation>Archivieren (Ignorieren)…</translation>
    </message>
    <message>
        <source>Unresolve</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Mark Seen / Unseen</source>
        <translation>Als gesehen / ungesehen markieren</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>No issue is selected.</source>
        <translation>Kein Problem ist ausgewählt.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>„%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: done. %2 takes it back.</source>
        <translation>%1: erledigt. %2 macht es rückgängig.</translation>
    </message>
    <message>
        <source>%1: done for %2 issues. %3 takes it back.</source>
        <translation>%1: erledigt für %2 Probleme. %3 macht es rückgängig.</translation>
    </message>
    <message>
        <source>All %1 issues matching this search are selected.</source>
        <translation>Alle %1 Probleme dieser Suche sind ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Forever</source>
        <translation>&amp;Dauerhaft</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>&amp;30 Minuten lang</translation>
    </message>
    <message>
        <source>For &amp;2 hours</source>
        <translation>&amp;2 Stunden lang</translation>
    </message>
    <message>
        <source>For &amp;24 hours</source>
        <translation>2&amp;4 Stunden lang</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>1 &amp;Woche lang</translation>
    </message>
    <message>
        <source>Until it happens 1&amp;0 more times</source>
        <translation>Bis es noch 1&amp;0-mal auftritt</translation>
    </message>
    <message>
        <source>Until it happens 1&amp;00 more times</source>
        <translation>Bis es noch 1&amp;00-mal auftritt</translation>
    </message>
    <message>
        <source>Until 10 more &amp;users are affected</source>
        <translation>Bis 10 weitere &amp;Nutzer betroffen sind</translation>
    </message>
    <message>
        <source>Until 100 more u&amp;sers are affected</source>
        <translation>Bis 100 weitere Nu&amp;tzer betroffen sind</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Niemand (Zuweisung aufheben)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign to (an email, a username or #team; type to filter):</source>
        <translation>Zuweisen an (E-Mail, Benutzername oder #team; tippen zum Filtern):</translation>
    </message>
    <message>
        <source>Pick at least two issues to merge (x picks a row).</source>
        <translation>Wählen Sie mindestens zwei Probleme zum Zusammenführen (x wählt eine Zeile).</translation>
    </message>
    <message>
        <source>Merge Issues</source>
        <translation>Probleme zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 issues into one? Their events will be grouped together. A merge cannot be undone.</source>
        <translation>%1 Probleme zu einem zusammenführen? Ihre Ereignisse werden zusammen gruppiert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>lookout::TriageSession</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>“%1” has already been sent to Sentry; it can no longer be undone.</source>
        <translation>„%1“ wurde bereits an Sentry gesendet und lässt sich nicht mehr rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln issues)</source>
        <translation>
            <numerusform>%1 (%Ln Problem)</numerusform>
            <numerusform>%1 (%Ln Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::UserModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>lookout::WelcomePage</name>
    <message>
        <source>Import Sentry Data</source>
        <translation>Sentry-Daten importieren</translation>
    </message>
    <message>
        <source>Sentry events and envelopes (*.jsonl *.ndjson *.json *.envelope *.gz *.txt *.bin);;All files (*)</source>
        <translation>Sentry-Ereignisse und -Envelopes (*.jsonl *.ndjson *.json *.envelope *.gz *.txt *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect a Sentry account…</source>
        <translation>Sentry-Konto verbinden…</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Demodaten öffnen</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Welcome to Lookout</source>
        <translation>Willkommen bei Lookout</translation>
    </message>
    <message>
        <source>Triage your Sentry issues on the desktop, with or without a network. How would you like to start?</source>
        <translation>Sichten Sie Ihre Sentry-Probleme auf dem Desktop, mit oder ohne Netz. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Mirror an organisation&apos;s issues, events and release health from sentry.io or your own Sentry server. Everything stays readable offline after the first sync.</source>
        <translation>Spiegeln Sie Probleme, Ereignisse und Release-Zustand einer Organisation von sentry.io oder Ihrem eigenen Sentry-Server. Nach der ersten Synchronisierung bleibt alles offline lesbar.</translation>
    </message>
    <message>
        <source>Five sample projects (Python, JavaScript, Java, Cocoa, PHP) with issues, events and release sessions. Nothing is sent anywhere.</source>
        <translation>Fünf Beispielprojekte (Python, JavaScript, Java, Cocoa, PHP) mit Problemen, Ereignissen und Release-Sitzungen. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Events exported from Sentry or captured from an SDK: JSON Lines, JSON files and envelopes, plain or gzip.</source>
        <translation>Aus Sentry exportierte oder von einem SDK erfasste Ereignisse: JSON Lines, JSON-Dateien und Envelopes, unkomprimiert oder gzip.</translation>
    </message>
    <message>
        <source>You can also drop files or folders onto this window to import them.</source>
        <translation>Sie können auch Dateien oder Ordner auf dieses Fenster ziehen, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Drop to import 1 item</source>
        <translation>Ablegen, um 1 Element zu importieren</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n items</source>
        <translation>
            <numerusform>Ablegen, um %n Element zu importieren</numerusform>
            <numerusform>Ablegen, um %n Elemente zu importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lookout</source>
        <translation>Lookout</translation>
    </message>
    <message>
        <source>Offline-first desktop triage client for Sentry.</source>
        <translation>Offline-first-Desktop-Client zur Triage für Sentry.</translation>
    </message>
    <message>
        <source>Use the cache FILE instead of the default.</source>
        <translation>Den Cache FILE statt des Standards verwenden.</translation>
    </message>
    <message>
        <source>Open the bundled demo data.</source>
        <translation>Die mitgelieferten Demodaten öffnen.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot (Standard 1280x800).</translation>
    </message>
    <message>
        <source>The issue --view issue shows: a short id (BACKEND-API-3) or a numeric id; the newest by default.</source>
        <translation>Das Problem, das --view issue zeigt: eine Kurz-ID (BACKEND-API-3) oder eine numerische ID; standardmäßig das neueste.</translation>
    </message>
    <message>
        <source>The detail tab --view issue shows: stacktrace, breadcrumbs, tags, contexts, request, user or json; the chart --view health shows: sessions, users, status, adoption, compare or outcomes.</source>
        <translation>Der Detail-Tab, den --view issue zeigt: stacktrace, breadcrumbs, tags, contexts, request, user oder json; das Diagramm, das --view health zeigt: sessions, users, status, adoption, compare oder outcomes.</translation>
    </message>
    <message>
        <source>The project --view health shows (a slug); the first with sessions by default.</source>
        <translation>Das Projekt, das --view health zeigt (ein Slug); standardmäßig das erste mit Sitzungen.</translation>
    </message>
    <message>
        <source>Colours: &quot;light&quot;, &quot;dark&quot; or &quot;system&quot; (default: as last chosen in View &gt; Theme).</source>
        <translation>Farben: &quot;light&quot;, &quot;dark&quot; oder &quot;system&quot; (Standard: wie zuletzt unter Ansicht &gt; Farbschema gewählt).</translation>
    </message>
    <message>
        <source>Show the window in LANGUAGE (&quot;de&quot;, &quot;fr&quot;, &quot;en&quot;; default: the system&apos;s), numbers and dates too.</source>
        <translation>Das Fenster in LANGUAGE zeigen (&quot;de&quot;, &quot;fr&quot;, &quot;en&quot;; Standard: die des Systems), auch Zahlen und Daten.</translation>
    </message>
    <message>
        <source>Start even when Lookout already runs on this cache (instead of handing it the links).</source>
        <translation>Auch starten, wenn Lookout schon mit diesem Cache läuft (statt ihm die Links zu übergeben).</translation>
    </message>
    <message>
        <source>Sentry issue links to open (https://ORG.sentry.io/issues/ID/) or files to import.</source>
        <translation>Zu öffnende Sentry-Problemlinks (https://ORG.sentry.io/issues/ID/) oder zu importierende Dateien.</translation>
    </message>
    <message>
        <source>Cannot build the demo cache: %1</source>
        <translation>Der Demo-Cache kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No issue %1 in %2</source>
        <translation>Kein Problem %1 in %2</translation>
    </message>
    <message>
        <source>--tab expects one of: %1</source>
        <translation>--tab erwartet eines von: %1</translation>
    </message>
    <message>
        <source>No sessions of a project %1 in %2</source>
        <translation>Keine Sitzungen eines Projekts %1 in %2</translation>
    </message>
    <message>
        <source>--tab with --view health expects one of: %1</source>
        <translation>--tab mit --view health erwartet eines von: %1</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1280x800</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>Der Screenshot kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Start in VIEW: &quot;issues&quot; (the list), &quot;issue&quot; (an issue&apos;s detail), &quot;health&quot; (release health) or &quot;ingest&quot; (the local ingest&apos;s DSN dialog; --screenshot renders the dialog).</source>
        <translation>In VIEW starten: &quot;issues&quot; (die Liste), &quot;issue&quot; (Details eines Problems), &quot;health&quot; (Release-Zustand) oder &quot;ingest&quot; (der DSN-Dialog des lokalen Empfangs; --screenshot zeigt den Dialog).</translation>
    </message>
    <message>
        <source>The local cache could not be used and a new one was made.</source>
        <translation>Der lokale Cache war nicht verwendbar; ein neuer wurde angelegt.</translation>
    </message>
    <message>
        <source>

Connect your Sentry account again (File &gt; Connect Sentry Account) to sync; a saved token is still used. Files you imported need to be imported again.</source>
        <translation>

Verbinden Sie Ihr Sentry-Konto erneut (Datei &gt; Sentry-Konto verbinden), um zu synchronisieren; ein gespeichertes Token wird weiterhin verwendet. Importierte Dateien müssen erneut importiert werden.</translation>
    </message>
    <message>
        <source>--view expects &quot;issues&quot;, &quot;issue&quot;, &quot;health&quot; or &quot;ingest&quot;</source>
        <translation>--view erwartet &quot;issues&quot;, &quot;issue&quot;, &quot;health&quot; oder &quot;ingest&quot;</translation>
    </message>
    <message>
        <source>Render the main window to the PNG FILE and exit (with files to import: the import dialog, once it is done).</source>
        <translation>Das Hauptfenster in die PNG-Datei FILE zeichnen und beenden (mit zu importierenden Dateien: den Importdialog, sobald der Import abgeschlossen ist).</translation>
    </message>
    <message>
        <source>With --screenshot: render as if it were DATETIME (ISO 8601, e.g. 2026-11-20T12:00:00Z), for reproducible pictures.</source>
        <translation>Mit --screenshot: so zeichnen, als wäre es DATETIME (ISO 8601, z. B. 2026-11-20T12:00:00Z), für reproduzierbare Bilder.</translation>
    </message>
    <message>
        <source>--now expects an ISO 8601 date and time, and --screenshot</source>
        <translation>--now erwartet Datum und Uhrzeit nach ISO 8601, und --screenshot</translation>
    </message>
</context>
</TS>
