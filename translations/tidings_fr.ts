<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Synchronisation de %1&#xa0;: envoi des modifications…</translation>
    </message>
    <message>
        <source>Syncing %1: folders and feeds…</source>
        <translation>Synchronisation de %1&#xa0;: dossiers et flux…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>Synchronisation de %1&#xa0;: %n nouvel article…</numerusform>
            <numerusform>Synchronisation de %1&#xa0;: %n nouveaux articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1: read and starred…</source>
        <translation>Synchronisation de %1&#xa0;: lus et favoris…</translation>
    </message>
    <message>
        <source>This feed server account is no longer there.</source>
        <translation>Ce compte de serveur de flux n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Ui::Accounts</name>
    <message>
        <source>On This Computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>La liste des comptes n’a pas pu être lue&#xa0;: %1</translation>
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
Flux que Tidings récupère lui-même</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.</source>
        <translation>Retirer le compte %1&#xa0;? Ses flux et ses articles quittent Tidings&#xa0;; rien ne change sur le serveur.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Le compte n’a pas pu être retiré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::AddAccountDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
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
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Tidings keeps the password in the system keyring. The server&apos;s feeds, folders and read state are synced with it.</source>
        <translation>Tidings conserve le mot de passe dans le trousseau du système. Les flux, les dossiers et l’état de lecture du serveur sont synchronisés avec lui.</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>La liste des comptes n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This account is already added.</source>
        <translation>Ce compte est déjà ajouté.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>Le mot de passe n’a pas pu être conservé dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>pas de trousseau</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>Ajouter un abonnement</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation>https://example.org/feed.xml ou l’adresse d’un site</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Niveau supérieur)</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation>Tidings trouve tout seul le flux d’un site.</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>The server subscribes to the feed and fetches it; give the feed&apos;s own address.</source>
        <translation>Le serveur s’abonne au flux et le récupère&#xa0;; indiquez l’adresse du flux lui-même.</translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>Afficher %n article sur «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Afficher les %n articles sur «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1&#xa0;: dans %n de ces articles</numerusform>
            <numerusform>%1&#xa0;: dans %n de ces articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Sujet %1</translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation>Ne plus suivre le sujet</translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation>Suivre le sujet</translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation>Renommer le sujet…</translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation>Ne plus jamais afficher cette pastille</translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation>La base de données
%1
ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>%1

Tidings can open it read-only: you can read your stories, but nothing you change is saved until the disk has room or the profile can be written again.</source>
        <translation>%1

Tidings peut l’ouvrir en lecture seule : vous pouvez lire vos articles, mais rien de ce que vous changez n’est enregistré tant que le disque n’a pas de place ou que le profil n’est pas de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation>La base de données
%1
est endommagée.</translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation>Elle n’a pas pu être mise de côté. Fermez Tidings, placez le fichier en lieu sûr, puis relancez Tidings pour repartir d’une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Tidings can restore the newest backup, from %1, and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Tidings peut restaurer la sauvegarde la plus récente, du %1, et rétablir les abonnements encore lisibles dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup yet. Tidings can start with a new, empty database and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Il n’y a pas encore de sauvegarde. Tidings peut repartir d’une base de données neuve et vide et rétablir les abonnements encore lisibles dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue more of it.

%2</source>
        <translation>Rien n’a été supprimé : le fichier endommagé a été déplacé vers
%1
où l’outil sqlite3 (.recover) pourra peut-être en sauver davantage.

%2</translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation>Repartir d’une nouvelle base de données</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>La récupération a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>%n abonnement rétabli.</numerusform>
            <numerusform>%n abonnements rétablis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup from %1 was restored. %2</source>
        <translation>La sauvegarde du %1 a été restaurée. %2</translation>
    </message>
    <message>
        <source>A new database was started. %1</source>
        <translation>Une nouvelle base de données a été créée. %1</translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Le serveur a répondu par une erreur</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation>Le téléchargement est trop volumineux</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Trop de redirections</translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation>Aucun flux n’a été trouvé à cette adresse</translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation>Le flux n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation>L’article ne renvoie à aucune page web</translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation>Le lien mène à autre chose qu’une page web</translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation>La page ne contient aucun article</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate was refused</source>
        <translation>Le certificat de sécurité du site a été refusé</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>Le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>The connection to the server broke off</source>
        <translation>La connexion au serveur a été interrompue</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved</source>
        <translation>Le disque est plein : la modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only profile): the change was not saved</source>
        <translation>La base de données n’est pas accessible en écriture (profil en lecture seule) : la modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>Le serveur n’a pas accepté ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open Preferences, turn on “Enable API” (under General) and save, then try again.</source>
        <translation>Cet utilisateur ne peut pas utiliser l’API. Connectez-vous à Tiny Tiny RSS dans un navigateur web, ouvrez les préférences, activez «&#xa0;Enable API&#xa0;» (sous «&#xa0;General&#xa0;») et enregistrez, puis réessayez.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network.</source>
        <translation>Le serveur est injoignable. Vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the network.</source>
        <translation>Le serveur est injoignable (%1). Vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>The server ended the session and signing in again failed.</source>
        <translation>Le serveur a mis fin à la session et la nouvelle connexion a échoué.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check that the address is the one of Tiny Tiny RSS itself (the page you sign in on).</source>
        <translation>Le serveur a répondu avec le statut HTTP %1. Vérifiez que l’adresse est bien celle de Tiny Tiny RSS lui-même (la page sur laquelle vous vous connectez).</translation>
    </message>
    <message>
        <source>The server&apos;s reply was not one of Tiny Tiny RSS (%1). Check the address.</source>
        <translation>La réponse du serveur ne venait pas de Tiny Tiny RSS (%1). Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server no longer has this feed. Sync to catch up.</source>
        <translation>Le serveur n’a plus ce flux. Synchronisez pour vous mettre à jour.</translation>
    </message>
    <message>
        <source>The server no longer has this folder. Sync to catch up.</source>
        <translation>Le serveur n’a plus ce dossier. Synchronisez pour vous mettre à jour.</translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation>&amp;Nettoyer la page web de chaque article</translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation>Le flux contient le te&amp;xte intégral</translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation>Charger les &amp;images distantes de ce flux</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Propriétés du flux</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Niveau supérieur)</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>Réglage de l’application (intervalle de %n minute)</numerusform>
            <numerusform>Réglage de l’application (intervalle de %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation>Réglage de l’application</translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation>Conserver les articles pendant</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>Ne conserver que les plus récents</translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation>Conserver tous les articles</translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation>Les articles favoris sont toujours conservés.</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Aucun identifiant</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans les fichiers de Tidings.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>A&amp;ctualisation&#xa0;:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>C&amp;onserver&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation>Identification HTTP</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new stories in this feed</source>
        <translation>M’a&amp;vertir des nouveaux articles de ce flux</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>Minutes entre deux actualisations</translation>
    </message>
    <message>
        <source>Days or stories to keep</source>
        <translation>Jours ou articles à conserver</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed server fetches this address; to follow another, subscribe to it.</source>
        <translation>Le serveur de flux récupère cette adresse&#xa0;; pour en suivre une autre, abonnez-vous-y.</translation>
    </message>
    <message>
        <source>This feed comes from a feed server: a new name or folder is made there, then synced here.</source>
        <translation>Ce flux provient d’un serveur de flux&#xa0;: un nouveau nom ou dossier se définit là-bas, puis se synchronise ici.</translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation>Ce n’est pas une image que l’application peut afficher</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>&amp;Ajouter un abonnement…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer un fichier OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exporter un fichier OPML…</translation>
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
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo Mark as Read</source>
        <translation>&amp;Annuler le marquage comme lu</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation>Pastilles de sujet &amp;masquées…</translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation>&amp;Uniquement les articles non lus</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>Les plus &amp;anciens d’abord</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation>Article &amp;non lu suivant</translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation>Page suivante ou article suivant</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>Marquer comme &amp;lu / non lu</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>Ajouter aux &amp;favoris / Retirer des favoris</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Ouvrir l’original</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation>Marquer les articles au-&amp;dessus comme lus</translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation>Marquer les articles en d&amp;essous comme lus</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation>A&amp;bonnements</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Actualiser la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation>&amp;Marquer la sélection comme lue</translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation>Marquer t&amp;out comme lu</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>P&amp;ropriétés du flux…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>À &amp;propos de Tidings</translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation>Flux &amp;suggérés…</translation>
    </message>
    <message>
        <source>Add Accou&amp;nt…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>Co&amp;mptes…</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>S&amp;ynchroniser les comptes</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>À propos de Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Un lecteur de flux d’actualités paisible&#xa0;: il nettoie chaque article pour en faire un texte lisible et relie les articles par sujet.&lt;/p&gt;&lt;p&gt;Profil&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation>L’actualisation n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation>Sélectionnez un flux pour voir ses propriétés.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Marquer lu</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>Impossible de s’abonner à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation>Aucun article ici.</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>Aucun article ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Rien de non lu ici.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>%n article marqué comme lu.</numerusform>
            <numerusform>%n articles marqués comme lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>%n article de nouveau marqué comme non lu.</numerusform>
            <numerusform>%n articles de nouveau marqués comme non lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>Abonné à %1.</translation>
    </message>
    <message>
        <source>There is no server account to sync. Add one with File ▸ Add Account…</source>
        <translation>Aucun compte de serveur à synchroniser. Ajoutez-en un avec Fichier ▸ Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>La synchronisation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>Synchronisation de %1 terminée&#xa0;: %n nouvel article.</numerusform>
            <numerusform>Synchronisation de %1 terminée&#xa0;: %n nouveaux articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>%n nouvel article sur %1</numerusform>
            <numerusform>%n nouveaux articles sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>%n nouvel article dans %1</numerusform>
            <numerusform>%n nouveaux articles dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation>&amp;Marquer un article comme lu quand il est sélectionné</translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation>Charger les &amp;images distantes dans tous les articles</translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation>Utiliser cette &amp;police&#xa0;:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Aucu&amp;n proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Pro&amp;xy HTTP manuel&#xa0;:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>Le navigateur par défaut du bureau</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation>Actualiser les &amp;flux toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation>Les propriétés d’un flux peuvent définir un autre intervalle.</translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation>Ouvrir les liens a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation>Une commande comme «&#xa0;firefox --new-tab&#xa0;»&#xa0;; le lien est ajouté à la fin.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Tidings.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>après&#xa0;:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Les couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation>Les images distantes indiquent aux sites que vous lisez leurs articles. Sans cette option, les images ne se chargent qu’à votre demande, par article ou par flux.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation>Conserver les articles pen&amp;dant&#xa0;:</translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation>Conserver au plus, pa&amp;r flux&#xa0;:</translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation>Les articles favoris sont toujours conservés. Les propriétés d’un flux peuvent définir d’autres limites.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new stories arrive</source>
        <translation>Afficher une &amp;notification du bureau à l’arrivée de nouveaux articles</translation>
    </message>
    <message>
        <source>And for new stories on &amp;followed topics</source>
        <translation>Et pour les nouveaux articles des sujets &amp;suivis</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the unread count</source>
        <translation>Afficher une icône avec le nombre d’articles non lus dans la &amp;zone de notification</translation>
    </message>
    <message>
        <source>&amp;Closing the window leaves Tidings running in the tray</source>
        <translation>&amp;Fermer la fenêtre laisse Tidings actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Delay before a story is marked read</source>
        <translation>Délai avant qu’un article soit marqué comme lu</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Police de lecture</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Taille de la police de lecture</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Feeds that notify</source>
        <translation>Flux qui envoient des notifications</translation>
    </message>
    <message>
        <source>From every feed</source>
        <translation>De tous les flux</translation>
    </message>
    <message>
        <source>From the feeds chosen in their properties</source>
        <translation>Des flux choisis dans leurs propriétés</translation>
    </message>
    <message>
        <source>One notification per refresh, however many stories it brings.</source>
        <translation>Une seule notification par actualisation, quel que soit le nombre d’articles qu’elle apporte.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n’a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>Charger les images</translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation>Toujours pour ce flux</translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation>Pourquoi le texte du flux est affiché</translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation>La page n’a pas pu être transformée en article lisible.</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation>Sélectionnez un article pour le lire ici.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation>Nettoyage… en attendant, le texte du flux est affiché.</translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation>Texte du flux affiché. &lt;a href=&quot;why&quot;&gt;Pourquoi&#xa0;?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation>Cet article n’a pas de texte. Ouvrez l’original pour le lire.</translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation>1 image distante est bloquée pour protéger votre vie privée.</translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation>%1 images distantes sont bloquées pour protéger votre vie privée.</translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
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
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
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
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation>Rechercher  (mots, tag:&quot;Sujet&quot;)</translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>Actualisation du flux %1 sur %2</translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation>Nettoyage de l’article %1 sur %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation>Hors ligne&#xa0;: l’actualisation attend le réseau</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>Prochaine actualisation à %1</translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation>1 flux en échec</translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation>%1 flux en échec</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation>%1 — %2 (dernier succès&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>Tous les flux fonctionnent.</translation>
    </message>
    <message>
        <source>Read-only: the disk is full, changes are not saved</source>
        <translation>Lecture seule : le disque est plein, les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Read-only: the profile cannot be written, changes are not saved</source>
        <translation>Lecture seule : le profil n’est pas accessible en écriture, les modifications ne sont pas enregistrées</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>Marquer tous ceux au-dessus comme lus</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>Marquer tous ceux en dessous comme lus</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>Cet article n’a pas de page web.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation>Il ne reste aucun article non lu.</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>%1, starred</source>
        <translation>%1, favori</translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation>Cet article n’est plus conservé.</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>Cet article n’a pas de page web.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Ses flux remontent d’un niveau.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation>Se désabonner de «&#xa0;%1&#xa0;» et supprimer ses articles&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Propriétés du flux</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un fichier OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 n’est pas une liste d’abonnements&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation>%1 abonnements importés (%2 déjà présents).</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exporter un fichier OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fichiers OPML (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Abonnements de Tidings</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation>%1 abonnements exportés vers %2.</translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation>Impossible de s’abonner à «&#xa0;%1&#xa0;»&#xa0;: ce n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>Vous êtes déjà abonné à %1.</translation>
    </message>
    <message>
        <source>A feed server&apos;s folders are changed on the server&apos;s own pages; the next sync brings the change here.</source>
        <translation>Les dossiers d’un serveur de flux se modifient sur les pages du serveur lui-même&#xa0;; la prochaine synchronisation apporte la modification ici.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The server did not subscribe: %1</source>
        <translation>Le serveur n’a pas effectué l’abonnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>This feed server account cannot be reached from here.</source>
        <translation>Ce compte de serveur de flux est injoignable d’ici.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave this computer at the next sync.</source>
        <translation>Se désabonner de «&#xa0;%1&#xa0;» sur le serveur de flux&#xa0;? Le serveur cesse de le récupérer, et ses articles quittent cet ordinateur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1” on the server…</source>
        <translation>Désabonnement de «&#xa0;%1&#xa0;» sur le serveur…</translation>
    </message>
    <message>
        <source>The server did not unsubscribe from “%1”: %2</source>
        <translation>Le serveur ne s’est pas désabonné de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1” on the server.</source>
        <translation>Désabonné de «&#xa0;%1&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>The server did not change “%1”: %2</source>
        <translation>Le serveur n’a pas modifié «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>A feed server&apos;s feed moves only into that server&apos;s folders.</source>
        <translation>Le flux d’un serveur de flux ne peut être déplacé que dans les dossiers de ce serveur.</translation>
    </message>
    <message>
        <source>Moved “%1” on the server.</source>
        <translation>Flux «&#xa0;%1&#xa0;» déplacé sur le serveur.</translation>
    </message>
    <message>
        <source>Changing “%1” on the server…</source>
        <translation>Modification de «&#xa0;%1&#xa0;» sur le serveur…</translation>
    </message>
    <message>
        <source>Renamed “%1” on the server.</source>
        <translation>Flux «&#xa0;%1&#xa0;» renommé sur le serveur.</translation>
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
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Niveau supérieur)</translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation>Charger les images de ce flux</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>Copier l’adresse du flux</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Se désabonner…</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>Renommer le sujet…</translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation>Ne plus suivre le sujet</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Supprimer le dossier…</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation>Les sujets que vous suivez&#xa0;: leurs articles de tous les flux</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1&#xa0;: %n article en tout</numerusform>
            <numerusform>%1&#xa0;: %n articles en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Dernière mise à jour&#xa0;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Dernière erreur&#xa0;: %3&lt;br&gt;Dernier succès&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation>%1, en échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds Tidings fetches itself</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Flux que Tidings récupère lui-même</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Syncing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Synchronisation…</translation>
    </message>
    <message>
        <source>%1, syncing</source>
        <translation>%1, synchronisation en cours</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last sync failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Échec de la dernière synchronisation&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, sync failing: %2</source>
        <translation>%1, synchronisation en échec&#xa0;: %2</translation>
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
        <translation>Monde</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asie et Pacifique</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Moyen-Orient</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation>Flux suggérés</translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation>Des sources d’actualités reconnues, par région. Un clic suffit pour s’abonner&#xa0;; chacune peut être supprimée plus tard comme n’importe quel autre flux.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>S’abonner à %1</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation>Vous suivez %1&#xa0;: ses articles de tous les flux sont sous «&#xa0;Sujets&#xa0;».</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>Vous ne suivez plus %1.</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Renommer le sujet</translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation>Afficher le sujet «&#xa0;%1&#xa0;» sous le nom&#xa0;:</translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation>La pastille %1 ne sera plus affichée.</translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation>La pastille %1 est de nouveau affichée.</translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation>Pastilles de sujet masquées</translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation>Les pastilles que vous avez choisi de ne plus voir. Leurs articles les gardent&#xa0;: affichez-en une de nouveau et elle revient sur chaque article.</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Afficher de nouveau</translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation>Aucune pastille masquée.</translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation>Voir aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>Sujets connexes</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>Ne plus suivre %1</translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation>Suivre %1&#xa0;: ses articles de tous les flux, sous «&#xa0;Sujets&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Tidings: nothing unread</source>
        <translation>Tidings&#xa0;: rien de non lu</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings&#xa0;: %n article non lu</numerusform>
            <numerusform>Tidings&#xa0;: %n articles non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>&amp;Masquer Tidings</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>&amp;Afficher Tidings</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Bienvenue dans Tidings</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation>Ajouter vos flux</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation>Sujets et pastilles</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Appuyez sur &lt;b&gt;Ctrl+F&lt;/b&gt; ou &lt;b&gt;/&lt;/b&gt; pour rechercher dans les titres, le texte des articles et les sujets. Les correspondances sont surlignées dans l’article que vous lisez.&lt;/p&gt;&lt;p&gt;Écrivez &lt;b&gt;tag:&quot;Nom du sujet&quot;&lt;/b&gt; (ou &lt;b&gt;topic:&lt;/b&gt;) pour ne garder que les articles sur un sujet&#xa0;; les sujets connus vous sont proposés pendant la saisie. Mots et tags se combinent&#xa0;: &lt;i&gt;tag:&quot;Tidings&quot; touches&lt;/i&gt; trouve l’article de ce flux consacré au clavier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation>Lire au clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings est plus rapide avec quelques touches&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;&#xa0;: article suivant&#xa0;; &lt;b&gt;K&lt;/b&gt; ou &lt;b&gt;P&lt;/b&gt;&#xa0;: article précédent&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;&#xa0;: article non lu suivant, puis le flux suivant qui a des articles non lus&lt;/li&gt;&lt;li&gt;&lt;b&gt;Espace&lt;/b&gt;&#xa0;: page suivante, puis l’article suivant&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;&#xa0;: marquer comme lu ou non lu&#xa0;; &lt;b&gt;S&lt;/b&gt;&#xa0;: ajouter aux favoris&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; ou &lt;b&gt;Entrée&lt;/b&gt;&#xa0;: ouvrir la page d’origine dans votre navigateur&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;&#xa0;: actualiser tous les flux&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; et &lt;b&gt;Ctrl+-&lt;/b&gt;&#xa0;: texte plus grand ou plus petit&#xa0;; &lt;b&gt;Ctrl+0&lt;/b&gt;&#xa0;: retour à la normale&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&#xa0;: annuler le marquage de tout un flux comme lu&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Chaque action figure aussi dans les menus, avec sa touche à côté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une image distante indique à son site que vous êtes en train de lire. Les images restent donc bloquées jusqu’à ce que vous les autorisiez&#xa0;: pour un article avec &lt;b&gt;Charger les images&lt;/b&gt;, pour tout un flux avec &lt;b&gt;Toujours pour ce flux&lt;/b&gt;, ou partout dans &lt;b&gt;Fichier → Préférences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Les liens s’ouvrent dans votre propre navigateur. Tidings lui-même ne récupère jamais que vos flux, leurs pages et les images que vous avez autorisées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings est un lecteur paisible pour les sites d’actualités et les blogs que vous suivez. Il récupère leurs flux, nettoie la page web de chaque article pour en faire un texte simple et lisible, et l’affiche ici dans une colonne tranquille.&lt;/p&gt;&lt;p&gt;Rien ne s’exécute sur une page&#xa0;: ni scripts, ni traqueurs, ni publicités. Les images distantes ne se chargent qu’à votre demande.&lt;/p&gt;&lt;p&gt;Ces quelques articles sont enregistrés sur votre ordinateur&#xa0;: tout fonctionne donc ici sans réseau. Lisez la suite pour voir comment les articles sont nettoyés, à quoi servent les pastilles sous chaque titre et comment suivre un sujet.&lt;/p&gt;&lt;p&gt;Pour commencer, choisissez quelques sources d’actualités reconnues parmi &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;les flux suggérés&lt;/a&gt; (&lt;b&gt;Fichier → Flux suggérés&lt;/b&gt;), ou ajoutez n’importe quel flux avec &lt;b&gt;Fichier → Ajouter un abonnement&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation>Des articles propres, pas des pages web</translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beaucoup de flux ne contiennent qu’une ligne ou deux de chaque article. Tidings récupère donc la page web de l’article et la nettoie&#xa0;: il garde le titre et l’article, avec ses intertitres, listes, citations et images, et laisse de côté les menus, publicités, boutons de partage et commentaires qui l’entourent.&lt;/p&gt;&lt;p&gt;Pendant le nettoyage d’une page, vous lisez le texte du flux, avec une note au-dessus&#xa0;; l’article nettoyé prend sa place dès qu’il est prêt. Quand une page ne peut pas devenir un article, le texte du flux reste, et &lt;b&gt;Pourquoi&#xa0;?&lt;/b&gt; dans la note vous explique ce qui n’a pas marché.&lt;/p&gt;&lt;p&gt;La page d’origine est toujours à une touche&#xa0;: &lt;b&gt;O&lt;/b&gt; l’ouvre dans votre navigateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez &lt;b&gt;Fichier → Ajouter un abonnement&lt;/b&gt; (Ctrl+N) et collez l’adresse d’un flux, ou simplement celle d’un site&#xa0;: Tidings trouve son flux tout seul. Rangez-le dans un dossier si vous le souhaitez.&lt;/p&gt;&lt;p&gt;Vous venez d’un autre lecteur&#xa0;? &lt;b&gt;Fichier → Importer un fichier OPML&lt;/b&gt; reprend tous vos abonnements d’un coup&#xa0;; &lt;b&gt;Exporter un fichier OPML&lt;/b&gt; les emmène ailleurs.&lt;/p&gt;&lt;p&gt;Appuyez sur &lt;b&gt;R&lt;/b&gt; pour actualiser. Les nouveaux articles apparaissent à mesure qu’ils arrivent.&lt;/p&gt;&lt;p&gt;Un flux injoignable reçoit un signe d’avertissement dans la liste de gauche&#xa0;; survolez-le pour savoir pourquoi, ou cliquez sur la note dans la barre d’état.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sous chaque titre, vous voyez des pastilles&#xa0;: les sujets de l’article, trouvés dans ses tags et dans les noms qu’il cite, avec le nombre d’articles qui partagent chacun d’eux, comme &lt;i&gt;Tidings · 8&lt;/i&gt; ci-dessus.&lt;/p&gt;&lt;p&gt;Cliquez sur une pastille pour voir tous les articles sur ce sujet dans tous vos flux, du plus récent au plus ancien. Appuyez sur &lt;b&gt;Alt+Gauche&lt;/b&gt; ou sur le bouton Retour pour revenir là où vous étiez.&lt;/p&gt;&lt;p&gt;Faites un clic droit sur une pastille pour renommer son sujet, ou pour masquer une pastille que vous ne voulez jamais voir&#xa0;; &lt;b&gt;Affichage → Pastilles de sujet masquées&lt;/b&gt; la fait revenir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation>Suivre un sujet</translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous pouvez suivre un sujet qui vous intéresse&#xa0;: faites un clic droit sur sa pastille et choisissez &lt;b&gt;Suivre le sujet&lt;/b&gt;, ou cliquez sur la pastille puis sur &lt;b&gt;Suivre&lt;/b&gt; au-dessus de la liste des articles.&lt;/p&gt;&lt;p&gt;Un sujet suivi apparaît sous &lt;b&gt;Sujets&lt;/b&gt; dans la colonne de gauche, avec son nombre d’articles non lus. Il rassemble les articles sur ce sujet venant de tous les flux, y compris les nouveaux à mesure qu’ils arrivent&#xa0;: inutile de savoir quel site en parlera la prochaine fois.&lt;/p&gt;&lt;p&gt;Essayez avec la pastille &lt;i&gt;Sujets&lt;/i&gt; de cet article.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation>Un lecteur d’actualités paisible.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation>Conserver la base de données et les réglages dans &lt;dir&gt; (par défaut&#xa0;: $TIDINGS_PROFILE, sinon le dossier de données standard).</translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation>Flux ou sites auxquels s’abonner&#xa0;: adresses http ou https, ou liens feed:. Une instance de Tidings déjà lancée avec le même profil s’y abonne.</translation>
    </message>
</context>
</TS>
