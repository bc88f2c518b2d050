#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# Starts real OpenStack services from Debian's packages on 127.0.0.1 for Skylight's integration
# tests: Keystone (uwsgi), Glance (glance-api) and Nova's API (nova-api, for its image proxy),
# with sqlite databases and no systemd. Glance has three stores (multi-store enabled_backends):
# "swift", the default, an OpenStack Swift started by start-swift.sh, which cannot read at random
# (a Range request for an image there is answered 400, as with rbd, s3 or http stores), and two
# file stores that serve ranges: "file" (upload with the header X-Image-Meta-Store: file) and
# "slow", the target of copy-image. The import methods glance-direct, web-download and copy-image
# are enabled, and quotas come from Keystone unified limits (use_keystone_limits). Every PID
# started goes to $PEER_DIR/peer.pids; stop-peer.sh stops exactly those. Writes $PEER_DIR/peer.env
# for the tests.
#
# Seeded for the Image API tests (issue 18), the ids in peer.env:
# - project "partner" (user partner/partnerpass) owns SHARED_IMAGE_ID (visibility shared), with the
#   demo project as a member, pending;
# - the demo project owns HIDDEN_IMAGE_ID (os_hidden=true) and PRIVATE_IMAGE_ID (private);
# - the admin project owns COPIED_IMAGE_ID, uploaded to the default store and copied to "slow"
#   with copy-image by admin: its task (owned by the admin project, so only admin sees it) says
#   "Copied N MiB";
# - registered limits for Glance's four quotas and a project limit for demo (image_count_total).
#
#   PEER_DIR (required)   everything lives there: etc/ state/ logs/ swift/
#   KEYSTONE_PORT / GLANCE_PORT / NOVA_PORT / SWIFT_PORT   default 15000 / 19292 / 18774 / 18080
#                         (Swift's servers and memcached take the four ports after SWIFT_PORT)
#   GLANCE_DEFAULT_STORE  swift (default) | file: Glance with the file store only, no Swift
#                         started (the download benchmark's Glance)
#
# Lessons kept from running these packages here:
# - sqlite must be in WAL mode, or Keystone's writes fail with "database is locked" after a token
#   is issued; the Keystone cache (dogpile memory) and 4 bcrypt rounds keep requests at ~15 ms.
# - uwsgi's --http-socket closes connections without saying so: add 'Connection: close'.
# - `nohup cmd &` execs, so $! is the daemon's PID (setsid would fork).
# - Glance: workers = 0 (one process), enforce_secure_rbac must equal enforce_new_defaults,
#   paste flavor "keystone" selects token validation.
# - Glance 25 quotas (use_keystone_limits, oslo.limit 2.0): without a registered limit a quota is
#   0 (every upload refused); [oslo_limit] needs endpoint_id, and a system-scoped user (reader on
#   the system): with a project-scoped token Keystone lists only that project's limits, so a
#   project's own limit would be missed. /v2/info/usage then answers each quota's usage and limit.
# - copy-image is role:admin in Glance 25's policy; its task belongs to the caller's project and
#   GET /v2/images/{id}/tasks shows it to that project (and admins) only. The task's message says
#   "Copied N MiB" when done.
# - Nova: never read /etc/nova/nova.conf (my_ip = 192.0.2.2); transport_url = fake:/ (no RPC for
#   the image proxy); its noauth2 mode cannot reach Glance, so Keystone it is.
set -Eeuo pipefail
# A step that fails (a seeding request answered 4xx with curl -f, say) names itself before the
# script ends, so the peer tests' log says which one.
trap 'echo "start-peer.sh: line $LINENO failed (exit $?): $BASH_COMMAND" >&2' ERR

: "${PEER_DIR:?set PEER_DIR}"
KEYSTONE_PORT=${KEYSTONE_PORT:-15000}
GLANCE_PORT=${GLANCE_PORT:-19292}
NOVA_PORT=${NOVA_PORT:-18774}
export SWIFT_PORT=${SWIFT_PORT:-18080}
GLANCE_DEFAULT_STORE=${GLANCE_DEFAULT_STORE:-swift}
HOST=127.0.0.1
KS_URL=http://$HOST:$KEYSTONE_PORT
GL_URL=http://$HOST:$GLANCE_PORT
NOVA_URL=http://$HOST:$NOVA_PORT/v2.1
REGION=RegionOne
ETC=$PEER_DIR/etc
STATE=$PEER_DIR/state
LOGS=$PEER_DIR/logs
PIDFILE=$PEER_DIR/peer.pids
SWIFT_AUTH_URL=http://$HOST:$SWIFT_PORT/auth/v1.0

log() { printf '[start-peer %s] %s\n' "$(date +%T)" "$*" >&2; }

case "$GLANCE_DEFAULT_STORE" in
    swift) GLANCE_BACKENDS="file:file, slow:file, swift:swift"; SWIFT_PACKAGES="swift-proxy swift-account swift-container swift-object memcached" ;;
    file) GLANCE_BACKENDS="file:file, slow:file"; SWIFT_PACKAGES= ;;
    *) echo "start-peer: GLANCE_DEFAULT_STORE is swift or file" >&2; exit 2 ;;
esac
for package in glance-api keystone nova-api uwsgi-plugin-python3 python3-openstackclient jq curl $SWIFT_PACKAGES; do
    dpkg -s "$package" >/dev/null 2>&1 || { echo "start-peer: $package is missing: run packaging/linux/install-deps.sh --tests" >&2; exit 1; }
done
if [ -s "$PIDFILE" ]; then
    "$(dirname "$0")/stop-peer.sh"
fi
PORTS="$KEYSTONE_PORT $GLANCE_PORT $NOVA_PORT"
[ "$GLANCE_DEFAULT_STORE" = file ] || PORTS="$PORTS $(seq -s ' ' "$SWIFT_PORT" $((SWIFT_PORT + 4)))"
for port in $PORTS; do
    if ss -ltnH "sport = :$port" | grep -q .; then
        echo "start-peer: port $port is in use on this machine" >&2; exit 1
    fi
done
rm -rf "$ETC" "$STATE" "$LOGS"
mkdir -p "$ETC/keystone" "$ETC/nova" "$STATE/keystone" "$STATE/glance/images" "$STATE/glance/slow" "$STATE/glance/staging" \
         "$STATE/glance/tasks" "$STATE/glance/lock" "$STATE/nova/lock" "$LOGS"
: > "$PIDFILE"

# Swift starts beside the databases' setup (its five processes take a few seconds to come up);
# it is awaited before Glance is used. On any exit, wait for it so that all its PIDs are recorded.
SWIFT_JOB=
if [ "$GLANCE_DEFAULT_STORE" = swift ]; then
    "$(dirname "$0")/start-swift.sh" > "$LOGS/start-swift.log" 2>&1 &
    SWIFT_JOB=$!
    trap 'wait "$SWIFT_JOB" 2>/dev/null || true' EXIT
fi

cat > "$ETC/keystone/keystone.conf" <<CONF
[DEFAULT]
log_file = $LOGS/keystone.log
use_stderr = false
[database]
connection = sqlite:///$STATE/keystone/keystone.sqlite
[identity]
password_hash_rounds = 4
[token]
provider = fernet
expiration = 86400
[fernet_tokens]
key_repository = $STATE/keystone/fernet-keys/
[fernet_receipts]
key_repository = $STATE/keystone/fernet-keys/
[credential]
key_repository = $STATE/keystone/credential-keys/
[cache]
enabled = true
backend = dogpile.cache.memory
CONF

cp /etc/glance/glance-api-paste.ini "$ETC/glance-api-paste.ini"
cat > "$ETC/glance-api.conf" <<CONF
[DEFAULT]
bind_host = $HOST
bind_port = $GLANCE_PORT
workers = 0
log_file = $LOGS/glance-api.log
use_stderr = false
public_endpoint = $GL_URL
enabled_backends = $GLANCE_BACKENDS
enabled_import_methods = [glance-direct,web-download,copy-image]
use_keystone_limits = true
enforce_secure_rbac = false
[database]
connection = sqlite:///$STATE/glance/glance.sqlite
[glance_store]
default_backend = $GLANCE_DEFAULT_STORE
[file]
store_description = Local files (serves byte ranges)
filesystem_store_datadir = $STATE/glance/images/
[slow]
store_description = Second file store, the copy target
filesystem_store_datadir = $STATE/glance/slow/
[swift]
store_description = OpenStack Swift (no byte ranges)
default_swift_reference = peer
swift_store_config_file = $ETC/glance-swift.conf
swift_store_container = glance
swift_store_create_container_on_put = true
[os_glance_staging_store]
filesystem_store_datadir = $STATE/glance/staging/
[os_glance_tasks_store]
filesystem_store_datadir = $STATE/glance/tasks/
[oslo_concurrency]
lock_path = $STATE/glance/lock
[oslo_policy]
enforce_new_defaults = false
enforce_scope = false
[paste_deploy]
config_file = $ETC/glance-api-paste.ini
flavor = keystone
[keystone_authtoken]
www_authenticate_uri = $KS_URL
auth_url = $KS_URL
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = glance
password = glancepass
region_name = $REGION
service_token_roles_required = true
# Validate every token with Keystone: a revoked token is refused at once (the re-auth tests).
token_cache_time = -1
[oslo_limit]
auth_url = $KS_URL
auth_type = password
user_domain_id = default
username = glance
password = glancepass
# System scope: a project-scoped token lists only its own project's limits.
system_scope = all
region_name = $REGION
endpoint_id = @GLANCE_ENDPOINT_ID@
CONF

cat > "$ETC/glance-swift.conf" <<CONF
[peer]
auth_address = $SWIFT_AUTH_URL
auth_version = 1
user = admin:admin
key = admin
CONF

cp /etc/nova/api-paste.ini "$ETC/nova/api-paste.ini"
cat > "$ETC/nova/nova.conf" <<CONF
[DEFAULT]
my_ip = $HOST
host = skylight-peer
state_path = $STATE/nova
enabled_apis = osapi_compute
osapi_compute_listen = $HOST
osapi_compute_listen_port = $NOVA_PORT
osapi_compute_workers = 1
log_file = $LOGS/nova-api.log
use_stderr = false
transport_url = fake:/
[api]
auth_strategy = keystone
[api_database]
connection = sqlite:///$STATE/nova/nova_api.sqlite
[database]
connection = sqlite:///$STATE/nova/nova.sqlite
[glance]
endpoint_override = $GL_URL
region_name = $REGION
[keystone_authtoken]
www_authenticate_uri = $KS_URL
auth_url = $KS_URL
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = nova
password = novapass
region_name = $REGION
service_token_roles_required = true
[oslo_concurrency]
lock_path = $STATE/nova/lock
[wsgi]
api_paste_config = $ETC/nova/api-paste.ini
CONF

quiet() { "$@" > "$LOGS/manage.log" 2>&1 || { cat "$LOGS/manage.log" >&2; return 1; }; }
wal() { /usr/bin/python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode=WAL')" "$1"; }
wait_http() { # url pid name
    for _ in $(seq 1 900); do
        curl -s -o /dev/null --max-time 2 "$1" && return 0
        kill -0 "$2" 2>/dev/null || { echo "start-peer: $3 died while starting; see $LOGS" >&2; tail -20 "$LOGS"/*.log >&2 || true; return 1; }
        sleep 0.1
    done
    echo "start-peer: $3 did not answer on $1 within 90 s" >&2; return 1
}

KM="keystone-manage --config-file $ETC/keystone/keystone.conf"
quiet $KM db_sync
wal "$STATE/keystone/keystone.sqlite"
quiet $KM fernet_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
quiet $KM credential_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
quiet $KM bootstrap --bootstrap-password adminpass --bootstrap-username admin --bootstrap-project-name admin \
    --bootstrap-role-name admin --bootstrap-service-name keystone --bootstrap-region-id "$REGION" \
    --bootstrap-admin-url "$KS_URL/v3/" --bootstrap-internal-url "$KS_URL/v3/" --bootstrap-public-url "$KS_URL/v3/"
quiet glance-manage --config-file "$ETC/glance-api.conf" db_sync
wal "$STATE/glance/glance.sqlite"
quiet nova-manage --config-file "$ETC/nova/nova.conf" api_db sync
quiet nova-manage --config-file "$ETC/nova/nova.conf" db sync
wal "$STATE/nova/nova_api.sqlite"
wal "$STATE/nova/nova.sqlite"
log "databases ready"

env OS_KEYSTONE_CONFIG_DIR="$ETC/keystone" OS_KEYSTONE_CONFIG_FILES=keystone.conf \
    nohup uwsgi --plugin python3 --http-socket "$HOST:$KEYSTONE_PORT" --wsgi-file /usr/bin/keystone-wsgi-public \
    --master --processes 1 --threads 8 --lazy-apps --enable-threads --die-on-term --no-orphans --need-app \
    --buffer-size 65535 --add-header 'Connection: close' --logto "$LOGS/keystone-uwsgi.log" \
    > /dev/null 2>&1 < /dev/null &
echo "keystone $!" >> "$PIDFILE"
wait_http "$KS_URL/v3" "$!" keystone
log "keystone up"

token() { # user password project
    curl -sf -D - -o /dev/null -H 'Content-Type: application/json' "$KS_URL/v3/auth/tokens" -d \
        "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"$1\",\"domain\":{\"id\":\"default\"},\"password\":\"$2\"}}},\"scope\":{\"project\":{\"name\":\"$3\",\"domain\":{\"id\":\"default\"}}}}}" \
        | awk 'tolower($1)=="x-subject-token:"{print $2}' | tr -d '\r'
}
TOK=$(token admin adminpass admin)
ks() { curl -sf -H "X-Auth-Token: $TOK" -H 'Content-Type: application/json' "$@"; }
service() { # type name url; prints the public endpoint's id
    local id endpoint
    id=$(ks -X POST "$KS_URL/v3/services" -d "{\"service\":{\"type\":\"$1\",\"name\":\"$2\"}}" | jq -r .service.id)
    for iface in public internal admin; do
        endpoint=$(ks -X POST "$KS_URL/v3/endpoints" -d "{\"endpoint\":{\"service_id\":\"$id\",\"interface\":\"$iface\",\"region_id\":\"$REGION\",\"url\":\"$3\"}}" | jq -r .endpoint.id)
        [ "$iface" != public ] || echo "$endpoint"
    done
}
GLANCE_ENDPOINT=$(service image glance "$GL_URL")
service compute nova "$NOVA_URL" > /dev/null
# Glance's quotas (MiB for sizes) from Keystone unified limits (oslo.limit reads them through the
# glance endpoint): generous defaults, so that no test meets them, and one limit of the demo
# project's own. Registered limits need a system-scoped token.
sed -i "s/@GLANCE_ENDPOINT_ID@/$GLANCE_ENDPOINT/" "$ETC/glance-api.conf"
SYSTOK=$(curl -sf -D - -o /dev/null -H 'Content-Type: application/json' "$KS_URL/v3/auth/tokens" -d \
    '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"id":"default"},"password":"adminpass"}}},"scope":{"system":{"all":true}}}}' \
    | awk 'tolower($1)=="x-subject-token:"{print $2}' | tr -d '\r')
GLANCE_SERVICE=$(ks "$KS_URL/v3/services?type=image" | jq -r '.services[0].id')
limits=
for limit in image_size_total:100000 image_stage_total:100000 image_count_total:10000 image_count_uploading:1000; do
    limits="$limits${limits:+,}{\"service_id\":\"$GLANCE_SERVICE\",\"region_id\":\"$REGION\",\"resource_name\":\"${limit%%:*}\",\"default_limit\":${limit#*:}}"
done
curl -sf -H "X-Auth-Token: $SYSTOK" -H 'Content-Type: application/json' -X POST "$KS_URL/v3/registered_limits" \
    -d "{\"registered_limits\":[$limits]}" > /dev/null
ADMIN_ROLE=$(ks "$KS_URL/v3/roles?name=admin" | jq -r '.roles[0].id')
MEMBER_ROLE=$(ks "$KS_URL/v3/roles?name=member" | jq -r '.roles[0].id')
SERVICE_PROJECT=$(ks -X POST "$KS_URL/v3/projects" -d '{"project":{"name":"service","domain_id":"default"}}' | jq -r .project.id)
READER_ROLE=$(ks "$KS_URL/v3/roles?name=reader" | jq -r '.roles[0].id')
for user in glance nova; do
    id=$(ks -X POST "$KS_URL/v3/users" -d "{\"user\":{\"name\":\"$user\",\"domain_id\":\"default\",\"password\":\"${user}pass\"}}" | jq -r .user.id)
    ks -X PUT "$KS_URL/v3/projects/$SERVICE_PROJECT/users/$id/roles/$ADMIN_ROLE" > /dev/null
    # oslo.limit reads every project's limits with a system-scoped token (Glance's quotas).
    [ "$user" != glance ] || ks -X PUT "$KS_URL/v3/system/users/$id/roles/$READER_ROLE" > /dev/null
done
DEMO_PROJECT=$(ks -X POST "$KS_URL/v3/projects" -d '{"project":{"name":"demo","domain_id":"default"}}' | jq -r .project.id)
DEMO_USER=$(ks -X POST "$KS_URL/v3/users" -d '{"user":{"name":"demo","domain_id":"default","password":"demopass"}}' | jq -r .user.id)
ks -X PUT "$KS_URL/v3/projects/$DEMO_PROJECT/users/$DEMO_USER/roles/$MEMBER_ROLE" > /dev/null
PARTNER_PROJECT=$(ks -X POST "$KS_URL/v3/projects" -d '{"project":{"name":"partner","domain_id":"default"}}' | jq -r .project.id)
PARTNER_USER=$(ks -X POST "$KS_URL/v3/users" -d '{"user":{"name":"partner","domain_id":"default","password":"partnerpass"}}' | jq -r .user.id)
ks -X PUT "$KS_URL/v3/projects/$PARTNER_PROJECT/users/$PARTNER_USER/roles/$MEMBER_ROLE" > /dev/null
curl -sf -H "X-Auth-Token: $SYSTOK" -H 'Content-Type: application/json' -X POST "$KS_URL/v3/limits" \
    -d "{\"limits\":[{\"service_id\":\"$GLANCE_SERVICE\",\"region_id\":\"$REGION\",\"project_id\":\"$DEMO_PROJECT\",\"resource_name\":\"image_count_total\",\"resource_limit\":500}]}" > /dev/null
log "catalog, users and limits created"

nohup glance-api --config-file "$ETC/glance-api.conf" > "$LOGS/glance-api.stdout" 2>&1 < /dev/null &
echo "glance-api $!" >> "$PIDFILE"
wait_http "$GL_URL/" "$!" glance-api
nohup nova-api --config-file "$ETC/nova/nova.conf" > "$LOGS/nova-api.stdout" 2>&1 < /dev/null &
echo "nova-api $!" >> "$PIDFILE"
wait_http "http://$HOST:$NOVA_PORT/" "$!" nova-api
# The first authenticated request pays for keystonemiddleware's service token.
curl -sf -o /dev/null -H "X-Auth-Token: $(token demo demopass demo)" "$GL_URL/v2/images"
log "glance and nova up"
if [ -n "$SWIFT_JOB" ]; then
    if ! wait "$SWIFT_JOB"; then
        echo "start-peer: Swift did not start:" >&2; cat "$LOGS/start-swift.log" >&2; exit 1
    fi
    log "swift up"
fi

# The Image API's sharing, hidden images and import tasks (issue 18), seeded through Glance's API.
DEMO_TOK=$(token demo demopass demo)
PARTNER_TOK=$(token partner partnerpass partner)
ADMIN_PROJECT=$(ks "$KS_URL/v3/projects?name=admin" | jq -r '.projects[0].id')
gl() { # token method path [json]
    curl -sf -H "X-Auth-Token: $1" -H 'Content-Type: application/json' -X "$2" "$GL_URL$3" ${4:+-d "$4"}
}
image() { # token json bytes: creates an image, uploads that many bytes of a pattern, prints its id
    local id
    id=$(gl "$1" POST /v2/images "$2" | jq -r .id)
    head -c "$3" /dev/zero | tr '\0' '*' > "$STATE/upload.tmp"
    curl -sf -H "X-Auth-Token: $1" -H 'Content-Type: application/octet-stream' -X PUT \
        --data-binary "@$STATE/upload.tmp" "$GL_URL/v2/images/$id/file" > /dev/null || return 1
    rm -f "$STATE/upload.tmp"
    echo "$id"
}
SHARED_IMAGE=$(image "$PARTNER_TOK" '{"name":"skylight-peer-shared","disk_format":"raw","container_format":"bare","visibility":"shared","min_disk":1}' 1048576)
gl "$PARTNER_TOK" POST "/v2/images/$SHARED_IMAGE/members" "{\"member\":\"$DEMO_PROJECT\"}" > /dev/null
# A second member, the admin project, that has accepted: the owner sees both.
gl "$PARTNER_TOK" POST "/v2/images/$SHARED_IMAGE/members" "{\"member\":\"$ADMIN_PROJECT\"}" > /dev/null
gl "$TOK" PUT "/v2/images/$SHARED_IMAGE/members/$ADMIN_PROJECT" '{"status":"accepted"}' > /dev/null
HIDDEN_IMAGE=$(image "$DEMO_TOK" '{"name":"skylight-peer-hidden","disk_format":"raw","container_format":"bare","os_hidden":true}' 65536)
PRIVATE_IMAGE=$(image "$DEMO_TOK" '{"name":"skylight-peer-private","disk_format":"raw","container_format":"bare","visibility":"private"}' 65536)
COPIED_IMAGE=$(image "$TOK" '{"name":"skylight-peer-copied","disk_format":"raw","container_format":"bare"}' 3145728)
gl "$TOK" POST "/v2/images/$COPIED_IMAGE/import" '{"method":{"name":"copy-image"},"stores":["slow"]}' > /dev/null
copied=
for _ in $(seq 1 600); do
    state=$(gl "$TOK" GET "/v2/images/$COPIED_IMAGE" | jq -r '[.stores, (.os_glance_importing_to_stores // "")] | join(" ")')
    case "$state" in *slow*) [ "${state#* }" = "" ] && { copied=1; break; } ;; esac
    sleep 0.1
done
[ -n "$copied" ] || { echo "start-peer: copy-image to the slow store did not finish: $state" >&2; tail -20 "$LOGS/glance-api.log" >&2; exit 1; }
log "images seeded: shared, hidden, private, copied"

cat > "$PEER_DIR/demo-openrc" <<CONF
export OS_AUTH_URL=$KS_URL/v3
export OS_IDENTITY_API_VERSION=3
export OS_USERNAME=demo
export OS_PASSWORD=demopass
export OS_PROJECT_NAME=demo
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_REGION_NAME=$REGION
export OS_INTERFACE=public
export OS_IMAGE_API_VERSION=2
CONF
for who in admin partner; do
    sed -e "s/=demopass\$/=${who}pass/" -e "s/=demo\$/=$who/" "$PEER_DIR/demo-openrc" > "$PEER_DIR/$who-openrc"
done
cat > "$PEER_DIR/peer.env" <<CONF
KEYSTONE_URL=$KS_URL/v3
GLANCE_URL=$GL_URL
NOVA_URL=$NOVA_URL
DEMO_PROJECT_ID=$DEMO_PROJECT
PARTNER_PROJECT_ID=$PARTNER_PROJECT
ADMIN_PROJECT_ID=$ADMIN_PROJECT
SHARED_IMAGE_ID=$SHARED_IMAGE
HIDDEN_IMAGE_ID=$HIDDEN_IMAGE
PRIVATE_IMAGE_ID=$PRIVATE_IMAGE
COPIED_IMAGE_ID=$COPIED_IMAGE
SWIFT_AUTH_URL=${SWIFT_JOB:+$SWIFT_AUTH_URL}
GLANCE_DEFAULT_STORE=$GLANCE_DEFAULT_STORE
CONF
log "peer ready: keystone $KS_URL, glance $GL_URL, nova $NOVA_URL"
