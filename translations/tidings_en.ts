<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ui::AccountController</name>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>Syncing %1: %n new story…</numerusform>
            <numerusform>Syncing %1: %n new stories…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>Show the %n story about %1</numerusform>
            <numerusform>Show all %n stories about %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1: on %n of these stories</numerusform>
            <numerusform>%1: on %n of these stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>%n subscription added back.</numerusform>
            <numerusform>%n subscriptions added back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>The app&apos;s setting (every %n minute)</numerusform>
            <numerusform>The app&apos;s setting (every %n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>Marked %n story as read.</numerusform>
            <numerusform>Marked %n stories as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>Marked %n story as unread again.</numerusform>
            <numerusform>Marked %n stories as unread again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>Synced %1: %n new story.</numerusform>
            <numerusform>Synced %1: %n new stories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>%n new story on %1</numerusform>
            <numerusform>%n new stories on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>%n new story in %1</numerusform>
            <numerusform>%n new stories in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>%n new story</numerusform>
            <numerusform>%n new stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>a delay in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1: %n story in all</numerusform>
            <numerusform>%1: %n stories in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings: %n unread story</numerusform>
            <numerusform>Tidings: %n unread stories</numerusform>
        </translation>
    </message>
</context>
</TS>
