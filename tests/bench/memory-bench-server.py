#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0
# The hostile and the large answers of tests/bench/memory-bench.sh, from a raw socket server on
# 127.0.0.1 (its own process, so its memory is not the client's). One mode per run:
#
#   memory-bench-server.py MODE [MB]     prints the port, then serves until killed
#
#   page MB         a valid Glance v2 page of ~MB MB (1 KB images), with Content-Length
#   name MB         a Glance v2 page of one image whose name is MB MB
#   xmlattr MB      a Compute XML page (/images/detail) of one image with an MB MB attribute
#   over MB         a Glance v2 page of MB MB with Content-Length (over the cap: refused)
#   overchunked MB  the same, chunked without a length (refused as it grows)
#   flood           a status line, then one header that never ends
import socket
import sys
import threading

mode = sys.argv[1]
megabytes = int(sys.argv[2]) if len(sys.argv) > 2 else 0
size = megabytes * 1024 * 1024

IMAGE = (
    '{"id": "%08d-0000-4000-8000-000000000000", "name": "image-%08d", "status": "active", '
    '"visibility": "public", "protected": false, "size": 1073741824, "virtual_size": 2147483648, '
    '"disk_format": "qcow2", "container_format": "bare", "checksum": "d41d8cd98f00b204e9800998ecf8427e", '
    '"os_hash_algo": "sha512", "os_hash_value": "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36'
    'ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "min_disk": 0, "min_ram": 0, '
    '"owner": "6f70656e737461636b20697320636f6f6c", "tags": ["bench", "memory"], '
    '"created_at": "2026-11-23T00:00:00Z", "updated_at": "2026-11-23T00:00:00Z", '
    '"os_distro": "ubuntu", "os_version": "24.04", "hw_disk_bus": "virtio", "architecture": "x86_64", '
    '"self": "/v2/images/%08d-0000-4000-8000-000000000000", '
    '"file": "/v2/images/%08d-0000-4000-8000-000000000000/file", "schema": "/v2/schemas/image"}'
)


def glance_page(total):
    parts = []
    length = 0
    i = 0
    while length < total:
        item = IMAGE % (i, i, i, i)
        parts.append(item)
        length += len(item) + 2
        i += 1
    return ('{"images": [' + ", ".join(parts) + '], "schema": "/v2/schemas/images", "first": "/v2/images"}').encode()


def answer(body, content_type=b"application/json", chunked=False):
    if chunked:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
        return head, body, True
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n")
    return head, body, False


if mode == "page" or mode == "over":
    response = answer(glance_page(size))
elif mode == "overchunked":
    response = answer(glance_page(size), chunked=True)
elif mode == "name":
    body = (b'{"images": [{"id": "big-name", "status": "active", "name": "' + b"n" * size
            + b'"}], "schema": "/v2/schemas/images"}')
    response = answer(body)
elif mode == "xmlattr":
    body = (b"<?xml version='1.0' encoding='UTF-8'?>\n<images xmlns=\"http://docs.openstack.org/compute/api/v1.1\">"
            b'<image id="big-attr" status="ACTIVE" name="x" note="' + b"a" * size + b'"/></images>')
    response = answer(body, b"application/xml")
elif mode == "flood":
    response = None
else:
    sys.exit("unknown mode " + mode)


def serve(connection):
    try:
        request = b""
        while b"\r\n\r\n" not in request:
            got = connection.recv(65536)
            if not got:
                return
            request += got
        if response is None:  # the flood: a header line that never ends
            connection.sendall(b"HTTP/1.1 200 OK\r\nX-Flood: ")
            block = b"a" * (1 << 20)
            while True:
                connection.sendall(block)
        head, body, chunked = response
        connection.sendall(head)
        view = memoryview(body)
        step = 1 << 20
        for offset in range(0, len(body), step):
            piece = view[offset:offset + step]
            if chunked:
                connection.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
            else:
                connection.sendall(piece)
        if chunked:
            connection.sendall(b"0\r\n\r\n")
    except OSError:
        pass
    finally:
        connection.close()


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
print(listener.getsockname()[1], flush=True)
while True:
    client, _ = listener.accept()
    threading.Thread(target=serve, args=(client,), daemon=True).start()
