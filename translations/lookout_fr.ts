<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Crash-free users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 sessions
Healthy: %3 (%4)
Errored: %5 (%6)
Abnormal: %7 (%8)
Crashed: %9 (%10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption (share of sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 sessions (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed; %3 abnormal, %4 errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingestion outcomes (errors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentryIssueLink</name>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a link to a Sentry issue (…/issues/ID/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no Sentry organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a Sentry issue id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message>
        <source>The rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::AccountDialog</name>
    <message>
        <source>From the environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Sentry Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookout reads your organisation&apos;s issues and events with an auth token. Create one in Sentry under Settings › Auth Tokens: an organisation token, or a personal token with the scopes org:read, project:read and event:read (event:write lets you resolve and assign from Lookout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentry.io (United States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentry.io (European Union, Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted Sentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slug in your Sentry URLs, e.g. acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sntrys_… or sntryu_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sentry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your Sentry server, e.g. https://sentry.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL is not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s slug (the part after /organizations/ in Sentry&apos;s URLs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation slug has no spaces or slashes: use the part after /organizations/ in Sentry&apos;s URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an auth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth token has spaces in it; paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the token (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the token: %2 (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not list organisations; it needs the org:read scope. Sentry says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1, %2 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but this token sees no organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1. Enter one of them as the organisation: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1, but not %2. This token can see: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::BreadcrumbModel</name>
    <message>
        <source>Type: %1    Category: %2    Level: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::BreadcrumbPane</name>
    <message>
        <source>Select a breadcrumb to see all of its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter breadcrumbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the latest breadcrumb (the error) at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::CommandPalette</name>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::ContextsModel</name>
    <message>
        <source>Operating System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Operating System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenTelemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::EventListModel</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::ImportController</name>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 new issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 new issues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after storing %1 from %2; %3. Importing the same files again adds only the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 from %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1: %2 stored so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the events read so far are being saved…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::IssueDetailView</name>
    <message>
        <source>No contexts in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP request in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an issue to see its stack trace, breadcrumbs and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadcrumbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached event with the most to debug with: in-app source, variables, breadcrumbs, trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Event ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Sentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the event id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the issue as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event of this issue is in the cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest event is also the most helpful one cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the cached event with the most to debug with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadcrumbs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issue was not synced from Sentry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::IssueHeader</name>
    <message>
        <source>EVENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::IssueListModel</name>
    <message>
        <source>Sentry refused “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits to be sent to Sentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event in the last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in the last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::IssueTitleDelegate</name>
    <message>
        <source>⚠ refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::KeyValueTreeModel</name>
    <message>
        <source>[masked]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::MainWindow</name>
    <message>
        <source>Lookout — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage actions not sent yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the cache up to date with Sentry, after sending waiting triage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue list, without the filters a release&apos;s issues set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption and crash-free sessions and users of each release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;24 Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;14 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map paths in the selected issue&apos;s frames to a local checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lookout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lookout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookout %1
An offline-first desktop triage client for Sentry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sentry account is connected: this cache holds imported events only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues of %1 first seen since it was released — Ctrl+1 shows every issue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issues</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search issues: is:unresolved level:error release:1.2 text…  (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a Sentry search; Enter goes back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this search and its sort in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Current Search Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Sentry Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Sentry organisation to sync (sentry.io or self-hosted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import exported events, envelopes or JSON Lines (also by dropping files on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of %2 is not in the cache: showing the issue&apos;s latest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry %1 is not in this cache, and no account of %2 on %3 is connected (File &gt; Connect Sentry Account…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry %1 is not in the cache yet: syncing %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry %1 is not in the cache (a sync brings the issues Sentry lists for %2; this one may be resolved or older)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::Notifier</name>
    <message>
        <source>New issue in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 users in %3 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync automatically every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookout syncs in the background while it is open, counting from the end of the last sync. When Sentry cannot be reached it waits longer each time, and syncs again as soon as the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regressions: a resolved issue happens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than N users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In M minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In quiet hours nothing pops up; what happened waits in the tray&apos;s unread count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification when an issue the search finds has more than N users within M minutes: once when it crosses, not again until it has dropped below and M minutes have passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: another rule is already called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthModel</name>
    <message>
        <source>&lt; 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions crashed; %3 abnormal, %4 errored, %5 healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users had a crashed session%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated from Sentry&apos;s hourly counts: a user active in several hours counts in each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the project&apos;s %2 sessions in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues first seen in this release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash-free users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the project&apos;s sessions in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthView</name>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select releases to chart them (two to compare); Enter shows the issues first seen in the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash-free sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash-free users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Sentry did with this project&apos;s events: accepted, filtered, rate limited, invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash-free sessions below which a release is amber or red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issues first seen in the current release (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release health could not read new sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this cache: sync with Sentry or import session envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · newest sessions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two releases to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ingestion outcomes for this project: they come from Sentry&apos;s stats_v2 on sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber below (crash-free sessions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red below (crash-free sessions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a release first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::RequestModel</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::SavedSearchModel</name>
    <message>
        <source>Every issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::SearchBar</name>
    <message>
        <source>Search: is:unresolved level:error release:… or words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::ShortcutDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a shortcut, or press Enter on it, then press the new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::SidebarModel</name>
    <message>
        <source>All issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n unresolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events imported from files or sent to Lookout directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::SingleInstance</name>
    <message>
        <source>Another Lookout is starting and holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Lookout did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the running Lookout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::SourceMappingDialog</name>
    <message>
        <source>Source Mapping for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames whose path starts with a prefix are read from the local folder, which may differ from the deployed code. Nothing outside the folder is ever read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path prefix in events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$VISUAL or $EDITOR; or a command such as: code --goto {file}:{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Checkout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::StackTraceDelegate</name>
    <message>
        <source>handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhandled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::StackTraceModel</name>
    <message>
        <source>From the local file %1; it may differ from the deployed code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source context: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 system frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 system frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::StackTracePane</name>
    <message>
        <source>In-App Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold system frames into &quot;N system frames&quot; rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the most recent call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack trace as text, in the platform&apos;s own format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the frame&apos;s file from the local checkout at its line (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show More Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map paths in this project&apos;s frames to a local checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open an editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::SyncController</name>
    <message>
        <source>no token is saved for %1 at %2; connect the account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sentry account is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: 1 new issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 new issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry&apos;s rate limit: waiting until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry allows only so many requests a minute to %1; the sync goes on when the limit resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending triage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action waiting for Sentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions waiting for Sentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline cache (no Sentry account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry cannot be reached. The cache works as before; triage actions wait and are sent when it can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::TagChips</name>
    <message>
        <source>This event has no tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::TagDistributionModel</name>
    <message>
        <source>Other (1 value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Other (%n values)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 value over %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values over %2 events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::TagsPane</name>
    <message>
        <source>Tags of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag values across the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting tag values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the one event of this issue in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over the %n most recent events of this issue in the cache.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TrayNotifier</name>
    <message>
        <source>1 new issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new issues</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n regressions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 issue over a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issues over thresholds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lookout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookout: 1 unread notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lookout: %n unread notifications</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TriageActions</name>
    <message>
        <source>Next Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or Unpick Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All Matching the Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve in Next Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive (Ignore)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Seen / Unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done. %2 takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done for %2 issues. %3 takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 issues matching this search are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it happens 1&amp;0 more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it happens 1&amp;00 more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until 10 more &amp;users are affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until 100 more u&amp;sers are affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to (an email, a username or #team; type to filter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least two issues to merge (x picks a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 issues into one? Their events will be grouped together. A merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::TriageSession</name>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has already been sent to Sentry; it can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::UserModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::WelcomePage</name>
    <message>
        <source>Import Sentry Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry events and envelopes (*.jsonl *.ndjson *.json *.envelope *.gz *.txt *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Sentry account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Lookout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage your Sentry issues on the desktop, with or without a network. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror an organisation&apos;s issues, events and release health from sentry.io or your own Sentry server. Everything stays readable offline after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five sample projects (Python, JavaScript, Java, Cocoa, PHP) with issues, events and release sessions. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events exported from Sentry or captured from an SDK: JSON Lines, JSON files and envelopes, plain or gzip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop files or folders onto this window to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to import 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lookout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline-first desktop triage client for Sentry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the cache FILE instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to the PNG FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in VIEW: &quot;issues&quot; (the list), &quot;issue&quot; (an issue&apos;s detail) or &quot;health&quot; (release health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue --view issue shows: a short id (BACKEND-API-3) or a numeric id; the newest by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detail tab --view issue shows: stacktrace, breadcrumbs, tags, contexts, request, user or json; the chart --view health shows: sessions, users, status, adoption, compare or outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project --view health shows (a slug); the first with sessions by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: &quot;light&quot;, &quot;dark&quot; or &quot;system&quot; (default: as last chosen in View &gt; Theme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window in LANGUAGE (&quot;de&quot;, &quot;fr&quot;, &quot;en&quot;; default: the system&apos;s), numbers and dates too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start even when Lookout already runs on this cache (instead of handing it the links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry issue links to open (https://ORG.sentry.io/issues/ID/) or files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the demo cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tab expects one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions of a project %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tab with --view health expects one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view expects &quot;issues&quot;, &quot;issue&quot; or &quot;health&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
