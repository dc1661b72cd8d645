<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as RTL in right-to-left languages (Arabic, Urdu), else as LTR.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Ui::AccountController</name>
    <message>
        <source>Syncing %1: sending changes…</source>
        <translation>مزامنة %1: إرسال التغييرات…</translation>
    </message>
    <message>
        <source>Syncing %1: folders and feeds…</source>
        <translation>مزامنة %1: المجلدات والخلاصات…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>مزامنة %1: لا أخبار جديدة (%n)…</numerusform>
            <numerusform>مزامنة %1: خبر جديد واحد (%n)…</numerusform>
            <numerusform>مزامنة %1: خبران جديدان (%n)…</numerusform>
            <numerusform>مزامنة %1: %n أخبار جديدة…</numerusform>
            <numerusform>مزامنة %1: %n خبرًا جديدًا…</numerusform>
            <numerusform>مزامنة %1: %n خبر جديد…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1: read and starred…</source>
        <translation>مزامنة %1: المقروءة والمميزة بنجمة…</translation>
    </message>
    <message>
        <source>This feed server account is no longer there.</source>
        <translation>لم يعد حساب خادم الخلاصات هذا موجودًا.</translation>
    </message>
</context>
<context>
    <name>Ui::Accounts</name>
    <message>
        <source>On This Computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة الحسابات: %1</translation>
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
خلاصات يجلبها Tidings بنفسه</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.</source>
        <translation>أتريد إزالة الحساب %1؟ ستُزال خلاصاته وأخباره من Tidings؛ ولن يتغير شيء على الخادم.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>تعذّرت إزالة الحساب: %1</translation>
    </message>
</context>
<context>
    <name>Ui::AddAccountDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>إضافة حساب</translation>
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
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة السر:</translation>
    </message>
    <message>
        <source>Tidings keeps the password in the system keyring. The server&apos;s feeds, folders and read state are synced with it.</source>
        <translation>يحفظ Tidings كلمة السر في حلقة مفاتيح النظام. تُزامَن معه خلاصات الخادم ومجلداته وحالة القراءة.</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة الحسابات: %1</translation>
    </message>
    <message>
        <source>This account is already added.</source>
        <translation>هذا الحساب مضاف بالفعل.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>جارٍ تسجيل الدخول إلى %1…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>تعذّر حفظ كلمة السر في حلقة مفاتيح النظام: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>تعذّر حفظ الحساب: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>لا توجد حلقة مفاتيح</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>جارٍ حفظ الحساب…</translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>إضافة اشتراك</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation>https://example.org/feed.xml أو رابط موقع</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation>يعثر Tidings على خلاصة الموقع بنفسه.</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>The server subscribes to the feed and fetches it; give the feed&apos;s own address.</source>
        <translation>يشترك الخادم في الخلاصة ويجلبها؛ أدخل عنوان الخلاصة نفسها.</translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>عرض كل الأخبار عن %1</numerusform>
            <numerusform>عرض الخبر الوحيد عن %1</numerusform>
            <numerusform>عرض الخبرين عن %1</numerusform>
            <numerusform>عرض كل الأخبار الـ%n عن %1</numerusform>
            <numerusform>عرض كل الأخبار الـ%n عن %1</numerusform>
            <numerusform>عرض كل الأخبار الـ%n عن %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>الموضوع %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1: في %n من هذه الأخبار</numerusform>
            <numerusform>%1: في خبر واحد من هذه الأخبار</numerusform>
            <numerusform>%1: في خبرين من هذه الأخبار</numerusform>
            <numerusform>%1: في %n من هذه الأخبار</numerusform>
            <numerusform>%1: في %n من هذه الأخبار</numerusform>
            <numerusform>%1: في %n من هذه الأخبار</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation>إلغاء متابعة الموضوع</translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation>متابعة الموضوع</translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation>إعادة تسمية الموضوع…</translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation>عدم إظهار هذه الشارة أبدًا</translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>لا يستطيع Tidings فتح قاعدة بياناته</translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات في
%1</translation>
    </message>
    <message>
        <source>%1

Tidings can open it read-only: you can read your stories, but nothing you change is saved until the disk has room or the profile can be written again.</source>
        <translation>%1

يستطيع Tidings فتحها للقراءة فقط: يمكنك قراءة أخبارك، لكن لن يُحفظ أي تغيير تجريه حتى تتوفر مساحة على القرص أو تصبح الكتابة في الملف الشخصي ممكنة من جديد.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation>قاعدة البيانات في
%1
تالفة.</translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation>تعذّر نقلها جانبًا. أغلق Tidings وانقل الملف إلى مكان آمن، ثم شغّل Tidings من جديد لتبدأ بقاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>Tidings can restore the newest backup, from %1, and add back the subscriptions it can still read from the damaged file.</source>
        <translation>يستطيع Tidings استعادة أحدث نسخة احتياطية، من %1، وإعادة الاشتراكات التي ما زال يمكنه قراءتها من الملف التالف.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>There is no backup yet. Tidings can start with a new, empty database and add back the subscriptions it can still read from the damaged file.</source>
        <translation>لا توجد نسخة احتياطية بعد. يستطيع Tidings البدء بقاعدة بيانات جديدة فارغة وإعادة الاشتراكات التي ما زال يمكنه قراءتها من الملف التالف.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue more of it.

%2</source>
        <translation>لم يُحذف شيء: نُقل الملف التالف إلى
%1
حيث قد تنقذ أداة sqlite3 (.recover) المزيد منه.

%2</translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation>البدء بقاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>فشلت الاستعادة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>لم يُعَد أي اشتراك (%n).</numerusform>
            <numerusform>أُعيد اشتراك واحد (%n).</numerusform>
            <numerusform>أُعيد اشتراكان (%n).</numerusform>
            <numerusform>أُعيدت %n اشتراكات.</numerusform>
            <numerusform>أُعيد %n اشتراكًا.</numerusform>
            <numerusform>أُعيد %n اشتراك.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup from %1 was restored. %2</source>
        <translation>استُعيدت النسخة الاحتياطية من %1. %2</translation>
    </message>
    <message>
        <source>A new database was started. %1</source>
        <translation>بُدئت قاعدة بيانات جديدة. %1</translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation>لا يوجد خطأ</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>إدخال غير صالح</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>تتعذّر قراءة الملف</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>خطأ في الشبكة</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>ردّ الخادم بخطأ</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>لم يردّ الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation>التنزيل كبير جدًا</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>عدد كبير جدًا من عمليات إعادة التوجيه</translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation>لم يُعثر على أي خلاصة في هذا الرابط</translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation>تعذّرت قراءة الخلاصة</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>خطأ في قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>موجود مسبقًا</translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation>لا يرتبط الخبر بأي صفحة ويب</translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation>يؤدي الرابط إلى شيء غير صفحة ويب</translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation>لا تحتوي الصفحة على مقالة</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate was refused</source>
        <translation>رُفضت شهادة الأمان الخاصة بالموقع</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>لم يُعثر على اسم الخادم</translation>
    </message>
    <message>
        <source>The connection to the server broke off</source>
        <translation>انقطع الاتصال بالخادم</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved</source>
        <translation>القرص ممتلئ: لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only profile): the change was not saved</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات (ملف شخصي للقراءة فقط): لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>لم يقبل الخادم اسم المستخدم وكلمة السر هذين.</translation>
    </message>
    <message>
        <source>This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open Preferences, turn on “Enable API” (under General) and save, then try again.</source>
        <translation>لا يُسمح لهذا المستخدم باستخدام واجهة API. سجّل الدخول إلى Tiny Tiny RSS في متصفح الويب، وافتح التفضيلات (Preferences)، وفعّل «Enable API» (ضمن General) واحفظ، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقق من الرابط ومن الشبكة.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the network.</source>
        <translation>تعذّر الوصول إلى الخادم (%1). تحقق من الرابط ومن الشبكة.</translation>
    </message>
    <message>
        <source>The server ended the session and signing in again failed.</source>
        <translation>أنهى الخادم الجلسة وفشلت إعادة تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check that the address is the one of Tiny Tiny RSS itself (the page you sign in on).</source>
        <translation>ردّ الخادم برمز حالة HTTP %1. تحقق من أن الرابط هو رابط Tiny Tiny RSS نفسه (الصفحة التي تسجّل الدخول منها).</translation>
    </message>
    <message>
        <source>The server&apos;s reply was not one of Tiny Tiny RSS (%1). Check the address.</source>
        <translation>لم يكن ردّ الخادم من Tiny Tiny RSS (%1). تحقق من الرابط.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>رفض الخادم: %1</translation>
    </message>
    <message>
        <source>The server no longer has this feed. Sync to catch up.</source>
        <translation>لم تعد هذه الخلاصة موجودة على الخادم. زامِن لمواكبة التغييرات.</translation>
    </message>
    <message>
        <source>The server no longer has this folder. Sync to catch up.</source>
        <translation>لم يعد هذا المجلد موجودًا على الخادم. زامِن لمواكبة التغييرات.</translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation>تن&amp;ظيف صفحة الويب لكل خبر</translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation>تحتوي الخلاصة على ال&amp;نص الكامل</translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation>تحميل ال&amp;صور البعيدة في هذه الخلاصة</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>خصائص الخلاصة</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>إعداد التطبيق (كل %n دقيقة)</numerusform>
            <numerusform>إعداد التطبيق (كل دقيقة)</numerusform>
            <numerusform>إعداد التطبيق (كل دقيقتين)</numerusform>
            <numerusform>إعداد التطبيق (كل %n دقائق)</numerusform>
            <numerusform>إعداد التطبيق (كل %n دقيقة)</numerusform>
            <numerusform>إعداد التطبيق (كل %n دقيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation>كل</translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation>إعداد التطبيق</translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation>الاحتفاظ بالأخبار لمدة</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>الاحتفاظ بالأحدث فقط</translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation>الاحتفاظ بكل الأخبار</translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation>يُحتفظ دائمًا بالأخبار المميزة بنجمة.</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>بلا تسجيل دخول</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation>تُحفظ كلمة السر في حلقة مفاتيح النظام، ولا تُحفظ أبدًا في ملفات Tidings نفسها.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>ال&amp;تحديث:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>الأخبار:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>الا&amp;حتفاظ:</translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation>تسجيل الدخول عبر HTTP</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة السر:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new stories in this feed</source>
        <translation>إ&amp;شعاري بالأخبار الجديدة في هذه الخلاصة</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>عدد الدقائق بين التحديثات</translation>
    </message>
    <message>
        <source>Days or stories to keep</source>
        <translation>عدد الأيام أو الأخبار التي يُحتفظ بها</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed server fetches this address; to follow another, subscribe to it.</source>
        <translation>يجلب خادم الخلاصات هذا العنوان؛ لمتابعة عنوان آخر، اشترك فيه.</translation>
    </message>
    <message>
        <source>This feed comes from a feed server: a new name or folder is made there, then synced here.</source>
        <translation>تأتي هذه الخلاصة من خادم خلاصات: يُعيَّن الاسم أو المجلد الجديد هناك، ثم يُزامَن هنا.</translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation>ليست صورة يستطيع التطبيق عرضها</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>&amp;إضافة اشتراك…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>&amp;مجلد جديد…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>ا&amp;ستيراد OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;تصدير OPML…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo Mark as Read</source>
        <translation>&amp;تراجع عن التعليم كمقروء</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>الخبر ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>الخبر ال&amp;سابق</translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation>صفحة للأسفل أو الخبر التالي</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>تعليم كم&amp;قروء / غير مقروء</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>تمييز بن&amp;جمة / إزالة النجمة</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;فتح الأصل</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation>ا&amp;شتراكات</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>تحديث ال&amp;كل</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>تحديث ال&amp;محدد</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation>&amp;تعليم المحدد كمقروء</translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation>تعليم ال&amp;جميع كمقروء</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;عن Tidings</translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation>شارات المواضيع ال&amp;مخفية…</translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation>الأخبار غير المقروءة &amp;فقط</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>الأ&amp;قدم أولًا</translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation>الخبر &amp;غير المقروء التالي</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;نسخ الرابط</translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation>تعليم ما &amp;أعلاه كمقروء</translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation>تعليم ما أ&amp;دناه كمقروء</translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>&amp;خصائص الخلاصة…</translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation>خلاصات م&amp;قترحة…</translation>
    </message>
    <message>
        <source>Add Accou&amp;nt…</source>
        <translation>إضافة &amp;حساب…</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>ال&amp;حسابات…</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>م&amp;زامنة الحسابات</translation>
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
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <source>View</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation>لا أخبار هنا.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>البحث: %1</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>لا شيء غير مقروء هنا.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>لم يُعلَّم أي خبر كمقروء.</numerusform>
            <numerusform>تم تعليم خبر واحد كمقروء.</numerusform>
            <numerusform>تم تعليم خبرين كمقروءين.</numerusform>
            <numerusform>تم تعليم %n أخبار كمقروءة.</numerusform>
            <numerusform>تم تعليم %n خبرًا كمقروءة.</numerusform>
            <numerusform>تم تعليم %n خبر كمقروءة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>لم يُعَد تعليم أي خبر كغير مقروء.</numerusform>
            <numerusform>أُعيد تعليم خبر واحد كغير مقروء.</numerusform>
            <numerusform>أُعيد تعليم خبرين كغير مقروءين.</numerusform>
            <numerusform>أُعيد تعليم %n أخبار كغير مقروءة.</numerusform>
            <numerusform>أُعيد تعليم %n خبرًا كغير مقروءة.</numerusform>
            <numerusform>أُعيد تعليم %n خبر كغير مقروءة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation>التحديث غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>تم الاشتراك في %1.</translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>تعذّر الاشتراك في %1: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>عن Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;قارئ هادئ لخلاصات الأخبار: ينظّف كل خبر ليصبح نصًا مقروءًا، ويربط الأخبار بعضها ببعض حسب الموضوع.&lt;/p&gt;&lt;p&gt;الملف الشخصي: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>تعذّرت قراءة القائمة: %1</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>لا أخبار تطابق «%1».</translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation>اختر خلاصة لعرض خصائصها.</translation>
    </message>
    <message>
        <source>There is no server account to sync. Add one with File ▸ Add Account…</source>
        <translation>لا يوجد حساب خادم لمزامنته. أضف حسابًا من ملف ▸ إضافة حساب…</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>فشلت مزامنة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>تمت مزامنة %1: لا أخبار جديدة (%n).</numerusform>
            <numerusform>تمت مزامنة %1: خبر جديد واحد (%n).</numerusform>
            <numerusform>تمت مزامنة %1: خبران جديدان (%n).</numerusform>
            <numerusform>تمت مزامنة %1: %n أخبار جديدة.</numerusform>
            <numerusform>تمت مزامنة %1: %n خبرًا جديدًا.</numerusform>
            <numerusform>تمت مزامنة %1: %n خبر جديد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>لا أخبار جديدة عن %1</numerusform>
            <numerusform>خبر جديد واحد عن %1</numerusform>
            <numerusform>خبران جديدان عن %1</numerusform>
            <numerusform>%n أخبار جديدة عن %1</numerusform>
            <numerusform>%n خبرًا جديدًا عن %1</numerusform>
            <numerusform>%n خبر جديد عن %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>لا أخبار جديدة في %1</numerusform>
            <numerusform>خبر جديد واحد في %1</numerusform>
            <numerusform>خبران جديدان في %1</numerusform>
            <numerusform>%n أخبار جديدة في %1</numerusform>
            <numerusform>%n خبرًا جديدًا في %1</numerusform>
            <numerusform>%n خبر جديد في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>لا أخبار جديدة</numerusform>
            <numerusform>خبر جديد واحد</numerusform>
            <numerusform>خبران جديدان</numerusform>
            <numerusform>%n أخبار جديدة</numerusform>
            <numerusform>%n خبرًا جديدًا</numerusform>
            <numerusform>%n خبر جديد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation>تُعلِم الصور البعيدةُ المواقعَ بأنك تقرأ أخبارها. من دون هذا الخيار لا تُحمَّل الصور إلا عندما تطلبها، لكل خبر أو لكل خلاصة.</translation>
    </message>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation>&amp;تعليم الخبر كمقروء عند تحديده</translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation>تحميل ال&amp;صور البعيدة في كل خبر</translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation>استخدام هذا ال&amp;خط:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>استخدام إعدادات الوكيل في ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;بلا وكيل</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>وكيل HTTP ي&amp;دوي:</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>المتصفح الافتراضي لسطح المكتب</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation>&amp;تحديث الخلاصات كل:</translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation>قد تحدد خصائص الخلاصة نفسها فاصلًا زمنيًا آخر.</translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation>فتح الروابط &amp;باستخدام:</translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation>أمر مثل «firefox --new-tab»؛ يُضاف الرابط في آخره.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation>تسري اللغة الجديدة في المرة القادمة التي يبدأ فيها Tidings.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>فورًا</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>بعد:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>ألوان النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation>الاحتفاظ بالأخبار &amp;لمدة:</translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation>الحد الأقصى للاحتفاظ، لكل &amp;خلاصة:</translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation>يُحتفظ دائمًا بالأخبار المميزة بنجمة. قد تحدد خصائص الخلاصة نفسها حدودًا أخرى.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>التخزين</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new stories arrive</source>
        <translation>إظهار &amp;إشعار على سطح المكتب عند وصول أخبار جديدة</translation>
    </message>
    <message>
        <source>And for new stories on &amp;followed topics</source>
        <translation>وللأخبار الجديدة في المواضيع التي &amp;تتابعها أيضًا</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the unread count</source>
        <translation>إظهار أيقونة بعدد الأخبار غير المقروءة في &amp;صينية النظام</translation>
    </message>
    <message>
        <source>&amp;Closing the window leaves Tidings running in the tray</source>
        <translation>عند إ&amp;غلاق النافذة يبقى Tidings عاملًا في صينية النظام</translation>
    </message>
    <message>
        <source>Delay before a story is marked read</source>
        <translation>المهلة قبل تعليم الخبر كمقروء</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>حجم خط القراءة</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>مضيف الوكيل</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>منفذ الوكيل</translation>
    </message>
    <message>
        <source>Feeds that notify</source>
        <translation>الخلاصات التي تُرسل إشعارات</translation>
    </message>
    <message>
        <source>From every feed</source>
        <translation>من كل الخلاصات</translation>
    </message>
    <message>
        <source>From the feeds chosen in their properties</source>
        <translation>من الخلاصات المختارة في خصائصها</translation>
    </message>
    <message>
        <source>One notification per refresh, however many stories it brings.</source>
        <translation>إشعار واحد لكل تحديث، مهما كان عدد الأخبار التي يجلبها.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>لا توجد صينية نظام في سطح المكتب هذا.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>a delay in seconds</comment>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>لوحة القراءة</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>تحميل الصور</translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation>دائمًا لهذه الخلاصة</translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation>لماذا يُعرض نص الخلاصة</translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation>تعذّر تحويل الصفحة إلى مقالة مقروءة.</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>نص الخبر</translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation>اختر خبرًا لقراءته هنا.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>قراءة في أقل من دقيقة</numerusform>
            <numerusform>قراءة في دقيقة واحدة</numerusform>
            <numerusform>قراءة في دقيقتين</numerusform>
            <numerusform>قراءة في %n دقائق</numerusform>
            <numerusform>قراءة في %n دقيقة</numerusform>
            <numerusform>قراءة في %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>فتح الأصل</translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation>جارٍ التنظيف… يُعرض نص الخلاصة مؤقتًا.</translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation>يُعرض نص الخلاصة. &lt;a href=&quot;why&quot;&gt;لماذا؟&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation>لا نص لهذا الخبر. افتح الأصل لقراءته.</translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation>حُجبت صورة بعيدة واحدة حمايةً لخصوصيتك.</translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation>حُجبت %1 من الصور البعيدة حمايةً لخصوصيتك.</translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Search stories</source>
        <translation>البحث في الأخبار</translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation>بحث  (كلمات، tag:&quot;موضوع&quot;)</translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>جارٍ تحديث الخلاصات: %1 من %2</translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation>جارٍ تنظيف الأخبار: %1 من %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation>خلاصة واحدة متعثرة</translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation>خلاصات متعثرة: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation>%1 — %2 (آخر نجاح: %3)</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>كل الخلاصات تعمل بشكل سليم.</translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation>غير متصل: ينتظر التحديث عودة الشبكة</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>التحديث التالي في %1</translation>
    </message>
    <message>
        <source>Read-only: the disk is full, changes are not saved</source>
        <translation>للقراءة فقط: القرص ممتلئ، ولا تُحفظ التغييرات</translation>
    </message>
    <message>
        <source>Read-only: the profile cannot be written, changes are not saved</source>
        <translation>للقراءة فقط: لا يمكن الكتابة في الملف الشخصي، ولا تُحفظ التغييرات</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>تعليم كغير مقروء</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>إزالة النجمة</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>تمييز بنجمة</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>تعليم كل ما أعلاه كمقروء</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>تعليم كل ما أدناه كمقروء</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>لا صفحة ويب لهذا الخبر.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>نُسخ الرابط.</translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation>لم تبقَ أخبار غير مقروءة.</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>%1, starred</source>
        <translation>%1، مميز بنجمة</translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation>لم يعد هذا الخبر محفوظًا.</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>لا صفحة ويب لهذا الخبر.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>اسم المجلد:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation>أتريد حذف المجلد «%1»؟ ستنتقل خلاصاته مستوى واحدًا إلى الأعلى.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation>أتريد إلغاء الاشتراك في «%1» وحذف أخباره؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>استيراد OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>ملفات OPML (*.opml *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>الملف %1 ليس قائمة اشتراكات: %2</translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation>استُورد %1 من الاشتراكات (و%2 كانت موجودة مسبقًا).</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>تم تخطي ما يلي: %1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>تصدير OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>ملفات OPML (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>اشتراكات Tidings</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation>صُدِّر %1 من الاشتراكات إلى %2.</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>خصائص الخلاصة</translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation>تعذّر الاشتراك في «%1»: ليس عنوان ويب.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>أنت مشترك بالفعل في %1.</translation>
    </message>
    <message>
        <source>A feed server&apos;s folders are changed on the server&apos;s own pages; the next sync brings the change here.</source>
        <translation>تُغيَّر مجلدات خادم الخلاصات من صفحات الخادم نفسه؛ وتجلب المزامنة التالية التغيير إلى هنا.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» ليس عنوان ويب.</translation>
    </message>
    <message>
        <source>The server did not subscribe: %1</source>
        <translation>لم يُجرِ الخادم الاشتراك: %1</translation>
    </message>
    <message>
        <source>This feed server account cannot be reached from here.</source>
        <translation>يتعذّر الوصول إلى حساب خادم الخلاصات هذا من هنا.</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave this computer at the next sync.</source>
        <translation>أتريد إلغاء الاشتراك في «%1» على خادم الخلاصات؟ سيتوقف الخادم عن جلبها، وستُزال أخبارها من هذا الحاسوب عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1” on the server…</source>
        <translation>جارٍ إلغاء الاشتراك في «%1» على الخادم…</translation>
    </message>
    <message>
        <source>The server did not unsubscribe from “%1”: %2</source>
        <translation>لم يُلغِ الخادم الاشتراك في «%1»: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1” on the server.</source>
        <translation>أُلغي الاشتراك في «%1» على الخادم.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>The server did not change “%1”: %2</source>
        <translation>لم يغيّر الخادم «%1»: %2</translation>
    </message>
    <message>
        <source>A feed server&apos;s feed moves only into that server&apos;s folders.</source>
        <translation>لا تُنقل خلاصة خادم الخلاصات إلا إلى مجلدات ذلك الخادم.</translation>
    </message>
    <message>
        <source>Moved “%1” on the server.</source>
        <translation>نُقلت الخلاصة «%1» على الخادم.</translation>
    </message>
    <message>
        <source>Changing “%1” on the server…</source>
        <translation>جارٍ تغيير «%1» على الخادم…</translation>
    </message>
    <message>
        <source>Renamed “%1” on the server.</source>
        <translation>أُعيدت تسمية الخلاصة «%1» على الخادم.</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionPane</name>
    <message>
        <source>Subscriptions</source>
        <translation>الاشتراكات</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation>تحميل الصور في هذه الخلاصة</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>نسخ رابط الخلاصة</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>إلغاء الاشتراك…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>مجلد جديد…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>حذف المجلد…</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>إعادة تسمية الموضوع…</translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation>إلغاء متابعة الموضوع</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>الخصائص…</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>المميزة بنجمة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;آخر تحديث: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1، غير المقروءة: %n</numerusform>
            <numerusform>%1، غير المقروءة: %n</numerusform>
            <numerusform>%1، غير المقروءة: %n</numerusform>
            <numerusform>%1، غير المقروءة: %n</numerusform>
            <numerusform>%1، غير المقروءة: %n</numerusform>
            <numerusform>%1، غير المقروءة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;آخر خطأ: %3&lt;br&gt;آخر نجاح: %4</translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation>%1، متعثرة: %2</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation>المواضيع التي تتابعها: أخبارها من كل الخلاصات</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1: لا أخبار</numerusform>
            <numerusform>%1: خبر واحد إجمالًا</numerusform>
            <numerusform>%1: خبران إجمالًا</numerusform>
            <numerusform>%1: %n أخبار إجمالًا</numerusform>
            <numerusform>%1: %n خبرًا إجمالًا</numerusform>
            <numerusform>%1: %n خبر إجمالًا</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds Tidings fetches itself</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;خلاصات يجلبها Tidings بنفسه</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Syncing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>%1, syncing</source>
        <translation>%1، جارٍ المزامنة</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last sync failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;فشلت آخر مزامنة: %3</translation>
    </message>
    <message>
        <source>%1, sync failing: %2</source>
        <translation>%1، المزامنة متعثرة: %2</translation>
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
        <translation>العالم</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>الشرق الأوسط</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation>خلاصات مقترحة</translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation>مصادر أخبار معروفة، حسب المنطقة. نقرة واحدة تكفي للاشتراك، ويمكن إزالة كل منها لاحقًا مثل أي خلاصة أخرى.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>اشترك في %1</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>مشترك</translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation>أنت تتابع %1 الآن: أخباره من كل الخلاصات تجدها تحت «المواضيع».</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>لم تعد تتابع %1.</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation>عرض الموضوع «%1» باسم:</translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation>لن تُعرض الشارة %1 مجددًا.</translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation>صارت الشارة %1 تُعرض مجددًا.</translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation>شارات المواضيع المخفية</translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation>الشارات التي اخترت ألا تراها أبدًا. تبقى محفوظة في أخبارها: أظهر إحداها مجددًا فتعود إلى كل خبر.</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>إظهار مجددًا</translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation>لا شارات مخفية.</translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation>ذات صلة:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>مواضيع ذات صلة</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation>%1 في %2</translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>لا خلاصات</numerusform>
            <numerusform>خلاصة واحدة</numerusform>
            <numerusform>خلاصتين</numerusform>
            <numerusform>%n خلاصات</numerusform>
            <numerusform>%n خلاصةً</numerusform>
            <numerusform>%n خلاصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>لا خلاصات</numerusform>
            <numerusform>خلاصة واحدة</numerusform>
            <numerusform>خلاصتين</numerusform>
            <numerusform>%n خلاصات</numerusform>
            <numerusform>%n خلاصةً</numerusform>
            <numerusform>%n خلاصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>تتابعه</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>تابِع</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>إيقاف متابعة %1</translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation>تابِع %1: أخباره من كل الخلاصات، تحت «المواضيع»</translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Tidings: nothing unread</source>
        <translation>Tidings: لا شيء غير مقروء</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings: لا أخبار غير مقروءة</numerusform>
            <numerusform>Tidings: خبر واحد غير مقروء</numerusform>
            <numerusform>Tidings: خبران غير مقروءين</numerusform>
            <numerusform>Tidings: %n أخبار غير مقروءة</numerusform>
            <numerusform>Tidings: %n خبرًا غير مقروء</numerusform>
            <numerusform>Tidings: %n خبر غير مقروء</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>&amp;إخفاء Tidings</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>&amp;إظهار Tidings</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>مرحبًا بك في Tidings</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation>إضافة خلاصاتك</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>الخلاصات</translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation>المواضيع والشارات</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اضغط &lt;b&gt;Ctrl+F&lt;/b&gt; أو &lt;b&gt;/&lt;/b&gt; للبحث في العناوين ونصوص المقالات والمواضيع. تُميَّز المطابقات في الخبر الذي تقرؤه.&lt;/p&gt;&lt;p&gt;اكتب &lt;b&gt;tag:&quot;اسم الموضوع&quot;&lt;/b&gt; (أو &lt;b&gt;topic:&lt;/b&gt;) لتُبقي الأخبار المتعلقة بموضوع واحد فقط؛ وتُقترح المواضيع المعروفة أثناء الكتابة. ويمكن الجمع بين الكلمات والمواضيع: &lt;i&gt;tag:&quot;Tidings&quot; مفاتيح&lt;/i&gt; يعثر على خبر هذه الخلاصة عن لوحة المفاتيح.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation>القراءة بلوحة المفاتيح</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>خصوصيتك</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;الصورة البعيدة تُعلِم موقعها بأنك تقرأ. لذا تبقى الصور محجوبة حتى تسمح بها: لخبر واحد عبر &lt;b&gt;تحميل الصور&lt;/b&gt;، أو لخلاصة كاملة عبر &lt;b&gt;دائمًا لهذه الخلاصة&lt;/b&gt;، أو في كل مكان من &lt;b&gt;ملف ← التفضيلات&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;تُفتح الروابط في متصفحك أنت. أما Tidings نفسه فلا يجلب أبدًا سوى خلاصاتك وصفحاتها والصور التي سمحت بها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يكون Tidings في أسرع حالاته مع بضعة مفاتيح:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: الخبر التالي؛ &lt;b&gt;K&lt;/b&gt; أو &lt;b&gt;P&lt;/b&gt;: الخبر السابق&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: الخبر غير المقروء التالي، ثم الانتقال إلى الخلاصة التالية التي فيها أخبار غير مقروءة&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: صفحة للأسفل، ثم الانتقال إلى الخبر التالي&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: تعليم كمقروء أو غير مقروء؛ &lt;b&gt;S&lt;/b&gt;: تمييز بنجمة&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; أو &lt;b&gt;Enter&lt;/b&gt;: فتح الصفحة الأصلية في متصفحك&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: تحديث كل الخلاصات&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; و&lt;b&gt;Ctrl+-&lt;/b&gt;: نص أكبر أو أصغر؛ &lt;b&gt;Ctrl+0&lt;/b&gt;: العودة إلى الحجم العادي&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: التراجع عن تعليم خلاصة كاملة كمقروءة&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;كل إجراء موجود أيضًا في القوائم، وبجانبه مفتاحه.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings قارئ هادئ لمواقع الأخبار والمدونات التي تتابعها. يجلب خلاصاتها، وينظّف صفحة الويب لكل خبر لتصبح نصًا بسيطًا مقروءًا، ويعرضه هنا في عمود هادئ.&lt;/p&gt;&lt;p&gt;لا يعمل شيء من الصفحة: لا نصوص برمجية ولا متتبِّعات ولا إعلانات. ولا تُحمَّل الصور البعيدة إلا عندما تطلب ذلك.&lt;/p&gt;&lt;p&gt;هذه الأخبار القليلة محفوظة على حاسوبك، لذا يعمل كل شيء هنا من دون شبكة. تابع القراءة لترى كيف تُنظَّف الأخبار، وما عمل الشارات تحت كل عنوان، وكيف تتابع موضوعًا.&lt;/p&gt;&lt;p&gt;للبدء، اختر بعض مصادر الأخبار المعروفة من &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;الخلاصات المقترحة&lt;/a&gt; (&lt;b&gt;ملف ← خلاصات مقترحة&lt;/b&gt;)، أو أضف أي خلاصة من &lt;b&gt;ملف ← إضافة اشتراك&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation>مقالات نظيفة، لا صفحات ويب</translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;كثير من الخلاصات لا تحمل من كل خبر إلا سطرًا أو سطرين. لذا يجلب Tidings صفحة الويب للخبر وينظّفها: يُبقي العنوان والمقالة، بعناوينها الفرعية وقوائمها واقتباساتها وصورها، ويستبعد ما حولها من قوائم وإعلانات وأزرار مشاركة وتعليقات.&lt;/p&gt;&lt;p&gt;أثناء تنظيف الصفحة تقرأ نص الخلاصة نفسه، وفوقه ملاحظة؛ ثم تحلّ المقالة النظيفة محله حين تجهز. وإذا تعذّر تحويل الصفحة إلى مقالة، يبقى نص الخلاصة، ويخبرك &lt;b&gt;لماذا؟&lt;/b&gt; في الملاحظة بما حدث من خطأ.&lt;/p&gt;&lt;p&gt;الصفحة الأصلية دائمًا على بُعد مفتاح واحد: &lt;b&gt;O&lt;/b&gt; يفتحها في متصفحك.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختر &lt;b&gt;ملف ← إضافة اشتراك&lt;/b&gt; (Ctrl+N) والصق رابط خلاصة، أو رابط موقع فحسب: يعثر Tidings على خلاصته بنفسه. وضعه في مجلد إن شئت.&lt;/p&gt;&lt;p&gt;أقادم أنت من قارئ آخر؟ &lt;b&gt;ملف ← استيراد OPML&lt;/b&gt; ينقل كل اشتراكاتك دفعة واحدة، و&lt;b&gt;تصدير OPML&lt;/b&gt; يأخذها إلى مكان آخر.&lt;/p&gt;&lt;p&gt;اضغط &lt;b&gt;R&lt;/b&gt; للتحديث. تظهر الأخبار الجديدة فور وصولها.&lt;/p&gt;&lt;p&gt;الخلاصة التي يتعذّر الوصول إليها تظهر بجانبها علامة تحذير في قائمة الاشتراكات؛ مرّر المؤشر فوقها لترى السبب، أو انقر الملاحظة في شريط الحالة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;تحت كل عنوان ترى شارات: مواضيع الخبر، المستخرجة من وسومه ومن الأسماء التي يذكرها، مع عدد الأخبار التي تشترك في كل منها، مثل &lt;i&gt;Tidings · 8&lt;/i&gt; أعلاه.&lt;/p&gt;&lt;p&gt;انقر شارة لترى كل خبر عن ذلك الموضوع من جميع خلاصاتك، الأحدث أولًا. اضغط &lt;b&gt;Alt+Left&lt;/b&gt; أو زر الرجوع لتعود إلى حيث كنت.&lt;/p&gt;&lt;p&gt;انقر شارة بالزر الأيمن لتعيد تسمية موضوعها، أو لتُخفي شارة لا تريد رؤيتها أبدًا؛ و&lt;b&gt;عرض ← شارات المواضيع المخفية&lt;/b&gt; يعيدها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation>متابعة موضوع</translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يمكنك متابعة موضوع يهمك: انقر شارته بالزر الأيمن واختر &lt;b&gt;متابعة الموضوع&lt;/b&gt;، أو انقر الشارة ثم اضغط &lt;b&gt;تابِع&lt;/b&gt; فوق قائمة الأخبار.&lt;/p&gt;&lt;p&gt;يظهر الموضوع الذي تتابعه تحت &lt;b&gt;المواضيع&lt;/b&gt; في العمود الجانبي، مع عدد أخباره غير المقروءة. وهو يجمع الأخبار عن ذلك الموضوع من كل الخلاصات، ومنها الجديدة فور وصولها، فلا حاجة إلى أن تعرف أي موقع سيكتب عنه في المرة القادمة.&lt;/p&gt;&lt;p&gt;جرّب ذلك مع شارة &lt;i&gt;المواضيع&lt;/i&gt; في هذا الخبر.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>يتعذّر على Tidings فتح قاعدة بياناته</translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation>قارئ أخبار هادئ.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation>حفظ قاعدة البيانات والإعدادات في &lt;dir&gt; (المبدئي: $TIDINGS_PROFILE، وإلا فمجلد البيانات القياسي).</translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation>خلاصات أو مواقع للاشتراك فيها: عناوين http أو https، أو روابط feed:. وتشترك فيها نسخة Tidings العاملة على الملف الشخصي نفسه.</translation>
    </message>
</context>
</TS>
