"""A small OpenID Connect provider over real HTTP on loopback, for the sign-in tests.

It serves discovery, an authorization endpoint that signs in `user` at once (no form), a
token endpoint that checks the client's secret, the code (once), the redirect address and
the PKCE verifier (S256), and a key set; ID tokens are signed RS256 with a key made here
(joserfc). `tamper` changes what it answers, for the refusal tests.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from authlib.oidc.core.util import create_half_hash
from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "levelset-test"
SECRET = "provider-issued secret"


@dataclass
class Provider:
    issuer: str = ""
    user: dict[str, Any] = field(default_factory=dict)  # email, email_verified
    tamper: dict[str, Any] = field(default_factory=dict)  # claims or discovery to change
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    pkce_checked: int = 0
    token_requests: int = 0
    key: RSAKey = field(
        default_factory=lambda: RSAKey.generate_key(
            2048, parameters={"kid": "test-key", "use": "sig", "alg": "RS256"}
        )
    )

    def discovery(self) -> dict[str, Any]:
        document = {
            "issuer": self.issuer,
            "authorization_endpoint": self.issuer + "/authorize",
            "token_endpoint": self.issuer + "/token",
            "jwks_uri": self.issuer + "/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        }
        return {**document, **self.tamper.get("discovery", {})}

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str]]:
        if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code":
            return 400, {}
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return 400, {}
        code = secrets.token_urlsafe(16)
        self.codes[code] = dict(query)
        target = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query["state"]})
        return 302, {"location": target}

    def token(self, form: dict[str, str], authorization: str) -> tuple[int, dict[str, Any]]:
        self.token_requests += 1
        expected = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
        if authorization != f"Basic {expected}":
            return 401, {"error": "invalid_client"}
        asked = self.codes.pop(form.get("code", ""), None)
        if asked is None or form.get("redirect_uri") != asked["redirect_uri"]:
            return 400, {"error": "invalid_grant"}
        verifier = form.get("code_verifier", "").encode()
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=")
        if challenge.decode() != asked["code_challenge"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE verifier"}
        self.pkce_checked += 1
        access = secrets.token_urlsafe(16)
        return 200, {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": self.id_token(asked["nonce"], access),
        }

    def id_token(self, nonce: str, access: str) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": "subject-" + str(self.user.get("email")),
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            "at_hash": create_half_hash(access, "RS256").decode(),
            **self.user,
            **self.tamper.get("claims", {}),
        }
        key = self.tamper.get("key", self.key)
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, key)

    def keys(self) -> dict[str, Any]:
        return {"keys": [self.key.as_dict(private=False)]}


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: Any) -> None:
            return

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._json(200, provider.discovery())
            elif url.path == "/jwks":
                self._json(200, provider.keys())
            elif url.path == "/authorize":
                status, headers = provider.authorize(query)
                self._answer(status, b"", headers)
            else:
                self._answer(404, b"", {})

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if urlsplit(self.path).path != "/token":
                self._answer(404, b"", {})
                return
            status, body = provider.token(form, self.headers.get("authorization", ""))
            self._json(status, body)

        def _json(self, status: int, body: dict[str, Any]) -> None:
            self._answer(status, json.dumps(body).encode(), {"content-type": "application/json"})

        def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in {**headers, "content-length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serving() -> Iterator[Provider]:
    """A provider listening on 127.0.0.1 (a free port) until the block ends."""
    provider = Provider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    provider.issuer = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
