#!/usr/bin/env bash
# Starts and stops a real, throwaway Tiny Tiny RSS server on 127.0.0.1 for the
# sync tests. Nothing leaves the machine: tt-rss fetches its feeds through a
# local HTTP proxy that answers any address (e.g. http://203.0.113.10/feed.xml)
# from the files in $TTRSS_FEEDS.
#
#   scripts/ttrss-server.sh start ENVFILE   start; write TTRSS_* variables to ENVFILE
#   scripts/ttrss-server.sh update ENVFILE  run the feed updater once (all feeds due)
#   scripts/ttrss-server.sh sql ENVFILE     run the SQL on stdin in tt-rss's database
#   scripts/ttrss-server.sh stop ENVFILE    end the whole server and remove its files
#
# ENVFILE then holds TTRSS_URL (the API is at $TTRSS_URL/api/), TTRSS_USER and
# TTRSS_PASSWORD (API access on), TTRSS_NOAPI_USER (API access off, same password),
# TTRSS_FEEDS (the folder the proxy serves), TTRSS_DIR and TTRSS_PGID.
# Exit codes: 0 ok, 2 the packages are missing and cannot be installed, 1 other failure.
# When run as root it installs the missing packages and runs PostgreSQL as
# "postgres" and PHP as "www-data"; otherwise it runs them as the caller.
set -euo pipefail

cmd="${1:-}"
envfile="${2:-}"
if [[ -z "$cmd" || -z "$envfile" ]]; then
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 1
fi

PGBIN=/usr/lib/postgresql/15/bin
TTRSS_WWW=/usr/share/tt-rss/www
TTRSS_SCHEMA=/usr/share/tt-rss/schema/ttrss_schema_pgsql.sql
PASSWORD=password # the schema's admin password (SHA1 hash in the schema)

as_user() { # as_user USER COMMAND... (drops to USER only when root)
    local user="$1"
    shift
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

install_packages() {
    local wanted=(php-cli php-cgi php-pgsql php-curl php-intl php-mbstring php-xml)
    local missing=()
    for p in "${wanted[@]}" tt-rss postgresql-15; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    if [[ $(id -u) -ne 0 ]]; then
        echo "ttrss-server: missing packages: ${missing[*]} (run as root to install them)" >&2
        return 2
    fi
    echo "ttrss-server: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || return 2
    # php-cgi first keeps Apache out; dbconfig-no-thanks keeps tt-rss from
    # asking for a database.
    apt-get install -y -qq --no-install-recommends "${wanted[@]}" >&2 || return 2
    apt-get install -y -qq --no-install-recommends tt-rss dbconfig-no-thanks postgresql-15 >&2 || return 2
}

wait_for() { # wait_for SECONDS COMMAND...
    local deadline=$((SECONDS + $1))
    shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

start() {
    install_packages || exit $?
    for tool in "$PGBIN/initdb" "$PGBIN/postgres" /usr/bin/php python3 psql; do
        command -v "$tool" >/dev/null || {
            echo "ttrss-server: $tool not found" >&2
            exit 2
        }
    done

    local dir
    dir=$(mktemp -d /tmp/tidings-ttrss.XXXXXX)
    chmod 755 "$dir"
    mkdir -p "$dir/pg" "$dir/sock" "$dir/feeds" "$dir/log"
    chmod 1777 "$dir/log"
    chmod 755 "$dir/feeds"
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir/pg" "$dir/sock"; fi

    # PostgreSQL: a cluster of its own, on a Unix socket only.
    as_user postgres "$PGBIN/initdb" -D "$dir/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/log/initdb.log" 2>&1 || {
        cat "$dir/log/initdb.log" >&2
        exit 1
    }

    # tt-rss: its web root copied (the packaged config.php is a link into /etc).
    # Its relative links (lib/gettext, lib/dojo...) are made absolute; feed-icons
    # becomes a folder of its own.
    cp -r "$TTRSS_WWW" "$dir/www"
    rm -f "$dir/www/config.php" "$dir/www/feed-icons"
    mkdir "$dir/www/feed-icons"
    local link
    while IFS= read -r link; do
        ln -sfn "$(readlink -f "$TTRSS_WWW/${link#"$dir/www/"}")" "$link"
    done < <(find "$dir/www" -type l)
    mkdir -p "$dir/cache/images" "$dir/cache/upload" "$dir/cache/export" "$dir/cache/feeds" "$dir/lock"
    local port proxy_port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

    # The feed proxy: answers every request from the file of the same name in feeds/.
    cat >"$dir/proxy.py" <<'EOF'
import http.server, os, sys, urllib.parse
root = sys.argv[1]
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        name = os.path.basename(urllib.parse.urlsplit(self.path).path) or "index.html"
        path = os.path.join(root, name)
        if not os.path.isfile(path):
            self.send_error(404)
            return
        with open(path, "rb") as f:
            body = f.read()
        self.send_response(200)
        kind = "text/html" if name.endswith(".html") else "application/rss+xml"
        self.send_header("Content-Type", kind + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
EOF

    cat >"$dir/www/config.php" <<EOF
<?php
	define('DB_TYPE', 'pgsql');
	define('DB_HOST', '$dir/sock');
	define('DB_PORT', '5432');
	define('DB_USER', 'postgres');
	define('DB_NAME', 'ttrss');
	define('DB_PASS', '');
	define('MYSQL_CHARSET', 'UTF8');
	define('SELF_URL_PATH', 'http://127.0.0.1:$port/');
	define('_SKIP_SELF_URL_PATH_CHECKS', true);
	define('SINGLE_USER_MODE', false);
	define('SIMPLE_UPDATE_MODE', false);
	define('PHP_EXECUTABLE', '/usr/bin/php');
	define('LOCK_DIRECTORY', '$dir/lock');
	define('CACHE_DIR', '$dir/cache');
	define('ICONS_DIR', 'feed-icons');
	define('ICONS_URL', 'feed-icons');
	define('AUTH_AUTO_CREATE', false);
	define('AUTH_AUTO_LOGIN', false);
	define('FORCE_ARTICLE_PURGE', 0);
	define('ENABLE_REGISTRATION', false);
	define('REG_NOTIFY_ADDRESS', 'user@example.org');
	define('REG_MAX_USERS', 10);
	define('SESSION_COOKIE_LIFETIME', 86400);
	define('SMTP_FROM_NAME', 'Tiny Tiny RSS');
	define('SMTP_FROM_ADDRESS', 'noreply@example.org');
	define('DIGEST_SUBJECT', '[tt-rss] New headlines for last 24 hours');
	define('CHECK_FOR_UPDATES', false);
	define('ENABLE_GZIP_OUTPUT', false);
	define('PLUGINS', 'auth_internal');
	define('LOG_DESTINATION', '');
	define('_HTTP_PROXY', 'PROXY_ADDRESS');
	define('CONFIG_VERSION', 26);
EOF
    if [[ $(id -u) -eq 0 ]]; then chown -R www-data "$dir/cache" "$dir/lock" "$dir/www/feed-icons"; fi

    # Everything below runs in one new process group (session), ended as a group.
    setsid bash -c '
        dir="$1"; pgbin="$2"; port="$3"; me="$4"
        run() { local u="$1"; shift; if [[ $me -eq 0 ]]; then exec runuser -u "$u" -- "$@"; else exec "$@"; fi; }
        (run postgres "$pgbin/postgres" -D "$dir/pg" -k "$dir/sock" -c listen_addresses= -c fsync=off \
            -c full_page_writes=off -c synchronous_commit=off >"$dir/log/postgres.log" 2>&1) &
        (exec python3 "$dir/proxy.py" "$dir/feeds" "$dir/proxy.port" >"$dir/log/proxy.log" 2>&1) &
        while [[ ! -f "$dir/www.go" ]]; do sleep 0.05; done
        (cd "$dir/www" && run www-data /usr/bin/php -d display_errors=0 -d log_errors=1 \
            -d error_log="$dir/log/php.log" -S "127.0.0.1:$port" >"$dir/log/php-server.log" 2>&1) &
        wait
    ' ttrss-server "$dir" "$PGBIN" "$port" "$(id -u)" </dev/null >/dev/null 2>&1 &
    local pgid=$!

    {
        echo "TTRSS_URL=http://127.0.0.1:$port"
        echo "TTRSS_USER=admin"
        echo "TTRSS_PASSWORD=$PASSWORD"
        echo "TTRSS_NOAPI_USER=noapi"
        echo "TTRSS_FEEDS=$dir/feeds"
        echo "TTRSS_DIR=$dir"
        echo "TTRSS_PGID=$pgid"
    } >"$envfile"

    fail() {
        echo "ttrss-server: $1" >&2
        tail -n 5 "$dir"/log/*.log >&2 2>/dev/null || true
        stop_env
        exit 1
    }
    wait_for 30 "$PGBIN/pg_isready" -q -U postgres -h "$dir/sock" -p 5432 || fail "PostgreSQL did not start"
    wait_for 10 test -f "$dir/proxy.port" || fail "the feed proxy did not start"
    sed -i "s|PROXY_ADDRESS|127.0.0.1:$(cat "$dir/proxy.port")|" "$dir/www/config.php"

    local psql=(psql -q -v ON_ERROR_STOP=1 -h "$dir/sock" -p 5432 -U postgres)
    "${psql[@]}" -d postgres -c "create database ttrss" >/dev/null || fail "createdb failed"
    "${psql[@]}" -d ttrss -f "$TTRSS_SCHEMA" >"$dir/log/schema.log" 2>&1 || fail "schema load failed"
    "${psql[@]}" -d ttrss >/dev/null <<EOF || fail "user setup failed"
insert into ttrss_users (login, pwd_hash, access_level)
    values ('noapi', 'SHA1:5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8', 0);
insert into ttrss_user_prefs (owner_uid, pref_name, value, profile)
    select id, 'ENABLE_API_ACCESS', 'true', null from ttrss_users where login = 'admin';
-- The updater skips users who never logged in.
update ttrss_users set last_login = now();
EOF
    touch "$dir/www.go"
    wait_for 20 curl -sf -o /dev/null "http://127.0.0.1:$port/api/" || fail "PHP did not start"
}

load_env() {
    [[ -f "$envfile" ]] || {
        echo "ttrss-server: no $envfile" >&2
        exit 1
    }
    # shellcheck disable=SC1090
    source "$envfile"
}

stop_env() {
    local pgid="${TTRSS_PGID:-$(sed -n 's/^TTRSS_PGID=//p' "$envfile")}"
    local dir="${TTRSS_DIR:-$(sed -n 's/^TTRSS_DIR=//p' "$envfile")}"
    if [[ -n "$pgid" ]] && kill -0 -- "-$pgid" 2>/dev/null; then
        kill -TERM -- "-$pgid" 2>/dev/null || true
        wait_for 10 bash -c "! kill -0 -- -$pgid" || kill -KILL -- "-$pgid" 2>/dev/null || true
        wait_for 5 bash -c "! kill -0 -- -$pgid" || true
    fi
    [[ "$dir" == /tmp/tidings-ttrss.* ]] && rm -rf "$dir"
    rm -f "$envfile"
}

case "$cmd" in
start) start ;;
update)
    load_env
    # tt-rss reuses a feed it fetched less than 30 s ago: the tests change feeds faster.
    rm -f "$TTRSS_DIR"/cache/feeds/*.xml
    (cd "$TTRSS_DIR/www" && as_user www-data /usr/bin/php -d display_errors=0 update.php --force-update --feeds --quiet) \
        >"$TTRSS_DIR/log/update.log" 2>&1 || {
        cat "$TTRSS_DIR/log/update.log" >&2
        exit 1
    }
    ;;
sql)
    load_env
    psql -q -v ON_ERROR_STOP=1 -h "$TTRSS_DIR/sock" -p 5432 -U postgres -d ttrss
    ;;
stop)
    load_env
    stop_env
    ;;
*)
    echo "ttrss-server: unknown command $cmd" >&2
    exit 1
    ;;
esac
