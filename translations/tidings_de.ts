<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as RTL in right-to-left languages (Arabic, Urdu), else as LTR.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Ui::AccountController</name>
    <message>
        <source>Syncing %1: sending changes…</source>
        <translation>%1 wird synchronisiert: Änderungen werden gesendet…</translation>
    </message>
    <message>
        <source>Syncing %1: folders and feeds…</source>
        <translation>%1 wird synchronisiert: Ordner und Feeds…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>%1 wird synchronisiert: %n neuer Artikel…</numerusform>
            <numerusform>%1 wird synchronisiert: %n neue Artikel…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1: read and starred…</source>
        <translation>%1 wird synchronisiert: gelesen und mit Stern…</translation>
    </message>
    <message>
        <source>This feed server account is no longer there.</source>
        <translation>Dieses Feed-Serverkonto gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Ui::Accounts</name>
    <message>
        <source>On This Computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>Die Liste der Konten konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1
Tiny Tiny RSS · %2</source>
        <translation>%1
Tiny Tiny RSS · %2</translation>
    </message>
    <message>
        <source>%1
Feeds Tidings fetches itself</source>
        <translation>%1
Feeds, die Tidings selbst abruft</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.</source>
        <translation>Das Konto %1 entfernen? Seine Feeds und Artikel verschwinden aus Tidings; auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Ui::AddAccountDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>https://example.org/tt-rss/</source>
        <translation>https://example.org/tt-rss/</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Tidings keeps the password in the system keyring. The server&apos;s feeds, folders and read state are synced with it.</source>
        <translation>Tidings speichert das Passwort im Schlüsselbund des Systems. Die Feeds, Ordner und der Gelesen-Status des Servers werden mit ihm synchronisiert.</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>Die Liste der Konten konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This account is already added.</source>
        <translation>Dieses Konto ist bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Das Konto wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>Abonnement hinzufügen</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation>https://example.org/feed.xml oder die Adresse einer Website</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Oberste Ebene)</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation>Tidings findet den Feed einer Website selbst.</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>The server subscribes to the feed and fetches it; give the feed&apos;s own address.</source>
        <translation>Der Server abonniert den Feed und ruft ihn ab; geben Sie die Adresse des Feeds selbst an.</translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>Den %n Artikel zu %1 anzeigen</numerusform>
            <numerusform>Alle %n Artikel zu %1 anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1: in %n dieser Artikel</numerusform>
            <numerusform>%1: in %n dieser Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation>Thema nicht mehr folgen</translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation>Thema folgen</translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation>Thema umbenennen…</translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation>Diesen Chip nie mehr anzeigen</translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation>Die Datenbank unter
%1
kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1

Tidings can open it read-only: you can read your stories, but nothing you change is saved until the disk has room or the profile can be written again.</source>
        <translation>%1

Tidings kann sie schreibgeschützt öffnen: Sie können Ihre Meldungen lesen, aber Änderungen werden erst wieder gespeichert, wenn der Datenträger Platz hat oder das Profil wieder beschreibbar ist.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation>Die Datenbank unter
%1
ist beschädigt.</translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation>Sie konnte nicht beiseitegelegt werden. Schließen Sie Tidings, bringen Sie die Datei an einen sicheren Ort und starten Sie Tidings erneut, um mit einer neuen Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>Tidings can restore the newest backup, from %1, and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Tidings kann die neueste Sicherung vom %1 wiederherstellen und die Abonnements zurückholen, die sich aus der beschädigten Datei noch lesen lassen.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup yet. Tidings can start with a new, empty database and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Es gibt noch keine Sicherung. Tidings kann mit einer neuen, leeren Datenbank beginnen und die Abonnements zurückholen, die sich aus der beschädigten Datei noch lesen lassen.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue more of it.

%2</source>
        <translation>Nichts wurde gelöscht: Die beschädigte Datei wurde nach
%1
verschoben, wo das Werkzeug sqlite3 (.recover) vielleicht mehr davon retten kann.

%2</translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation>Mit neuer Datenbank beginnen</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>%n Abonnement zurückgeholt.</numerusform>
            <numerusform>%n Abonnements zurückgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup from %1 was restored. %2</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. %2</translation>
    </message>
    <message>
        <source>A new database was started. %1</source>
        <translation>Eine neue Datenbank wurde angelegt. %1</translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation>Der Download ist zu groß</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation>Unter dieser Adresse wurde kein Feed gefunden</translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation>Der Feed konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation>Der Artikel verweist auf keine Webseite</translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation>Der Link führt nicht zu einer Webseite</translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation>Die Seite enthält keinen Artikel</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate was refused</source>
        <translation>Das Sicherheitszertifikat der Website wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>Der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The connection to the server broke off</source>
        <translation>Die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved</source>
        <translation>Der Datenträger ist voll: Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only profile): the change was not saved</source>
        <translation>Die Datenbank kann nicht beschrieben werden (schreibgeschütztes Profil): Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>Der Server hat diesen Benutzernamen und dieses Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open Preferences, turn on “Enable API” (under General) and save, then try again.</source>
        <translation>Dieser Benutzer darf die API nicht verwenden. Melden Sie sich in einem Webbrowser bei Tiny Tiny RSS an, öffnen Sie die Einstellungen, schalten Sie „Enable API“ (unter „General“) ein, speichern Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network.</source>
        <translation>Der Server war nicht erreichbar. Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the network.</source>
        <translation>Der Server war nicht erreichbar (%1). Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>The server ended the session and signing in again failed.</source>
        <translation>Der Server hat die Sitzung beendet, und die erneute Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check that the address is the one of Tiny Tiny RSS itself (the page you sign in on).</source>
        <translation>Der Server hat mit dem HTTP-Status %1 geantwortet. Prüfen Sie, ob die Adresse die von Tiny Tiny RSS selbst ist (die Seite, auf der Sie sich anmelden).</translation>
    </message>
    <message>
        <source>The server&apos;s reply was not one of Tiny Tiny RSS (%1). Check the address.</source>
        <translation>Die Antwort des Servers stammt nicht von Tiny Tiny RSS (%1). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server no longer has this feed. Sync to catch up.</source>
        <translation>Der Server hat diesen Feed nicht mehr. Synchronisieren Sie, um auf den aktuellen Stand zu kommen.</translation>
    </message>
    <message>
        <source>The server no longer has this folder. Sync to catch up.</source>
        <translation>Der Server hat diesen Ordner nicht mehr. Synchronisieren Sie, um auf den aktuellen Stand zu kommen.</translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation>Webseite jedes Artikels &amp;bereinigen</translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation>Der Feed enthält den &amp;vollständigen Text</translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation>Externe Bilder in diesem Feed &amp;laden</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Feed-Eigenschaften</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Oberste Ebene)</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>Wie in den Einstellungen (Intervall: %n Minute)</numerusform>
            <numerusform>Wie in den Einstellungen (Intervall: %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation>Artikel behalten für</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>Nur die neuesten</translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation>Alle Artikel behalten</translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation>Artikel mit Stern werden immer behalten.</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in den Dateien von Tidings.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>A&amp;ktualisieren:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Be&amp;halten:</translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation>HTTP-Anmeldung</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new stories in this feed</source>
        <translation>Bei neuen Artikeln in diesem Feed be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>Minuten zwischen Aktualisierungen</translation>
    </message>
    <message>
        <source>Days or stories to keep</source>
        <translation>Zu behaltende Tage oder Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed server fetches this address; to follow another, subscribe to it.</source>
        <translation>Der Feed-Server ruft diese Adresse ab; um einer anderen zu folgen, abonnieren Sie sie.</translation>
    </message>
    <message>
        <source>This feed comes from a feed server: a new name or folder is made there, then synced here.</source>
        <translation>Dieser Feed stammt von einem Feed-Server: Ein neuer Name oder Ordner wird dort festgelegt und dann hierher synchronisiert.</translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation>Kein Bild, das die App anzeigen kann</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>Abonnement &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>OPML e&amp;xportieren…</translation>
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
        <source>&amp;Undo Mark as Read</source>
        <translation>&amp;Rückgängig: Als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation>Seite nach unten oder nächster Artikel</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>Als &amp;gelesen / ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Stern setzen / entfernen</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Original öffnen</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation>Ab&amp;onnements</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Auswahl a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation>Auswahl als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation>Alles als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;Über Tidings</translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation>&amp;Ausgeblendete Themen-Chips…</translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation>Nur &amp;ungelesene Artikel</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>Ä&amp;lteste zuerst</translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation>Nächster &amp;ungelesener Artikel</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation>Alle &amp;darüber als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation>Alle darun&amp;ter als gelesen markieren</translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>Feed-&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation>&amp;Vorgeschlagene Feeds…</translation>
    </message>
    <message>
        <source>Add Accou&amp;nt…</source>
        <translation>Ko&amp;nto hinzufügen…</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>Kon&amp;ten…</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>Konten s&amp;ynchronisieren</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation>Hier gibt es keine Artikel.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Hier ist nichts ungelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>%n Artikel wieder als ungelesen markiert.</numerusform>
            <numerusform>%n Artikel wieder als ungelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation>Aktualisieren ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>%1 abonniert.</translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>%1 konnte nicht abonniert werden: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>Über Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Ein ruhiger Reader für Nachrichten-Feeds: Er bereinigt jeden Artikel zu lesbarem Text und verknüpft Artikel nach Themen.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>Keine Artikel passen zu „%1“.</translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation>Wählen Sie einen Feed aus, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>There is no server account to sync. Add one with File ▸ Add Account…</source>
        <translation>Es gibt kein Serverkonto zum Synchronisieren. Fügen Sie eines über Datei ▸ Konto hinzufügen… hinzu.</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>%1 synchronisiert: %n neuer Artikel.</numerusform>
            <numerusform>%1 synchronisiert: %n neue Artikel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>%n neuer Artikel zu %1</numerusform>
            <numerusform>%n neue Artikel zu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>%n neuer Artikel in %1</numerusform>
            <numerusform>%n neue Artikel in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation>Externe Bilder verraten den Websites, dass Sie ihre Artikel lesen. Ohne diese Option werden Bilder nur auf Wunsch geladen, pro Artikel oder pro Feed.</translation>
    </message>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation>Artikel beim Auswählen als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation>Externe &amp;Bilder in allen Artikeln laden</translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation>Diese &amp;Schriftart verwenden:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Ma&amp;nueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>Standardbrowser der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation>Feeds &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation>Die Eigenschaften eines Feeds können ein anderes Intervall festlegen.</translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation>Links ö&amp;ffnen mit:</translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation>Ein Befehl wie „firefox --new-tab“; der Link wird am Ende angefügt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Tidings wirksam.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>nach:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Farben des Systems</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Fa&amp;rbschema:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation>Artikel behal&amp;ten für:</translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation>Höchstens behalten, pro F&amp;eed:</translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation>Artikel mit Stern werden immer behalten. Die Eigenschaften eines Feeds können andere Grenzen festlegen.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new stories arrive</source>
        <translation>Eine Desktop-&amp;Benachrichtigung anzeigen, wenn neue Artikel eintreffen</translation>
    </message>
    <message>
        <source>And for new stories on &amp;followed topics</source>
        <translation>Auch für neue Artikel zu Themen, denen Sie &amp;folgen</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the unread count</source>
        <translation>Ein Symbol mit der Zahl ungelesener Artikel in der System&amp;leiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Closing the window leaves Tidings running in the tray</source>
        <translation>Beim &amp;Schließen des Fensters läuft Tidings in der Systemleiste weiter</translation>
    </message>
    <message>
        <source>Delay before a story is marked read</source>
        <translation>Verzögerung, bevor ein Artikel als gelesen markiert wird</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Schriftart zum Lesen</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Schriftgröße zum Lesen</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Feeds that notify</source>
        <translation>Feeds, die benachrichtigen</translation>
    </message>
    <message>
        <source>From every feed</source>
        <translation>Aus allen Feeds</translation>
    </message>
    <message>
        <source>From the feeds chosen in their properties</source>
        <translation>Aus den in ihren Eigenschaften gewählten Feeds</translation>
    </message>
    <message>
        <source>One notification per refresh, however many stories it brings.</source>
        <translation>Eine Benachrichtigung pro Aktualisierung, egal wie viele Artikel sie bringt.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keine Systemleiste.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>a delay in seconds</comment>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>Lesebereich</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>Bilder laden</translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation>Immer für diesen Feed</translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation>Warum der Text des Feeds angezeigt wird</translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation>Die Seite konnte nicht in einen lesbaren Artikel umgewandelt werden.</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation>Wird bereinigt… Bis dahin wird der Text des Feeds angezeigt.</translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation>Der Text des Feeds wird angezeigt. &lt;a href=&quot;why&quot;&gt;Warum?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation>Dieser Artikel hat keinen Text. Öffnen Sie das Original, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation>1 externes Bild wurde zum Schutz Ihrer Privatsphäre blockiert.</translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation>%1 externe Bilder wurden zum Schutz Ihrer Privatsphäre blockiert.</translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Search stories</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation>Suchen  (Wörter, tag:&quot;Thema&quot;)</translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>Feed %1 von %2 wird aktualisiert</translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation>Artikel %1 von %2 wird bereinigt</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation>1 Feed mit Fehler</translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation>%1 Feeds mit Fehlern</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation>%1 — %2 (zuletzt erfolgreich: %3)</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>Alle Feeds funktionieren.</translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation>Offline: Die Aktualisierung wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>Nächste Aktualisierung um %1</translation>
    </message>
    <message>
        <source>Read-only: the disk is full, changes are not saved</source>
        <translation>Schreibgeschützt: Der Datenträger ist voll, Änderungen werden nicht gespeichert</translation>
    </message>
    <message>
        <source>Read-only: the profile cannot be written, changes are not saved</source>
        <translation>Schreibgeschützt: Das Profil ist nicht beschreibbar, Änderungen werden nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stern setzen</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>Alle darüber als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>Alle darunter als gelesen markieren</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>Dieser Artikel hat keine Webseite.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation>Keine ungelesenen Artikel mehr.</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>%1, starred</source>
        <translation>%1, mit Stern</translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation>Dieser Artikel ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>Dieser Artikel hat keine Webseite.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation>Den Ordner „%1“ löschen? Seine Feeds rücken eine Ebene nach oben.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation>„%1“ abbestellen und seine Artikel löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 ist keine Abonnementliste: %2</translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation>%1 Abonnements importiert (%2 bereits vorhanden).</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exportieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML-Dateien (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings-Abonnements</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation>%1 Abonnements nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Feed-Eigenschaften</translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation>„%1“ kann nicht abonniert werden: Das ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>%1 ist bereits abonniert.</translation>
    </message>
    <message>
        <source>A feed server&apos;s folders are changed on the server&apos;s own pages; the next sync brings the change here.</source>
        <translation>Die Ordner eines Feed-Servers werden auf den Seiten des Servers selbst geändert; die nächste Synchronisierung bringt die Änderung hierher.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The server did not subscribe: %1</source>
        <translation>Der Server hat das Abonnement nicht angelegt: %1</translation>
    </message>
    <message>
        <source>This feed server account cannot be reached from here.</source>
        <translation>Dieses Feed-Serverkonto ist von hier aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave this computer at the next sync.</source>
        <translation>„%1“ auf dem Feed-Server abbestellen? Der Server ruft den Feed nicht mehr ab, und seine Artikel verschwinden bei der nächsten Synchronisierung von diesem Computer.</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1” on the server…</source>
        <translation>„%1“ wird auf dem Server abbestellt…</translation>
    </message>
    <message>
        <source>The server did not unsubscribe from “%1”: %2</source>
        <translation>Der Server hat „%1“ nicht abbestellt: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1” on the server.</source>
        <translation>„%1“ auf dem Server abbestellt.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>The server did not change “%1”: %2</source>
        <translation>Der Server hat „%1“ nicht geändert: %2</translation>
    </message>
    <message>
        <source>A feed server&apos;s feed moves only into that server&apos;s folders.</source>
        <translation>Der Feed eines Feed-Servers lässt sich nur in die Ordner dieses Servers verschieben.</translation>
    </message>
    <message>
        <source>Moved “%1” on the server.</source>
        <translation>„%1“ auf dem Server verschoben.</translation>
    </message>
    <message>
        <source>Changing “%1” on the server…</source>
        <translation>„%1“ wird auf dem Server geändert…</translation>
    </message>
    <message>
        <source>Renamed “%1” on the server.</source>
        <translation>„%1“ auf dem Server umbenannt.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionPane</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Oberste Ebene)</translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation>Bilder in diesem Feed laden</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>Feed-Adresse kopieren</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Abbestellen…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Ordner löschen…</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>Thema umbenennen…</translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation>Thema nicht mehr folgen</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenschaften…</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Zuletzt aktualisiert: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Letzter Fehler: %3&lt;br&gt;Zuletzt erfolgreich: %4</translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation>%1, Fehler: %2</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation>Themen, denen Sie folgen: ihre Artikel aus allen Feeds</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1: %n Artikel insgesamt</numerusform>
            <numerusform>%1: %n Artikel insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds Tidings fetches itself</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds, die Tidings selbst abruft</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Syncing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Wird synchronisiert…</translation>
    </message>
    <message>
        <source>%1, syncing</source>
        <translation>%1, wird synchronisiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last sync failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Letzte Synchronisierung fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1, sync failing: %2</source>
        <translation>%1, Synchronisierung fehlerhaft: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Tiny Tiny RSS · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Tiny Tiny RSS · %2</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeeds</name>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asien und Pazifik</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Naher Osten</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation>Vorgeschlagene Feeds</translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation>Bekannte Nachrichtenquellen, nach Region. Ein Klick abonniert; jede lässt sich später wie jeder andere Feed wieder entfernen.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>%1 abonnieren</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation>Sie folgen %1: Die Artikel dazu aus allen Feeds stehen unter „Themen“.</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>Sie folgen %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Thema umbenennen</translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation>Das Thema „%1“ anzeigen als:</translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation>Der Chip %1 wird nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation>Der Chip %1 wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation>Ausgeblendete Themen-Chips</translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation>Chips, die Sie nie mehr sehen wollten. Ihre Artikel behalten sie: Zeigen Sie einen wieder an, erscheint er wieder bei jedem Artikel.</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Wieder anzeigen</translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation>Keine ausgeblendeten Chips.</translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation>Verwandt:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>Verwandte Themen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>%1 nicht mehr folgen</translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation>%1 folgen: die Artikel dazu aus allen Feeds, unter „Themen“</translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Tidings: nothing unread</source>
        <translation>Tidings: nichts ungelesen</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings: %n ungelesener Artikel</numerusform>
            <numerusform>Tidings: %n ungelesene Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>Tidings &amp;verbergen</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>Tidings an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Willkommen bei Tidings</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation>Feeds hinzufügen</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation>Themen und Chips</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Drücken Sie &lt;b&gt;Strg+F&lt;/b&gt; oder &lt;b&gt;/&lt;/b&gt;, um Titel, Artikeltexte und Themen zu durchsuchen. Treffer werden in dem Artikel markiert, den Sie lesen.&lt;/p&gt;&lt;p&gt;Schreiben Sie &lt;b&gt;tag:&quot;Name des Themas&quot;&lt;/b&gt; (oder &lt;b&gt;topic:&lt;/b&gt;), um nur die Artikel zu einem Thema zu behalten; bekannte Themen werden schon beim Tippen vorgeschlagen. Wörter und Tags lassen sich kombinieren: &lt;i&gt;tag:&quot;Tidings&quot; Tasten&lt;/i&gt; findet den Artikel dieses Feeds über die Tastatur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation>Lesen mit der Tastatur</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein externes Bild verrät seiner Website, dass Sie gerade lesen. Deshalb bleiben Bilder blockiert, bis Sie sie erlauben: für einen Artikel mit &lt;b&gt;Bilder laden&lt;/b&gt;, für einen ganzen Feed mit &lt;b&gt;Immer für diesen Feed&lt;/b&gt; oder überall unter &lt;b&gt;Datei → Einstellungen&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links öffnen sich in Ihrem eigenen Browser. Tidings selbst ruft nur Ihre Feeds ab, deren Seiten und die Bilder, die Sie erlaubt haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit ein paar Tasten geht es in Tidings am schnellsten:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: nächster Artikel; &lt;b&gt;K&lt;/b&gt; oder &lt;b&gt;P&lt;/b&gt;: vorheriger Artikel&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: nächster ungelesener Artikel, danach weiter zum nächsten Feed mit ungelesenen Artikeln&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leertaste&lt;/b&gt;: eine Seite nach unten, danach weiter zum nächsten Artikel&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: als gelesen oder ungelesen markieren; &lt;b&gt;S&lt;/b&gt;: Stern setzen&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; oder &lt;b&gt;Eingabetaste&lt;/b&gt;: die Originalseite in Ihrem Browser öffnen&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: alle Feeds aktualisieren&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strg+=&lt;/b&gt; und &lt;b&gt;Strg+-&lt;/b&gt;: größere oder kleinere Schrift; &lt;b&gt;Strg+0&lt;/b&gt;: zurück zur normalen Größe&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strg+Z&lt;/b&gt;: das Markieren eines ganzen Feeds als gelesen rückgängig machen&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Jede Aktion steht auch in den Menüs, mit ihrer Taste daneben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings ist ein ruhiger Reader für die Nachrichtenseiten und Blogs, denen Sie folgen. Es ruft Ihre Feeds ab, bereinigt die Webseite jedes Artikels zu schlichtem, lesbarem Text und zeigt ihn hier in einer ruhigen Spalte.&lt;/p&gt;&lt;p&gt;Auf einer Seite läuft nichts: keine Skripte, keine Tracker, keine Werbung. Externe Bilder werden nur auf Wunsch geladen.&lt;/p&gt;&lt;p&gt;Diese wenigen Artikel sind auf Ihrem Computer gespeichert, daher funktioniert hier alles ohne Netzwerk. Lesen Sie weiter, um zu sehen, wie Artikel bereinigt werden, was die Chips unter jeder Überschrift tun und wie Sie einem Thema folgen.&lt;/p&gt;&lt;p&gt;Wählen Sie zum Einstieg ein paar bekannte Nachrichtenquellen aus &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;den vorgeschlagenen Feeds&lt;/a&gt; (&lt;b&gt;Datei → Vorgeschlagene Feeds&lt;/b&gt;), oder fügen Sie einen beliebigen Feed mit &lt;b&gt;Datei → Abonnement hinzufügen&lt;/b&gt; (Strg+N) hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation>Saubere Artikel statt Webseiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Viele Feeds enthalten nur ein, zwei Zeilen jedes Artikels. Deshalb ruft Tidings die Webseite des Artikels ab und bereinigt sie: Es behält die Überschrift und den Artikel mit seinen Zwischenüberschriften, Listen, Zitaten und Bildern und lässt die Menüs, Werbung, Teilen-Schaltflächen und Kommentare drumherum weg.&lt;/p&gt;&lt;p&gt;Während eine Seite bereinigt wird, lesen Sie den Text des Feeds, mit einem Hinweis darüber; der bereinigte Artikel tritt an seine Stelle, sobald er fertig ist. Lässt sich aus einer Seite kein Artikel machen, bleibt der Text des Feeds stehen, und &lt;b&gt;Warum?&lt;/b&gt; im Hinweis sagt Ihnen, was schiefgegangen ist.&lt;/p&gt;&lt;p&gt;Die Originalseite ist immer nur eine Taste entfernt: &lt;b&gt;O&lt;/b&gt; öffnet sie in Ihrem Browser.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie &lt;b&gt;Datei → Abonnement hinzufügen&lt;/b&gt; (Strg+N) und fügen Sie die Adresse eines Feeds ein – oder einfach die einer Website: Tidings findet deren Feed selbst. Wenn Sie möchten, legen Sie ihn in einen Ordner.&lt;/p&gt;&lt;p&gt;Sie kommen von einem anderen Reader? &lt;b&gt;Datei → OPML importieren&lt;/b&gt; übernimmt alle Ihre Abonnements auf einmal; &lt;b&gt;OPML exportieren&lt;/b&gt; nimmt sie anderswohin mit.&lt;/p&gt;&lt;p&gt;Drücken Sie &lt;b&gt;R&lt;/b&gt;, um zu aktualisieren. Neue Artikel erscheinen, sobald sie eintreffen.&lt;/p&gt;&lt;p&gt;Ein Feed, der nicht erreichbar ist, erhält in der Liste links ein Warnzeichen; zeigen Sie mit der Maus darauf, um den Grund zu sehen, oder klicken Sie auf den Hinweis in der Statusleiste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unter jeder Überschrift sehen Sie Chips: die Themen des Artikels, gefunden in seinen Tags und in den Namen, die er nennt, jeweils mit der Zahl der Artikel, die es teilen, wie oben &lt;i&gt;Tidings · 8&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Chip, um alle Artikel zu diesem Thema aus all Ihren Feeds zu sehen, die neuesten zuerst. Mit &lt;b&gt;Alt+Links&lt;/b&gt; oder der Schaltfläche „Zurück“ kehren Sie dorthin zurück, wo Sie waren.&lt;/p&gt;&lt;p&gt;Klicken Sie mit der rechten Maustaste auf einen Chip, um sein Thema umzubenennen oder einen Chip auszublenden, den Sie nie sehen möchten; &lt;b&gt;Ansicht → Ausgeblendete Themen-Chips&lt;/b&gt; holt ihn zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation>Einem Thema folgen</translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einem Thema, das Ihnen wichtig ist, können Sie folgen: Klicken Sie mit der rechten Maustaste auf seinen Chip und wählen Sie &lt;b&gt;Thema folgen&lt;/b&gt;, oder klicken Sie auf den Chip und dann über der Artikelliste auf &lt;b&gt;Folgen&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Ein Thema, dem Sie folgen, steht in der linken Spalte unter &lt;b&gt;Themen&lt;/b&gt;, mit der Zahl seiner ungelesenen Artikel. Es sammelt die Artikel zu diesem Thema aus allen Feeds, auch neue, sobald sie eintreffen, sodass Sie nicht wissen müssen, welche Website als Nächstes darüber schreibt.&lt;/p&gt;&lt;p&gt;Probieren Sie es mit dem Chip &lt;i&gt;Themen&lt;/i&gt; dieses Artikels aus.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation>Ein ruhiger News-Reader.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation>Datenbank und Einstellungen in &lt;dir&gt; ablegen (Standard: $TIDINGS_PROFILE, sonst der übliche Datenordner).</translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation>Feeds oder Websites, die abonniert werden sollen: http- oder https-Adressen oder feed:-Links. Ein bereits laufendes Tidings mit demselben Profil abonniert sie.</translation>
    </message>
</context>
</TS>
