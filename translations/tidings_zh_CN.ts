<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>正在同步 %1：发送更改…</translation>
    </message>
    <message>
        <source>Syncing %1: folders and feeds…</source>
        <translation>正在同步 %1：文件夹和订阅源…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n new stories…</source>
        <translation>
            <numerusform>正在同步 %1：%n 篇新文章…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1: read and starred…</source>
        <translation>正在同步 %1：已读和星标状态…</translation>
    </message>
    <message>
        <source>This feed server account is no longer there.</source>
        <translation>此订阅源服务器账户已不存在。</translation>
    </message>
</context>
<context>
    <name>Ui::Accounts</name>
    <message>
        <source>On This Computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>Ui::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>无法读取账户列表：%1</translation>
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
由 Tidings 自行获取的订阅源</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.</source>
        <translation>要移除账户 %1 吗？它的订阅源和文章将从 Tidings 中移除；服务器上不会有任何更改。</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>无法移除账户：%1</translation>
    </message>
</context>
<context>
    <name>Ui::AddAccountDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>添加账户</translation>
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
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Tidings keeps the password in the system keyring. The server&apos;s feeds, folders and read state are synced with it.</source>
        <translation>Tidings 将密码保存在系统密钥环中。服务器上的订阅源、文件夹和已读状态将与之同步。</translation>
    </message>
    <message>
        <source>The list of accounts could not be read: %1</source>
        <translation>无法读取账户列表：%1</translation>
    </message>
    <message>
        <source>This account is already added.</source>
        <translation>此账户已添加。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: %1</source>
        <translation>无法将密码保存到系统密钥环：%1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>正在保存账户…</translation>
    </message>
</context>
<context>
    <name>Ui::AddSubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>添加订阅</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a site address</source>
        <translation>https://example.org/feed.xml 或网站地址</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Tidings finds the feed of a site by itself.</source>
        <translation>Tidings 会自动找到网站的订阅源。</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>The server subscribes to the feed and fetches it; give the feed&apos;s own address.</source>
        <translation>服务器会订阅并抓取该订阅源；请填写订阅源本身的地址。</translation>
    </message>
</context>
<context>
    <name>Ui::ChipBar</name>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n stories about %1</source>
        <translation>
            <numerusform>显示关于“%1”的全部 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on %n of these stories</source>
        <translation>
            <numerusform>%1：这些文章中有 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>话题 %1</translation>
    </message>
    <message>
        <source>Unfollow topic</source>
        <translation>取消关注话题</translation>
    </message>
    <message>
        <source>Follow topic</source>
        <translation>关注话题</translation>
    </message>
    <message>
        <source>Rename topic…</source>
        <translation>重命名话题…</translation>
    </message>
    <message>
        <source>Never show this chip</source>
        <translation>不再显示此标签</translation>
    </message>
</context>
<context>
    <name>Ui::DatabaseRecovery</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings 无法打开它的数据库</translation>
    </message>
    <message>
        <source>The database at
%1
cannot be opened.</source>
        <translation>无法打开位于
%1
的数据库。</translation>
    </message>
    <message>
        <source>%1

Tidings can open it read-only: you can read your stories, but nothing you change is saved until the disk has room or the profile can be written again.</source>
        <translation>%1

Tidings 可以以只读方式打开它：您可以阅读新闻，但在磁盘有空间或配置文件夹重新可写之前，您所做的更改都不会保存。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The database at
%1
is damaged.</source>
        <translation>位于
%1
的数据库已损坏。</translation>
    </message>
    <message>
        <source>It could not be moved aside. Close Tidings, move the file somewhere safe, and start Tidings again to begin with a new database.</source>
        <translation>无法将其移到一旁。请关闭 Tidings，把该文件移到安全的地方，然后重新启动 Tidings，以新的数据库开始。</translation>
    </message>
    <message>
        <source>Tidings can restore the newest backup, from %1, and add back the subscriptions it can still read from the damaged file.</source>
        <translation>Tidings 可以恢复最新的备份（%1），并找回仍能从损坏文件中读出的订阅。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>There is no backup yet. Tidings can start with a new, empty database and add back the subscriptions it can still read from the damaged file.</source>
        <translation>目前还没有备份。Tidings 可以用一个新的空数据库开始，并找回仍能从损坏文件中读出的订阅。</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was moved to
%1
where the sqlite3 tool (.recover) may rescue more of it.

%2</source>
        <translation>没有删除任何内容：损坏的文件已移至
%1
sqlite3 工具（.recover）也许能从中救回更多内容。

%2</translation>
    </message>
    <message>
        <source>Start with a New Database</source>
        <translation>使用新数据库开始</translation>
    </message>
    <message>
        <source>The recovery failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) added back.</source>
        <translation>
            <numerusform>已找回 %n 个订阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup from %1 was restored. %2</source>
        <translation>已恢复 %1 的备份。%2</translation>
    </message>
    <message>
        <source>A new database was started. %1</source>
        <translation>已创建新数据库。%1</translation>
    </message>
</context>
<context>
    <name>Ui::Errors</name>
    <message>
        <source>No error</source>
        <translation>没有错误</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>服务器返回了错误</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The download is too large</source>
        <translation>下载内容过大</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>No feed was found at this address</source>
        <translation>在此地址未找到订阅源</translation>
    </message>
    <message>
        <source>The feed could not be read</source>
        <translation>无法读取订阅源</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>The story links to no web page</source>
        <translation>这篇文章没有链接到网页</translation>
    </message>
    <message>
        <source>The link leads to something other than a web page</source>
        <translation>该链接指向的不是网页</translation>
    </message>
    <message>
        <source>The page holds no article</source>
        <translation>该页面不包含文章</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error and its detail</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate was refused</source>
        <translation>网站的安全证书被拒绝</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>找不到服务器的名称</translation>
    </message>
    <message>
        <source>The connection to the server broke off</source>
        <translation>与服务器的连接中断了</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved</source>
        <translation>磁盘已满：更改未保存</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only profile): the change was not saved</source>
        <translation>数据库无法写入（配置文件夹为只读）：更改未保存</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>服务器不接受此用户名和密码。</translation>
    </message>
    <message>
        <source>This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open Preferences, turn on “Enable API” (under General) and save, then try again.</source>
        <translation>此用户无权使用 API。请在网页浏览器中登录 Tiny Tiny RSS，打开“Preferences”（首选项），在“General”下开启“Enable API”并保存，然后重试。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network.</source>
        <translation>无法连接到服务器。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and the network.</source>
        <translation>无法连接到服务器（%1）。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The server ended the session and signing in again failed.</source>
        <translation>服务器结束了会话，重新登录失败。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check that the address is the one of Tiny Tiny RSS itself (the page you sign in on).</source>
        <translation>服务器返回了 HTTP 状态 %1。请确认该地址是 Tiny Tiny RSS 本身的地址（即你登录的页面）。</translation>
    </message>
    <message>
        <source>The server&apos;s reply was not one of Tiny Tiny RSS (%1). Check the address.</source>
        <translation>服务器的回复不是来自 Tiny Tiny RSS（%1）。请检查地址。</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <source>The server no longer has this feed. Sync to catch up.</source>
        <translation>服务器上已没有此订阅源。请同步以获取最新状态。</translation>
    </message>
    <message>
        <source>The server no longer has this folder. Sync to catch up.</source>
        <translation>服务器上已没有此文件夹。请同步以获取最新状态。</translation>
    </message>
</context>
<context>
    <name>Ui::FeedPropertiesDialog</name>
    <message>
        <source>&amp;Clean the web page of each story</source>
        <translation>清理每篇文章的网页(&amp;C)</translation>
    </message>
    <message>
        <source>The feed has the &amp;full text</source>
        <translation>订阅源包含全文(&amp;F)</translation>
    </message>
    <message>
        <source>Load remote &amp;images in this feed</source>
        <translation>加载此订阅源中的远程图片(&amp;I)</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>订阅源属性</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message numerus="yes">
        <source>The app&apos;s setting (every %n minutes)</source>
        <translation>
            <numerusform>应用设置（每 %n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>The app&apos;s setting</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <source>Keep stories for</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>Keep only the newest</source>
        <translation>仅保留最新的</translation>
    </message>
    <message>
        <source>Keep every story</source>
        <translation>保留所有文章</translation>
    </message>
    <message>
        <source>Starred stories are always kept.</source>
        <translation>加星标的文章始终保留。</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>无需登录</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Tidings&apos; own files.</source>
        <translation>密码保存在系统密钥环中，绝不会存入 Tidings 自己的文件。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>刷新(&amp;R)：</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>HTTP Login</source>
        <translation>HTTP 登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notify me of new stories in this feed</source>
        <translation>此订阅源有新文章时通知我(&amp;N)</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>刷新间隔（分钟）</translation>
    </message>
    <message>
        <source>Days or stories to keep</source>
        <translation>保留的天数或文章数</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed server fetches this address; to follow another, subscribe to it.</source>
        <translation>订阅源服务器抓取此地址；如需关注其他地址，请订阅它。</translation>
    </message>
    <message>
        <source>This feed comes from a feed server: a new name or folder is made there, then synced here.</source>
        <translation>此订阅源来自订阅源服务器：新名称或文件夹需在服务器上设置，然后同步到这里。</translation>
    </message>
</context>
<context>
    <name>Ui::ImageLoader</name>
    <message>
        <source>Not an image the app can show</source>
        <translation>不是本应用能显示的图片</translation>
    </message>
</context>
<context>
    <name>Ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add Subscription…</source>
        <translation>添加订阅(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>导入 OPML(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>导出 OPML(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo Mark as Read</source>
        <translation>撤销标为已读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Hidden Topic Chips…</source>
        <translation>隐藏的话题标签(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Unread Stories Only</source>
        <translation>仅显示未读文章(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Oldest First</source>
        <translation>旧文章在前(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Story</source>
        <translation>下一篇未读文章(&amp;U)</translation>
    </message>
    <message>
        <source>Page Down or Next Story</source>
        <translation>向下翻页或下一篇文章</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>标为已读/未读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>加星标/取消星标(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>打开原文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;Above as Read</source>
        <translation>将上方文章标为已读(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;Below as Read</source>
        <translation>将下方文章标为已读(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;ubscriptions</source>
        <translation>订阅(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>全部刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>刷新所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mark Selected as Read</source>
        <translation>将所选标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Mark &amp;Everything as Read</source>
        <translation>全部标为已读(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Feed &amp;Properties…</source>
        <translation>订阅源属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>关于 Tidings(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;uggested Feeds…</source>
        <translation>推荐订阅源(&amp;U)…</translation>
    </message>
    <message>
        <source>Add Accou&amp;nt…</source>
        <translation>添加账户(&amp;N)…</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>账户(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts</source>
        <translation>同步账户(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation>关于 Tidings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A calm reader for news feeds: it cleans each story into readable text and links stories by topic.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;一款安静的新闻订阅阅读器：它把每篇文章清理成易读的文本，并按话题把文章联系起来。&lt;/p&gt;&lt;p&gt;配置文件：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Refreshing is not available in this build.</source>
        <translation>此版本不支持刷新。</translation>
    </message>
    <message>
        <source>Select a feed to see its properties.</source>
        <translation>选择一个订阅源以查看其属性。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>无法订阅 %1：%2</translation>
    </message>
    <message>
        <source>No stories here.</source>
        <translation>这里没有文章。</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <source>No stories match “%1”.</source>
        <translation>没有与“%1”匹配的文章。</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>这里没有未读文章。</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as read.</source>
        <translation>
            <numerusform>已将 %n 篇文章标为已读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n stories as unread again.</source>
        <translation>
            <numerusform>已将 %n 篇文章重新标为未读。</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed to %1.</source>
        <translation>已订阅 %1。</translation>
    </message>
    <message>
        <source>There is no server account to sync. Add one with File ▸ Add Account…</source>
        <translation>没有可同步的服务器账户。请通过“文件 ▸ 添加账户…”添加一个。</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>同步 %1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new stories.</source>
        <translation>
            <numerusform>已同步 %1：%n 篇新文章。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewStoriesNotifier</name>
    <message numerus="yes">
        <source>%n new stories on %1</source>
        <translation>
            <numerusform>话题“%1”有 %n 篇新文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories in %1</source>
        <translation>
            <numerusform>“%1”有 %n 篇新文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new stories</source>
        <translation>
            <numerusform>%n 篇新文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Mark a story read when it is selected</source>
        <translation>选中文章时将其标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Load remote &amp;images in every story</source>
        <translation>在所有文章中加载远程图片(&amp;I)</translation>
    </message>
    <message>
        <source>Use this &amp;font:</source>
        <translation>使用此字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手动设置 HTTP 代理(&amp;M)：</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser</source>
        <translation>桌面默认浏览器</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Refresh feeds every:</source>
        <translation>订阅源刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>A feed&apos;s own properties may set another interval.</source>
        <translation>订阅源自身的属性可以设置其他间隔。</translation>
    </message>
    <message>
        <source>Open links &amp;with:</source>
        <translation>打开链接的程序(&amp;W)：</translation>
    </message>
    <message>
        <source>A command such as “firefox --new-tab”; the link is added at its end.</source>
        <translation>一条命令，例如“firefox --new-tab”；链接会附加在命令末尾。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tidings starts.</source>
        <translation>新语言将在下次启动 Tidings 时生效。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>after:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>系统颜色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Remote images tell the sites that you read their story. Without this, images load only when you ask, per story or per feed.</source>
        <translation>远程图片会让网站得知你在阅读它们的文章。不启用此项时，只有在你要求时才会加载图片，可针对单篇文章或单个订阅源。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Keep stories &amp;for:</source>
        <translation>文章保留时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Keep at most, &amp;per feed:</source>
        <translation>每个订阅源最多保留(&amp;P)：</translation>
    </message>
    <message>
        <source>Starred stories are always kept. A feed&apos;s own properties may set other limits.</source>
        <translation>加星标的文章始终保留。订阅源自身的属性可以设置其他限制。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when new stories arrive</source>
        <translation>有新文章时显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>And for new stories on &amp;followed topics</source>
        <translation>已关注话题有新文章时也通知(&amp;F)</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the unread count</source>
        <translation>在系统托盘中显示带未读数的图标(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Closing the window leaves Tidings running in the tray</source>
        <translation>关闭窗口后 Tidings 在托盘中继续运行(&amp;C)</translation>
    </message>
    <message>
        <source>Delay before a story is marked read</source>
        <translation>文章标为已读前的延迟</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>阅读字号</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Feeds that notify</source>
        <translation>发送通知的订阅源</translation>
    </message>
    <message>
        <source>From every feed</source>
        <translation>来自所有订阅源</translation>
    </message>
    <message>
        <source>From the feeds chosen in their properties</source>
        <translation>来自在属性中选定的订阅源</translation>
    </message>
    <message>
        <source>One notification per refresh, however many stories it brings.</source>
        <translation>每次刷新只发送一条通知，无论带来多少篇文章。</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>a refresh interval in minutes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>a delay in seconds</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>阅读窗格</translation>
    </message>
    <message>
        <source>Load Images</source>
        <translation>加载图片</translation>
    </message>
    <message>
        <source>Always for This Feed</source>
        <translation>此订阅源始终加载</translation>
    </message>
    <message>
        <source>Why the feed&apos;s text is shown</source>
        <translation>为何显示订阅源的文本</translation>
    </message>
    <message>
        <source>The page could not be turned into a readable article.</source>
        <translation>无法将该页面转换为可读的文章。</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Select a story to read it here.</source>
        <translation>选择一篇文章，在此阅读。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>阅读约需 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <source>Cleaning… showing the feed&apos;s text for now.</source>
        <translation>正在清理…暂时显示订阅源的文本。</translation>
    </message>
    <message>
        <source>Showing the feed&apos;s text. &lt;a href=&quot;why&quot;&gt;Why?&lt;/a&gt;</source>
        <translation>正在显示订阅源的文本。&lt;a href=&quot;why&quot;&gt;为什么？&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This story has no text. Open the original to read it.</source>
        <translation>这篇文章没有正文。请打开原文阅读。</translation>
    </message>
    <message>
        <source>1 remote image is blocked to protect your privacy.</source>
        <translation>已阻止 1 张远程图片，以保护你的隐私。</translation>
    </message>
    <message>
        <source>%1 remote images are blocked to protect your privacy.</source>
        <translation>已阻止 %1 张远程图片，以保护你的隐私。</translation>
    </message>
</context>
<context>
    <name>Ui::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Search stories</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Search  (words, tag:&quot;Topic&quot;)</source>
        <translation>搜索（词语、tag:&quot;话题&quot;）</translation>
    </message>
</context>
<context>
    <name>Ui::StatusPanel</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>正在刷新第 %1 个订阅源，共 %2 个</translation>
    </message>
    <message>
        <source>Cleaning %1 of %2 stories</source>
        <translation>正在清理第 %1 篇文章，共 %2 篇</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>已于 %1 更新</translation>
    </message>
    <message>
        <source>Offline: refreshing waits for the network</source>
        <translation>离线：刷新将等待网络连接</translation>
    </message>
    <message>
        <source>Next refresh at %1</source>
        <translation>下次刷新时间：%1</translation>
    </message>
    <message>
        <source>1 feed failing</source>
        <translation>1 个订阅源出错</translation>
    </message>
    <message>
        <source>%1 feeds failing</source>
        <translation>%1 个订阅源出错</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 — %2 (last success: %3)</source>
        <translation>%1 — %2（上次成功：%3）</translation>
    </message>
    <message>
        <source>Every feed is fine.</source>
        <translation>所有订阅源均正常。</translation>
    </message>
    <message>
        <source>Read-only: the disk is full, changes are not saved</source>
        <translation>只读：磁盘已满，更改不会保存</translation>
    </message>
    <message>
        <source>Read-only: the profile cannot be written, changes are not saved</source>
        <translation>只读：配置文件夹无法写入，更改不会保存</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListActions</name>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Mark All Above as Read</source>
        <translation>将上方所有文章标为已读</translation>
    </message>
    <message>
        <source>Mark All Below as Read</source>
        <translation>将下方所有文章标为已读</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>这篇文章没有网页。</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>链接已复制。</translation>
    </message>
    <message>
        <source>No unread stories left.</source>
        <translation>没有剩余的未读文章。</translation>
    </message>
</context>
<context>
    <name>Ui::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>%1, starred</source>
        <translation>%1，已加星标</translation>
    </message>
</context>
<context>
    <name>Ui::StoryReader</name>
    <message>
        <source>This story is no longer stored.</source>
        <translation>这篇文章已不再保存。</translation>
    </message>
    <message>
        <source>This story has no web page.</source>
        <translation>这篇文章没有网页。</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>文件夹名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move up one level.</source>
        <translation>删除文件夹“%1”？其中的订阅源将上移一级。</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its stories?</source>
        <translation>取消订阅“%1”并删除其文章？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Feed Properties</source>
        <translation>订阅源属性</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>导入 OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 文件 (*.opml *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a subscription list: %2</source>
        <translation>%1 不是订阅列表：%2</translation>
    </message>
    <message>
        <source>Imported %1 subscriptions (%2 already there).</source>
        <translation>已导入 %1 个订阅（%2 个已存在）。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>导出 OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML 文件 (*.opml)</translation>
    </message>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings 订阅</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 subscriptions to %2.</source>
        <translation>已将 %1 个订阅导出到 %2。</translation>
    </message>
    <message>
        <source>Cannot subscribe to “%1”: it is not a web address.</source>
        <translation>无法订阅“%1”：它不是网址。</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>已经订阅了 %1。</translation>
    </message>
    <message>
        <source>A feed server&apos;s folders are changed on the server&apos;s own pages; the next sync brings the change here.</source>
        <translation>订阅源服务器的文件夹需在服务器自己的页面上更改；下次同步会把更改带到这里。</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>The server did not subscribe: %1</source>
        <translation>服务器未能订阅：%1</translation>
    </message>
    <message>
        <source>This feed server account cannot be reached from here.</source>
        <translation>无法从这里连接到此订阅源服务器账户。</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave this computer at the next sync.</source>
        <translation>要在订阅源服务器上取消订阅“%1”吗？服务器将停止抓取它，其文章会在下次同步时从本机移除。</translation>
    </message>
    <message>
        <source>Unsubscribing from “%1” on the server…</source>
        <translation>正在服务器上取消订阅“%1”…</translation>
    </message>
    <message>
        <source>The server did not unsubscribe from “%1”: %2</source>
        <translation>服务器未能取消订阅“%1”：%2</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1” on the server.</source>
        <translation>已在服务器上取消订阅“%1”。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>The server did not change “%1”: %2</source>
        <translation>服务器未能更改“%1”：%2</translation>
    </message>
    <message>
        <source>A feed server&apos;s feed moves only into that server&apos;s folders.</source>
        <translation>订阅源服务器的订阅源只能移到该服务器的文件夹中。</translation>
    </message>
    <message>
        <source>Moved “%1” on the server.</source>
        <translation>已在服务器上移动“%1”。</translation>
    </message>
    <message>
        <source>Changing “%1” on the server…</source>
        <translation>正在服务器上更改“%1”…</translation>
    </message>
    <message>
        <source>Renamed “%1” on the server.</source>
        <translation>已在服务器上重命名“%1”。</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionPane</name>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Load Images in This Feed</source>
        <translation>加载此订阅源中的图片</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>复制订阅源地址</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>取消订阅…</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>重命名话题…</translation>
    </message>
    <message>
        <source>Unfollow Topic</source>
        <translation>取消关注话题</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>删除文件夹…</translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionTreeModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>All Stories</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Topics you follow: their stories from every feed</source>
        <translation>你关注的话题：来自所有订阅源的相关文章</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories in all</source>
        <translation>
            <numerusform>%1：共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1，%n 篇未读</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last updated: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;上次更新：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last error: %3&lt;br&gt;Last success: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;上次错误：%3&lt;br&gt;上次成功：%4</translation>
    </message>
    <message>
        <source>%1, failing: %2</source>
        <translation>%1，出错：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Feeds Tidings fetches itself</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;由 Tidings 自行获取的订阅源</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Syncing…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;正在同步…</translation>
    </message>
    <message>
        <source>%1, syncing</source>
        <translation>%1，正在同步</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Last sync failed: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;上次同步失败：%3</translation>
    </message>
    <message>
        <source>%1, sync failing: %2</source>
        <translation>%1，同步出错：%2</translation>
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
        <translation>世界</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>中东</translation>
    </message>
</context>
<context>
    <name>Ui::SuggestedFeedsDialog</name>
    <message>
        <source>Suggested Feeds</source>
        <translation>推荐订阅源</translation>
    </message>
    <message>
        <source>Well-known news sources, by region. One click subscribes; each can be removed later like any other feed.</source>
        <translation>按地区列出的知名新闻来源。点击一下即可订阅；以后也可以像其他订阅源一样随时删除。</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Subscribe to %1</source>
        <translation>订阅 %1</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
</context>
<context>
    <name>Ui::TopicController</name>
    <message>
        <source>Following %1: its stories from every feed are under Topics.</source>
        <translation>已关注 %1：所有订阅源中的相关文章都在“话题”下。</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>已不再关注 %1。</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>重命名话题</translation>
    </message>
    <message>
        <source>Show the topic “%1” as:</source>
        <translation>将话题“%1”显示为：</translation>
    </message>
    <message>
        <source>The chip %1 will not be shown again.</source>
        <translation>标签 %1 将不再显示。</translation>
    </message>
    <message>
        <source>The chip %1 is shown again.</source>
        <translation>标签 %1 已重新显示。</translation>
    </message>
    <message>
        <source>Hidden Topic Chips</source>
        <translation>隐藏的话题标签</translation>
    </message>
    <message>
        <source>Chips you chose never to see. Their stories keep them: show one again and it comes back on every story.</source>
        <translation>你选择永不显示的标签。文章仍保留这些标签：重新显示某个标签后，它会回到每一篇文章上。</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <source>No hidden chips.</source>
        <translation>没有隐藏的标签。</translation>
    </message>
</context>
<context>
    <name>Ui::TopicHeader</name>
    <message>
        <source>Related:</source>
        <translation>相关：</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Related topics</source>
        <translation>相关话题</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 stories in 3 feeds</comment>
        <translation>%2中的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n story</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed</source>
        <translation>
            <numerusform>%n 个订阅源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeds</source>
        <translation>
            <numerusform>%n 个订阅源</numerusform>
        </translation>
    </message>
    <message>
        <source>Following</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Stop following %1</source>
        <translation>取消关注 %1</translation>
    </message>
    <message>
        <source>Follow %1: its stories from every feed, under Topics</source>
        <translation>关注 %1：所有订阅源中的相关文章，显示在“话题”下</translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Tidings: nothing unread</source>
        <translation>Tidings：没有未读文章</translation>
    </message>
    <message numerus="yes">
        <source>Tidings: %n unread stories</source>
        <translation>
            <numerusform>Tidings：%n 篇未读文章</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>隐藏 Tidings(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>显示 Tidings(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomeFeed</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation>欢迎使用 Tidings</translation>
    </message>
    <message>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Adding your feeds</source>
        <translation>添加订阅源</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <source>Topics and chips</source>
        <translation>话题与标签</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search titles, article text and topics. Matches are marked in the story you read.&lt;/p&gt;&lt;p&gt;Write &lt;b&gt;tag:&quot;Topic Name&quot;&lt;/b&gt; (or &lt;b&gt;topic:&lt;/b&gt;) to keep only the stories on a topic; known topics are offered as you type. Words and tags combine: &lt;i&gt;tag:&quot;Tidings&quot; keys&lt;/i&gt; finds this feed&apos;s story about the keyboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按 &lt;b&gt;Ctrl+F&lt;/b&gt; 或 &lt;b&gt;/&lt;/b&gt; 可以搜索标题、文章正文和话题。匹配的内容会在你阅读的文章中标出。&lt;/p&gt;&lt;p&gt;输入 &lt;b&gt;tag:&quot;话题名称&quot;&lt;/b&gt;（或 &lt;b&gt;topic:&lt;/b&gt;）可以只保留某个话题的文章；输入时会提示已知的话题。词语和标签可以组合使用：&lt;i&gt;tag:&quot;Tidings&quot; 空格键&lt;/i&gt; 会找到本订阅源中讲键盘操作的那篇文章。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Reading with the keyboard</source>
        <translation>用键盘阅读</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is quickest with a few keys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;: next story; &lt;b&gt;K&lt;/b&gt; or &lt;b&gt;P&lt;/b&gt;: previous story&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;: next unread story, then on to the next feed with unread stories&lt;/li&gt;&lt;li&gt;&lt;b&gt;Space&lt;/b&gt;: page down, then on to the next story&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;: mark read or unread; &lt;b&gt;S&lt;/b&gt;: star&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt;: open the original page in your browser&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;: refresh all feeds&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; and &lt;b&gt;Ctrl+-&lt;/b&gt;: larger or smaller text; &lt;b&gt;Ctrl+0&lt;/b&gt;: back to normal&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;: undo marking a whole feed as read&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every action is also in the menus, with its key beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用几个按键就能最快地使用 Tidings：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;J&lt;/b&gt;：下一篇文章；&lt;b&gt;K&lt;/b&gt; 或 &lt;b&gt;P&lt;/b&gt;：上一篇文章&lt;/li&gt;&lt;li&gt;&lt;b&gt;N&lt;/b&gt;：下一篇未读文章，然后转到下一个有未读文章的订阅源&lt;/li&gt;&lt;li&gt;&lt;b&gt;空格键&lt;/b&gt;：向下翻页，然后转到下一篇文章&lt;/li&gt;&lt;li&gt;&lt;b&gt;M&lt;/b&gt;：标为已读或未读；&lt;b&gt;S&lt;/b&gt;：加星标&lt;/li&gt;&lt;li&gt;&lt;b&gt;O&lt;/b&gt; 或 &lt;b&gt;Enter&lt;/b&gt;：在浏览器中打开原始网页&lt;/li&gt;&lt;li&gt;&lt;b&gt;R&lt;/b&gt;：刷新所有订阅源&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; 和 &lt;b&gt;Ctrl+-&lt;/b&gt;：放大或缩小文字；&lt;b&gt;Ctrl+0&lt;/b&gt;：恢复正常大小&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;：撤销将整个订阅源标为已读&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;每个操作也都在菜单中，旁边标有对应的按键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>你的隐私</translation>
    </message>
    <message>
        <source>&lt;p&gt;A remote image tells its site that you are reading. So images stay blocked until you allow them: for one story with &lt;b&gt;Load Images&lt;/b&gt;, for a whole feed with &lt;b&gt;Always for This Feed&lt;/b&gt;, or everywhere in &lt;b&gt;File → Preferences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Links open in your own browser. Tidings itself only ever fetches your feeds, their pages and the images you allowed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;远程图片会告诉它所在的网站你正在阅读。因此图片会一直被阻止，直到你允许为止：对单篇文章使用 &lt;b&gt;加载图片&lt;/b&gt;，对整个订阅源使用 &lt;b&gt;此订阅源始终加载&lt;/b&gt;，或在 &lt;b&gt;文件 → 首选项&lt;/b&gt; 中对所有文章启用。&lt;/p&gt;&lt;p&gt;链接会在你自己的浏览器中打开。Tidings 本身只会获取你的订阅源、它们的网页以及你允许加载的图片。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, cleans each story&apos;s web page into plain, readable text, and shows it here in a quiet column.&lt;/p&gt;&lt;p&gt;Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.&lt;/p&gt;&lt;p&gt;These few stories are stored on your computer, so everything here works without a network. Read on to see how stories are cleaned, what the chips under each headline do and how to follow a topic.&lt;/p&gt;&lt;p&gt;To begin, pick a few well-known news sources from &lt;a href=&quot;tidings:suggested-feeds&quot;&gt;the suggested feeds&lt;/a&gt; (&lt;b&gt;File → Suggested Feeds&lt;/b&gt;), or add any feed with &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidings 是一款安静的阅读器，用于阅读你常看的新闻网站和博客。它会获取这些网站的订阅源，把每篇文章的网页清理成简洁易读的纯文本，并在这里以安静的单栏版面呈现。&lt;/p&gt;&lt;p&gt;页面上的任何内容都不会运行：没有脚本，没有跟踪器，没有广告。远程图片只在你要求时才会加载。&lt;/p&gt;&lt;p&gt;这几篇文章保存在你的计算机上，因此这里的一切无需网络即可使用。继续阅读，了解文章是如何清理的、每个标题下方的话题标签有什么用，以及如何关注一个话题。&lt;/p&gt;&lt;p&gt;开始时，可以从&lt;a href=&quot;tidings:suggested-feeds&quot;&gt;推荐订阅源&lt;/a&gt;（&lt;b&gt;文件 → 推荐订阅源&lt;/b&gt;）中挑选几个知名新闻来源，或者通过 &lt;b&gt;文件 → 添加订阅&lt;/b&gt;（Ctrl+N）添加任意订阅源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clean articles, not web pages</source>
        <translation>干净的文章，而不是网页</translation>
    </message>
    <message>
        <source>&lt;p&gt;Many feeds carry only a line or two of each story. So Tidings fetches the story&apos;s web page and cleans it: it keeps the headline and the article, with its headings, lists, quotes and pictures, and leaves out the menus, adverts, share buttons and comments around it.&lt;/p&gt;&lt;p&gt;While a page is being cleaned you read the feed&apos;s own text, with a note above it; the clean article takes its place when it is ready. When a page cannot be made into an article, the feed&apos;s text stays, and &lt;b&gt;Why?&lt;/b&gt; in the note tells you what went wrong.&lt;/p&gt;&lt;p&gt;The original page is always one key away: &lt;b&gt;O&lt;/b&gt; opens it in your browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;许多订阅源只提供每篇文章的一两行。因此 Tidings 会获取文章的网页并加以清理：保留标题和正文，连同其中的小标题、列表、引文和图片，去掉周围的菜单、广告、分享按钮和评论。&lt;/p&gt;&lt;p&gt;在网页清理期间，你看到的是订阅源自带的文本，上方有一条提示；清理好的文章准备就绪后会取而代之。如果某个网页无法整理成文章，就会保留订阅源的文本，点击提示中的 &lt;b&gt;为什么？&lt;/b&gt; 可以了解出了什么问题。&lt;/p&gt;&lt;p&gt;原始网页始终只需一个按键：按 &lt;b&gt;O&lt;/b&gt; 即可在浏览器中打开。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;File → Add Subscription&lt;/b&gt; (Ctrl+N) and paste the address of a feed, or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.&lt;/p&gt;&lt;p&gt;Coming from another reader? &lt;b&gt;File → Import OPML&lt;/b&gt; brings all your subscriptions over at once; &lt;b&gt;Export OPML&lt;/b&gt; takes them elsewhere.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;R&lt;/b&gt; to refresh. New stories appear as they arrive.&lt;/p&gt;&lt;p&gt;A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, or click the note in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择 &lt;b&gt;文件 → 添加订阅&lt;/b&gt;（Ctrl+N），然后粘贴订阅源的地址，或者只粘贴网站的地址：Tidings 会自动找到它的订阅源。你也可以把它放进某个文件夹。&lt;/p&gt;&lt;p&gt;从其他阅读器迁移过来？&lt;b&gt;文件 → 导入 OPML&lt;/b&gt; 可以一次性导入你的所有订阅；&lt;b&gt;导出 OPML&lt;/b&gt; 则可以把它们带到别处。&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;R&lt;/b&gt; 刷新。新文章一到就会出现。&lt;/p&gt;&lt;p&gt;无法访问的订阅源会在左侧列表中显示警告标志；将鼠标悬停在上面可查看原因，也可以点击状态栏中的提示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Under each headline you see chips: the topics of the story, found in its tags and in the names it mentions, with how many stories share each one, such as &lt;i&gt;Tidings · 8&lt;/i&gt; above.&lt;/p&gt;&lt;p&gt;Click a chip to see every story on that topic from all your feeds, newest first. Press &lt;b&gt;Alt+Left&lt;/b&gt; or the Back button to return to where you were.&lt;/p&gt;&lt;p&gt;Right-click a chip to rename its topic, or to hide a chip you never want to see; &lt;b&gt;View → Hidden Topic Chips&lt;/b&gt; brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个标题下方都有话题标签：它们是从文章的标签和其中提到的名称中找出的话题，并标明每个话题共有多少篇文章，例如上方的 &lt;i&gt;Tidings · 8&lt;/i&gt;。&lt;/p&gt;&lt;p&gt;点击一个话题标签，即可查看所有订阅源中关于该话题的全部文章，最新的在前。按 &lt;b&gt;Alt+←&lt;/b&gt; 或“后退”按钮可回到原来的位置。&lt;/p&gt;&lt;p&gt;右键点击话题标签可以重命名它的话题，也可以隐藏你永远不想看到的话题标签；&lt;b&gt;查看 → 隐藏的话题标签&lt;/b&gt; 可以让它重新显示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Following a topic</source>
        <translation>关注话题</translation>
    </message>
    <message>
        <source>&lt;p&gt;A topic you care about can be followed: right-click its chip and choose &lt;b&gt;Follow topic&lt;/b&gt;, or click the chip and press &lt;b&gt;Follow&lt;/b&gt; above the list of stories.&lt;/p&gt;&lt;p&gt;A followed topic is listed under &lt;b&gt;Topics&lt;/b&gt; in the column on the left, with its unread count. It gathers the stories on that topic from every feed, new ones included as they arrive, so you need not know which site will write about it next.&lt;/p&gt;&lt;p&gt;Try it with the &lt;i&gt;Topics&lt;/i&gt; chip of this story.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你关心的话题可以关注：右键点击它的话题标签并选择 &lt;b&gt;关注话题&lt;/b&gt;，或者点击话题标签，然后在文章列表上方点击 &lt;b&gt;关注&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;已关注的话题会列在左侧栏的 &lt;b&gt;话题&lt;/b&gt; 下，并显示未读数。它会汇集所有订阅源中关于该话题的文章，新文章一到也会加入，因此你无需知道下一篇相关报道会出自哪个网站。&lt;/p&gt;&lt;p&gt;不妨用这篇文章的 &lt;i&gt;话题&lt;/i&gt; 标签试一试。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tidings cannot open its database</source>
        <translation>Tidings 无法打开它的数据库</translation>
    </message>
    <message>
        <source>A calm news reader.</source>
        <translation>一款安静的新闻阅读器。</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; (default: $TIDINGS_PROFILE, else the standard data folder).</source>
        <translation>将数据库和设置保存在 &lt;dir&gt; 中（默认：$TIDINGS_PROFILE，否则为标准数据文件夹）。</translation>
    </message>
    <message>
        <source>Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings on the same profile subscribes to them.</source>
        <translation>要订阅的订阅源或网站：http 或 https 地址，或 feed: 链接。同一配置文件下正在运行的 Tidings 会订阅它们。</translation>
    </message>
</context>
</TS>
