<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Sincronizando %1: enviando cambios…</translation>
    </message>
    <message>
        <source>Syncing %1: folders and feeds…</source>
        <translation>Sincronizando %1: carpetas y fuentes…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>Sincronizando %1: %n artículo nuevo…</numerusform>
            <numerusform>Sincronizando %1: %n artículos nuevos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1: read and starred…</source>
        <translation>Sincronizando %1: leídos y destacados…</translation>
    </message>
    <message>
        <source>This feed server account is no longer there.</source>
        <translation>Esta cuenta del servidor de fuentes ya no existe.</translation>
    </message>
</context>
<context>
    <name>Ui::Accounts</name>
    <message>
        <source>On This Computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>No se pudo leer la lista de cuentas: %1</translation>
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
Fuentes que Tidings descarga por sí mismo</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.</source>
        <translation>¿Quitar la cuenta %1? Sus fuentes y artículos salen de Tidings; nada cambia en el servidor.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>No se pudo quitar la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>Ui::AddAccountDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
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
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Tidings keeps the password in the system keyring. The server&apos;s feeds, folders and read state are synced with it.</source>
        <translation>Tidings guarda la contraseña en el depósito de claves del sistema. Las fuentes, carpetas y el estado de lectura del servidor se sincronizan con él.</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>No se pudo leer la lista de cuentas: %1</translation>
    </message>
    <message>
        <source>This account is already added.</source>
        <translation>Esta cuenta ya está añadida.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>No se pudo guardar la contraseña en el depósito de claves del sistema: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>no hay depósito de claves</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Guardando la cuenta…</translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>Añadir suscripción</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation>https://example.org/feed.xml o la dirección de un sitio</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Nivel superior)</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation>Tidings encuentra por sí solo la fuente de un sitio.</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>The server subscribes to the feed and fetches it; give the feed&apos;s own address.</source>
        <translation>El servidor se suscribe a la fuente y la descarga; indique la dirección de la propia fuente.</translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>Mostrar el %n artículo sobre «%1»</numerusform>
            <numerusform>Mostrar los %n artículos sobre «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1: en %n de estos artículos</numerusform>
            <numerusform>%1: en %n de estos artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation>Dejar de seguir el tema</translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation>Seguir el tema</translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation>Cambiar nombre del tema…</translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation>No volver a mostrar este chip</translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation>La base de datos en
%1
no se puede abrir.</translation>
    </message>
    <message>
        <source>%1

Tidings can open it read-only: you can read your stories, but nothing you change is saved until the disk has room or the profile can be written again.</source>
        <translation>%1

Tidings puede abrirla en modo de solo lectura: podrá leer sus noticias, pero nada de lo que cambie se guardará hasta que el disco tenga espacio o el perfil se pueda escribir de nuevo.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation>La base de datos en
%1
está dañada.</translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation>No se pudo apartar. Cierre Tidings, mueva el archivo a un lugar seguro y vuelva a iniciar Tidings para empezar con una base de datos nueva.</translation>
    </message>
    <message>
        <source>Tidings can restore the newest backup, from %1, and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Tidings puede restaurar la copia de seguridad más reciente, del %1, y recuperar las suscripciones que aún puede leer del archivo dañado.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>There is no backup yet. Tidings can start with a new, empty database and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Todavía no hay ninguna copia de seguridad. Tidings puede empezar con una base de datos nueva y vacía y recuperar las suscripciones que aún puede leer del archivo dañado.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue more of it.

%2</source>
        <translation>No se ha borrado nada: el archivo dañado se movió a
%1
donde la herramienta sqlite3 (.recover) quizá pueda rescatar más.

%2</translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation>Empezar con una base de datos nueva</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>La recuperación ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>%n suscripción recuperada.</numerusform>
            <numerusform>%n suscripciones recuperadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup from %1 was restored. %2</source>
        <translation>Se restauró la copia de seguridad del %1. %2</translation>
    </message>
    <message>
        <source>A new database was started. %1</source>
        <translation>Se ha creado una base de datos nueva. %1</translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation>Sin errores</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>El servidor respondió con un error</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation>La descarga es demasiado grande</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Demasiadas redirecciones</translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation>No se encontró ninguna fuente en esta dirección</translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation>No se pudo leer la fuente</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Error de la base de datos</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation>El artículo no enlaza con ninguna página web</translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation>El enlace lleva a algo que no es una página web</translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation>La página no contiene ningún artículo</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate was refused</source>
        <translation>Se rechazó el certificado de seguridad del sitio</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>No se encontró el nombre del servidor</translation>
    </message>
    <message>
        <source>The connection to the server broke off</source>
        <translation>La conexión con el servidor se interrumpió</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved</source>
        <translation>El disco está lleno: el cambio no se ha guardado</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only profile): the change was not saved</source>
        <translation>No se puede escribir en la base de datos (perfil de solo lectura): el cambio no se ha guardado</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>El servidor no aceptó este nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open Preferences, turn on “Enable API” (under General) and save, then try again.</source>
        <translation>Este usuario no puede usar la API. Inicie sesión en Tiny Tiny RSS en un navegador web, abra las preferencias, active «Enable API» (en «General») y guarde; después vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network.</source>
        <translation>No se pudo contactar con el servidor. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the network.</source>
        <translation>No se pudo contactar con el servidor (%1). Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>The server ended the session and signing in again failed.</source>
        <translation>El servidor cerró la sesión y no se pudo volver a iniciarla.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check that the address is the one of Tiny Tiny RSS itself (the page you sign in on).</source>
        <translation>El servidor respondió con el estado HTTP %1. Compruebe que la dirección es la del propio Tiny Tiny RSS (la página donde inicia sesión).</translation>
    </message>
    <message>
        <source>The server&apos;s reply was not one of Tiny Tiny RSS (%1). Check the address.</source>
        <translation>La respuesta del servidor no era de Tiny Tiny RSS (%1). Compruebe la dirección.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>The server no longer has this feed. Sync to catch up.</source>
        <translation>El servidor ya no tiene esta fuente. Sincronice para ponerse al día.</translation>
    </message>
    <message>
        <source>The server no longer has this folder. Sync to catch up.</source>
        <translation>El servidor ya no tiene esta carpeta. Sincronice para ponerse al día.</translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation>&amp;Limpiar la página web de cada artículo</translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation>La fuente trae el texto &amp;completo</translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation>Cargar las &amp;imágenes remotas de esta fuente</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Propiedades de la fuente</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Nivel superior)</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>Según las preferencias (cada %n minuto)</numerusform>
            <numerusform>Según las preferencias (cada %n minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation>Según las preferencias</translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation>Conservar los artículos durante</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>Conservar solo los más recientes</translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation>Conservar todos los artículos</translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation>Los artículos destacados se conservan siempre.</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Sin inicio de sesión</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation>La contraseña se guarda en el depósito de claves del sistema, nunca en los archivos de Tidings.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Actualizar:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Artículos:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>C&amp;onservar:</translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation>Inicio de sesión HTTP</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new stories in this feed</source>
        <translation>Avisarme de los artículos &amp;nuevos de esta fuente</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>Minutos entre actualizaciones</translation>
    </message>
    <message>
        <source>Days or stories to keep</source>
        <translation>Días o artículos que conservar</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed server fetches this address; to follow another, subscribe to it.</source>
        <translation>El servidor de fuentes descarga esta dirección; para seguir otra, suscríbase a ella.</translation>
    </message>
    <message>
        <source>This feed comes from a feed server: a new name or folder is made there, then synced here.</source>
        <translation>Esta fuente procede de un servidor de fuentes: el nuevo nombre o la nueva carpeta se asignan allí y luego se sincronizan aquí.</translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation>No es una imagen que la aplicación pueda mostrar</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>Añadir &amp;suscripción…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importar OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exportar OPML…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo Mark as Read</source>
        <translation>&amp;Deshacer marcar como leído</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation>Chips de temas &amp;ocultos…</translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation>Solo artículos no &amp;leídos</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>Los más antiguos p&amp;rimero</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>Artí&amp;culo</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation>Siguiente artículo no &amp;leído</translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation>Avanzar página o artículo siguiente</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>Marcar como l&amp;eído / no leído</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Destacar / quitar destacado</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>Abrir el &amp;original</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation>Marcar los de a&amp;rriba como leídos</translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation>Marcar los de a&amp;bajo como leídos</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation>&amp;Suscripciones</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>Actualizar &amp;todo</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Actualizar la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation>&amp;Marcar la selección como leída</translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation>Marcar t&amp;odo como leído</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>&amp;Propiedades de la fuente…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>Acerca &amp;de Tidings</translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation>&amp;Fuentes sugeridas…</translation>
    </message>
    <message>
        <source>Add Accou&amp;nt…</source>
        <translation>Añadir cue&amp;nta…</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>Cuen&amp;tas…</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>S&amp;incronizar cuentas</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>Acerca de Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;Un lector tranquilo de fuentes de noticias: limpia cada artículo para dejar un texto legible y relaciona los artículos por tema.&lt;/p&gt;&lt;p&gt;Perfil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation>La actualización no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation>Seleccione una fuente para ver sus propiedades.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>No se pudo leer la lista: %1</translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>No se pudo suscribir a %1: %2</translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation>No hay artículos aquí.</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>Ningún artículo coincide con «%1».</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>No hay nada sin leer aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>%n artículo marcado como leído.</numerusform>
            <numerusform>%n artículos marcados como leídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>%n artículo marcado de nuevo como no leído.</numerusform>
            <numerusform>%n artículos marcados de nuevo como no leídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>Suscrito a %1.</translation>
    </message>
    <message>
        <source>There is no server account to sync. Add one with File ▸ Add Account…</source>
        <translation>No hay ninguna cuenta de servidor que sincronizar. Añada una con Archivo ▸ Añadir cuenta…</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Falló la sincronización de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>Sincronización de %1 terminada: %n artículo nuevo.</numerusform>
            <numerusform>Sincronización de %1 terminada: %n artículos nuevos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>%n artículo nuevo sobre %1</numerusform>
            <numerusform>%n artículos nuevos sobre %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>%n artículo nuevo en %1</numerusform>
            <numerusform>%n artículos nuevos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>%n artículo nuevo</numerusform>
            <numerusform>%n artículos nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation>&amp;Marcar un artículo como leído al seleccionarlo</translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation>Cargar las &amp;imágenes remotas en todos los artículos</translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation>Usar este tipo de &amp;letra:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Si&amp;n proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Pro&amp;xy HTTP manual:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>El navegador predeterminado del escritorio</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation>&amp;Actualizar las fuentes cada:</translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation>Las propiedades de cada fuente pueden fijar otro intervalo.</translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation>Abrir los enlaces &amp;con:</translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation>Una orden como «firefox --new-tab»; el enlace se añade al final.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Tidings.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>al instante</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>tras:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Los colores del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation>Las imágenes remotas revelan a los sitios que usted lee sus artículos. Sin esta opción, las imágenes solo se cargan cuando usted lo pide, por artículo o por fuente.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Esq&amp;uema de colores:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation>Conservar los artículos &amp;durante:</translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation>Conservar como máximo, &amp;por fuente:</translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation>Los artículos destacados se conservan siempre. Las propiedades de cada fuente pueden fijar otros límites.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new stories arrive</source>
        <translation>Mostrar una &amp;notificación del escritorio cuando lleguen artículos nuevos</translation>
    </message>
    <message>
        <source>And for new stories on &amp;followed topics</source>
        <translation>Y también para los artículos nuevos de temas &amp;seguidos</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the unread count</source>
        <translation>Mostrar en la &amp;bandeja del sistema un icono con el número de artículos sin leer</translation>
    </message>
    <message>
        <source>&amp;Closing the window leaves Tidings running in the tray</source>
        <translation>&amp;Cerrar la ventana deja Tidings en ejecución en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Delay before a story is marked read</source>
        <translation>Espera antes de marcar un artículo como leído</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Tipo de letra de lectura</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Tamaño del tipo de letra de lectura</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Feeds that notify</source>
        <translation>Fuentes que notifican</translation>
    </message>
    <message>
        <source>From every feed</source>
        <translation>De todas las fuentes</translation>
    </message>
    <message>
        <source>From the feeds chosen in their properties</source>
        <translation>De las fuentes elegidas en sus propiedades</translation>
    </message>
    <message>
        <source>One notification per refresh, however many stories it brings.</source>
        <translation>Una sola notificación por actualización, sin importar cuántos artículos traiga.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>Panel de lectura</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>Cargar imágenes</translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation>Siempre para esta fuente</translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation>Por qué se muestra el texto de la fuente</translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation>No se pudo convertir la página en un artículo legible.</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation>Seleccione un artículo para leerlo aquí.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir el original</translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation>Limpiando… mientras tanto se muestra el texto de la fuente.</translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation>Se muestra el texto de la fuente. &lt;a href=&quot;why&quot;&gt;¿Por qué?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation>Este artículo no tiene texto. Abra el original para leerlo.</translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation>Se ha bloqueado 1 imagen remota para proteger su privacidad.</translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation>Se han bloqueado %1 imágenes remotas para proteger su privacidad.</translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>Ayer</translation>
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
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation>Buscar  (palabras, tag:&quot;Tema&quot;)</translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>Actualizando la fuente %1 de %2</translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation>Limpiando el artículo %1 de %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation>Sin conexión: la actualización espera a la red</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>Próxima actualización: %1</translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation>1 fuente con errores</translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation>%1 fuentes con errores</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation>%1 — %2 (último éxito: %3)</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>Todas las fuentes funcionan.</translation>
    </message>
    <message>
        <source>Read-only: the disk is full, changes are not saved</source>
        <translation>Solo lectura: el disco está lleno, los cambios no se guardan</translation>
    </message>
    <message>
        <source>Read-only: the profile cannot be written, changes are not saved</source>
        <translation>Solo lectura: no se puede escribir en el perfil, los cambios no se guardan</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar destacado</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>Marcar todos los de arriba como leídos</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>Marcar todos los de abajo como leídos</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>Este artículo no tiene página web.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation>No quedan artículos sin leer.</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>%1, starred</source>
        <translation>%1, destacado</translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation>Este artículo ya no está guardado.</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>Este artículo no tiene página web.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation>¿Eliminar la carpeta «%1»? Sus fuentes subirán un nivel.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation>¿Cancelar la suscripción a «%1» y eliminar sus artículos?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>Propiedades de la fuente</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importar OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Archivos OPML (*.opml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 no es una lista de suscripciones: %2</translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation>Se importaron %1 suscripciones (%2 ya existían).</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidas: %1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exportar OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Archivos OPML (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Suscripciones de Tidings</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation>Se exportaron %1 suscripciones a %2.</translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation>No se puede suscribir a «%1»: no es una dirección web.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>Ya está suscrito a %1.</translation>
    </message>
    <message>
        <source>A feed server&apos;s folders are changed on the server&apos;s own pages; the next sync brings the change here.</source>
        <translation>Las carpetas de un servidor de fuentes se cambian en las propias páginas del servidor; la próxima sincronización trae el cambio aquí.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>The server did not subscribe: %1</source>
        <translation>El servidor no realizó la suscripción: %1</translation>
    </message>
    <message>
        <source>This feed server account cannot be reached from here.</source>
        <translation>No se puede acceder a esta cuenta del servidor de fuentes desde aquí.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave this computer at the next sync.</source>
        <translation>¿Cancelar la suscripción a «%1» en el servidor de fuentes? El servidor dejará de descargarla y sus artículos saldrán de este equipo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1” on the server…</source>
        <translation>Cancelando la suscripción a «%1» en el servidor…</translation>
    </message>
    <message>
        <source>The server did not unsubscribe from “%1”: %2</source>
        <translation>El servidor no canceló la suscripción a «%1»: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1” on the server.</source>
        <translation>Suscripción a «%1» cancelada en el servidor.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>The server did not change “%1”: %2</source>
        <translation>El servidor no cambió «%1»: %2</translation>
    </message>
    <message>
        <source>A feed server&apos;s feed moves only into that server&apos;s folders.</source>
        <translation>Una fuente de un servidor de fuentes solo puede moverse a las carpetas de ese servidor.</translation>
    </message>
    <message>
        <source>Moved “%1” on the server.</source>
        <translation>La fuente «%1» se movió en el servidor.</translation>
    </message>
    <message>
        <source>Changing “%1” on the server…</source>
        <translation>Cambiando «%1» en el servidor…</translation>
    </message>
    <message>
        <source>Renamed “%1” on the server.</source>
        <translation>La fuente «%1» cambió de nombre en el servidor.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionPane</name>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Nivel superior)</translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation>Cargar imágenes en esta fuente</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>Copiar dirección de la fuente</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propiedades…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Cancelar suscripción…</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>Cambiar nombre del tema…</translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation>Dejar de seguir el tema</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Nueva carpeta…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Eliminar carpeta…</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation>Temas que usted sigue: sus artículos de todas las fuentes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1: %n artículo en total</numerusform>
            <numerusform>%1: %n artículos en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n sin leer</numerusform>
            <numerusform>%1, %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Última actualización: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Último error: %3&lt;br&gt;Último éxito: %4</translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation>%1, con errores: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds Tidings fetches itself</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fuentes que Tidings descarga por sí mismo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Syncing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Sincronizando…</translation>
    </message>
    <message>
        <source>%1, syncing</source>
        <translation>%1, sincronizando</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last sync failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Falló la última sincronización: %3</translation>
    </message>
    <message>
        <source>%1, sync failing: %2</source>
        <translation>%1, con errores de sincronización: %2</translation>
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
        <translation>Mundo</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>América</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Oriente Medio</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation>Fuentes sugeridas</translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation>Fuentes de noticias conocidas, por región. Con un clic se suscribe; cada una puede quitarse más tarde como cualquier otra fuente.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>Suscribirse a %1</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation>Ahora sigue %1: sus artículos de todas las fuentes están en «Temas».</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>Ya no sigue %1.</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>Cambiar nombre del tema</translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation>Mostrar el tema «%1» como:</translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation>El chip %1 no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation>El chip %1 vuelve a mostrarse.</translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation>Chips de temas ocultos</translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation>Los chips que decidió no volver a ver. Sus artículos los conservan: si vuelve a mostrar uno, reaparece en todos los artículos.</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation>No hay chips ocultos.</translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation>Relacionados:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>Temas relacionados</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>Dejar de seguir %1</translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation>Seguir %1: sus artículos de todas las fuentes, en «Temas»</translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Tidings: nothing unread</source>
        <translation>Tidings: nada sin leer</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings: %n artículo sin leer</numerusform>
            <numerusform>Tidings: %n artículos sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>&amp;Ocultar Tidings</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>&amp;Mostrar Tidings</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Le damos la bienvenida a Tidings</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation>Añadir sus fuentes</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation>Temas y chips</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pulse &lt;b&gt;Ctrl+F&lt;/b&gt; o &lt;b&gt;/&lt;/b&gt; para buscar en títulos, texto de los artículos y temas. Las coincidencias se resaltan en el artículo que lee.&lt;/p&gt;&lt;p&gt;Escriba &lt;b&gt;tag:&quot;Nombre del tema&quot;&lt;/b&gt; (o &lt;b&gt;topic:&lt;/b&gt;) para quedarse solo con los artículos de un tema; los temas conocidos se proponen mientras escribe. Palabras y etiquetas se combinan: &lt;i&gt;tag:&quot;Tidings&quot; teclas&lt;/i&gt; encuentra el artículo de esta fuente sobre el teclado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation>Leer con el teclado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings es más rápido con unas pocas teclas:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: artículo siguiente; &lt;b&gt;K&lt;/b&gt; o &lt;b&gt;P&lt;/b&gt;: artículo anterior&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: siguiente artículo no leído y, después, la siguiente fuente con artículos no leídos&lt;/li&gt;&lt;li&gt;&lt;b&gt;Espacio&lt;/b&gt;: avanzar una página y, después, pasar al artículo siguiente&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: marcar como leído o no leído; &lt;b&gt;S&lt;/b&gt;: destacar&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; o &lt;b&gt;Intro&lt;/b&gt;: abrir la página original en su navegador&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: actualizar todas las fuentes&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; y &lt;b&gt;Ctrl+-&lt;/b&gt;: texto más grande o más pequeño; &lt;b&gt;Ctrl+0&lt;/b&gt;: volver al tamaño normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: deshacer el marcado como leída de toda una fuente&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Cada acción está también en los menús, con su tecla al lado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Su privacidad</translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una imagen remota le dice a su sitio que usted está leyendo. Por eso las imágenes permanecen bloqueadas hasta que usted las permita: para un artículo con &lt;b&gt;Cargar imágenes&lt;/b&gt;, para toda una fuente con &lt;b&gt;Siempre para esta fuente&lt;/b&gt;, o en todas partes en &lt;b&gt;Archivo → Preferencias&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Los enlaces se abren en su propio navegador. Tidings solo descarga sus fuentes, las páginas de estas y las imágenes que usted haya permitido.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings es un lector tranquilo para los sitios de noticias y blogs que usted sigue. Descarga sus fuentes, limpia la página web de cada artículo para dejar un texto sencillo y legible, y lo muestra aquí en una columna serena.&lt;/p&gt;&lt;p&gt;En una página no se ejecuta nada: ni scripts, ni rastreadores, ni anuncios. Las imágenes remotas solo se cargan cuando usted lo pide.&lt;/p&gt;&lt;p&gt;Estos pocos artículos están guardados en su equipo, así que aquí todo funciona sin red. Siga leyendo para ver cómo se limpian los artículos, para qué sirven los chips bajo cada titular y cómo seguir un tema.&lt;/p&gt;&lt;p&gt;Para empezar, elija algunas fuentes de noticias conocidas entre &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;las fuentes sugeridas&lt;/a&gt; (&lt;b&gt;Archivo → Fuentes sugeridas&lt;/b&gt;), o añada cualquier fuente con &lt;b&gt;Archivo → Añadir suscripción&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation>Artículos limpios, no páginas web</translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Muchas fuentes solo traen una o dos líneas de cada artículo. Por eso Tidings descarga la página web del artículo y la limpia: conserva el titular y el artículo, con sus encabezados, listas, citas e imágenes, y deja fuera los menús, anuncios, botones para compartir y comentarios que lo rodean.&lt;/p&gt;&lt;p&gt;Mientras se limpia una página, usted lee el texto de la propia fuente, con un aviso encima; el artículo limpio ocupa su lugar en cuanto está listo. Cuando una página no se puede convertir en un artículo, el texto de la fuente se queda, y &lt;b&gt;¿Por qué?&lt;/b&gt; en el aviso le explica qué salió mal.&lt;/p&gt;&lt;p&gt;La página original está siempre a una tecla: &lt;b&gt;O&lt;/b&gt; la abre en su navegador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija &lt;b&gt;Archivo → Añadir suscripción&lt;/b&gt; (Ctrl+N) y pegue la dirección de una fuente, o simplemente la de un sitio: Tidings encuentra su fuente por sí solo. Si quiere, guárdela en una carpeta.&lt;/p&gt;&lt;p&gt;¿Viene de otro lector? &lt;b&gt;Archivo → Importar OPML&lt;/b&gt; trae todas sus suscripciones de una vez; &lt;b&gt;Exportar OPML&lt;/b&gt; las lleva a otra parte.&lt;/p&gt;&lt;p&gt;Pulse &lt;b&gt;R&lt;/b&gt; para actualizar. Los artículos nuevos aparecen a medida que llegan.&lt;/p&gt;&lt;p&gt;Una fuente a la que no se puede acceder muestra una señal de advertencia en la lista de la izquierda; pase el puntero por encima para ver el motivo, o haga clic en el aviso de la barra de estado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bajo cada titular verá chips: los temas del artículo, encontrados en sus etiquetas y en los nombres que menciona, con cuántos artículos comparten cada uno, como &lt;i&gt;Tidings · 8&lt;/i&gt; arriba.&lt;/p&gt;&lt;p&gt;Haga clic en un chip para ver todos los artículos sobre ese tema de todas sus fuentes, los más recientes primero. Pulse &lt;b&gt;Alt+Izquierda&lt;/b&gt; o el botón Atrás para volver a donde estaba.&lt;/p&gt;&lt;p&gt;Haga clic derecho en un chip para cambiar el nombre de su tema, o para ocultar un chip que no quiera ver nunca; &lt;b&gt;Ver → Chips de temas ocultos&lt;/b&gt; lo recupera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation>Seguir un tema</translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Puede seguir un tema que le interese: haga clic derecho en su chip y elija &lt;b&gt;Seguir el tema&lt;/b&gt;, o haga clic en el chip y pulse &lt;b&gt;Seguir&lt;/b&gt; encima de la lista de artículos.&lt;/p&gt;&lt;p&gt;Un tema seguido aparece bajo &lt;b&gt;Temas&lt;/b&gt; en la columna de la izquierda, con su número de artículos sin leer. Reúne los artículos sobre ese tema de todas las fuentes, también los nuevos a medida que llegan, así que no necesita saber qué sitio escribirá sobre él la próxima vez.&lt;/p&gt;&lt;p&gt;Pruébelo con el chip &lt;i&gt;Temas&lt;/i&gt; de este artículo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation>Un lector de noticias tranquilo.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation>Guardar la base de datos y la configuración en &lt;dir&gt; (predeterminado: $TIDINGS_PROFILE o, si no, la carpeta de datos estándar).</translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation>Fuentes o sitios a los que suscribirse: direcciones http o https, o enlaces feed:. Una instancia de Tidings ya abierta con el mismo perfil se suscribe a ellos.</translation>
    </message>
</context>
</TS>
