<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
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
        <translation>%1 ہم آہنگ ہو رہا ہے: تبدیلیاں بھیجی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Syncing %1: folders and feeds…</source>
        <translation>%1 ہم آہنگ ہو رہا ہے: فولڈر اور فیڈز…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>%1 ہم آہنگ ہو رہا ہے: %n نئی خبر…</numerusform>
            <numerusform>%1 ہم آہنگ ہو رہا ہے: %n نئی خبریں…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1: read and starred…</source>
        <translation>%1 ہم آہنگ ہو رہا ہے: پڑھی ہوئی اور ستارہ لگی…</translation>
    </message>
    <message>
        <source>This feed server account is no longer there.</source>
        <translation>یہ فیڈ سرور اکاؤنٹ اب موجود نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>Ui::Accounts</name>
    <message>
        <source>On This Computer</source>
        <translation>اس کمپیوٹر پر</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 پر %1</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;شامل کریں…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;ہٹائیں…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>اکاؤنٹس</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>اکاؤنٹس کی فہرست پڑھی نہیں جا سکی: %1</translation>
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
وہ فیڈز جو Tidings خود لاتا ہے</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>اکاؤنٹ ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.</source>
        <translation>اکاؤنٹ %1 ہٹائیں؟ اس کی فیڈز اور خبریں Tidings سے ہٹ جائیں گی؛ سرور پر کچھ نہیں بدلے گا۔</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>اکاؤنٹ ہٹایا نہیں جا سکا: %1</translation>
    </message>
</context>
<context>
    <name>Ui::AddAccountDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>سائن &amp;ان کریں</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
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
        <translation>&amp;قسم:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>صارف &amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس &amp;ورڈ:</translation>
    </message>
    <message>
        <source>Tidings keeps the password in the system keyring. The server&apos;s feeds, folders and read state are synced with it.</source>
        <translation>Tidings پاس ورڈ سسٹم کے کیرنگ میں رکھتا ہے۔ سرور کی فیڈز، فولڈرز اور پڑھنے کی حالت اس کے ساتھ ہم آہنگ کی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>اکاؤنٹس کی فہرست پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>This account is already added.</source>
        <translation>یہ اکاؤنٹ پہلے ہی شامل ہے۔</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1 میں سائن ان ہو رہا ہے…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>پاس ورڈ سسٹم کے کیرنگ میں نہیں رکھا جا سکا: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>اکاؤنٹ محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>کوئی کیرنگ نہیں</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>اکاؤنٹ محفوظ ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>سبسکرپشن شامل کریں</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation>https://example.org/feed.xml یا کسی سائٹ کا پتہ</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(سب سے اوپر کی سطح)</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>سبسکرائب کریں</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;پتہ:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;فولڈر:</translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation>Tidings سائٹ کی فیڈ خود تلاش کر لیتا ہے۔</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>اس کمپیوٹر پر</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;اکاؤنٹ:</translation>
    </message>
    <message>
        <source>The server subscribes to the feed and fetches it; give the feed&apos;s own address.</source>
        <translation>سرور فیڈ کو سبسکرائب کر کے اسے حاصل کرتا ہے؛ فیڈ کا اپنا پتہ دیں۔</translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>%1 کے بارے میں %n خبر دکھائیں</numerusform>
            <numerusform>%1 کے بارے میں تمام %n خبریں دکھائیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1: ان میں سے %n خبر پر</numerusform>
            <numerusform>%1: ان میں سے %n خبروں پر</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>موضوع %1</translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation>موضوع ان فالو کریں</translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation>موضوع فالو کریں</translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation>موضوع کا نام تبدیل کریں…</translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation>یہ چپ کبھی نہ دکھائیں</translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings اپنا ڈیٹابیس نہیں کھول سکتا</translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation>ڈیٹابیس
%1
پر نہیں کھل سکتا۔</translation>
    </message>
    <message>
        <source>%1

Tidings can open it read-only: you can read your stories, but nothing you change is saved until the disk has room or the profile can be written again.</source>
        <translation>%1

Tidings اسے صرف پڑھنے کے لیے کھول سکتا ہے: آپ اپنی خبریں پڑھ سکتے ہیں، لیکن جب تک ڈسک پر جگہ نہ ہو یا پروفائل دوبارہ لکھنے کے قابل نہ ہو، آپ کی کوئی تبدیلی محفوظ نہیں ہوگی۔</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>صرف پڑھنے کے لیے کھولیں</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation>ڈیٹابیس
%1
پر خراب ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation>اسے ایک طرف نہیں ہٹایا جا سکا۔ Tidings بند کریں، فائل کو کسی محفوظ جگہ منتقل کریں، اور نئے ڈیٹابیس سے شروع کرنے کے لیے Tidings دوبارہ چلائیں۔</translation>
    </message>
    <message>
        <source>Tidings can restore the newest backup, from %1, and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Tidings تازہ ترین بیک اپ (%1) بحال کر سکتا ہے اور وہ سبسکرپشنز واپس لا سکتا ہے جو خراب فائل سے اب بھی پڑھی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>بیک اپ بحال کریں</translation>
    </message>
    <message>
        <source>There is no backup yet. Tidings can start with a new, empty database and add back the subscriptions it can still read from the damaged file.</source>
        <translation>ابھی کوئی بیک اپ نہیں ہے۔ Tidings ایک نئے، خالی ڈیٹابیس سے شروع کر سکتا ہے اور وہ سبسکرپشنز واپس لا سکتا ہے جو خراب فائل سے اب بھی پڑھی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue more of it.

%2</source>
        <translation>کچھ حذف نہیں ہوا: خراب فائل کو
%1
میں منتقل کر دیا گیا ہے، جہاں sqlite3 ٹول (.recover) شاید اس کا مزید حصہ بچا سکے۔

%2</translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation>نئے ڈیٹابیس سے شروع کریں</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>بحالی ناکام رہی: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>%n سبسکرپشن واپس لائی گئی۔</numerusform>
            <numerusform>%n سبسکرپشنز واپس لائی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup from %1 was restored. %2</source>
        <translation>%1 کا بیک اپ بحال کر دیا گیا۔ %2</translation>
    </message>
    <message>
        <source>A new database was started. %1</source>
        <translation>ایک نیا ڈیٹابیس شروع کیا گیا۔ %1</translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation>کوئی خرابی نہیں</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>غلط ان پٹ</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>فائل پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>نیٹ ورک کی خرابی</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>سرور نے خرابی کے ساتھ جواب دیا</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>سرور نے بروقت جواب نہیں دیا</translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation>ڈاؤن لوڈ بہت بڑا ہے</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>بہت زیادہ ری ڈائریکٹس</translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation>اس پتے پر کوئی فیڈ نہیں ملی</translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation>فیڈ پڑھی نہیں جا سکی</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>ڈیٹابیس کی خرابی</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ڈیٹابیس خراب ہو چکا ہے</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>نہیں ملا</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>پہلے سے موجود ہے</translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation>خبر کسی ویب صفحے سے منسلک نہیں</translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation>لنک ویب صفحے کے بجائے کسی اور چیز پر لے جاتا ہے</translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation>صفحے میں کوئی مضمون نہیں</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>نامعلوم خرابی</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate was refused</source>
        <translation>سائٹ کا سیکیورٹی سرٹیفکیٹ مسترد کر دیا گیا</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>سرور کا نام نہیں ملا</translation>
    </message>
    <message>
        <source>The connection to the server broke off</source>
        <translation>سرور سے رابطہ ٹوٹ گیا</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved</source>
        <translation>ڈسک بھری ہوئی ہے: تبدیلی محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only profile): the change was not saved</source>
        <translation>ڈیٹابیس میں لکھا نہیں جا سکتا (صرف پڑھنے والا پروفائل): تبدیلی محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>سرور نے یہ صارف نام اور پاس ورڈ قبول نہیں کیا۔</translation>
    </message>
    <message>
        <source>This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open Preferences, turn on “Enable API” (under General) and save, then try again.</source>
        <translation>یہ صارف API استعمال نہیں کر سکتا۔ ویب براؤزر میں Tiny Tiny RSS میں سائن ان کریں، Preferences کھولیں، “Enable API” (General کے تحت) آن کریں اور محفوظ کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network.</source>
        <translation>سرور تک رسائی نہیں ہو سکی۔ پتہ اور نیٹ ورک چیک کریں۔</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the network.</source>
        <translation>سرور تک رسائی نہیں ہو سکی (%1)۔ پتہ اور نیٹ ورک چیک کریں۔</translation>
    </message>
    <message>
        <source>The server ended the session and signing in again failed.</source>
        <translation>سرور نے سیشن ختم کر دیا اور دوبارہ سائن ان ناکام رہا۔</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check that the address is the one of Tiny Tiny RSS itself (the page you sign in on).</source>
        <translation>سرور نے HTTP اسٹیٹس %1 کے ساتھ جواب دیا۔ چیک کریں کہ پتہ خود Tiny Tiny RSS کا ہے (وہ صفحہ جس پر آپ سائن ان کرتے ہیں)۔</translation>
    </message>
    <message>
        <source>The server&apos;s reply was not one of Tiny Tiny RSS (%1). Check the address.</source>
        <translation>سرور کا جواب Tiny Tiny RSS کا نہیں تھا (%1)۔ پتہ چیک کریں۔</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>سرور نے انکار کیا: %1</translation>
    </message>
    <message>
        <source>The server no longer has this feed. Sync to catch up.</source>
        <translation>سرور کے پاس اب یہ فیڈ نہیں ہے۔ تازہ ترین حالت کے لیے ہم آہنگ کریں۔</translation>
    </message>
    <message>
        <source>The server no longer has this folder. Sync to catch up.</source>
        <translation>سرور کے پاس اب یہ فولڈر نہیں ہے۔ تازہ ترین حالت کے لیے ہم آہنگ کریں۔</translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation>ہر خبر کا ویب صفحہ &amp;صاف کریں</translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation>فیڈ میں &amp;مکمل متن موجود ہے</translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation>اس فیڈ میں ریموٹ تص&amp;اویر لوڈ کریں</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>فیڈ کی خصوصیات</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(سب سے اوپر کی سطح)</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>ایپ کی ترتیب (ہر %n منٹ)</numerusform>
            <numerusform>ایپ کی ترتیب (ہر %n منٹ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation>ہر</translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation>ایپ کی ترتیب</translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation>خبریں رکھنے کی مدت</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>صرف تازہ ترین رکھیں</translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation>ہر خبر رکھیں</translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation>ستارہ لگی خبریں ہمیشہ رکھی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>لاگ ان کے بغیر</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation>پاس ورڈ سسٹم کے کیرنگ میں رکھا جاتا ہے، Tidings کی اپنی فائلوں میں کبھی نہیں۔</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;پتہ:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;فولڈر:</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;تازہ کاری:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>مطالعہ</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>خبریں:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;رکھیں:</translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation>HTTP لاگ ان</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>صارف &amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس &amp;ورڈ:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new stories in this feed</source>
        <translation>اس فیڈ کی نئی خبروں کی مجھے اطلاع &amp;دیں</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>تازہ کاریوں کے درمیان منٹ</translation>
    </message>
    <message>
        <source>Days or stories to keep</source>
        <translation>رکھنے کے لیے دن یا خبریں</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبریں</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed server fetches this address; to follow another, subscribe to it.</source>
        <translation>فیڈ سرور یہ پتہ حاصل کرتا ہے؛ کسی اور پتے کی پیروی کے لیے اسے سبسکرائب کریں۔</translation>
    </message>
    <message>
        <source>This feed comes from a feed server: a new name or folder is made there, then synced here.</source>
        <translation>یہ فیڈ ایک فیڈ سرور سے آتی ہے: نیا نام یا فولڈر وہاں بنایا جاتا ہے، پھر یہاں ہم آہنگ ہوتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation>یہ ایسی تصویر نہیں جسے ایپ دکھا سکے</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>سبسکرپشن &amp;شامل کریں…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>&amp;نیا فولڈر…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;درآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;برآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <source>&amp;Undo Mark as Read</source>
        <translation>پڑھا ہوا نشان زد کرنا &amp;کالعدم کریں</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;واپس</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;بڑا متن</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;چھوٹا متن</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>متن کا &amp;عام سائز</translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation>&amp;پوشیدہ موضوع چپس…</translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation>صرف &amp;غیر پڑھی خبریں</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>&amp;قدیم ترین پہلے</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>ا&amp;گلی خبر</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>&amp;پچھلی خبر</translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation>اگلی &amp;غیر پڑھی خبر</translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation>صفحہ نیچے یا اگلی خبر</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>بطور پڑھا ہوا / غیر پڑھا نشان &amp;زد کریں</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;ستارہ لگائیں / ہٹائیں</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>اصل &amp;کھولیں</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;لنک کاپی کریں</translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation>&amp;اوپر والی خبریں بطور پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation>&amp;نیچے والی خبریں بطور پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation>&amp;سبسکرپشنز</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;سب تازہ کریں</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>&amp;منتخب تازہ کریں</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation>منتخب کو بطور پڑھا ہوا &amp;نشان زد کریں</translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation>سب &amp;کچھ بطور پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>نام &amp;تبدیل کریں…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف کریں…</translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>فیڈ کی &amp;خصوصیات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;دد</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>Tidings کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation>تجویز کردہ &amp;فیڈز…</translation>
    </message>
    <message>
        <source>Add Accou&amp;nt…</source>
        <translation>ا&amp;کاؤنٹ شامل کریں…</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>اکاؤن&amp;ٹس…</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>اکاؤنٹس &amp;ہم آہنگ کریں</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>Tidings کے بارے میں</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;نیوز فیڈز کے لیے ایک پرسکون ریڈر: یہ ہر خبر کو صاف کر کے پڑھنے کے قابل متن بناتا ہے اور خبروں کو موضوع کے لحاظ سے آپس میں جوڑتا ہے۔&lt;/p&gt;&lt;p&gt;پروفائل: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>منتقل کریں</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>خبریں</translation>
    </message>
    <message>
        <source>View</source>
        <translation>منظر</translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation>اس بلڈ میں تازہ کاری دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation>خصوصیات دیکھنے کے لیے کوئی فیڈ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>مرکزی</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>فہرست پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>%1 کو سبسکرائب نہیں کیا جا سکا: %2</translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation>یہاں کوئی خبر نہیں۔</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>تمام خبریں</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>“%1” سے کوئی خبر مطابقت نہیں رکھتی۔</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>تلاش: %1</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>یہاں کچھ بھی غیر پڑھا نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>%n خبر بطور پڑھا ہوا نشان زد کی گئی۔</numerusform>
            <numerusform>%n خبریں بطور پڑھا ہوا نشان زد کی گئیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>%n خبر دوبارہ بطور غیر پڑھا نشان زد کی گئی۔</numerusform>
            <numerusform>%n خبریں دوبارہ بطور غیر پڑھا نشان زد کی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>%1 کو سبسکرائب کر لیا گیا۔</translation>
    </message>
    <message>
        <source>There is no server account to sync. Add one with File ▸ Add Account…</source>
        <translation>ہم آہنگ کرنے کے لیے کوئی سرور اکاؤنٹ نہیں ہے۔ فائل ▸ اکاؤنٹ شامل کریں… سے ایک شامل کریں۔</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>%1 کی ہم آہنگی ناکام رہی: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>%1 ہم آہنگ ہو گیا: %n نئی خبر۔</numerusform>
            <numerusform>%1 ہم آہنگ ہو گیا: %n نئی خبریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>%1 کے بارے میں %n نئی خبر</numerusform>
            <numerusform>%1 کے بارے میں %n نئی خبریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>%1 میں %n نئی خبر</numerusform>
            <numerusform>%1 میں %n نئی خبریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>%n نئی خبر</numerusform>
            <numerusform>%n نئی خبریں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation>خبر منتخب ہوتے ہی اسے بطور پڑھا ہوا &amp;نشان زد کریں</translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation>ہر خبر میں ریموٹ &amp;تصاویر لوڈ کریں</translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation>یہ &amp;فونٹ استعمال کریں:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>&amp;سسٹم کی پراکسی ترتیبات استعمال کریں</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>کوئی &amp;پراکسی نہیں</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;دستی HTTP پراکسی:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>ڈیسک ٹاپ کا طے شدہ براؤزر</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>سسٹم کی زبان</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation>فیڈز کی &amp;تازہ کاری ہر:</translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation>کسی فیڈ کی اپنی خصوصیات میں کوئی اور وقفہ مقرر ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation>لنکس &amp;کھولنے کے لیے:</translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation>کوئی کمانڈ، جیسے “firefox --new-tab”؛ لنک اس کے آخر میں جوڑ دیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation>نئی زبان اگلی بار Tidings شروع ہونے پر نافذ ہوگی۔</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>فوراً</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>تاخیر:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> پوائنٹ</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>سسٹم کے رنگ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ہلکا</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>گہرا</translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation>ریموٹ تصاویر سائٹوں کو بتا دیتی ہیں کہ آپ ان کی خبر پڑھ رہے ہیں۔ اس کے بغیر تصاویر صرف اسی وقت لوڈ ہوتی ہیں جب آپ کہیں، ہر خبر یا ہر فیڈ کے لیے الگ۔</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>تھی&amp;م:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>مطالعہ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>کوئی حد نہیں</translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation>خبریں رکھنے کی &amp;مدت:</translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation>&amp;ہر فیڈ میں زیادہ سے زیادہ:</translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation>ستارہ لگی خبریں ہمیشہ رکھی جاتی ہیں۔ کسی فیڈ کی اپنی خصوصیات میں دوسری حدیں مقرر ہو سکتی ہیں۔</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ذخیرہ</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>پورٹ:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new stories arrive</source>
        <translation>نئی خبریں آنے پر ڈیسک ٹاپ &amp;اطلاع دکھائیں</translation>
    </message>
    <message>
        <source>And for new stories on &amp;followed topics</source>
        <translation>اور &amp;فالو کیے گئے موضوعات کی نئی خبروں کے لیے بھی</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the unread count</source>
        <translation>سسٹم &amp;ٹرے میں غیر پڑھی خبروں کی تعداد کے ساتھ آئیکن دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Closing the window leaves Tidings running in the tray</source>
        <translation>ونڈو &amp;بند کرنے پر Tidings ٹرے میں چلتا رہے</translation>
    </message>
    <message>
        <source>Delay before a story is marked read</source>
        <translation>خبر کو بطور پڑھا ہوا نشان زد کرنے سے پہلے تاخیر</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>مطالعے کا فونٹ</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>مطالعے کے فونٹ کا سائز</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ہائی کنٹراسٹ</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>پراکسی ہوسٹ</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>پراکسی پورٹ</translation>
    </message>
    <message>
        <source>Feeds that notify</source>
        <translation>اطلاع دینے والی فیڈز</translation>
    </message>
    <message>
        <source>From every feed</source>
        <translation>ہر فیڈ سے</translation>
    </message>
    <message>
        <source>From the feeds chosen in their properties</source>
        <translation>ان فیڈز سے جو ان کی خصوصیات میں منتخب ہوں</translation>
    </message>
    <message>
        <source>One notification per refresh, however many stories it brings.</source>
        <translation>ہر تازہ کاری پر ایک ہی اطلاع، چاہے وہ کتنی ہی خبریں لائے۔</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>اس ڈیسک ٹاپ میں سسٹم ٹرے نہیں ہے۔</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>اطلاعات</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>a delay in seconds</comment>
        <translation>
            <numerusform>%n سیکنڈ</numerusform>
            <numerusform>%n سیکنڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبریں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>مطالعے کا پین</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>تصاویر لوڈ کریں</translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation>اس فیڈ کے لیے ہمیشہ</translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation>فیڈ کا متن کیوں دکھایا جا رہا ہے</translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation>صفحے کو پڑھنے کے قابل مضمون میں تبدیل نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>خبر کا متن</translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation>یہاں پڑھنے کے لیے کوئی خبر منتخب کریں۔</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n منٹ کا مطالعہ</numerusform>
            <numerusform>%n منٹ کا مطالعہ</numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>اصل کھولیں</translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation>صفائی ہو رہی ہے… فی الحال فیڈ کا متن دکھایا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation>فیڈ کا متن دکھایا جا رہا ہے۔ &lt;a href=&quot;why&quot;&gt;کیوں؟&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation>اس خبر میں کوئی متن نہیں۔ پڑھنے کے لیے اصل کھولیں۔</translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation>آپ کی رازداری کے تحفظ کے لیے 1 ریموٹ تصویر روک دی گئی ہے۔</translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation>آپ کی رازداری کے تحفظ کے لیے %1 ریموٹ تصاویر روک دی گئی ہیں۔</translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>ابھی</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n گھنٹہ</numerusform>
            <numerusform>%n گھنٹے</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>گزشتہ کل</translation>
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
        <translation>خبریں تلاش کریں</translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation>تلاش  (الفاظ، tag:&quot;موضوع&quot;)</translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>%2 میں سے %1 فیڈز کی تازہ کاری ہو رہی ہے</translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation>%2 میں سے %1 خبروں کی صفائی ہو رہی ہے</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>تازہ کاری: %1</translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation>آف لائن: تازہ کاری نیٹ ورک کی منتظر ہے</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>اگلی تازہ کاری %1 بجے</translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation>1 فیڈ میں ناکامی</translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation>%1 فیڈز میں ناکامی</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation>%1 — %2 (آخری کامیابی: %3)</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>تمام فیڈز ٹھیک ہیں۔</translation>
    </message>
    <message>
        <source>Read-only: the disk is full, changes are not saved</source>
        <translation>صرف پڑھنے کے لیے: ڈسک بھری ہوئی ہے، تبدیلیاں محفوظ نہیں ہوتیں</translation>
    </message>
    <message>
        <source>Read-only: the profile cannot be written, changes are not saved</source>
        <translation>صرف پڑھنے کے لیے: پروفائل میں لکھا نہیں جا سکتا، تبدیلیاں محفوظ نہیں ہوتیں</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation>براؤزر میں کھولیں</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>لنک کاپی کریں</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>بطور غیر پڑھا نشان زد کریں</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>بطور پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>ستارہ ہٹائیں</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>ستارہ لگائیں</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>اوپر والی تمام خبریں بطور پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>نیچے والی تمام خبریں بطور پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>اس خبر کا کوئی ویب صفحہ نہیں۔</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>لنک کاپی ہو گیا۔</translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation>کوئی غیر پڑھی خبر باقی نہیں۔</translation>
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
        <translation>پڑھی ہوئی</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>غیر پڑھی</translation>
    </message>
    <message>
        <source>%1, starred</source>
        <translation>%1، ستارہ لگی</translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation>یہ خبر اب محفوظ نہیں ہے۔</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>اس خبر کا کوئی ویب صفحہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>فولڈر کا نام:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>نام تبدیل کریں</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نیا نام:</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation>فولڈر “%1” حذف کریں؟ اس کی فیڈز ایک سطح اوپر چلی جائیں گی۔</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation>“%1” کی سبسکرپشن ختم کر کے اس کی خبریں حذف کریں؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>فیڈ کی خصوصیات</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML درآمد کریں</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML فائلیں (*.opml *.xml);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 سبسکرپشنز کی فہرست نہیں ہے: %2</translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation>%1 سبسکرپشنز درآمد ہوئیں (%2 پہلے سے موجود تھیں)۔</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>چھوڑ دیے گئے: %1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML برآمد کریں</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML فائلیں (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings کی سبسکرپشنز</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 میں لکھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation>%1 سبسکرپشنز %2 میں برآمد ہو گئیں۔</translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation>“%1” کو سبسکرائب نہیں کیا جا سکتا: یہ ویب پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>%1 پہلے ہی سبسکرائب ہے۔</translation>
    </message>
    <message>
        <source>A feed server&apos;s folders are changed on the server&apos;s own pages; the next sync brings the change here.</source>
        <translation>فیڈ سرور کے فولڈر سرور کے اپنے صفحات پر تبدیل کیے جاتے ہیں؛ اگلی ہم آہنگی یہ تبدیلی یہاں لے آتی ہے۔</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” ویب پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>The server did not subscribe: %1</source>
        <translation>سرور نے سبسکرائب نہیں کیا: %1</translation>
    </message>
    <message>
        <source>This feed server account cannot be reached from here.</source>
        <translation>اس فیڈ سرور اکاؤنٹ تک یہاں سے رسائی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave this computer at the next sync.</source>
        <translation>فیڈ سرور پر “%1” کی سبسکرپشن ختم کریں؟ سرور اسے حاصل کرنا بند کر دے گا، اور اگلی ہم آہنگی پر اس کی خبریں اس کمپیوٹر سے ہٹ جائیں گی۔</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1” on the server…</source>
        <translation>سرور پر “%1” کی سبسکرپشن ختم کی جا رہی ہے…</translation>
    </message>
    <message>
        <source>The server did not unsubscribe from “%1”: %2</source>
        <translation>سرور نے “%1” کی سبسکرپشن ختم نہیں کی: %2</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1” on the server.</source>
        <translation>سرور پر “%1” کی سبسکرپشن ختم کر دی گئی۔</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>منتقل کریں</translation>
    </message>
    <message>
        <source>The server did not change “%1”: %2</source>
        <translation>سرور نے “%1” کو تبدیل نہیں کیا: %2</translation>
    </message>
    <message>
        <source>A feed server&apos;s feed moves only into that server&apos;s folders.</source>
        <translation>فیڈ سرور کی فیڈ صرف اسی سرور کے فولڈروں میں منتقل ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>Moved “%1” on the server.</source>
        <translation>فیڈ “%1” سرور پر منتقل کر دی گئی۔</translation>
    </message>
    <message>
        <source>Changing “%1” on the server…</source>
        <translation>سرور پر “%1” تبدیل کی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Renamed “%1” on the server.</source>
        <translation>سرور پر فیڈ “%1” کا نام تبدیل کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionPane</name>
    <message>
        <source>Subscriptions</source>
        <translation>سبسکرپشنز</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>بطور پڑھا ہوا نشان زد کریں</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>نام تبدیل کریں…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>منتقل کریں</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(سب سے اوپر کی سطح)</translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation>اس فیڈ میں تصاویر لوڈ کریں</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>فیڈ کا پتہ کاپی کریں</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>خصوصیات…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>سبسکرپشن ختم کریں…</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>موضوع کا نام تبدیل کریں…</translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation>موضوع ان فالو کریں</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>نیا فولڈر…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>فولڈر حذف کریں…</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>تمام خبریں</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غیر پڑھی</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>ستارہ لگی</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation>وہ موضوعات جنہیں آپ فالو کرتے ہیں: ہر فیڈ سے ان کی خبریں</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1: کل %n خبر</numerusform>
            <numerusform>%1: کل %n خبریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1، %n غیر پڑھی</numerusform>
            <numerusform>%1، %n غیر پڑھی</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;آخری تازہ کاری: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;آخری خرابی: %3&lt;br&gt;آخری کامیابی: %4</translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation>%1، ناکام: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds Tidings fetches itself</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;وہ فیڈز جو Tidings خود لاتا ہے</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Syncing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;ہم آہنگ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>%1, syncing</source>
        <translation>%1، ہم آہنگ ہو رہا ہے</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last sync failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;آخری ہم آہنگی ناکام رہی: %3</translation>
    </message>
    <message>
        <source>%1, sync failing: %2</source>
        <translation>%1، ہم آہنگی ناکام: %2</translation>
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
        <translation>دنیا</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>یورپ</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>امریکا</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>ایشیا اور بحرالکاہل</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>افریقہ</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>مشرق وسطیٰ</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation>تجویز کردہ فیڈز</translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation>معروف خبری ذرائع، خطے کے لحاظ سے۔ ایک کلک سے سبسکرائب ہو جاتا ہے؛ بعد میں ہر ایک کو کسی بھی دوسری فیڈ کی طرح ہٹایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>سبسکرائب کریں</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>%1 کو سبسکرائب کریں</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>سبسکرائب ہو گیا</translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation>اب آپ %1 کو فالو کر رہے ہیں: ہر فیڈ سے اس کی خبریں موضوعات کے تحت ہیں۔</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>اب آپ %1 کو فالو نہیں کر رہے۔</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>موضوع کا نام تبدیل کریں</translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation>موضوع “%1” کو اس نام سے دکھائیں:</translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation>چپ %1 دوبارہ نہیں دکھائی جائے گی۔</translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation>چپ %1 دوبارہ دکھائی جا رہی ہے۔</translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation>پوشیدہ موضوع چپس</translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation>وہ چپس جنہیں آپ نے کبھی نہ دیکھنے کا انتخاب کیا۔ ان کی خبروں میں وہ برقرار رہتی ہیں: کسی ایک کو دوبارہ دکھائیں تو وہ ہر خبر پر واپس آ جائے گی۔</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>دوبارہ دکھائیں</translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation>کوئی پوشیدہ چپ نہیں۔</translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation>متعلقہ:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>متعلقہ موضوعات</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation>%2 میں %1</translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n خبر</numerusform>
            <numerusform>%n خبریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>%n فیڈ</numerusform>
            <numerusform>%n فیڈز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n فیڈ</numerusform>
            <numerusform>%n فیڈز</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>فالو کر رہے ہیں</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>فالو کریں</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>%1 کو فالو کرنا بند کریں</translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation>%1 کو فالو کریں: ہر فیڈ سے اس کی خبریں، موضوعات کے تحت</translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Tidings: nothing unread</source>
        <translation>Tidings: کچھ بھی غیر پڑھا نہیں</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings: %n غیر پڑھی خبر</numerusform>
            <numerusform>Tidings: %n غیر پڑھی خبریں</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>Tidings &amp;چھپائیں</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>Tidings &amp;دکھائیں</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Tidings میں خوش آمدید</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation>اپنی فیڈز شامل کرنا</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>فیڈز</translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation>موضوعات اور چپس</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;عنوانات، مضامین کے متن اور موضوعات میں تلاش کے لیے &lt;b&gt;Ctrl+F&lt;/b&gt; یا &lt;b&gt;/&lt;/b&gt; دبائیں۔ جو خبر آپ پڑھ رہے ہیں اس میں مماثل الفاظ نمایاں کر دیے جاتے ہیں۔&lt;/p&gt;&lt;p&gt;صرف کسی ایک موضوع کی خبریں رکھنے کے لیے &lt;b&gt;tag:&quot;موضوع کا نام&quot;&lt;/b&gt; (یا &lt;b&gt;topic:&lt;/b&gt;) لکھیں؛ لکھتے ہوئے معلوم موضوعات تجویز کیے جاتے ہیں۔ الفاظ اور موضوعات ملا کر بھی تلاش ہو سکتی ہے: &lt;i&gt;tag:&quot;Tidings&quot; کلیدوں&lt;/i&gt; اس فیڈ کی کی بورڈ والی خبر ڈھونڈ لیتا ہے۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>کی بورڈ</translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation>کی بورڈ سے پڑھنا</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;چند کلیدوں کے ساتھ Tidings سب سے تیز چلتا ہے:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: اگلی خبر؛ &lt;b&gt;K&lt;/b&gt; یا &lt;b&gt;P&lt;/b&gt;: پچھلی خبر&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: اگلی غیر پڑھی خبر، پھر غیر پڑھی خبروں والی اگلی فیڈ پر&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: صفحہ نیچے، پھر اگلی خبر پر&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: پڑھا ہوا یا غیر پڑھا نشان زد کریں؛ &lt;b&gt;S&lt;/b&gt;: ستارہ لگائیں&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; یا &lt;b&gt;Enter&lt;/b&gt;: اصل صفحہ اپنے براؤزر میں کھولیں&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: تمام فیڈز تازہ کریں&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; اور &lt;b&gt;Ctrl+-&lt;/b&gt;: بڑا یا چھوٹا متن؛ &lt;b&gt;Ctrl+0&lt;/b&gt;: واپس معمول پر&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: پوری فیڈ کو پڑھا ہوا نشان زد کرنا کالعدم کریں&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;ہر عمل مینیو میں بھی موجود ہے، ساتھ میں اس کی کلید بھی۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>آپ کی رازداری</translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ریموٹ تصویر اپنی سائٹ کو بتا دیتی ہے کہ آپ پڑھ رہے ہیں۔ اس لیے تصاویر تب تک رکی رہتی ہیں جب تک آپ اجازت نہ دیں: ایک خبر کے لیے &lt;b&gt;تصاویر لوڈ کریں&lt;/b&gt; سے، پوری فیڈ کے لیے &lt;b&gt;اس فیڈ کے لیے ہمیشہ&lt;/b&gt; سے، یا ہر جگہ کے لیے &lt;b&gt;فائل ← ترجیحات&lt;/b&gt; میں۔&lt;/p&gt;&lt;p&gt;لنکس آپ کے اپنے براؤزر میں کھلتے ہیں۔ Tidings خود صرف آپ کی فیڈز، ان کے صفحات اور وہ تصاویر لاتا ہے جن کی آپ نے اجازت دی ہو۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>رازداری</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings ان نیوز سائٹوں اور بلاگز کے لیے ایک پرسکون ریڈر ہے جنہیں آپ فالو کرتے ہیں۔ یہ ان کی فیڈز لاتا ہے، ہر خبر کے ویب صفحے کو صاف کر کے سادہ اور پڑھنے کے قابل متن بناتا ہے، اور اسے یہاں ایک پرسکون کالم میں دکھاتا ہے۔&lt;/p&gt;&lt;p&gt;صفحے کی کوئی چیز نہیں چلتی: نہ اسکرپٹس، نہ ٹریکرز، نہ اشتہارات۔ ریموٹ تصاویر صرف اسی وقت لوڈ ہوتی ہیں جب آپ کہیں۔&lt;/p&gt;&lt;p&gt;یہ چند خبریں آپ کے کمپیوٹر پر محفوظ ہیں، اس لیے یہاں سب کچھ نیٹ ورک کے بغیر چلتا ہے۔ آگے پڑھیں اور دیکھیں کہ خبریں کیسے صاف کی جاتی ہیں، ہر سرخی کے نیچے چپس کیا کرتی ہیں اور کسی موضوع کو فالو کیسے کریں۔&lt;/p&gt;&lt;p&gt;شروع کرنے کے لیے &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;تجویز کردہ فیڈز&lt;/a&gt; (&lt;b&gt;فائل ← تجویز کردہ فیڈز&lt;/b&gt;) میں سے چند معروف خبری ذرائع چنیں، یا &lt;b&gt;فائل ← سبسکرپشن شامل کریں&lt;/b&gt; (Ctrl+N) سے کوئی بھی فیڈ شامل کریں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation>صاف مضامین، ویب صفحات نہیں</translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;بہت سی فیڈز ہر خبر کی صرف ایک دو سطریں دیتی ہیں۔ اس لیے Tidings خبر کا ویب صفحہ لاتا ہے اور اسے صاف کرتا ہے: سرخی اور مضمون کو اس کی ذیلی سرخیوں، فہرستوں، اقتباسات اور تصویروں سمیت رکھتا ہے، اور اس کے اردگرد کے مینو، اشتہارات، شیئر بٹن اور تبصرے نکال دیتا ہے۔&lt;/p&gt;&lt;p&gt;جب تک صفحہ صاف ہو رہا ہو آپ فیڈ کا اپنا متن پڑھتے ہیں، جس کے اوپر ایک نوٹ ہوتا ہے؛ تیار ہونے پر صاف مضمون اس کی جگہ لے لیتا ہے۔ جب کسی صفحے سے مضمون نہ بن سکے تو فیڈ کا متن رہتا ہے، اور نوٹ میں &lt;b&gt;کیوں؟&lt;/b&gt; بتاتا ہے کہ کیا گڑبڑ ہوئی۔&lt;/p&gt;&lt;p&gt;اصل صفحہ ہمیشہ بس ایک کلید کی دوری پر ہے: &lt;b&gt;O&lt;/b&gt; اسے آپ کے براؤزر میں کھولتا ہے۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>مطالعہ</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;فائل ← سبسکرپشن شامل کریں&lt;/b&gt; (Ctrl+N) منتخب کریں اور کسی فیڈ کا پتہ چسپاں کریں، یا صرف کسی سائٹ کا: Tidings اس کی فیڈ خود تلاش کر لیتا ہے۔ چاہیں تو اسے کسی فولڈر میں رکھ دیں۔&lt;/p&gt;&lt;p&gt;کسی اور ریڈر سے آ رہے ہیں؟ &lt;b&gt;فائل ← OPML درآمد کریں&lt;/b&gt; آپ کی تمام سبسکرپشنز ایک ساتھ لے آتا ہے؛ &lt;b&gt;OPML برآمد کریں&lt;/b&gt; انہیں کہیں اور لے جاتا ہے۔&lt;/p&gt;&lt;p&gt;تازہ کرنے کے لیے &lt;b&gt;R&lt;/b&gt; دبائیں۔ نئی خبریں آتے ہی نظر آنے لگتی ہیں۔&lt;/p&gt;&lt;p&gt;جس فیڈ تک رسائی نہ ہو سکے اسے سبسکرپشنز کی فہرست میں انتباہی نشان ملتا ہے؛ وجہ جاننے کے لیے اس پر ماؤس لے جائیں، یا اسٹیٹس بار میں موجود نوٹ پر کلک کریں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ہر سرخی کے نیچے آپ کو چپس نظر آتی ہیں: خبر کے موضوعات، جو اس کے ٹیگز اور اس میں مذکور ناموں سے ملتے ہیں، اور ساتھ یہ کہ ہر موضوع کتنی خبروں میں مشترک ہے، جیسے اوپر &lt;i&gt;Tidings · 8&lt;/i&gt;۔&lt;/p&gt;&lt;p&gt;کسی چپ پر کلک کریں تو اپنی تمام فیڈز سے اس موضوع کی ہر خبر نظر آئے گی، تازہ ترین پہلے۔ جہاں تھے وہیں واپس جانے کے لیے &lt;b&gt;Alt+Left&lt;/b&gt; یا واپس کا بٹن دبائیں۔&lt;/p&gt;&lt;p&gt;کسی چپ پر دایاں کلک کر کے اس کے موضوع کا نام بدلیں، یا ایسی چپ چھپا دیں جو آپ کبھی نہیں دیکھنا چاہتے؛ &lt;b&gt;منظر ← پوشیدہ موضوع چپس&lt;/b&gt; اسے واپس لے آتا ہے۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation>کسی موضوع کو فالو کرنا</translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation>&lt;p&gt;جس موضوع میں آپ کی دلچسپی ہو اسے فالو کیا جا سکتا ہے: اس کی چپ پر دایاں کلک کر کے &lt;b&gt;موضوع فالو کریں&lt;/b&gt; چنیں، یا چپ پر کلک کر کے خبروں کی فہرست کے اوپر &lt;b&gt;فالو کریں&lt;/b&gt; دبائیں۔&lt;/p&gt;&lt;p&gt;فالو کیا گیا موضوع بائیں کالم میں &lt;b&gt;موضوعات&lt;/b&gt; کے تحت اپنی نہ پڑھی گئی خبروں کی تعداد کے ساتھ نظر آتا ہے۔ یہ ہر فیڈ سے اس موضوع کی خبریں جمع کرتا ہے، نئی خبریں بھی آتے ہی، اس لیے آپ کو یہ جاننے کی ضرورت نہیں کہ اگلی بار اس پر کون سی سائٹ لکھے گی۔&lt;/p&gt;&lt;p&gt;اس خبر کی &lt;i&gt;موضوعات&lt;/i&gt; چپ کے ساتھ آزما کر دیکھیں۔&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings اپنا ڈیٹابیس نہیں کھول سکتا</translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation>ایک پرسکون نیوز ریڈر۔</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation>ڈیٹابیس اور ترتیبات &lt;dir&gt; میں رکھیں (طے شدہ: $TIDINGS_PROFILE، ورنہ ڈیٹا کا معیاری فولڈر)۔</translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation>وہ فیڈز یا سائٹس جنہیں سبسکرائب کرنا ہے: http یا https پتے، یا feed: لنکس۔ اسی پروفائل پر پہلے سے چلتا ہوا Tidings انہیں سبسکرائب کر لیتا ہے۔</translation>
    </message>
</context>
</TS>
