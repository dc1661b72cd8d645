<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>Синхронизация %1: отправка изменений…</translation>
    </message>
    <message>
        <source>Syncing %1: folders and feeds…</source>
        <translation>Синхронизация %1: папки и ленты…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>Синхронизация %1: %n новая статья…</numerusform>
            <numerusform>Синхронизация %1: %n новые статьи…</numerusform>
            <numerusform>Синхронизация %1: %n новых статей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1: read and starred…</source>
        <translation>Синхронизация %1: прочитанные и со звёздочкой…</translation>
    </message>
    <message>
        <source>This feed server account is no longer there.</source>
        <translation>Этой учётной записи сервера лент больше нет.</translation>
    </message>
</context>
<context>
    <name>Ui::Accounts</name>
    <message>
        <source>On This Computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>Не удалось прочитать список учётных записей: %1</translation>
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
Ленты, которые Tidings загружает сам</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <source>Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.</source>
        <translation>Удалить учётную запись %1? Её ленты и статьи исчезнут из Tidings; на сервере ничего не изменится.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Не удалось удалить учётную запись: %1</translation>
    </message>
</context>
<context>
    <name>Ui::AddAccountDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Добавить учётную запись</translation>
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
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Tidings keeps the password in the system keyring. The server&apos;s feeds, folders and read state are synced with it.</source>
        <translation>Tidings хранит пароль в системной связке ключей. Ленты, папки и отметки о прочтении на сервере синхронизируются с ним.</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>Не удалось прочитать список учётных записей: %1</translation>
    </message>
    <message>
        <source>This account is already added.</source>
        <translation>Эта учётная запись уже добавлена.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход на %1…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>Не удалось сохранить пароль в системной связке ключей: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Не удалось сохранить учётную запись: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>нет связки ключей</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Сохранение учётной записи…</translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>Добавить подписку</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation>https://example.org/feed.xml или адрес сайта</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Верхний уровень)</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Подписаться</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation>Tidings самостоятельно находит ленту сайта.</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>The server subscribes to the feed and fetches it; give the feed&apos;s own address.</source>
        <translation>Сервер подписывается на ленту и загружает её; укажите собственный адрес ленты.</translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>Показать все %n статью на тему «%1»</numerusform>
            <numerusform>Показать все %n статьи на тему «%1»</numerusform>
            <numerusform>Показать все %n статей на тему «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1: в %n из этих статей</numerusform>
            <numerusform>%1: в %n из этих статей</numerusform>
            <numerusform>%1: в %n из этих статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Тема %1</translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation>Перестать отслеживать тему</translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation>Отслеживать тему</translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation>Переименовать тему…</translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation>Больше не показывать эту метку</translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation>Базу данных
%1
не удаётся открыть.</translation>
    </message>
    <message>
        <source>%1

Tidings can open it read-only: you can read your stories, but nothing you change is saved until the disk has room or the profile can be written again.</source>
        <translation>%1

Tidings может открыть её только для чтения: вы сможете читать новости, но изменения не будут сохраняться, пока на диске не появится место или профиль снова не станет доступен для записи.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation>База данных
%1
повреждена.</translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation>Её не удалось отложить в сторону. Закройте Tidings, перенесите файл в надёжное место и снова запустите Tidings, чтобы начать с новой базой данных.</translation>
    </message>
    <message>
        <source>Tidings can restore the newest backup, from %1, and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Tidings может восстановить самую свежую резервную копию от %1 и вернуть подписки, которые ещё читаются из повреждённого файла.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <source>There is no backup yet. Tidings can start with a new, empty database and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Резервной копии пока нет. Tidings может начать с новой пустой базой данных и вернуть подписки, которые ещё читаются из повреждённого файла.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue more of it.

%2</source>
        <translation>Ничего не удалено: повреждённый файл перемещён в
%1
где утилита sqlite3 (.recover), возможно, спасёт больше.

%2</translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation>Начать с новой базой данных</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>Восстановление не удалось: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>Возвращена %n подписка.</numerusform>
            <numerusform>Возвращены %n подписки.</numerusform>
            <numerusform>Возвращено %n подписок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup from %1 was restored. %2</source>
        <translation>Резервная копия от %1 восстановлена. %2</translation>
    </message>
    <message>
        <source>A new database was started. %1</source>
        <translation>Создана новая база данных. %1</translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Недопустимые данные</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Не удаётся прочитать файл</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Сервер ответил ошибкой</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Сервер не ответил вовремя</translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation>Загружаемые данные слишком велики</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Слишком много перенаправлений</translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation>По этому адресу не найдено ни одной ленты</translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation>Не удалось прочитать ленту</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Ошибка базы данных</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Уже существует</translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation>Статья не ссылается на веб-страницу</translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation>Ссылка ведёт не на веб-страницу</translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation>На странице нет статьи</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Неизвестная ошибка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate was refused</source>
        <translation>Сертификат безопасности сайта отклонён</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>Имя сервера не найдено</translation>
    </message>
    <message>
        <source>The connection to the server broke off</source>
        <translation>Соединение с сервером прервалось</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved</source>
        <translation>Диск заполнен: изменение не сохранено</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only profile): the change was not saved</source>
        <translation>В базу данных нельзя записывать (профиль только для чтения): изменение не сохранено</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>Сервер не принял это имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open Preferences, turn on “Enable API” (under General) and save, then try again.</source>
        <translation>Этому пользователю не разрешено использовать API. Войдите в Tiny Tiny RSS в веб-браузере, откройте настройки (Preferences), включите «Enable API» (в разделе «General») и сохраните, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network.</source>
        <translation>Не удалось связаться с сервером. Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the network.</source>
        <translation>Не удалось связаться с сервером (%1). Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <source>The server ended the session and signing in again failed.</source>
        <translation>Сервер завершил сеанс, а повторный вход не удался.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check that the address is the one of Tiny Tiny RSS itself (the page you sign in on).</source>
        <translation>Сервер ответил с HTTP-статусом %1. Проверьте, что это адрес самого Tiny Tiny RSS (страницы, на которой вы входите).</translation>
    </message>
    <message>
        <source>The server&apos;s reply was not one of Tiny Tiny RSS (%1). Check the address.</source>
        <translation>Ответ сервера пришёл не от Tiny Tiny RSS (%1). Проверьте адрес.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <source>The server no longer has this feed. Sync to catch up.</source>
        <translation>На сервере больше нет этой ленты. Выполните синхронизацию, чтобы обновить данные.</translation>
    </message>
    <message>
        <source>The server no longer has this folder. Sync to catch up.</source>
        <translation>На сервере больше нет этой папки. Выполните синхронизацию, чтобы обновить данные.</translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation>О&amp;чищать веб-страницу каждой статьи</translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation>Лента содержит полный &amp;текст</translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation>Загружать удалённые изо&amp;бражения в этой ленте</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Свойства ленты</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Верхний уровень)</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>Настройка приложения (каждую %n минуту)</numerusform>
            <numerusform>Настройка приложения (каждые %n минуты)</numerusform>
            <numerusform>Настройка приложения (каждые %n минут)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Каждые</translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation>Настройка приложения</translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation>Хранить статьи в течение</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>Хранить только последние</translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation>Хранить все статьи</translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation>Статьи со звёздочкой хранятся всегда.</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Без авторизации</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation>Пароль хранится в системной связке ключей и никогда — в собственных файлах Tidings.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Обновление:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Хранение:</translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation>HTTP-авторизация</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new stories in this feed</source>
        <translation>&amp;Уведомлять о новых статьях в этой ленте</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>Интервал обновления в минутах</translation>
    </message>
    <message>
        <source>Days or stories to keep</source>
        <translation>Сколько дней или статей хранить</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed server fetches this address; to follow another, subscribe to it.</source>
        <translation>Сервер лент загружает этот адрес; чтобы следить за другим, подпишитесь на него.</translation>
    </message>
    <message>
        <source>This feed comes from a feed server: a new name or folder is made there, then synced here.</source>
        <translation>Эта лента получена с сервера лент: новое имя или папка задаются там, а затем синхронизируются сюда.</translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation>Приложение не может показать это изображение</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>&amp;Добавить подписку…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>&amp;Новая папка…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Импорт OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Экспорт OPML…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo Mark as Read</source>
        <translation>&amp;Отменить отметку о прочтении</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Увеличить текст</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation>&amp;Скрытые метки тем…</translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation>&amp;Только непрочитанные статьи</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>Сначала ст&amp;арые</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>&amp;Следующая статья</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>&amp;Предыдущая статья</translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation>Следующая &amp;непрочитанная статья</translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation>Вниз на страницу или к следующей статье</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>Отметить как п&amp;рочитанную / непрочитанную</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>Пометить &amp;звёздочкой / снять звёздочку</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Открыть оригинал</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation>Отметить статьи &amp;выше как прочитанные</translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation>Отметить статьи н&amp;иже как прочитанные</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation>П&amp;одписки</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Обновить все</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Обновить в&amp;ыбранное</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation>Отметить выбранное как &amp;прочитанное</translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation>Отметить &amp;всё как прочитанное</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>&amp;Свойства ленты…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;О программе Tidings</translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation>&amp;Рекомендуемые ленты…</translation>
    </message>
    <message>
        <source>Add Accou&amp;nt…</source>
        <translation>Добавить у&amp;чётную запись…</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>Учётные &amp;записи…</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>С&amp;инхронизировать учётные записи</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>О программе Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Спокойная программа для чтения новостных лент: она очищает каждую статью до удобочитаемого текста и связывает статьи по темам.&lt;/p&gt;&lt;p&gt;Профиль: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation>Обновление недоступно в этой сборке.</translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation>Выберите ленту, чтобы увидеть её свойства.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Не удалось прочитать список: %1</translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>Не удалось подписаться на %1: %2</translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation>Здесь нет статей.</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>Нет статей, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Здесь нет непрочитанных статей.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>%n статья отмечена как прочитанная.</numerusform>
            <numerusform>%n статьи отмечены как прочитанные.</numerusform>
            <numerusform>%n статей отмечено как прочитанные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>%n статья снова отмечена как непрочитанная.</numerusform>
            <numerusform>%n статьи снова отмечены как непрочитанные.</numerusform>
            <numerusform>%n статей снова отмечено как непрочитанные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>Добавлена подписка: %1.</translation>
    </message>
    <message>
        <source>There is no server account to sync. Add one with File ▸ Add Account…</source>
        <translation>Нет учётной записи сервера для синхронизации. Добавьте её через Файл ▸ Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Не удалось синхронизировать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>Синхронизация %1 завершена: %n новая статья.</numerusform>
            <numerusform>Синхронизация %1 завершена: %n новые статьи.</numerusform>
            <numerusform>Синхронизация %1 завершена: %n новых статей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>%n новая статья на тему «%1»</numerusform>
            <numerusform>%n новые статьи на тему «%1»</numerusform>
            <numerusform>%n новых статей на тему «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>%n новая статья в ленте «%1»</numerusform>
            <numerusform>%n новые статьи в ленте «%1»</numerusform>
            <numerusform>%n новых статей в ленте «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>%n новая статья</numerusform>
            <numerusform>%n новые статьи</numerusform>
            <numerusform>%n новых статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation>&amp;Отмечать статью прочитанной при выборе</translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation>Загружать удалённые &amp;изображения во всех статьях</translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation>Использовать &amp;шрифт:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Использовать &amp;системные настройки прокси</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Без прокси</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>HTTP-прокси &amp;вручную:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>Браузер по умолчанию</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation>&amp;Обновлять ленты каждые:</translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation>В свойствах ленты можно задать другой интервал.</translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation>Открывать ссылки &amp;программой:</translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation>Команда, например «firefox --new-tab»; ссылка добавляется в её конец.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске Tidings.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>сразу</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>через:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Системные цвета</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation>Удалённые изображения сообщают сайтам, что вы читаете их статьи. Без этого параметра изображения загружаются только по вашему запросу — для отдельной статьи или ленты.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>О&amp;формление:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation>Срок &amp;хранения статей:</translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation>Не &amp;более статей на ленту:</translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation>Статьи со звёздочкой хранятся всегда. В свойствах ленты можно задать другие ограничения.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new stories arrive</source>
        <translation>Показывать &amp;уведомление на рабочем столе о новых статьях</translation>
    </message>
    <message>
        <source>And for new stories on &amp;followed topics</source>
        <translation>А также о новых статьях по &amp;отслеживаемым темам</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the unread count</source>
        <translation>Показывать в системном &amp;лотке значок с числом непрочитанных статей</translation>
    </message>
    <message>
        <source>&amp;Closing the window leaves Tidings running in the tray</source>
        <translation>При &amp;закрытии окна Tidings продолжает работать в системном лотке</translation>
    </message>
    <message>
        <source>Delay before a story is marked read</source>
        <translation>Задержка перед отметкой статьи как прочитанной</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Шрифт для чтения</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Размер шрифта для чтения</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высококонтрастное</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Адрес прокси-сервера</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси-сервера</translation>
    </message>
    <message>
        <source>Feeds that notify</source>
        <translation>Ленты, о которых приходят уведомления</translation>
    </message>
    <message>
        <source>From every feed</source>
        <translation>Из всех лент</translation>
    </message>
    <message>
        <source>From the feeds chosen in their properties</source>
        <translation>Из лент, выбранных в их свойствах</translation>
    </message>
    <message>
        <source>One notification per refresh, however many stories it brings.</source>
        <translation>Одно уведомление на обновление, сколько бы статей оно ни принесло.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>В этой среде рабочего стола нет системного лотка.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>a delay in seconds</comment>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>Область чтения</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>Загрузить изображения</translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation>Всегда для этой ленты</translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation>Почему показан текст из ленты</translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation>Не удалось превратить страницу в удобочитаемую статью.</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation>Выберите статью, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation>Очистка… Пока показан текст из ленты.</translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation>Показан текст из ленты. &lt;a href=&quot;why&quot;&gt;Почему?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation>У этой статьи нет текста. Откройте оригинал, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation>Для защиты вашей конфиденциальности заблокировано 1 удалённое изображение.</translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation>Для защиты вашей конфиденциальности заблокированы удалённые изображения: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
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
        <translation>Поиск статей</translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation>Поиск  (слова, tag:&quot;Тема&quot;)</translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>Обновление лент: %1 из %2</translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation>Очистка статей: %1 из %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation>Нет сети: обновление ждёт подключения</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>Следующее обновление в %1</translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation>Ошибка в 1 ленте</translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation>Лент с ошибками: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation>%1 — %2 (последнее успешное обновление: %3)</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>Все ленты в порядке.</translation>
    </message>
    <message>
        <source>Read-only: the disk is full, changes are not saved</source>
        <translation>Только чтение: диск заполнен, изменения не сохраняются</translation>
    </message>
    <message>
        <source>Read-only: the profile cannot be written, changes are not saved</source>
        <translation>Только чтение: профиль недоступен для записи, изменения не сохраняются</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Отметить как непрочитанную</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Отметить как прочитанную</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Снять звёздочку</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Пометить звёздочкой</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>Отметить все статьи выше как прочитанные</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>Отметить все статьи ниже как прочитанные</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>У этой статьи нет веб-страницы.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Ссылка скопирована.</translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation>Непрочитанных статей не осталось.</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитана</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>не прочитана</translation>
    </message>
    <message>
        <source>%1, starred</source>
        <translation>%1, со звёздочкой</translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation>Эта статья больше не хранится.</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>У этой статьи нет веб-страницы.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Имя папки:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименование</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation>Удалить папку «%1»? Её ленты переместятся на уровень выше.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation>Отписаться от «%1» и удалить статьи этой ленты?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Свойства ленты</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Импорт OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Файлы OPML (*.opml *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 — не список подписок: %2</translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation>Импортировано подписок: %1 (уже были: %2).</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Экспорт OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Файлы OPML (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Подписки Tidings</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation>Экспортировано подписок: %1, файл: %2.</translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation>Не удалось подписаться на «%1»: это не веб-адрес.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>Вы уже подписаны на %1.</translation>
    </message>
    <message>
        <source>A feed server&apos;s folders are changed on the server&apos;s own pages; the next sync brings the change here.</source>
        <translation>Папки сервера лент изменяются на страницах самого сервера; следующая синхронизация перенесёт изменения сюда.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» — не веб-адрес.</translation>
    </message>
    <message>
        <source>The server did not subscribe: %1</source>
        <translation>Сервер не оформил подписку: %1</translation>
    </message>
    <message>
        <source>This feed server account cannot be reached from here.</source>
        <translation>Эта учётная запись сервера лент недоступна отсюда.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave this computer at the next sync.</source>
        <translation>Отписаться от «%1» на сервере лент? Сервер перестанет её загружать, а её статьи удалятся с этого компьютера при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1” on the server…</source>
        <translation>Отписка от «%1» на сервере…</translation>
    </message>
    <message>
        <source>The server did not unsubscribe from “%1”: %2</source>
        <translation>Сервер не отписался от «%1»: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1” on the server.</source>
        <translation>Подписка на «%1» на сервере отменена.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>The server did not change “%1”: %2</source>
        <translation>Сервер не изменил «%1»: %2</translation>
    </message>
    <message>
        <source>A feed server&apos;s feed moves only into that server&apos;s folders.</source>
        <translation>Ленту сервера лент можно переместить только в папки этого сервера.</translation>
    </message>
    <message>
        <source>Moved “%1” on the server.</source>
        <translation>Лента «%1» перемещена на сервере.</translation>
    </message>
    <message>
        <source>Changing “%1” on the server…</source>
        <translation>Изменение «%1» на сервере…</translation>
    </message>
    <message>
        <source>Renamed “%1” on the server.</source>
        <translation>Лента «%1» переименована на сервере.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionPane</name>
    <message>
        <source>Subscriptions</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Отметить всё как прочитанное</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Верхний уровень)</translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation>Загружать изображения в этой ленте</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>Копировать адрес ленты</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Свойства…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Отписаться…</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>Переименовать тему…</translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation>Перестать отслеживать тему</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Новая папка…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Удалить папку…</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Со звёздочкой</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation>Отслеживаемые темы: их статьи из всех лент</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1: всего %n статья</numerusform>
            <numerusform>%1: всего %n статьи</numerusform>
            <numerusform>%1: всего %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n непрочитанная</numerusform>
            <numerusform>%1, %n непрочитанные</numerusform>
            <numerusform>%1, %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Последнее обновление: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Последняя ошибка: %3&lt;br&gt;Последнее успешное обновление: %4</translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation>%1, ошибка: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds Tidings fetches itself</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ленты, которые Tidings загружает сам</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Syncing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Синхронизация…</translation>
    </message>
    <message>
        <source>%1, syncing</source>
        <translation>%1, синхронизация</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last sync failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Последняя синхронизация не удалась: %3</translation>
    </message>
    <message>
        <source>%1, sync failing: %2</source>
        <translation>%1, ошибка синхронизации: %2</translation>
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
        <translation>Мир</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Америка</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Азия и Тихий океан</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Ближний Восток</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation>Рекомендуемые ленты</translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation>Известные источники новостей по регионам. Подписка — одним щелчком; любую из них потом можно удалить, как и любую другую ленту.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Подписаться</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>Подписаться на %1</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Вы подписаны</translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation>Тема %1 отслеживается: её статьи из всех лент собраны в разделе «Темы».</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>Тема %1 больше не отслеживается.</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Переименование темы</translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation>Показывать тему «%1» как:</translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation>Метка %1 больше не будет показываться.</translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation>Метка %1 снова показывается.</translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation>Скрытые метки тем</translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation>Метки, которые вы решили никогда не видеть. Статьи сохраняют их: покажите метку снова, и она вернётся на все статьи.</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Показывать снова</translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation>Скрытых меток нет.</translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation>Связанные:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>Связанные темы</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>в %n ленте</numerusform>
            <numerusform>в %n лентах</numerusform>
            <numerusform>в %n лентах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>в %n ленте</numerusform>
            <numerusform>в %n лентах</numerusform>
            <numerusform>в %n лентах</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Отслеживается</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Отслеживать</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>Перестать отслеживать тему %1</translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation>Отслеживать тему %1: её статьи из всех лент появятся в разделе «Темы»</translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Tidings: nothing unread</source>
        <translation>Tidings: нет непрочитанных статей</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings: %n непрочитанная статья</numerusform>
            <numerusform>Tidings: %n непрочитанные статьи</numerusform>
            <numerusform>Tidings: %n непрочитанных статей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>&amp;Скрыть Tidings</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>&amp;Показать Tidings</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Добро пожаловать в Tidings</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation>Добавление лент</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation>Темы и метки</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Нажмите &lt;b&gt;Ctrl+F&lt;/b&gt; или &lt;b&gt;/&lt;/b&gt;, чтобы искать по заголовкам, тексту статей и темам. Совпадения выделяются в статье, которую вы читаете.&lt;/p&gt;&lt;p&gt;Напишите &lt;b&gt;tag:&quot;Название темы&quot;&lt;/b&gt; (или &lt;b&gt;topic:&lt;/b&gt;), чтобы оставить только статьи на эту тему; известные темы предлагаются по мере ввода. Слова и теги можно сочетать: &lt;i&gt;tag:&quot;Tidings&quot; клавиатуры&lt;/i&gt; найдёт статью этой ленты о работе с клавиатурой.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation>Чтение с клавиатуры</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Быстрее всего работать с Tidings с помощью нескольких клавиш:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: следующая статья; &lt;b&gt;K&lt;/b&gt; или &lt;b&gt;P&lt;/b&gt;: предыдущая статья&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: следующая непрочитанная статья, а затем следующая лента с непрочитанными статьями&lt;/li&gt;&lt;li&gt;&lt;b&gt;Пробел&lt;/b&gt;: на страницу вниз, а затем к следующей статье&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: отметить как прочитанную или непрочитанную; &lt;b&gt;S&lt;/b&gt;: пометить звёздочкой&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; или &lt;b&gt;Enter&lt;/b&gt;: открыть оригинальную страницу в браузере&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: обновить все ленты&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; и &lt;b&gt;Ctrl+-&lt;/b&gt;: увеличить или уменьшить текст; &lt;b&gt;Ctrl+0&lt;/b&gt;: обычный размер&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: отменить отметку о прочтении целой ленты&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Каждое действие есть и в меню, рядом с его клавишей.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Ваша конфиденциальность</translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Удалённое изображение сообщает своему сайту, что вы читаете. Поэтому изображения заблокированы, пока вы их не разрешите: для одной статьи — кнопкой &lt;b&gt;Загрузить изображения&lt;/b&gt;, для всей ленты — кнопкой &lt;b&gt;Всегда для этой ленты&lt;/b&gt;, для всех лент — в окне &lt;b&gt;Файл → Параметры&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Ссылки открываются в вашем собственном браузере. Сам Tidings загружает только ваши ленты, их страницы и разрешённые вами изображения.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings — спокойная программа для чтения новостных сайтов и блогов, которые вы читаете. Она загружает их ленты, очищает веб-страницу каждой статьи до простого удобочитаемого текста и показывает его здесь, в одной аккуратной колонке.&lt;/p&gt;&lt;p&gt;На странице ничего не выполняется: ни скриптов, ни трекеров, ни рекламы. Удалённые изображения загружаются, только когда вы попросите.&lt;/p&gt;&lt;p&gt;Эти несколько статей хранятся на вашем компьютере, поэтому всё здесь работает без сети. Читайте дальше, чтобы узнать, как очищаются статьи, для чего нужны метки под каждым заголовком и как отслеживать тему.&lt;/p&gt;&lt;p&gt;Для начала выберите несколько известных источников новостей среди &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;рекомендуемых лент&lt;/a&gt; (&lt;b&gt;Файл → Рекомендуемые ленты&lt;/b&gt;) или добавьте любую ленту: &lt;b&gt;Файл → Добавить подписку&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation>Чистые статьи вместо веб-страниц</translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Многие ленты содержат лишь строку-другую из каждой статьи. Поэтому Tidings загружает веб-страницу статьи и очищает её: оставляет заголовок и саму статью с подзаголовками, списками, цитатами и иллюстрациями и убирает меню, рекламу, кнопки «Поделиться» и комментарии вокруг неё.&lt;/p&gt;&lt;p&gt;Пока страница очищается, вы читаете текст из самой ленты, а над ним видно сообщение; когда очищенная статья готова, она занимает его место. Если из страницы не удаётся сделать статью, остаётся текст из ленты, а ссылка &lt;b&gt;Почему?&lt;/b&gt; в сообщении объяснит, что пошло не так.&lt;/p&gt;&lt;p&gt;Исходная страница всегда в одном нажатии клавиши: &lt;b&gt;O&lt;/b&gt; открывает её в браузере.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите &lt;b&gt;Файл → Добавить подписку&lt;/b&gt; (Ctrl+N) и вставьте адрес ленты или просто адрес сайта: Tidings самостоятельно найдёт его ленту. Если хотите, поместите её в папку.&lt;/p&gt;&lt;p&gt;Переходите с другой программы? &lt;b&gt;Файл → Импорт OPML&lt;/b&gt; разом перенесёт все ваши подписки; &lt;b&gt;Экспорт OPML&lt;/b&gt; позволит забрать их в другое место.&lt;/p&gt;&lt;p&gt;Нажмите &lt;b&gt;R&lt;/b&gt;, чтобы обновить ленты. Новые статьи появляются по мере поступления.&lt;/p&gt;&lt;p&gt;Недоступная лента получает значок предупреждения в списке слева; наведите на неё указатель, чтобы узнать причину, или щёлкните по сообщению в строке состояния.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Под каждым заголовком вы видите метки: темы статьи, найденные в её тегах и в упомянутых в ней именах и названиях, и число статей на каждую из них, например &lt;i&gt;Tidings · 8&lt;/i&gt; выше.&lt;/p&gt;&lt;p&gt;Щёлкните по метке, чтобы увидеть все статьи на эту тему из всех ваших лент, сначала новые. Нажмите &lt;b&gt;Alt+←&lt;/b&gt; или кнопку «Назад», чтобы вернуться туда, где вы были.&lt;/p&gt;&lt;p&gt;Щёлкните по метке правой кнопкой мыши, чтобы переименовать её тему или скрыть метку, которую вы не хотите видеть; &lt;b&gt;Вид → Скрытые метки тем&lt;/b&gt; вернёт её.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation>Отслеживание темы</translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Интересную вам тему можно отслеживать: щёлкните по её метке правой кнопкой мыши и выберите &lt;b&gt;Отслеживать тему&lt;/b&gt; или щёлкните по метке и нажмите &lt;b&gt;Отслеживать&lt;/b&gt; над списком статей.&lt;/p&gt;&lt;p&gt;Отслеживаемая тема появляется в разделе &lt;b&gt;Темы&lt;/b&gt; в левой колонке вместе с числом непрочитанных статей. В ней собираются статьи на эту тему из всех лент, включая новые по мере поступления, так что вам не нужно знать, какой сайт напишет о ней в следующий раз.&lt;/p&gt;&lt;p&gt;Попробуйте на метке &lt;i&gt;Темы&lt;/i&gt; этой статьи.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation>Спокойная программа для чтения новостей.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation>Хранить базу данных и настройки в &lt;dir&gt; (по умолчанию: $TIDINGS_PROFILE, иначе стандартная папка данных).</translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation>Ленты или сайты, на которые нужно подписаться: адреса http или https либо ссылки feed:. Уже запущенный Tidings с тем же профилем подпишется на них.</translation>
    </message>
</context>
</TS>
