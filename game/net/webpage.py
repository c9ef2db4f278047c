"""The web client over plain HTTP, on the room's own address and port.

The room's WebSocket server answers a GET that is no WebSocket upgrade itself: with a file
of `game/net/web/` (found by exact name in a list made at start, so no path can reach
outside it), or with the page's texts from the catalogue (`/texts.json`). Every answer
carries a Content-Security-Policy that lets the page load only its own files and talk only
to its own host, and `X-Content-Type-Options: nosniff`.
"""

from __future__ import annotations

import email.utils
import http
import json
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from game.text.catalogue import LANGS, catalogue

#: Only the page's own files and its own host (a same-origin ws:// is 'self' in CSP 3).
CSP = (
    "default-src 'self'; connect-src 'self'; img-src 'self'; style-src 'self'; "
    "script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
TEXTS_PATH = "/texts.json"
#: Catalogue keys the page reads: its own, and the observation form's behaviours as the
#: printed form names them.
TEXT_PREFIXES = ("web.", "facilitation.obs.")


@cache
def web_files() -> dict[str, tuple[bytes, str]]:
    """URL path → (content, content type) for every file of game/net/web, read once."""
    root = resources.files("game.net") / "web"
    found: dict[str, tuple[bytes, str]] = {}
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for item in folder.iterdir():
            name = f"{prefix}/{item.name}"
            if item.is_dir():
                stack.append((item, name))
                continue
            kind = CONTENT_TYPES.get(name[name.rfind(".") :].lower())
            if kind is not None:
                found[name] = (item.read_bytes(), kind)
    if "/index.html" in found:
        found["/"] = found["/index.html"]
    return found


@cache
def page_texts() -> bytes:
    """The page's texts in both languages, as JSON: {"nl": {key: text}, "en": {…}}."""
    texts: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for key, pair in catalogue().items():
        if key.startswith(TEXT_PREFIXES):
            for lang, text in zip(LANGS, pair, strict=True):
                texts[lang][key] = text
    return json.dumps(texts, ensure_ascii=False, sort_keys=True).encode("utf-8")


def is_upgrade(request: Request) -> bool:
    """Whether the request asks for a WebSocket (everything else is a plain page request)."""
    upgrade = request.headers.get("Upgrade", "")
    return "websocket" in upgrade.lower()


def process_request(connection: ServerConnection, request: Request) -> Response | None:
    """The `process_request` hook of the room's server: None lets a WebSocket through; any
    other GET is answered here with a file, the texts, or 404."""
    if is_upgrade(request):
        return None
    if request.method != "GET":
        response = respond(
            http.HTTPStatus.METHOD_NOT_ALLOWED, b"Only GET\n", "text/plain; charset=utf-8"
        )
        response.headers["Allow"] = "GET"
        return response
    path = urlsplit(request.path).path
    if path == TEXTS_PATH:
        return respond(http.HTTPStatus.OK, page_texts(), CONTENT_TYPES[".json"])
    found = web_files().get(path)
    if found is None:
        return respond(http.HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain; charset=utf-8")
    body, kind = found
    return respond(http.HTTPStatus.OK, body, kind)


def process_response(
    connection: ServerConnection, request: Request, response: Response
) -> Response | None:
    """Every HTTP answer that is not the switch to WebSocket (errors of the library's own
    too) gets the security headers."""
    if response.status_code != http.HTTPStatus.SWITCHING_PROTOCOLS:
        for name, value in SECURITY_HEADERS:
            if name not in response.headers:
                response.headers[name] = value
    return None


def respond(status: http.HTTPStatus, body: bytes, kind: str) -> Response:
    headers = Headers(
        [
            ("Date", email.utils.formatdate(usegmt=True)),
            ("Connection", "close"),
            ("Content-Length", str(len(body))),
            ("Content-Type", kind),
            ("Cache-Control", "no-cache"),
            *SECURITY_HEADERS,
        ]
    )
    return Response(status.value, status.phrase, headers, body)


def page_url(host: str, port: int, code: str) -> str:
    """What a trainee opens (or scans): the page with the room code in it."""
    return f"http://{host}:{port}/?code={code}"
