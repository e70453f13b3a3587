<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>the request was invalid</source>
        <translation>la requête n&apos;était pas valide</translation>
    </message>
    <message>
        <source>the token was not accepted</source>
        <translation>le jeton n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>the token may not do this</source>
        <translation>le jeton n&apos;y est pas autorisé</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>erreur interne du serveur</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>passerelle incorrecte</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>service indisponible</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>délai dépassé à la passerelle</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>request refused</source>
        <translation>requête refusée</translation>
    </message>
    <message>
        <source>Sentry answered HTTP %1 (%2)</source>
        <translation>Sentry a répondu HTTP %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>no issues given</source>
        <translation>aucun problème indiqué</translation>
    </message>
    <message>
        <source>there is no issue %1</source>
        <translation>le problème %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>merging needs at least two issues</source>
        <translation>la fusion demande au moins deux problèmes</translation>
    </message>
    <message>
        <source>only issues of the same Sentry organisation (or only local ones) can be merged</source>
        <translation>seuls des problèmes de la même organisation Sentry (ou uniquement des problèmes locaux) peuvent être fusionnés</translation>
    </message>
    <message>
        <source>Sentry merges at most %1 issues at once</source>
        <translation>Sentry fusionne au plus %1 problèmes à la fois</translation>
    </message>
    <message>
        <source>resolving in a release needs the release</source>
        <translation>résoudre dans une version demande la version</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Crash-free users</source>
        <translation>Utilisateurs sans plantage</translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation>Sessions sans plantage</translation>
    </message>
    <message>
        <source>%1 of %2 users crashed</source>
        <translation>%1 utilisateurs sur %2 ont planté</translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed</source>
        <translation>%1 sessions sur %2 ont planté</translation>
    </message>
    <message>
        <source>Sessions by status</source>
        <translation>Sessions par statut</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saines</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>Avec erreurs</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Anormales</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Plantées</translation>
    </message>
    <message>
        <source>%1
%2 sessions
Healthy: %3 (%4)
Errored: %5 (%6)
Abnormal: %7 (%8)
Crashed: %9 (%10)</source>
        <translation>%1
%2 sessions
Saines : %3 (%4)
Avec erreurs : %5 (%6)
Anormales : %7 (%8)
Plantées : %9 (%10)</translation>
    </message>
    <message>
        <source>Adoption (share of sessions)</source>
        <translation>Adoption (part des sessions)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 sessions (%5)</source>
        <translation>%1
%2 : %3 sessions sur %4 (%5)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4</source>
        <translation>%1
%2 : %3
%4</translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed; %3 abnormal, %4 errored</source>
        <translation>%1 sessions sur %2 ont planté ; %3 anormales, %4 avec erreurs</translation>
    </message>
    <message>
        <source>Ingestion outcomes (errors)</source>
        <translation>Résultats d&apos;ingestion (erreurs)</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentryIssueLink</name>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>« %1 » n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 n&apos;est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>%1 is not a link to a Sentry issue (…/issues/ID/)</source>
        <translation>%1 n&apos;est pas un lien vers un problème Sentry (…/issues/ID/)</translation>
    </message>
    <message>
        <source>%1 names no Sentry organisation</source>
        <translation>%1 ne nomme aucune organisation Sentry</translation>
    </message>
    <message>
        <source>%1 names no issue</source>
        <translation>%1 ne nomme aucun problème</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a Sentry issue id (a number)</source>
        <translation>« %1 » dans %2 n&apos;est pas un identifiant de problème Sentry (un nombre)</translation>
    </message>
    <message>
        <source>issue %1 of %2</source>
        <translation>problème %1 de %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>le fichier n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>it is cut short (%1 bytes)</source>
        <translation>le fichier est tronqué (%1 octets)</translation>
    </message>
    <message>
        <source>it is cut short (%1 of %2 bytes)</source>
        <translation>le fichier est tronqué (%1 octets sur %2)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>it is another program&apos;s database (application id %1)</source>
        <translation>le fichier est la base de données d&apos;un autre programme (identifiant d&apos;application %1)</translation>
    </message>
    <message>
        <source>it is another program&apos;s database</source>
        <translation>le fichier est la base de données d&apos;un autre programme</translation>
    </message>
    <message>
        <source>it was written by a newer Lookout (schema %1; this build reads up to %2)</source>
        <translation>le fichier a été écrit par une version plus récente de Lookout (schéma %1 ; cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>The cache %1 could not be used: %2. It was moved to %3 and a new, empty cache was made.</source>
        <translation>Le cache %1 n&apos;a pas pu être utilisé : %2. Il a été déplacé vers %3 et un nouveau cache vide a été créé.</translation>
    </message>
    <message>
        <source>there is no issue %1</source>
        <translation>le problème %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>the keychain service did not answer within 10 s</source>
        <translation>le service de trousseau n&apos;a pas répondu en 10 s</translation>
    </message>
    <message>
        <source>no Secret Service or KWallet answered</source>
        <translation>ni Secret Service ni KWallet n&apos;a répondu</translation>
    </message>
    <message>
        <source>%1 can be read by other users (mode %2), so Lookout will not use it: revoke the tokens in it, then run chmod 600 on it or delete it and save the token again</source>
        <translation>%1 est lisible par d&apos;autres utilisateurs (mode %2), Lookout ne l&apos;utilisera donc pas : révoquez les jetons qu&apos;il contient, puis exécutez chmod 600 dessus, ou supprimez-le et enregistrez à nouveau le jeton</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a token file Lookout wrote (not a JSON object)</source>
        <translation>%1 n&apos;est pas un fichier de jetons écrit par Lookout (pas un objet JSON)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to the user</source>
        <translation>impossible de rendre %1 lisible par l&apos;utilisateur seul</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>the keychain is switched off</source>
        <translation>le trousseau est désactivé</translation>
    </message>
    <message>
        <source>the keychain refused to store the token: %1</source>
        <translation>le trousseau a refusé d&apos;enregistrer le jeton : %1</translation>
    </message>
    <message>
        <source>the keychain refused to give the token: %1</source>
        <translation>le trousseau a refusé de donner le jeton : %1</translation>
    </message>
    <message>
        <source>the keychain refused to delete the token: %1</source>
        <translation>le trousseau a refusé de supprimer le jeton : %1</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The token is kept in %1, readable only by you.</source>
        <translation>Le jeton est conservé dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>The token is kept in %1, readable only by you, because no keychain service could be used (%2).</source>
        <translation>Le jeton est conservé dans %1, lisible par vous seul, car aucun service de trousseau n&apos;a pu être utilisé (%2).</translation>
    </message>
</context>
<context>
    <name>TriageAction</name>
    <message>
        <source>resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>resolve in the next release</source>
        <translation>Résoudre dans la prochaine version</translation>
    </message>
    <message>
        <source>resolve in release %1</source>
        <translation>Résoudre dans la version %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes have passed</source>
        <translation>
            <numerusform>%Ln minute soit passée</numerusform>
            <numerusform>%Ln minutes soient passées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events occur within %1 min</source>
        <translation>
            <numerusform>%Ln nouvel événement survienne en %1 min</numerusform>
            <numerusform>%Ln nouveaux événements surviennent en %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events occur</source>
        <translation>
            <numerusform>%Ln nouvel événement survienne</numerusform>
            <numerusform>%Ln nouveaux événements surviennent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users are affected within %1 min</source>
        <translation>
            <numerusform>%Ln utilisateur de plus soit touché en %1 min</numerusform>
            <numerusform>%Ln utilisateurs de plus soient touchés en %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users are affected</source>
        <translation>
            <numerusform>%Ln utilisateur de plus soit touché</numerusform>
            <numerusform>%Ln utilisateurs de plus soient touchés</numerusform>
        </translation>
    </message>
    <message>
        <source>ignore forever</source>
        <translation>Ignorer définitivement</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>ignore until %1</source>
        <translation>Ignorer jusqu&apos;à ce que %1</translation>
    </message>
    <message>
        <source>unresolve</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>unassign</source>
        <translation>Désassigner</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>Assigner à %1</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>remove the bookmark</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>mark seen</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>mark unseen</source>
        <translation>Marquer comme non vu</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>La règle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The search cannot be used: %1</source>
        <translation>La recherche est inutilisable : %1</translation>
    </message>
</context>
<context>
    <name>lookout::AccountDialog</name>
    <message>
        <source>From the environment (%1)</source>
        <translation>Depuis l&apos;environnement (%1)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <translation>Depuis %1, ligne %2</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect a Sentry Account</source>
        <translation>Connecter un compte Sentry</translation>
    </message>
    <message>
        <source>Lookout reads your organisation&apos;s issues and events with an auth token. Create one in Sentry under Settings › Auth Tokens: an organisation token, or a personal token with the scopes org:read, project:read and event:read (event:write lets you resolve and assign from Lookout).</source>
        <translation>Lookout lit les problèmes et événements de votre organisation avec un jeton d&apos;authentification. Créez-en un dans Sentry sous Settings › Auth Tokens : un jeton d&apos;organisation, ou un jeton personnel avec les portées org:read, project:read et event:read (event:write permet de résoudre et d&apos;assigner depuis Lookout).</translation>
    </message>
    <message>
        <source>sentry.io (United States)</source>
        <translation>sentry.io (États-Unis)</translation>
    </message>
    <message>
        <source>sentry.io (European Union, Frankfurt)</source>
        <translation>sentry.io (Union européenne, Francfort)</translation>
    </message>
    <message>
        <source>Self-hosted Sentry</source>
        <translation>Sentry auto-hébergé</translation>
    </message>
    <message>
        <source>the slug in your Sentry URLs, e.g. acme</source>
        <translation>le slug de vos URL Sentry, p. ex. acme</translation>
    </message>
    <message>
        <source>sntrys_… or sntryu_…</source>
        <translation>sntrys_… ou sntryu_…</translation>
    </message>
    <message>
        <source>&amp;Sentry:</source>
        <translation>&amp;Sentry :</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>&amp;Jeton d&apos;authentification :</translation>
    </message>
    <message>
        <source>Enter the address of your Sentry server, e.g. https://sentry.example.com.</source>
        <translation>Saisissez l&apos;adresse de votre serveur Sentry, p. ex. https://sentry.example.com.</translation>
    </message>
    <message>
        <source>The server URL is not usable: %1.</source>
        <translation>L&apos;URL du serveur est inutilisable : %1.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s slug (the part after /organizations/ in Sentry&apos;s URLs).</source>
        <translation>Saisissez le slug de l&apos;organisation (la partie après /organizations/ dans les URL de Sentry).</translation>
    </message>
    <message>
        <source>An organisation slug has no spaces or slashes: use the part after /organizations/ in Sentry&apos;s URLs.</source>
        <translation>Un slug d&apos;organisation ne contient ni espaces ni barres obliques : utilisez la partie après /organizations/ dans les URL de Sentry.</translation>
    </message>
    <message>
        <source>Enter an auth token.</source>
        <translation>Saisissez un jeton d&apos;authentification.</translation>
    </message>
    <message>
        <source>The auth token has spaces in it; paste it again.</source>
        <translation>Le jeton contient des espaces ; collez-le à nouveau.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 refused the token (HTTP 401).</source>
        <translation>%1 a refusé le jeton (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 refused the token: %2 (HTTP 401).</source>
        <translation>%1 a refusé le jeton : %2 (HTTP 401).</translation>
    </message>
    <message>
        <source>The token may not list organisations; it needs the org:read scope. Sentry says: %1</source>
        <translation>Le jeton ne peut pas lister les organisations ; il lui faut la portée org:read. Sentry répond : %1</translation>
    </message>
    <message>
        <source>forbidden (HTTP 403)</source>
        <translation>interdit (HTTP 403)</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1, %2 found.</source>
        <translation>Connecté : %1, %2 trouvée(s).</translation>
    </message>
    <message>
        <source>Connected, but this token sees no organisation.</source>
        <translation>Connecté, mais ce jeton ne voit aucune organisation.</translation>
    </message>
    <message>
        <source>Connected: %1. Enter one of them as the organisation: %2.</source>
        <translation>Connecté : %1. Saisissez l&apos;une d&apos;elles comme organisation : %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1, but not %2. This token can see: %3.</source>
        <translation>Connecté : %1, mais pas %2. Ce jeton voit : %3.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Le jeton n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>lookout::BreadcrumbModel</name>
    <message>
        <source>Type: %1    Category: %2    Level: %3</source>
        <translation>Type : %1    Catégorie : %2    Niveau : %3</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure : %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relatif</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds before or after the event</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds before or after the event</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes before or after the event</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours before or after the event</comment>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>lookout::BreadcrumbPane</name>
    <message>
        <source>Select a breadcrumb to see all of its data.</source>
        <translation>Sélectionnez un fil d&apos;Ariane pour voir toutes ses données.</translation>
    </message>
    <message>
        <source>Filter breadcrumbs</source>
        <translation>Filtrer le fil d&apos;Ariane</translation>
    </message>
    <message>
        <source>All Levels</source>
        <translation>Tous niveaux</translation>
    </message>
    <message>
        <source>Newest First</source>
        <translation>Récents d&apos;abord</translation>
    </message>
    <message>
        <source>Show the latest breadcrumb (the error) at the top</source>
        <translation>Afficher la dernière entrée (l&apos;erreur) en haut</translation>
    </message>
    <message>
        <source>All Types</source>
        <translation>Tous types</translation>
    </message>
</context>
<context>
    <name>lookout::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Tapez une commande…</translation>
    </message>
</context>
<context>
    <name>lookout::ContextsModel</name>
    <message>
        <source>Operating System</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Client Operating System</source>
        <translation>Système d&apos;exploitation client</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Cloud Resource</source>
        <translation>Ressource cloud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Additional Data</source>
        <translation>Données supplémentaires</translation>
    </message>
</context>
<context>
    <name>lookout::EventFetcher</name>
    <message>
        <source>Reading the events of project %1: %2</source>
        <translation>Lecture des événements du projet %1 : %2</translation>
    </message>
    <message>
        <source>Reading the latest event of issue %1: %2</source>
        <translation>Lecture du dernier événement du problème %1 : %2</translation>
    </message>
</context>
<context>
    <name>lookout::EventListModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Key tags</source>
        <translation>Tags clés</translation>
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
        <translation>Le problème n&apos;est plus en cache.</translation>
    </message>
    <message>
        <source>The issue was imported, not synced: Sentry has nothing more of it.</source>
        <translation>Le problème a été importé, pas synchronisé : Sentry n&apos;en a rien de plus.</translation>
    </message>
    <message>
        <source>The issue belongs to another Sentry account.</source>
        <translation>Le problème appartient à un autre compte Sentry.</translation>
    </message>
    <message>
        <source>Sentry no longer has this event (it may be past its retention).</source>
        <translation>Sentry n&apos;a plus cet événement (sa durée de conservation est peut-être dépassée).</translation>
    </message>
    <message>
        <source>Sentry&apos;s answer has no event id.</source>
        <translation>La réponse de Sentry ne contient pas d&apos;identifiant d&apos;événement.</translation>
    </message>
    <message>
        <source>Sentry&apos;s event %1 could not be read.</source>
        <translation>L&apos;événement %1 de Sentry n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>lookout::EventsPane</name>
    <message>
        <source>Load More from Sentry</source>
        <translation>Charger plus depuis Sentry</translation>
    </message>
    <message>
        <source>%1 of %2 events cached</source>
        <translation>%1 événements sur %2 en cache</translation>
    </message>
    <message>
        <source>This imported issue&apos;s only event is here.</source>
        <translation>Le seul événement de ce problème importé est ici.</translation>
    </message>
    <message>
        <source>All %1 events of this imported issue are here.</source>
        <translation>Les %1 événements de ce problème importé sont tous ici.</translation>
    </message>
    <message>
        <source>All %1 events cached.</source>
        <translation>Les %1 événements sont tous en cache.</translation>
    </message>
    <message>
        <source>All events Sentry still keeps are cached (%1 of the %2 it counted).</source>
        <translation>Tous les événements que Sentry conserve encore sont en cache (%1 sur les %2 comptés).</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The issue&apos;s only event is cached.</source>
        <translation>Le seul événement du problème est en cache.</translation>
    </message>
    <message>
        <source>%1; Lookout is offline: connect to load more.</source>
        <translation>%1 ; Lookout est hors ligne : connectez-vous pour en charger davantage.</translation>
    </message>
    <message>
        <source>%1 · loading more from Sentry…</source>
        <translation>%1 · chargement de la suite depuis Sentry…</translation>
    </message>
    <message>
        <source>Sentry&apos;s rate limit holds requests until %1.</source>
        <translation>La limite de débit de Sentry retient les requêtes jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>%1. Loading more failed: %2</source>
        <translation>%1. Le chargement de la suite a échoué : %2</translation>
    </message>
</context>
<context>
    <name>lookout::ImportController</name>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source> (1 new issue)</source>
        <translation> (1 nouveau problème)</translation>
    </message>
    <message>
        <source> (%1 new issues)</source>
        <translation> (%1 nouveaux problèmes)</translation>
    </message>
    <message>
        <source>%1 already in the cache</source>
        <translation>%1 déjà dans le cache</translation>
    </message>
    <message>
        <source>1 session record</source>
        <translation>1 enregistrement de session</translation>
    </message>
    <message>
        <source>%1 session records</source>
        <translation>%1 enregistrements de session</translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 pièce jointe</translation>
    </message>
    <message>
        <source>%1 attachments</source>
        <translation>%1 pièces jointes</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problèmes</translation>
    </message>
    <message>
        <source>Cancelled after storing %1 from %2; %3. Importing the same files again adds only the rest.</source>
        <translation>Annulé après avoir enregistré %1 depuis %2 ; %3. Importer à nouveau les mêmes fichiers n&apos;ajoute que le reste.</translation>
    </message>
    <message>
        <source>Stored %1 from %2; %3.</source>
        <translation>%1 enregistré(s) depuis %2 ; %3.</translation>
    </message>
</context>
<context>
    <name>lookout::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>Reading %1: %2 stored so far</source>
        <translation>Lecture de %1 : %2 enregistré(s) jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Cancelling: the events read so far are being saved…</source>
        <translation>Annulation : les événements lus jusqu&apos;ici sont enregistrés…</translation>
    </message>
</context>
<context>
    <name>lookout::IngestServer</name>
    <message>
        <source>cannot open the cache: %1</source>
        <translation>impossible d&apos;ouvrir le cache : %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>lookout::IssueDetailView</name>
    <message>
        <source>No contexts in this event.</source>
        <translation>Cet événement n&apos;a aucun contexte.</translation>
    </message>
    <message>
        <source>No HTTP request in this event.</source>
        <translation>Cet événement n&apos;a aucune requête HTTP.</translation>
    </message>
    <message>
        <source>No user in this event.</source>
        <translation>Cet événement n&apos;a aucun utilisateur.</translation>
    </message>
    <message>
        <source>Select an issue to see its stack trace, breadcrumbs and tags.</source>
        <translation>Sélectionnez un problème pour voir sa pile d&apos;appels, son fil d&apos;Ariane et ses tags.</translation>
    </message>
    <message>
        <source>Stack Trace</source>
        <translation>Pile d&apos;appels</translation>
    </message>
    <message>
        <source>Breadcrumbs</source>
        <translation>Fil d&apos;Ariane</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>The cached event with the most to debug with: in-app source, variables, breadcrumbs, trace</source>
        <translation>L&apos;événement en cache le plus utile au débogage : source de l&apos;app, variables, fil d&apos;Ariane, trace</translation>
    </message>
    <message>
        <source>« Oldest</source>
        <translation>« Plus ancien</translation>
    </message>
    <message>
        <source>‹ Older</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Newer ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Latest »</source>
        <translation>Dernier »</translation>
    </message>
    <message>
        <source>Copy Event ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Open in Sentry</source>
        <translation>Ouvrir dans Sentry</translation>
    </message>
    <message>
        <source>Copied the event id %1</source>
        <translation>ID d&apos;événement %1 copié</translation>
    </message>
    <message>
        <source>Copied the issue as Markdown</source>
        <translation>Problème copié en Markdown</translation>
    </message>
    <message>
        <source>No event of this issue is in the cache yet.</source>
        <translation>Aucun événement de ce problème n&apos;est encore en cache.</translation>
    </message>
    <message>
        <source>The latest event is also the most helpful one cached</source>
        <translation>Le dernier événement est aussi le plus utile en cache</translation>
    </message>
    <message>
        <source>Showing the cached event with the most to debug with</source>
        <translation>Affichage de l&apos;événement en cache le plus utile au débogage</translation>
    </message>
    <message>
        <source>Event %1 cannot be read: %2</source>
        <translation>L&apos;événement %1 est illisible : %2</translation>
    </message>
    <message>
        <source>Breadcrumbs (%1)</source>
        <translation>Fil d&apos;Ariane (%1)</translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation>Tags (%1)</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>This issue was not synced from Sentry</source>
        <translation>Ce problème n&apos;a pas été synchronisé depuis Sentry</translation>
    </message>
    <message>
        <source>%1 is not cached, and Lookout is offline.</source>
        <translation>%1 n&apos;est pas en cache et Lookout est hors ligne.</translation>
    </message>
    <message>
        <source>Loading %1 from Sentry…</source>
        <translation>Chargement de %1 depuis Sentry…</translation>
    </message>
    <message>
        <source>Older events are not cached, and Lookout is offline.</source>
        <translation>Les événements plus anciens ne sont pas en cache et Lookout est hors ligne.</translation>
    </message>
    <message>
        <source>Could not load older events from Sentry: %1</source>
        <translation>Impossible de charger des événements plus anciens depuis Sentry : %1</translation>
    </message>
    <message>
        <source>That event is not cached, and Lookout is offline.</source>
        <translation>Cet événement n&apos;est pas en cache et Lookout est hors ligne.</translation>
    </message>
    <message>
        <source>Could not load the event from Sentry: %1</source>
        <translation>Impossible de charger l&apos;événement depuis Sentry : %1</translation>
    </message>
    <message>
        <source>Sentry has no older event of this issue.</source>
        <translation>Sentry n&apos;a aucun événement plus ancien de ce problème.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>l&apos;événement %1</translation>
    </message>
    <message>
        <source>the latest event</source>
        <translation>l&apos;événement le plus récent</translation>
    </message>
    <message>
        <source>the oldest event</source>
        <translation>l&apos;événement le plus ancien</translation>
    </message>
    <message>
        <source>Loading older events from Sentry…</source>
        <translation>Chargement d&apos;événements plus anciens depuis Sentry…</translation>
    </message>
    <message>
        <source>%1 of %2 cached</source>
        <translation>%1 sur %2 en cache</translation>
    </message>
    <message>
        <source>Sentry counted %1 events of this issue; the Events tab loads more of them.</source>
        <translation>Sentry a compté %1 événements pour ce problème ; l&apos;onglet Événements en charge davantage.</translation>
    </message>
</context>
<context>
    <name>lookout::IssueHeader</name>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>UTILISATEURS</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>vu pour la 1re fois %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>vu pour la dernière fois %1</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>releases %1 – %2</source>
        <translation>versions %1 – %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assigné</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assigné à %1</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>non résolu</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>regressed</source>
        <translation>en régression</translation>
    </message>
    <message>
        <source>escalating</source>
        <translation>en escalade</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>archived forever</source>
        <translation>archivé pour toujours</translation>
    </message>
    <message>
        <source>archived until escalating</source>
        <translation>archivé jusqu&apos;à escalade</translation>
    </message>
    <message>
        <source>archived until a condition is met</source>
        <translation>archivé jusqu&apos;à une condition remplie</translation>
    </message>
</context>
<context>
    <name>lookout::IssueListModel</name>
    <message>
        <source>Sentry refused “%1”: %2</source>
        <translation>Sentry a refusé « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” waits to be sent to Sentry</source>
        <translation>« %1 » attend d&apos;être envoyé à Sentry</translation>
    </message>
    <message>
        <source>1 event in the last 14 days</source>
        <translation>1 événement ces 14 derniers jours</translation>
    </message>
    <message>
        <source>%1 events in the last 14 days</source>
        <translation>%1 événements ces 14 derniers jours</translation>
    </message>
    <message>
        <source>1 event in the last 24 hours</source>
        <translation>1 événement ces dernières 24 heures</translation>
    </message>
    <message>
        <source>%1 events in the last 24 hours</source>
        <translation>%1 événements ces dernières 24 heures</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>14 d</source>
        <translation>14 j</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
</context>
<context>
    <name>lookout::IssueTitleDelegate</name>
    <message>
        <source>⚠ refused</source>
        <translation>⚠ refusé</translation>
    </message>
    <message>
        <source>⟳ pending</source>
        <translation>⟳ en attente</translation>
    </message>
</context>
<context>
    <name>lookout::KeyValueTreeModel</name>
    <message>
        <source>[masked]</source>
        <translation>[masqué]</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 clé</translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>lookout::LocalIngestDialog</name>
    <message>
        <source>&amp;Receive events from SDKs on this computer</source>
        <translation>&amp;Recevoir les événements des SDK de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Local Ingest</source>
        <translation>Réception locale</translation>
    </message>
    <message>
        <source>Lookout can be the Sentry your SDK sends to while you develop: give it the DSN below. Events are grouped and kept like imports (under Imported), new issues appear at once, and sessions count towards release health.</source>
        <translation>Pendant le développement, Lookout peut être le Sentry auquel votre SDK envoie : donnez-lui le DSN ci-dessous. Les événements sont regroupés et conservés comme les imports (sous « Importés »), les nouveaux problèmes apparaissent aussitôt et les sessions comptent dans la santé des versions.</translation>
    </message>
    <message>
        <source>8969 is Spotlight&apos;s port: tools made for Spotlight then send here unchanged</source>
        <translation>8969 est le port de Spotlight : les outils prévus pour Spotlight envoient alors ici sans changement</translation>
    </message>
    <message>
        <source>Copy the DSN to the clipboard</source>
        <translation>Copier le DSN dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>DSN:</source>
        <translation>DSN :</translation>
    </message>
    <message>
        <source>Spotlight:</source>
        <translation>Spotlight :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Only this computer can send (the endpoint listens on 127.0.0.1). Malformed envelopes are answered 400 and kept in the rejected folder beside the cache.</source>
        <translation>Seul cet ordinateur peut envoyer (le point d&apos;accès écoute sur 127.0.0.1). Les enveloppes mal formées reçoivent la réponse 400 et sont conservées dans le dossier « rejected » à côté du cache.</translation>
    </message>
    <message>
        <source>DSN copied. %1</source>
        <translation>DSN copié. %1</translation>
    </message>
    <message>
        <source>Switch the local ingest on to get a DSN</source>
        <translation>Activez la réception locale pour obtenir un DSN</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Désactivée.</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>Désactivée : %1</translation>
    </message>
    <message>
        <source>Listening on 127.0.0.1:%1. Accepted %2 envelopes, rejected %3.</source>
        <translation>À l&apos;écoute sur 127.0.0.1:%1. %2 enveloppes acceptées, %3 rejetées.</translation>
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
        <translation>Cache : %1</translation>
    </message>
    <message>
        <source>Triage actions not sent yet: %1</source>
        <translation>Actions de tri pas encore envoyées : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Bring the cache up to date with Sentry, after sending waiting triage actions</source>
        <translation>Mettre le cache à jour depuis Sentry, après l&apos;envoi des actions de tri en attente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Problème</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>The issue list, without the filters a release&apos;s issues set</source>
        <translation>La liste des problèmes, sans les filtres posés par les problèmes d&apos;une version</translation>
    </message>
    <message>
        <source>Release &amp;Health</source>
        <translation>&amp;Santé des versions</translation>
    </message>
    <message>
        <source>Adoption and crash-free sessions and users of each release</source>
        <translation>Adoption, sessions et utilisateurs sans plantage de chaque version</translation>
    </message>
    <message>
        <source>Event &amp;Graph</source>
        <translation>&amp;Graphique des événements</translation>
    </message>
    <message>
        <source>Last &amp;24 Hours</source>
        <translation>&amp;24 dernières heures</translation>
    </message>
    <message>
        <source>Last &amp;14 Days</source>
        <translation>&amp;14 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Source Mapping…</source>
        <translation>&amp;Correspondance des sources…</translation>
    </message>
    <message>
        <source>Map paths in the selected issue&apos;s frames to a local checkout</source>
        <translation>Faire correspondre les chemins des frames du problème sélectionné à une copie locale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Lookout</source>
        <translation>À &amp;propos de Lookout</translation>
    </message>
    <message>
        <source>About Lookout</source>
        <translation>À propos de Lookout</translation>
    </message>
    <message>
        <source>Lookout %1
An offline-first desktop triage client for Sentry.</source>
        <translation>Lookout %1
Un client de bureau de tri pour Sentry, pensé pour le hors ligne.</translation>
    </message>
    <message>
        <source>No Sentry account is connected: this cache holds imported events only.</source>
        <translation>Aucun compte Sentry connecté : ce cache ne contient que des événements importés.</translation>
    </message>
    <message>
        <source>Issues of %1 first seen since it was released — Ctrl+1 shows every issue again</source>
        <translation>Problèmes de %1 vus pour la 1re fois depuis sa sortie — Ctrl+1 réaffiche tous les problèmes</translation>
    </message>
    <message>
        <source>1 issue</source>
        <translation>1 problème</translation>
    </message>
    <message numerus="yes">
        <source>%n issues</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search issues: is:unresolved level:error release:1.2 text…  (/)</source>
        <translation>Rechercher : is:unresolved level:error release:1.2 texte…  (/)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Type a Sentry search; Enter goes back to the list</source>
        <translation>Tapez une recherche Sentry ; Entrée revient à la liste</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Keep this search and its sort in the sidebar</source>
        <translation>Garder cette recherche et son tri dans la barre latérale</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>Tr&amp;ier par</translation>
    </message>
    <message>
        <source>&amp;Last Seen</source>
        <translation>&amp;Dernière occurrence</translation>
    </message>
    <message>
        <source>&amp;First Seen</source>
        <translation>&amp;Première occurrence</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Tendance</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename Search</source>
        <translation>Renommer la recherche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Save Current Search Here</source>
        <translation>Enregistrer la recherche actuelle ici</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete Search</source>
        <translation>Supprimer la recherche</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>Supprimer la recherche enregistrée « %1 » ?</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Could not save the search: %1</source>
        <translation>Impossible d&apos;enregistrer la recherche : %1</translation>
    </message>
    <message>
        <source>Saved “%1” in the sidebar.</source>
        <translation>« %1 » enregistrée dans la barre latérale.</translation>
    </message>
    <message>
        <source>&amp;Connect Sentry Account…</source>
        <translation>&amp;Connecter un compte Sentry…</translation>
    </message>
    <message>
        <source>Add a Sentry organisation to sync (sentry.io or self-hosted)</source>
        <translation>Ajouter une organisation Sentry à synchroniser (sentry.io ou auto-hébergée)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import exported events, envelopes or JSON Lines (also by dropping files on the window)</source>
        <translation>Importer des événements exportés, des enveloppes ou du JSON Lines (aussi en déposant des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Data</source>
        <translation>Ouvrir les données de &amp;démo</translation>
    </message>
    <message>
        <source>Open the bundled demo in a window of its own</source>
        <translation>Ouvrir la démo fournie dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>Could not add the account: %1</source>
        <translation>Impossible d&apos;ajouter le compte : %1</translation>
    </message>
    <message>
        <source>Could not start the demo.</source>
        <translation>Impossible de lancer la démo.</translation>
    </message>
    <message>
        <source>Event %1 of %2 is not in the cache: showing the issue&apos;s latest event</source>
        <translation>L&apos;événement %1 de %2 n&apos;est pas en cache : affichage du dernier événement du problème</translation>
    </message>
    <message>
        <source>Sentry %1 is not in this cache, and no account of %2 on %3 is connected (File &gt; Connect Sentry Account…)</source>
        <translation>Sentry %1 n&apos;est pas dans ce cache, et aucun compte de %2 sur %3 n&apos;est connecté (Fichier &gt; Connecter un compte Sentry…)</translation>
    </message>
    <message>
        <source>Sentry %1 is not in the cache yet: syncing %2…</source>
        <translation>Sentry %1 n&apos;est pas encore en cache : synchronisation de %2…</translation>
    </message>
    <message>
        <source>Sentry %1 is not in the cache (a sync brings the issues Sentry lists for %2; this one may be resolved or older)</source>
        <translation>Sentry %1 n&apos;est pas en cache (une synchronisation apporte les problèmes que Sentry liste pour %2 ; celui-ci est peut-être résolu ou plus ancien)</translation>
    </message>
    <message>
        <source>Receive Events &amp;Locally</source>
        <translation>Recevoir les événements en &amp;local</translation>
    </message>
    <message>
        <source>Be the Sentry your SDK sends to while you develop (a DSN on 127.0.0.1)</source>
        <translation>Être le Sentry auquel votre SDK envoie pendant le développement (un DSN sur 127.0.0.1)</translation>
    </message>
    <message>
        <source>Local Ingest &amp;DSN…</source>
        <translation>DS&amp;N de réception locale…</translation>
    </message>
    <message>
        <source>The DSN to give your SDK, with a Copy button</source>
        <translation>Le DSN à donner à votre SDK, avec un bouton Copier</translation>
    </message>
    <message>
        <source>Local ingest stopped; everything received is stored.</source>
        <translation>Réception locale arrêtée ; tout ce qui a été reçu est enregistré.</translation>
    </message>
    <message>
        <source>Local ingest not started: %1</source>
        <translation>Réception locale non démarrée : %1</translation>
    </message>
    <message>
        <source>Receiving events at %1</source>
        <translation>Réception des événements sur %1</translation>
    </message>
    <message numerus="yes">
        <source>Received %n event(s)</source>
        <translation>
            <numerusform>%n événement reçu</numerusform>
            <numerusform>%n événements reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new issue(s)</source>
        <translation>
            <numerusform>, %n nouveau problème</numerusform>
            <numerusform>, %n nouveaux problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::Notifier</name>
    <message>
        <source>New issue in %1</source>
        <translation>Nouveau problème dans %1</translation>
    </message>
    <message>
        <source>Regression in %1</source>
        <translation>Régression dans %1</translation>
    </message>
    <message>
        <source>%1: %2 users in %3 min</source>
        <translation>%1 : %2 utilisateurs en %3 min</translation>
    </message>
</context>
<context>
    <name>lookout::OutboxSender</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Sentry has none of these issues any more (merged or deleted)</source>
        <translation>Sentry n&apos;a plus aucun de ces problèmes (fusionnés ou supprimés)</translation>
    </message>
</context>
<context>
    <name>lookout::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Sync automatically every</source>
        <translation>&amp;Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source>Lookout syncs in the background while it is open, counting from the end of the last sync. When Sentry cannot be reached it waits longer each time, and syncs again as soon as the network is back.</source>
        <translation>Lookout synchronise en arrière-plan tant qu&apos;il est ouvert, à compter de la fin de la dernière synchronisation. Quand Sentry est injoignable, il attend chaque fois plus longtemps, et resynchronise dès que le réseau revient.</translation>
    </message>
    <message>
        <source>&amp;New issues</source>
        <translation>&amp;Nouveaux problèmes</translation>
    </message>
    <message>
        <source>&amp;Regressions: a resolved issue happens again</source>
        <translation>&amp;Régressions : un problème résolu se reproduit</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>Heures &amp;calmes de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>More than N users</source>
        <translation>Plus de N utilisateurs</translation>
    </message>
    <message>
        <source>In M minutes</source>
        <translation>En M minutes</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Notify about</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>In quiet hours nothing pops up; what happened waits in the tray&apos;s unread count.</source>
        <translation>Pendant les heures calmes, rien ne s&apos;affiche ; ce qui s&apos;est passé attend dans le compteur de la zone de notification.</translation>
    </message>
    <message>
        <source>A notification when an issue the search finds has more than N users within M minutes: once when it crosses, not again until it has dropped below and M minutes have passed.</source>
        <translation>Une notification quand un problème trouvé par la recherche touche plus de N utilisateurs en M minutes : une fois au franchissement, puis plus avant d&apos;être repassé en dessous et que M minutes se soient écoulées.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>Rule %1: another rule is already called “%2”.</source>
        <translation>Règle %1 : une autre règle s&apos;appelle déjà « %2 ».</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthModel</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>(no release)</source>
        <translation>(aucune version)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saines</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed; %3 abnormal, %4 errored, %5 healthy</source>
        <translation>%1 sessions sur %2 ont planté ; %3 anormales, %4 avec erreurs, %5 saines</translation>
    </message>
    <message>
        <source>%1 of %2 users had a crashed session%3</source>
        <translation>%1 utilisateurs sur %2 ont eu une session plantée%3</translation>
    </message>
    <message>
        <source> (estimated from Sentry&apos;s hourly counts: a user active in several hours counts in each)</source>
        <translation> (estimé à partir des comptes horaires de Sentry : un utilisateur actif sur plusieurs heures compte dans chacune)</translation>
    </message>
    <message>
        <source>%1 of the project&apos;s %2 sessions in this period</source>
        <translation>%1 des %2 sessions du projet sur cette période</translation>
    </message>
    <message>
        <source>Issues first seen in this release</source>
        <translation>Problèmes vus pour la 1re fois dans cette version</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation>Sessions sans plantage</translation>
    </message>
    <message>
        <source>Crash-free users</source>
        <translation>Utilisateurs sans plantage</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>New issues</source>
        <translation>Nouveaux problèmes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Share of the project&apos;s sessions in the period</source>
        <translation>Part des sessions du projet sur la période</translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthView</name>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation>
            <numerusform>%n dernière heure</numerusform>
            <numerusform>%n dernières heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Select releases to chart them (two to compare); Enter shows the issues first seen in the current one</source>
        <translation>Sélectionnez des versions pour les tracer (deux pour comparer) ; Entrée montre les problèmes vus pour la 1re fois dans la version courante</translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation>Sessions sans plantage</translation>
    </message>
    <message>
        <source>Crash-free users</source>
        <translation>Utilisateurs sans plantage</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Statut des sessions</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>What Sentry did with this project&apos;s events: accepted, filtered, rate limited, invalid</source>
        <translation>Ce que Sentry a fait des événements de ce projet : acceptés, filtrés, limités, invalides</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Graphique en PNG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Pério&amp;de :</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Seuils…</translation>
    </message>
    <message>
        <source>Crash-free sessions below which a release is amber or red</source>
        <translation>Sessions sans plantage en dessous desquelles une version est orange ou rouge</translation>
    </message>
    <message>
        <source>New &amp;issues</source>
        <translation>&amp;Nouveaux problèmes</translation>
    </message>
    <message>
        <source>The issues first seen in the current release (Enter)</source>
        <translation>Les problèmes vus pour la 1re fois dans la version courante (Entrée)</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Release health could not read new sessions: %1</source>
        <translation>La santé des versions n&apos;a pas pu lire les nouvelles sessions : %1</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <source>No sessions in this cache: sync with Sentry or import session envelopes.</source>
        <translation>Aucune session dans ce cache : synchronisez avec Sentry ou importez des enveloppes de session.</translation>
    </message>
    <message>
        <source>1 release</source>
        <translation>1 version</translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation>%1 versions</translation>
    </message>
    <message>
        <source> · newest sessions %1</source>
        <translation> · sessions les plus récentes %1</translation>
    </message>
    <message>
        <source>Select two releases to compare them</source>
        <translation>Sélectionnez deux versions pour les comparer</translation>
    </message>
    <message>
        <source>No ingestion outcomes for this project: they come from Sentry&apos;s stats_v2 on sync</source>
        <translation>Aucun résultat d&apos;ingestion pour ce projet : ils viennent de stats_v2 de Sentry à la synchronisation</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exporter les données du graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Health thresholds</source>
        <translation>Seuils de santé</translation>
    </message>
    <message>
        <source>Amber below (crash-free sessions):</source>
        <translation>Orange en dessous de (sessions sans plantage) :</translation>
    </message>
    <message>
        <source>Red below (crash-free sessions):</source>
        <translation>Rouge en dessous de (sessions sans plantage) :</translation>
    </message>
    <message>
        <source>Select a release first</source>
        <translation>Sélectionnez d&apos;abord une version</translation>
    </message>
</context>
<context>
    <name>lookout::RequestModel</name>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
</context>
<context>
    <name>lookout::SavedSearchModel</name>
    <message>
        <source>Every issue</source>
        <translation>Tous les problèmes</translation>
    </message>
</context>
<context>
    <name>lookout::SearchBar</name>
    <message>
        <source>Search: is:unresolved level:error release:… or words</source>
        <translation>Recherche : is:unresolved level:error release:… ou des mots</translation>
    </message>
</context>
<context>
    <name>lookout::SentryClient</name>
    <message>
        <source>A bulk issue update needs at least one issue id</source>
        <translation>Une mise à jour groupée de problèmes demande au moins un identifiant de problème</translation>
    </message>
    <message>
        <source>A bulk issue update takes at most 100 issues (got %1)</source>
        <translation>Une mise à jour groupée accepte au plus 100 problèmes (reçu : %1)</translation>
    </message>
</context>
<context>
    <name>lookout::SentryTransport</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); the certificate is not trusted, so nothing was sent</source>
        <translation>La connexion sécurisée à %1 a échoué (%2) ; le certificat n&apos;est pas approuvé, rien n&apos;a donc été envoyé</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2; it was not read</source>
        <translation>%1 a envoyé une réponse de plus de %2 ; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another site; Lookout does not follow it, so the token is not sent there (check the account&apos;s URL)</source>
        <translation>%1 a redirigé la requête vers %2, un autre site ; Lookout ne suit pas la redirection, le jeton n&apos;y est donc pas envoyé (vérifiez l&apos;URL du compte)</translation>
    </message>
    <message>
        <source>%1 sent an unreadable answer (%2 at byte %3)</source>
        <translation>%1 a envoyé une réponse illisible (%2 à l&apos;octet %3)</translation>
    </message>
</context>
<context>
    <name>lookout::ShortcutDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Double-click a shortcut, or press Enter on it, then press the new keys.</source>
        <translation>Double-cliquez sur un raccourci, ou appuyez sur Entrée dessus, puis tapez les nouvelles touches.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 est déjà le raccourci de « %2 ».</translation>
    </message>
</context>
<context>
    <name>lookout::SidebarModel</name>
    <message>
        <source>All issues</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n unresolved</source>
        <translation>
            <numerusform>%1 · %2 · %n non résolu</numerusform>
            <numerusform>%1 · %2 · %n non résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation %1 at %2</source>
        <translation>Organisation %1 sur %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Events imported from files or sent to Lookout directly</source>
        <translation>Événements importés de fichiers ou envoyés directement à Lookout</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
</context>
<context>
    <name>lookout::SingleInstance</name>
    <message>
        <source>Another Lookout is starting and holds %1</source>
        <translation>Un autre Lookout démarre et détient %1</translation>
    </message>
    <message>
        <source>The running Lookout did not answer</source>
        <translation>Le Lookout en cours n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Cannot reach the running Lookout: %1</source>
        <translation>Impossible de joindre le Lookout en cours : %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>lookout::SourceMappingDialog</name>
    <message>
        <source>Source Mapping for %1</source>
        <translation>Correspondance des sources pour %1</translation>
    </message>
    <message>
        <source>Frames whose path starts with a prefix are read from the local folder, which may differ from the deployed code. Nothing outside the folder is ever read.</source>
        <translation>Les frames dont le chemin commence par un préfixe sont lus dans le dossier local, qui peut différer du code déployé. Rien n&apos;est jamais lu hors du dossier.</translation>
    </message>
    <message>
        <source>Path prefix in events</source>
        <translation>Préfixe de chemin dans les événements</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Dossier local</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>$VISUAL or $EDITOR; or a command such as: code --goto {file}:{line}</source>
        <translation>$VISUAL ou $EDITOR ; ou une commande comme : code --goto {file}:{line}</translation>
    </message>
    <message>
        <source>Editor command:</source>
        <translation>Commande d&apos;éditeur :</translation>
    </message>
    <message>
        <source>Local Checkout</source>
        <translation>Copie locale</translation>
    </message>
</context>
<context>
    <name>lookout::StackTraceDelegate</name>
    <message>
        <source>handled</source>
        <translation>géré</translation>
    </message>
    <message>
        <source>unhandled</source>
        <translation>non géré</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 frame</translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>local file</source>
        <translation>fichier local</translation>
    </message>
</context>
<context>
    <name>lookout::StackTraceModel</name>
    <message>
        <source>From the local file %1; it may differ from the deployed code.</source>
        <translation>Depuis le fichier local %1 ; il peut différer du code déployé.</translation>
    </message>
    <message>
        <source>No source context: %1.</source>
        <translation>Aucun contexte source : %1.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>1 system frame</source>
        <translation>1 frame système</translation>
    </message>
    <message>
        <source>%1 system frames</source>
        <translation>%1 frames système</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <source>Thread %1 &quot;%2&quot;</source>
        <translation>Thread %1 « %2 »</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Pile d&apos;appels</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>paquet %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
</context>
<context>
    <name>lookout::StackTracePane</name>
    <message>
        <source>In-App Only</source>
        <translation>App uniquement</translation>
    </message>
    <message>
        <source>Fold system frames into &quot;N system frames&quot; rows</source>
        <translation>Replier les frames système en lignes « N frames système »</translation>
    </message>
    <message>
        <source>Newest First</source>
        <translation>Récents d&apos;abord</translation>
    </message>
    <message>
        <source>Show the most recent call first</source>
        <translation>Afficher l&apos;appel le plus récent en premier</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>The stack trace as text, in the platform&apos;s own format</source>
        <translation>La pile d&apos;appels en texte, au format de la plateforme</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Open the frame&apos;s file from the local checkout at its line (E)</source>
        <translation>Ouvrir le fichier du frame depuis la copie locale à sa ligne (E)</translation>
    </message>
    <message>
        <source>Show More Lines</source>
        <translation>Plus de lignes</translation>
    </message>
    <message>
        <source>Source Mapping…</source>
        <translation>Correspondance des sources…</translation>
    </message>
    <message>
        <source>Map paths in this project&apos;s frames to a local checkout</source>
        <translation>Faire correspondre les chemins des frames de ce projet à une copie locale</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open an editor: %1</source>
        <translation>Impossible d&apos;ouvrir un éditeur : %1</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>Impossible de lancer %1</translation>
    </message>
    <message>
        <source>Opened %1:%2</source>
        <translation>%1:%2 ouvert</translation>
    </message>
    <message>
        <source>No more lines: %1</source>
        <translation>Plus de lignes : %1</translation>
    </message>
</context>
<context>
    <name>lookout::SyncController</name>
    <message>
        <source>no token is saved for %1 at %2; connect the account again</source>
        <translation>aucun jeton n&apos;est enregistré pour %1 sur %2 ; reconnectez le compte</translation>
    </message>
    <message>
        <source>No Sentry account is connected.</source>
        <translation>Aucun compte Sentry n&apos;est connecté.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from where it stopped.</source>
        <translation>Synchronisation annulée ; la suivante reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Synced: 1 new issue.</source>
        <translation>Synchronisé : 1 nouveau problème.</translation>
    </message>
    <message>
        <source>Synced: %1 new issues.</source>
        <translation>Synchronisé : %1 nouveaux problèmes.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <source>This issue was imported, not synced from Sentry: all of its events are in the cache.</source>
        <translation>Ce problème a été importé, pas synchronisé depuis Sentry : tous ses événements sont en cache.</translation>
    </message>
    <message>
        <source>The issue&apos;s Sentry account is no longer connected.</source>
        <translation>Le compte Sentry du problème n&apos;est plus connecté.</translation>
    </message>
</context>
<context>
    <name>lookout::SyncRun</name>
    <message>
        <source>The sync was cancelled; the next one resumes where it stopped.</source>
        <translation>La synchronisation a été annulée ; la suivante reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>starting the sync</source>
        <comment>the sync stopped while …</comment>
        <translation>le démarrage de la synchronisation</translation>
    </message>
    <message>
        <source>recording the sync&apos;s progress</source>
        <comment>the sync stopped while …</comment>
        <translation>l&apos;enregistrement de la progression</translation>
    </message>
    <message>
        <source>reading organisations</source>
        <comment>the sync stopped while …</comment>
        <translation>la lecture des organisations</translation>
    </message>
    <message>
        <source>recording the region</source>
        <comment>the sync stopped while …</comment>
        <translation>l&apos;enregistrement de la région</translation>
    </message>
    <message>
        <source>the token has no access to organisation &apos;%1&apos; (it sees: %2)</source>
        <translation>le jeton n&apos;a pas accès à l&apos;organisation « %1 » (il voit : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no organisations</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>reading projects</source>
        <comment>the sync stopped while …</comment>
        <translation>la lecture des projets</translation>
    </message>
    <message>
        <source>storing projects</source>
        <comment>the sync stopped while …</comment>
        <translation>l&apos;enregistrement des projets</translation>
    </message>
    <message>
        <source>storing the organisation&apos;s members</source>
        <comment>the sync stopped while …</comment>
        <translation>l&apos;enregistrement des membres de l&apos;organisation</translation>
    </message>
    <message>
        <source>there is no project &apos;%1&apos; in organisation %2</source>
        <translation>l&apos;organisation %2 n&apos;a pas de projet « %1 »</translation>
    </message>
    <message>
        <source>reading issues</source>
        <comment>the sync stopped while …</comment>
        <translation>la lecture des problèmes</translation>
    </message>
    <message>
        <source>storing issues</source>
        <comment>the sync stopped while …</comment>
        <translation>l&apos;enregistrement des problèmes</translation>
    </message>
    <message>
        <source>reading events</source>
        <comment>the sync stopped while …</comment>
        <translation>la lecture des événements</translation>
    </message>
    <message>
        <source>finishing the sync</source>
        <comment>the sync stopped while …</comment>
        <translation>la fin de la synchronisation</translation>
    </message>
    <message>
        <source>The sync stopped while %1: %2. The next sync resumes from there.</source>
        <translation>La synchronisation s&apos;est arrêtée pendant %1 : %2. La suivante reprendra à partir de là.</translation>
    </message>
    <message>
        <source>reading releases</source>
        <comment>the sync stopped while …</comment>
        <translation>la lecture des versions</translation>
    </message>
    <message>
        <source>storing releases</source>
        <comment>the sync stopped while …</comment>
        <translation>l&apos;enregistrement des versions</translation>
    </message>
    <message>
        <source>reading sessions</source>
        <comment>the sync stopped while …</comment>
        <translation>la lecture des sessions</translation>
    </message>
    <message>
        <source>storing sessions</source>
        <comment>the sync stopped while …</comment>
        <translation>l&apos;enregistrement des sessions</translation>
    </message>
</context>
<context>
    <name>lookout::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation>Arrêter la synchronisation ; la suivante reprendra là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Sentry&apos;s rate limit: waiting until %1</source>
        <translation>Limite de débit de Sentry : attente jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Sentry allows only so many requests a minute to %1; the sync goes on when the limit resets.</source>
        <translation>Sentry n&apos;autorise qu&apos;un nombre limité de requêtes par minute à %1 ; la synchronisation reprend quand la limite se réinitialise.</translation>
    </message>
    <message>
        <source>Sending triage actions</source>
        <translation>Envoi des actions de tri</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>1 action waiting for Sentry</source>
        <translation>1 action en attente de Sentry</translation>
    </message>
    <message>
        <source>%1 actions waiting for Sentry</source>
        <translation>%1 actions en attente de Sentry</translation>
    </message>
    <message>
        <source>Offline cache (no Sentry account)</source>
        <translation>Cache hors ligne (aucun compte Sentry)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Offline · last synced %1</source>
        <translation>Hors ligne · dernière synchro %1</translation>
    </message>
    <message>
        <source>Sentry cannot be reached. The cache works as before; triage actions wait and are sent when it can be reached again.</source>
        <translation>Sentry est injoignable. Le cache fonctionne comme avant ; les actions de tri attendent et seront envoyées dès qu&apos;il sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>lookout::SyncWorker</name>
    <message>
        <source>The account %1 is not connected.</source>
        <translation>Le compte %1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>a sync or send is already running</source>
        <translation>une synchronisation ou un envoi est déjà en cours</translation>
    </message>
    <message>
        <source>a sync is already running</source>
        <translation>une synchronisation est déjà en cours</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
</context>
<context>
    <name>lookout::TagChips</name>
    <message>
        <source>This event has no tags.</source>
        <translation>Cet événement n&apos;a aucun tag.</translation>
    </message>
</context>
<context>
    <name>lookout::TagDistributionModel</name>
    <message>
        <source>Other (1 value)</source>
        <translation>Autres (1 valeur)</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n values)</source>
        <translation>
            <numerusform>Autres (%n valeur)</numerusform>
            <numerusform>Autres (%n valeurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: 1 value over %2 events</source>
        <translation>%1 : 1 valeur sur %2 événements</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values over %2 events</source>
        <translation>
            <numerusform>%1 : %n valeur sur %2 événements</numerusform>
            <numerusform>%1 : %n valeurs sur %2 événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
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
        <translation>Tags de cet événement</translation>
    </message>
    <message>
        <source>Tag values across the issue</source>
        <translation>Valeurs des tags sur le problème</translation>
    </message>
    <message>
        <source>Counting tag values…</source>
        <translation>Comptage des valeurs de tags…</translation>
    </message>
    <message>
        <source>Over the one event of this issue in the cache.</source>
        <translation>Sur l&apos;unique événement de ce problème en cache.</translation>
    </message>
    <message numerus="yes">
        <source>Over the %n most recent events of this issue in the cache.</source>
        <translation>
            <numerusform>Sur le %n événement le plus récent de ce problème en cache.</numerusform>
            <numerusform>Sur les %n événements les plus récents de ce problème en cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TrayNotifier</name>
    <message>
        <source>1 new issue</source>
        <translation>1 nouveau problème</translation>
    </message>
    <message numerus="yes">
        <source>%n new issues</source>
        <translation>
            <numerusform>%n nouveau problème</numerusform>
            <numerusform>%n nouveaux problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 regression</source>
        <translation>1 régression</translation>
    </message>
    <message numerus="yes">
        <source>%n regressions</source>
        <translation>
            <numerusform>%n régression</numerusform>
            <numerusform>%n régressions</numerusform>
        </translation>
    </message>
    <message>
        <source>1 issue over a threshold</source>
        <translation>1 problème au-dessus d&apos;un seuil</translation>
    </message>
    <message numerus="yes">
        <source>%n issues over thresholds</source>
        <translation>
            <numerusform>%n problème au-dessus des seuils</numerusform>
            <numerusform>%n problèmes au-dessus des seuils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Lookout</source>
        <translation>Lookout</translation>
    </message>
    <message>
        <source>Lookout: 1 unread notification</source>
        <translation>Lookout : 1 notification non lue</translation>
    </message>
    <message numerus="yes">
        <source>Lookout: %n unread notifications</source>
        <translation>
            <numerusform>Lookout : %n notification non lue</numerusform>
            <numerusform>Lookout : %n notifications non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TriageActions</name>
    <message>
        <source>Next Issue</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <source>Previous Issue</source>
        <translation>Problème précédent</translation>
    </message>
    <message>
        <source>Pick or Unpick Issue</source>
        <translation>Cocher/décocher le problème</translation>
    </message>
    <message>
        <source>Select All Matching the Search</source>
        <translation>Sélectionner tous les résultats</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Resolve in Next Release</source>
        <translation>Résoudre dans la prochaine version</translation>
    </message>
    <message>
        <source>Archive (Ignore)…</source>
        <translation>Archiver (ignorer)…</translation>
    </message>
    <message>
        <source>Unresolve</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assigner…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Mark Seen / Unseen</source>
        <translation>Marquer vu / non vu</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No issue is selected.</source>
        <translation>Aucun problème n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Échec de « %1 » : %2</translation>
    </message>
    <message>
        <source>%1: done. %2 takes it back.</source>
        <translation>%1 : fait. %2 l&apos;annule.</translation>
    </message>
    <message>
        <source>%1: done for %2 issues. %3 takes it back.</source>
        <translation>%1 : fait pour %2 problèmes. %3 l&apos;annule.</translation>
    </message>
    <message>
        <source>All %1 issues matching this search are selected.</source>
        <translation>Les %1 problèmes de cette recherche sont sélectionnés.</translation>
    </message>
    <message>
        <source>&amp;Forever</source>
        <translation>&amp;Toujours</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Pendant &amp;30 minutes</translation>
    </message>
    <message>
        <source>For &amp;2 hours</source>
        <translation>Pendant &amp;2 heures</translation>
    </message>
    <message>
        <source>For &amp;24 hours</source>
        <translation>Pendant 2&amp;4 heures</translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation>Pendant 1 &amp;semaine</translation>
    </message>
    <message>
        <source>Until it happens 1&amp;0 more times</source>
        <translation>Jusqu&apos;à 1&amp;0 occurrences de plus</translation>
    </message>
    <message>
        <source>Until it happens 1&amp;00 more times</source>
        <translation>Jusqu&apos;à 1&amp;00 occurrences de plus</translation>
    </message>
    <message>
        <source>Until 10 more &amp;users are affected</source>
        <translation>Jusqu&apos;à 10 &amp;utilisateurs touchés de plus</translation>
    </message>
    <message>
        <source>Until 100 more u&amp;sers are affected</source>
        <translation>Jusqu&apos;à 100 u&amp;tilisateurs touchés de plus</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Personne (désassigner)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assigner</translation>
    </message>
    <message>
        <source>Assign to (an email, a username or #team; type to filter):</source>
        <translation>Assigner à (un e-mail, un nom d&apos;utilisateur ou #équipe ; tapez pour filtrer) :</translation>
    </message>
    <message>
        <source>Pick at least two issues to merge (x picks a row).</source>
        <translation>Cochez au moins deux problèmes à fusionner (x coche une ligne).</translation>
    </message>
    <message>
        <source>Merge Issues</source>
        <translation>Fusionner les problèmes</translation>
    </message>
    <message>
        <source>Merge %1 issues into one? Their events will be grouped together. A merge cannot be undone.</source>
        <translation>Fusionner %1 problèmes en un seul ? Leurs événements seront regroupés. Une fusion est irréversible.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>lookout::TriageSession</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler « %1 »</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>“%1” has already been sent to Sentry; it can no longer be undone.</source>
        <translation>« %1 » a déjà été envoyé à Sentry ; on ne peut plus l&apos;annuler.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln issues)</source>
        <translation>
            <numerusform>%1 (%Ln problème)</numerusform>
            <numerusform>%1 (%Ln problèmes)</numerusform>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>lookout::WelcomePage</name>
    <message>
        <source>Import Sentry Data</source>
        <translation>Importer des données Sentry</translation>
    </message>
    <message>
        <source>Sentry events and envelopes (*.jsonl *.ndjson *.json *.envelope *.gz *.txt *.bin);;All files (*)</source>
        <translation>Événements et enveloppes Sentry (*.jsonl *.ndjson *.json *.envelope *.gz *.txt *.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect a Sentry account…</source>
        <translation>Connecter un compte Sentry…</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Ouvrir les données de démo</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Welcome to Lookout</source>
        <translation>Bienvenue dans Lookout</translation>
    </message>
    <message>
        <source>Triage your Sentry issues on the desktop, with or without a network. How would you like to start?</source>
        <translation>Triez vos problèmes Sentry sur le bureau, avec ou sans réseau. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Mirror an organisation&apos;s issues, events and release health from sentry.io or your own Sentry server. Everything stays readable offline after the first sync.</source>
        <translation>Recopiez les problèmes, événements et la santé des versions d&apos;une organisation depuis sentry.io ou votre propre serveur Sentry. Tout reste lisible hors ligne après la première synchronisation.</translation>
    </message>
    <message>
        <source>Five sample projects (Python, JavaScript, Java, Cocoa, PHP) with issues, events and release sessions. Nothing is sent anywhere.</source>
        <translation>Cinq projets d&apos;exemple (Python, JavaScript, Java, Cocoa, PHP) avec problèmes, événements et sessions de versions. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Events exported from Sentry or captured from an SDK: JSON Lines, JSON files and envelopes, plain or gzip.</source>
        <translation>Événements exportés de Sentry ou capturés depuis un SDK : JSON Lines, fichiers JSON et enveloppes, bruts ou gzip.</translation>
    </message>
    <message>
        <source>You can also drop files or folders onto this window to import them.</source>
        <translation>Vous pouvez aussi déposer des fichiers ou dossiers sur cette fenêtre pour les importer.</translation>
    </message>
    <message>
        <source>Drop to import 1 item</source>
        <translation>Déposer pour importer 1 élément</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n items</source>
        <translation>
            <numerusform>Déposer pour importer %n élément</numerusform>
            <numerusform>Déposer pour importer %n éléments</numerusform>
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
        <translation>Client de bureau de tri pour Sentry, pensé pour le hors ligne.</translation>
    </message>
    <message>
        <source>Use the cache FILE instead of the default.</source>
        <translation>Utiliser le cache FILE au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>Open the bundled demo data.</source>
        <translation>Ouvrir les données de démo fournies.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Taille de fenêtre pour --screenshot (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>The issue --view issue shows: a short id (BACKEND-API-3) or a numeric id; the newest by default.</source>
        <translation>Le problème affiché par --view issue : un identifiant court (BACKEND-API-3) ou numérique ; le plus récent par défaut.</translation>
    </message>
    <message>
        <source>The detail tab --view issue shows: stacktrace, breadcrumbs, tags, contexts, request, user or json; the chart --view health shows: sessions, users, status, adoption, compare or outcomes.</source>
        <translation>L&apos;onglet de détail affiché par --view issue : stacktrace, breadcrumbs, tags, contexts, request, user ou json ; le graphique affiché par --view health : sessions, users, status, adoption, compare ou outcomes.</translation>
    </message>
    <message>
        <source>The project --view health shows (a slug); the first with sessions by default.</source>
        <translation>Le projet affiché par --view health (un slug) ; par défaut le premier ayant des sessions.</translation>
    </message>
    <message>
        <source>Colours: &quot;light&quot;, &quot;dark&quot; or &quot;system&quot; (default: as last chosen in View &gt; Theme).</source>
        <translation>Couleurs : &quot;light&quot;, &quot;dark&quot; ou &quot;system&quot; (par défaut : le dernier choix dans Affichage &gt; Thème).</translation>
    </message>
    <message>
        <source>Show the window in LANGUAGE (&quot;de&quot;, &quot;fr&quot;, &quot;en&quot;; default: the system&apos;s), numbers and dates too.</source>
        <translation>Afficher la fenêtre en LANGUAGE (&quot;de&quot;, &quot;fr&quot;, &quot;en&quot; ; par défaut : celle du système), nombres et dates compris.</translation>
    </message>
    <message>
        <source>Start even when Lookout already runs on this cache (instead of handing it the links).</source>
        <translation>Démarrer même si Lookout tourne déjà sur ce cache (au lieu de lui passer les liens).</translation>
    </message>
    <message>
        <source>Sentry issue links to open (https://ORG.sentry.io/issues/ID/) or files to import.</source>
        <translation>Liens de problèmes Sentry à ouvrir (https://ORG.sentry.io/issues/ID/) ou fichiers à importer.</translation>
    </message>
    <message>
        <source>Cannot build the demo cache: %1</source>
        <translation>Impossible de construire le cache de démo : %1</translation>
    </message>
    <message>
        <source>No issue %1 in %2</source>
        <translation>Aucun problème %1 dans %2</translation>
    </message>
    <message>
        <source>--tab expects one of: %1</source>
        <translation>--tab attend l&apos;une des valeurs : %1</translation>
    </message>
    <message>
        <source>No sessions of a project %1 in %2</source>
        <translation>Aucune session d&apos;un projet %1 dans %2</translation>
    </message>
    <message>
        <source>--tab with --view health expects one of: %1</source>
        <translation>--tab avec --view health attend l&apos;une des valeurs : %1</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size attend LARGEURxHAUTEUR, p. ex. 1280x800</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>Impossible d&apos;écrire la capture dans %1</translation>
    </message>
    <message>
        <source>Start in VIEW: &quot;issues&quot; (the list), &quot;issue&quot; (an issue&apos;s detail), &quot;health&quot; (release health) or &quot;ingest&quot; (the local ingest&apos;s DSN dialog; --screenshot renders the dialog).</source>
        <translation>Démarrer dans VIEW : &quot;issues&quot; (la liste), &quot;issue&quot; (le détail d&apos;un problème), &quot;health&quot; (santé des versions) ou &quot;ingest&quot; (la boîte de dialogue du DSN de réception locale ; --screenshot en fait le rendu).</translation>
    </message>
    <message>
        <source>The local cache could not be used and a new one was made.</source>
        <translation>Le cache local était inutilisable ; un nouveau a été créé.</translation>
    </message>
    <message>
        <source>

Connect your Sentry account again (File &gt; Connect Sentry Account) to sync; a saved token is still used. Files you imported need to be imported again.</source>
        <translation>

Connectez à nouveau votre compte Sentry (Fichier &gt; Connecter un compte Sentry) pour synchroniser ; un jeton enregistré reste utilisé. Les fichiers importés doivent être importés à nouveau.</translation>
    </message>
    <message>
        <source>--view expects &quot;issues&quot;, &quot;issue&quot;, &quot;health&quot; or &quot;ingest&quot;</source>
        <translation>--view attend &quot;issues&quot;, &quot;issue&quot;, &quot;health&quot; ou &quot;ingest&quot;</translation>
    </message>
    <message>
        <source>Render the main window to the PNG FILE and exit (with files to import: the import dialog, once it is done).</source>
        <translation>Rendre la fenêtre principale dans le fichier PNG FILE et quitter (avec des fichiers à importer : la fenêtre d&apos;importation, une fois l&apos;importation terminée).</translation>
    </message>
    <message>
        <source>With --screenshot: render as if it were DATETIME (ISO 8601, e.g. 2026-11-20T12:00:00Z), for reproducible pictures.</source>
        <translation>Avec --screenshot : rendre comme s&apos;il était DATETIME (ISO 8601, p. ex. 2026-11-20T12:00:00Z), pour des images reproductibles.</translation>
    </message>
    <message>
        <source>--now expects an ISO 8601 date and time, and --screenshot</source>
        <translation>--now attend une date et une heure ISO 8601, et --screenshot</translation>
    </message>
</context>
</TS>
