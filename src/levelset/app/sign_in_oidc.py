"""Signing in through an organisation's own OpenID Connect provider (Authlib).

An admin sets the provider (issuer, client id, secret). Signing in then goes:
1. `start`: the provider's discovery document is read from the configured issuer (its
   `issuer` must be that issuer); a fresh `state` (naming the organisation), `nonce` and PKCE
   verifier (S256) are kept, bound to this browser, and the browser is sent to the
   provider's authorization endpoint.
2. `finish`: the state is spent (once, in the same browser, within ten minutes); the code is
   exchanged at the token endpoint with the verifier and the client's secret; the ID token's
   signature is checked against the provider's keys and its claims (issuer, audience, expiry,
   nonce, at_hash) by Authlib; the address must be verified by the provider and belong to an
   account of that organisation. No account is ever created here: people join by invitation.

Only the configured issuer's endpoints are reached, over HTTPS (plain HTTP on loopback only).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from levelset.app.accounts import Signed, digest, require_role, split_token, start_session
from levelset.app.workspace import Workspace
from levelset.errors import DataUnavailable, InputError, NotFound, Unauthorized
from levelset.store import accounts, oidc_logins, org_settings
from levelset.store.org_settings import OidcProvider

VALID_FOR = dt.timedelta(minutes=10)  # from leaving for the provider to coming back
TIMEOUT = 10.0  # seconds for each request to the provider
SCOPE = "openid email profile"
NO_ACCOUNT = "no account of this organisation has that address: ask for an invitation"


@dataclass(frozen=True)
class ProviderView:
    """What the admin's page shows of the provider (never the secret)."""

    issuer: str
    client_id: str


def configure(ws: Workspace, admin: Signed, issuer: str, client_id: str, secret: str) -> None:
    """Set the organisation's provider; an empty issuer removes it."""
    require_role(admin, "admin")
    store = ws.store.for_tenant(admin.org)
    issuer = issuer.strip().rstrip("/")
    if not issuer:
        org_settings.remove_provider(store)
        return
    _check_issuer(issuer)
    if not client_id.strip() or not secret:
        raise InputError("a provider needs the client id and the secret it issued to levelset")
    org_settings.set_provider(store, issuer, client_id.strip(), secret)


def provider_of(ws: Workspace, org: int) -> ProviderView | None:
    found = org_settings.provider(ws.store.for_tenant(org))
    return None if found is None else ProviderView(found.issuer, found.client_id)


def _check_issuer(issuer: str) -> None:
    parts = urlsplit(issuer)
    loopback = parts.hostname in ("127.0.0.1", "::1", "localhost")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise InputError("the issuer is an https:// address (plain http on loopback only)")
    if parts.query or parts.fragment or not parts.hostname:
        raise InputError("the issuer is an address without query or fragment")


def start(ws: Workspace, org: int, browser: str, redirect_uri: str) -> str:
    """The provider's authorization address to send this browser to."""
    provider = _provider(ws, org)
    state = f"{org}.{secrets.token_urlsafe(32)}"
    nonce, verifier = secrets.token_urlsafe(24), secrets.token_urlsafe(48)
    with _client(provider, redirect_uri) as client:
        metadata = _discover(client, provider)
        store = ws.store.for_tenant(org)
        oidc_logins.begin(store, digest(state), nonce, verifier, digest(browser))
        url, _ = client.create_authorization_url(
            metadata["authorization_endpoint"], state=state, code_verifier=verifier, nonce=nonce
        )
    return str(url)


def finish(ws: Workspace, state: str, code: str, browser: str, redirect_uri: str) -> str:
    """A new session's token for the account the provider vouched for."""
    parts = split_token(state)
    if parts is None or not code:
        raise NotFound("this sign-in is unknown, used or expired: start again")
    org = parts[0]
    store = ws.store.for_tenant(org)
    pending = oidc_logins.spend(store, digest(state), digest(browser), ws.now() - VALID_FOR)
    provider = _provider(ws, org)
    with _client(provider, redirect_uri) as client:
        metadata = _discover(client, provider)
        claims = _id_claims(client, metadata, code, pending)
    if claims.get("email_verified") is not True or not isinstance(claims.get("email"), str):
        raise Unauthorized("the provider did not vouch for a verified address")
    if accounts.org_of_email(ws.store, claims["email"]) != org:
        raise Unauthorized(NO_ACCOUNT)
    user = accounts.find_user(store, email=claims["email"])
    return start_session(store, user.id)


def _provider(ws: Workspace, org: int) -> OidcProvider:
    found = org_settings.provider(ws.store.for_tenant(org))
    if found is None:
        raise NotFound("this organisation signs in with passwords only")
    return found


def _client(provider: OidcProvider, redirect_uri: str) -> Any:
    from authlib.integrations.httpx_client import OAuth2Client

    return OAuth2Client(
        client_id=provider.client_id,
        client_secret=provider.client_secret,
        scope=SCOPE,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic",
        timeout=TIMEOUT,
        follow_redirects=False,
    )


def _discover(client: Any, provider: OidcProvider) -> dict[str, Any]:
    """The provider's discovery document, read from the configured issuer and checked."""
    from authlib.oidc.discovery import OpenIDProviderMetadata

    address = provider.issuer + "/.well-known/openid-configuration"
    document = _get_json(client, address)
    if document.get("issuer", "").rstrip("/") != provider.issuer:
        raise DataUnavailable("the provider's discovery document names another issuer")
    metadata = OpenIDProviderMetadata(document)
    try:
        metadata.validate_authorization_endpoint()
        metadata.validate_token_endpoint()
        metadata.validate_jwks_uri()
    except ValueError as error:
        raise DataUnavailable(f"the provider's discovery document is unusable: {error}") from error
    return dict(document)


def _get_json(client: Any, address: str) -> dict[str, Any]:
    try:
        answer = client.request("GET", address, withhold_token=True)
        answer.raise_for_status()
        found = answer.json()
    except Exception as error:  # the HTTP client's own errors, and a body that is not JSON
        raise DataUnavailable(f"the sign-in provider did not answer: {error}") from error
    if not isinstance(found, dict):
        raise DataUnavailable(f"the sign-in provider's {address} is not a JSON object")
    return found


def _id_claims(
    client: Any, metadata: dict[str, Any], code: str, pending: oidc_logins.PendingLogin
) -> dict[str, Any]:
    """Exchange the code (with the PKCE verifier) and check the ID token it brings."""
    from authlib.integrations.base_client.errors import OAuthError
    from authlib.oidc.core import CodeIDToken
    from joserfc import jwt
    from joserfc.errors import JoseError
    from joserfc.jwk import KeySet
    from joserfc.jws import JWSRegistry

    try:
        token = client.fetch_token(
            metadata["token_endpoint"], code=code, code_verifier=pending.code_verifier
        )
        keys = KeySet.import_key_set(_get_json(client, metadata["jwks_uri"]))  # type: ignore[arg-type]
        algorithms = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
        decoded = jwt.decode(token["id_token"], keys, registry=JWSRegistry(algorithms=algorithms))
        params = {"nonce": pending.nonce, "client_id": client.client_id}
        params["access_token"] = token.get("access_token")
        options = {"iss": {"essential": True, "values": [metadata["issuer"]]}}
        claims = CodeIDToken(decoded.claims, decoded.header, options, params)
        claims.validate(leeway=60)
    except (OAuthError, JoseError, KeyError, ValueError) as error:
        raise Unauthorized(f"the provider's answer was refused: {error}") from error
    return dict(claims)
