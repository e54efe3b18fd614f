"""Sessions, sign-in limits, form tokens, invitations and consent, through the server's door."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from levelset.app.accounts import ServerPolicy
from tests.server.browsing import SESSION, form_token, post, sign_in
from tests.server.test_isolation import routes
from tests.server.world import BASE, PASSWORD, World


def _signed_in(browser: TestClient) -> bool:
    return browser.get("/server/account").status_code == 200


def test_a_session_handed_in_before_sign_in_is_never_the_one_signed_in(world: World) -> None:
    app = world.server()
    planted = "1." + "a" * 43
    browser = TestClient(app, base_url=BASE, follow_redirects=False)
    browser.cookies.set(SESSION, planted, domain="levelset.test")
    token = form_token(browser)
    answer = browser.post(
        "/server/login",
        data={"email": "bob@client.test", "password": PASSWORD, "csrf_token": token},
    )
    issued = answer.cookies.get(SESSION)
    assert issued and issued != planted
    attacker = TestClient(app, base_url=BASE, follow_redirects=False)
    attacker.cookies.set(SESSION, planted, domain="levelset.test")
    assert not _signed_in(attacker)
    assert "Secure" in answer.headers["set-cookie"] and "HttpOnly" in answer.headers["set-cookie"]


def test_sessions_end_when_idle_too_long_and_at_their_absolute_age(world: World) -> None:
    app = world.server()
    browser = sign_in(app, "bob@client.test")
    assert _signed_in(browser)
    world.clock.at += dt.timedelta(minutes=31)
    assert not _signed_in(browser)
    browser = sign_in(app, "bob@client.test")
    for _ in range(40):  # active every 20 minutes, past 12 hours
        world.clock.at += dt.timedelta(minutes=20)
        if not _signed_in(browser):
            break
    assert not _signed_in(browser)
    world.clock.at += dt.timedelta(hours=1)


def test_signing_out_ends_the_session_and_everywhere_ends_them_all(world: World) -> None:
    app = world.server()
    first, second = sign_in(app, "bob@client.test"), sign_in(app, "bob@client.test")
    stolen = first.cookies.get(SESSION)
    assert post(first, "/server/logout").status_code == 303
    replay = TestClient(app, base_url=BASE, follow_redirects=False)
    replay.cookies.set(SESSION, stolen or "", domain="levelset.test")
    assert not _signed_in(replay)
    assert _signed_in(second)
    third = sign_in(app, "bob@client.test")
    assert post(third, "/server/logout", everywhere="1").status_code == 303
    assert not _signed_in(second)


def test_sign_in_is_rate_limited_and_repeated_failures_lock_the_account(world: World) -> None:
    app = world.server(ServerPolicy(per_email=3, lock_after=1000))
    browser = TestClient(app, base_url=BASE, follow_redirects=False)
    codes = []
    for password in ("wrong one 1", "wrong one 2", "wrong one 3", PASSWORD):
        data = {"email": "erin@client.test", "password": password}
        codes.append(
            browser.post(
                "/server/login", data={**data, "csrf_token": form_token(browser)}
            ).status_code
        )
    assert codes == [401, 401, 401, 429]
    world.clock.at += dt.timedelta(minutes=6)
    app = world.server(ServerPolicy(lock_after=4))  # three failures above, one more locks
    browser = TestClient(app, base_url=BASE, follow_redirects=False)
    for password in ("wrong one 4", "wrong one 5", PASSWORD):
        data = {"email": "erin@client.test", "password": password}
        codes.append(
            browser.post(
                "/server/login", data={**data, "csrf_token": form_token(browser)}
            ).status_code
        )
    assert codes[4:] == [401, 429, 429]  # locked: even the right password waits
    world.clock.at += dt.timedelta(minutes=16)
    assert sign_in(app, "erin@client.test") is not None


def test_every_state_changing_route_refuses_a_missing_or_forged_token(world: World) -> None:
    app = world.server()
    browser = sign_in(app, "bob@client.test")
    refused = []
    for method, template in routes(app):
        if method == "GET":
            continue
        path = template.replace("{company:path}", "Acme").replace("{kind}", "counter")
        path = path.replace("{name:path}", "x").replace("{item_id}", "1").replace("{token}", "1.x")
        for sent in ({}, {"csrf_token": "forged"}):
            answer = browser.request(method, path, data={**sent, "client_id": 1, "coach_id": 1})
            refused.append((path, answer.status_code))
    assert refused and all(code == 403 for _path, code in refused), refused
    cross = browser.post(
        "/server/logout",
        data={"csrf_token": form_token(browser, "/server/account")},
        headers={"origin": "https://evil.test"},
    )
    assert cross.status_code == 403 and _signed_in(browser)


def test_invite_accept_share_then_revoke_and_the_coach_sees_nothing(world: World) -> None:
    app = world.server()
    coach = sign_in(app, "coach1@a.test")
    made = post(coach, "/server/clients/invite", name="Fay", email="fay@client.test")
    link = made.text.split('id="invitation-link">')[1].split("<")[0]
    path = link.removeprefix(BASE)
    newcomer = TestClient(app, base_url=BASE, follow_redirects=False)
    shown = newcomer.get(path)
    assert "What your coach will see" in shown.text and "proof of impact" in shown.text
    data = {"name": "Fay", "password": PASSWORD, "share": "1", "csrf_token": form_token(newcomer)}
    assert newcomer.post(path, data=data).status_code == 303
    again = TestClient(app, base_url=BASE, follow_redirects=False)
    data["csrf_token"] = form_token(again)
    assert again.post(path, data=data).status_code == 404  # single use
    post(newcomer, "/profile", name="Faymarker", title="ML Engineer", level="senior")
    fay = coach.get("/server/clients").text.split('client_id" value="')[1:]
    assert "Fay" in coach.get("/server/clients").text
    fay_id = int(fay[-1].split('"')[0])
    assert post(coach, "/server/clients/view", client_id=fay_id).status_code == 303
    assert "Faymarker" in coach.get("/index.json").text
    assert post(coach, "/profile", name="Coachwrote").status_code == 403  # read-only
    coach_id = int(
        newcomer.get("/server/account").text.split('name="coach_id" value="')[1].split('"')[0]
    )
    assert post(newcomer, "/server/account/revoke", coach_id=coach_id).status_code == 303
    after = coach.get("/index.json")
    assert after.status_code == 404 and "Faymarker" not in after.text
    assert "Fay" not in coach.get("/server/clients").text
    trail = newcomer.get("/server/account").text
    assert "read: GET /index.json" in trail  # the coach's read, in Fay's audit trail


def test_an_admin_reset_link_sets_a_new_password_once(world: World) -> None:
    app = world.server()
    admin = sign_in(app, "admin@b.test")
    user_id = admin.get("/server/admin").text.split('name="user_id" value="')[2].split('"')[0]
    page = post(admin, "/server/admin/reset", user_id=user_id)
    path = page.text.split('id="reset-link">')[1].split("<")[0].removeprefix(BASE)
    stranger = TestClient(app, base_url=BASE, follow_redirects=False)
    new = "a brand new passphrase"
    assert (
        stranger.post(path, data={"password": new, "csrf_token": form_token(stranger)}).status_code
        == 303
    )
    assert (
        stranger.post(path, data={"password": new, "csrf_token": form_token(stranger)}).status_code
        == 404
    )
    assert sign_in(app, "coach@b.test", new) is not None
    assert (
        post(sign_in(app, "coach@b.test", new), "/server/admin/reset", user_id=user_id).status_code
        == 403
    )


def test_a_client_downloads_everything_then_erases_the_account(world: World) -> None:
    import io
    import zipfile

    app = world.server()
    coach = sign_in(app, "coach1@a.test")
    made = post(coach, "/server/clients/invite", name="Gus", email="gus@client.test")
    path = made.text.split('id="invitation-link">')[1].split("<")[0].removeprefix(BASE)
    gus = TestClient(app, base_url=BASE, follow_redirects=False)
    data = {"name": "Gus", "password": PASSWORD, "share": "1", "csrf_token": form_token(gus)}
    assert gus.post(path, data=data).status_code == 303
    post(gus, "/profile", name="Gusmarker", title="ML Engineer", level="senior")
    zipped = gus.get("/server/account/export")
    assert zipped.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(zipped.content))
    assert "Gusmarker" in archive.read("records/profile.json").decode()
    assert all(
        m not in archive.read("records/profile.json").decode() for m in ("Alicemarker", "Bobmarker")
    )
    assert post(gus, "/server/account/erase", password="not my password").status_code == 401
    assert post(gus, "/server/account/erase", password=PASSWORD).status_code == 303
    assert not _signed_in(gus)
    again = TestClient(app, base_url=BASE, follow_redirects=False)
    data = {"email": "gus@client.test", "password": PASSWORD, "csrf_token": form_token(again)}
    assert again.post("/server/login", data=data).status_code == 401
    assert "Gus" not in coach.get("/server/clients").text
