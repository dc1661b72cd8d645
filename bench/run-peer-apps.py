#!/usr/bin/env python3
"""Tidings beside RSS Guard and QuiteRSS (Debian's packages) on the same feeds.

One local HTTP server on 127.0.0.1 serves FEEDS feeds of ITEMS items each (the
items link to real article pages of ../shared/corpus/readability, served by the
same server). Each reader starts from a fresh profile already subscribed to
every feed (Tidings through `tidings-cli import-opml`; the peers through their
own SQLite databases, the way their OPML import stores them), is set to
refresh every feed at start, and is launched under Xvfb RUNS times, the three
interleaved. Per run it prints:

  window_ms   launch until the main window is mapped (xdotool polled every 5 ms)
  rss_mib     resident memory of the main process 10 s after launch
  tree_mib    PSS of the process and its children (RSS Guard's web engine) at 10 s
  items       stories stored at 15 s (read from the reader's database after exit)

and then the median of each figure and the ratios against Tidings.

  xvfb-run -a -s "-screen 0 1400x900x24" python3 bench/run-peer-apps.py [--build build] [--runs 5]

Needs: a build (app/tidings, app/tidings-cli), rssguard, quiterss, xdotool,
sqlite3 (installed with apt-get when missing and run as root).
"""
import argparse
import http.server
import json
import os
import shutil
import signal
import socketserver
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")


def ensure_tools():
    missing = [p for p, b in (("rssguard", "rssguard"), ("quiterss", "quiterss"), ("xdotool", "xdotool"),
                              ("sqlite3", "sqlite3")) if shutil.which(b) is None]
    if missing:
        if os.geteuid() != 0:
            sys.exit("missing: %s (apt-get install them)" % " ".join(missing))
        subprocess.run(["apt-get", "install", "-y", "-q"] + missing, check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), stdout=subprocess.DEVNULL)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    handler = lambda *a, **k: Quiet(*a, directory=directory, **k)  # noqa: E731
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_site(www, feeds, items, port):
    pages = sorted(d for d in os.listdir(os.path.join(CORPUS, "readability"))
                   if os.path.exists(os.path.join(CORPUS, "readability", d, "source.html")))
    os.makedirs(os.path.join(www, "a"))
    for i, name in enumerate(pages):
        shutil.copy(os.path.join(CORPUS, "readability", name, "source.html"), os.path.join(www, "a", "%d.html" % i))
    base = "http://127.0.0.1:%d" % port
    outlines = []
    now = time.time()
    for f in range(feeds):
        entries = []
        for n in range(items):
            page = (f * items + n) % len(pages)
            date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(now - (f * items + n) * 600))
            entries.append(
                "<item><title>Story %d of feed %d</title><link>%s/a/%d.html?f=%d&amp;n=%d</link>"
                "<guid isPermaLink=\"false\">f%d-n%d</guid><pubDate>%s</pubDate>"
                "<description>A story from the local outlet %d, item %d.</description></item>"
                % (n, f, base, page, f, n, f, n, date, f, n))
        with open(os.path.join(www, "f%03d.xml" % f), "w") as out:
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                      "<title>Outlet %03d</title><link>%s/</link><description>Local outlet %d</description>%s"
                      "</channel></rss>\n" % (f, base, f, "".join(entries)))
        outlines.append("<outline type=\"rss\" text=\"Outlet %03d\" title=\"Outlet %03d\" xmlUrl=\"%s/f%03d.xml\"/>"
                        % (f, f, base, f))
    opml = os.path.join(www, "feeds.opml")
    with open(opml, "w") as out:
        out.write("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>Bench</title></head><body>%s"
                  "</body></opml>\n" % "".join(outlines))
    return ["%s/f%03d.xml" % (base, f) for f in range(feeds)], opml


def launch(argv, home, extra_env=None):
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local", "share"), XDG_CACHE_HOME=os.path.join(home, ".cache"),
               XDG_RUNTIME_DIR=os.path.join(home, "run"))
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    env.update(extra_env or {})
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def wait_window(pid, timeout=30.0):
    """Milliseconds from now until a visible window of the process exists."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.strip()
        if found:
            return (time.monotonic() - start) * 1000.0
        time.sleep(0.005)
    return float("nan")


def children(pid):
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], stdout=subprocess.PIPE, text=True).stdout.split()
    result = [int(p) for p in out]
    for child in list(result):
        result += children(child)
    return result


def kib(path, field):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


# --- the three readers: a template profile each, copied fresh for every run ---

def tidings_template(build, opml, home):
    profile = os.path.join(home, "profile")
    subprocess.run([os.path.join(build, "app", "tidings-cli"), "--profile", profile, "import-opml", opml],
                   check=True, stdout=subprocess.DEVNULL)
    return {"argv": [os.path.join(build, "app", "tidings"), "--profile", profile],
            "count": lambda h: count(os.path.join(h, "profile", "tidings.sqlite"), "SELECT count(*) FROM stories")}


def first_start(argv, home, extra_env=None, seconds=6.0):
    proc = launch(argv, home, extra_env)
    wait_window(proc.pid)
    time.sleep(seconds)
    stop(proc)


def quiterss_template(urls, home):
    first_start(["quiterss"], home)
    db = os.path.join(home, ".local", "share", "QuiteRss", "QuiteRss", "feeds.db")
    con = sqlite3.connect(db)
    con.execute("DELETE FROM feeds")
    for i, url in enumerate(urls):
        con.execute("INSERT INTO feeds(text, title, xmlUrl, htmlUrl, parentId, rowToParent, created) "
                    "VALUES (?, ?, ?, ?, 0, ?, datetime('now'))", ("Outlet %03d" % i, "Outlet %03d" % i, url, "", i))
    con.commit()
    con.close()
    ini = os.path.join(home, ".config", "QuiteRss", "QuiteRss.ini")
    set_ini(ini, "Settings", {"autoUpdatefeedsStartUp": "true", "showSplashScreen": "false", "storeDBMemory": "false",
                              "updateCheckEnabled": "false"})
    return {"argv": ["quiterss"], "count": lambda h: count(os.path.join(h, ".local", "share", "QuiteRss",
                                                                          "QuiteRss", "feeds.db"),
                                                             "SELECT count(*) FROM news")}


RSSGUARD_ENV = {"QTWEBENGINE_DISABLE_SANDBOX": "1"}


def rssguard_template(urls, home):
    first_start(["rssguard"], home, RSSGUARD_ENV)
    db = os.path.join(home, ".config", "RSS Guard 4", "database", "database.db")
    con = sqlite3.connect(db)
    con.execute("DELETE FROM Feeds")
    con.execute("DELETE FROM Categories")
    con.execute("DELETE FROM Accounts")
    con.execute("INSERT INTO Accounts(id, type) VALUES (1, 'std-rss')")
    data = json.dumps({"encoding": "UTF-8", "password": "", "post_process": "", "protected": False,
                       "source_type": 0, "type": 1, "username": ""})
    for i, url in enumerate(urls):
        con.execute("INSERT INTO Feeds(id, title, description, date_created, category, source, update_type, "
                    "update_interval, account_id, custom_id, custom_data) VALUES (?, ?, '', ?, -1, ?, 1, 15, 1, ?, ?)",
                    (i + 1, "Outlet %03d" % i, int(time.time() * 1000), url, str(i + 1), data))
    con.commit()
    con.close()
    ini = os.path.join(home, ".config", "RSS Guard 4", "config", "config.ini")
    set_ini(ini, "feeds", {"feeds_update_on_startup": "true", "feeds_update_on_startup_delay": "0"})
    set_ini(ini, "main", {"update_on_start": "false"})
    return {"argv": ["rssguard"], "env": RSSGUARD_ENV,
            "count": lambda h: count(os.path.join(h, ".config", "RSS Guard 4", "database", "database.db"),
                                     "SELECT count(*) FROM Messages")}


def set_ini(path, section, values):
    lines = open(path).read().splitlines() if os.path.exists(path) else []
    header = "[%s]" % section
    if header not in lines:
        lines += ["", header]
    for key, value in values.items():
        lines = [l for l in lines if not l.startswith(key + "=")]
        lines.insert(lines.index(header) + 1, "%s=%s" % (key, value))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def count(db, sql):
    try:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        value = con.execute(sql).fetchone()[0]
        con.close()
        return value
    except sqlite3.Error:
        return -1


def run_once(name, template, spec, work):
    home = os.path.join(work, "run-" + name)
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(template, home, symlinks=True)
    argv = [a.replace(template, home) for a in spec["argv"]]
    t0 = time.monotonic()
    proc = launch(argv, home, spec.get("env"))
    window = wait_window(proc.pid)
    if window != window:  # no window within the timeout: the start failed
        stop(proc)
        return None
    time.sleep(max(0.0, 10.0 - (time.monotonic() - t0)))
    rss = kib("/proc/%d/status" % proc.pid, "VmRSS") / 1024.0
    tree = sum(kib("/proc/%d/smaps_rollup" % p, "Pss") for p in [proc.pid] + children(proc.pid)) / 1024.0
    time.sleep(max(0.0, 15.0 - (time.monotonic() - t0)))
    stop(proc)
    return window, rss, tree, spec["count"](home)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=10)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("run under Xvfb: xvfb-run -a -s \"-screen 0 1400x900x24\" python3 %s" % sys.argv[0])
    if not os.path.isdir(CORPUS):
        sys.exit("no ../shared/corpus beside the project")
    ensure_tools()
    build = os.path.abspath(args.build)
    work = tempfile.mkdtemp(prefix="tidings-peers-")
    www = os.path.join(work, "www")
    os.makedirs(www)
    server = serve(www)
    urls, opml = write_site(www, args.feeds, args.items, server.server_address[1])
    readers = {}
    for name, make in (("tidings", lambda h: tidings_template(build, opml, h)),
                       ("quiterss", lambda h: quiterss_template(urls, h)),
                       ("rssguard", lambda h: rssguard_template(urls, h))):
        home = os.path.join(work, "template-" + name)
        os.makedirs(home)
        readers[name] = (home, make(home))
    print("feeds=%d items_per_feed=%d runs=%d server=127.0.0.1:%d" % (args.feeds, args.items, args.runs,
                                                                       server.server_address[1]))
    results = {name: [] for name in readers}
    failures = {name: 0 for name in readers}
    for run in range(args.runs):
        for name, (home, spec) in readers.items():
            result = run_once(name, home, spec, work)
            if result is None:
                failures[name] += 1
                print("run %d %-9s no window within 30 s: start failed" % (run + 1, name), flush=True)
                continue
            window, rss, tree, items = result
            results[name].append(result)
            print("run %d %-9s window_ms=%.0f rss_mib=%.1f tree_mib=%.1f items=%d" % (run + 1, name, window, rss,
                                                                                       tree, items), flush=True)
    medians = {}
    for name, rows in results.items():
        if not rows:
            sys.exit("%s never showed its window" % name)
        medians[name] = [statistics.median(r[i] for r in rows) for i in range(4)]
        m = medians[name]
        print("median %-9s window_ms=%.0f rss_mib=%.1f tree_mib=%.1f items=%d (%d runs, %d failed starts)"
              % (name, m[0], m[1], m[2], m[3], len(rows), failures[name]))
    ours = medians["tidings"]
    for name in ("quiterss", "rssguard"):
        m = medians[name]
        print("ratio %s/tidings: window %.2fx, rss %.2fx, tree %.2fx" % (name, m[0] / ours[0], m[1] / ours[1],
                                                                         m[2] / ours[2]))
    server.shutdown()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
