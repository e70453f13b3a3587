<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageAction</name>
    <message numerus="yes">
        <source>%Ln minutes have passed</source>
        <translation>
            <numerusform>%Ln minute has passed</numerusform>
            <numerusform>%Ln minutes have passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events occur within %1 min</source>
        <translation>
            <numerusform>%Ln more event occurs within %1 min</numerusform>
            <numerusform>%Ln more events occur within %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events occur</source>
        <translation>
            <numerusform>%Ln more event occurs</numerusform>
            <numerusform>%Ln more events occur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users are affected within %1 min</source>
        <translation>
            <numerusform>%Ln more user is affected within %1 min</numerusform>
            <numerusform>%Ln more users are affected within %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users are affected</source>
        <translation>
            <numerusform>%Ln more user is affected</numerusform>
            <numerusform>%Ln more users are affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::AccountDialog</name>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::ImportDialog</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::KeyValueTreeModel</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::MainWindow</name>
    <message numerus="yes">
        <source>%n issues</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n event(s)</source>
        <translation>
            <numerusform>Received %n event</numerusform>
            <numerusform>Received %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new issue(s)</source>
        <translation>
            <numerusform>, %n new issue</numerusform>
            <numerusform>, %n new issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthModel</name>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::ReleaseHealthView</name>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation>
            <numerusform>Last hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::SidebarModel</name>
    <message numerus="yes">
        <source>%1 · %2 · %n unresolved</source>
        <translation>
            <numerusform>%1 · %2 · %n unresolved</numerusform>
            <numerusform>%1 · %2 · %n unresolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::StackTraceDelegate</name>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TagDistributionModel</name>
    <message numerus="yes">
        <source>Other (%n values)</source>
        <translation>
            <numerusform>Other (%n value)</numerusform>
            <numerusform>Other (%n values)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values over %2 events</source>
        <translation>
            <numerusform>%1: %n value over %2 events</numerusform>
            <numerusform>%1: %n values over %2 events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TagsPane</name>
    <message numerus="yes">
        <source>Over the %n most recent events of this issue in the cache.</source>
        <translation>
            <numerusform>Over the one event of this issue in the cache.</numerusform>
            <numerusform>Over the %n most recent events of this issue in the cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TrayNotifier</name>
    <message numerus="yes">
        <source>%n new issues</source>
        <translation>
            <numerusform>%n new issue</numerusform>
            <numerusform>%n new issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regressions</source>
        <translation>
            <numerusform>%n regression</numerusform>
            <numerusform>%n regressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issues over thresholds</source>
        <translation>
            <numerusform>%n issue over a threshold</numerusform>
            <numerusform>%n issues over thresholds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lookout: %n unread notifications</source>
        <translation>
            <numerusform>Lookout: %n unread notification</numerusform>
            <numerusform>Lookout: %n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::TriageSession</name>
    <message numerus="yes">
        <source>%1 (%Ln issues)</source>
        <translation>
            <numerusform>%1 (%Ln issue)</numerusform>
            <numerusform>%1 (%Ln issues)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookout::WelcomePage</name>
    <message numerus="yes">
        <source>Drop to import %n items</source>
        <translation>
            <numerusform>Drop to import %n item</numerusform>
            <numerusform>Drop to import %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
