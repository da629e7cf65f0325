"""Every URL pattern the site serves, with the URLconf module that declares it.

The security test module of each app (tests/<app>/test_url_security.py) walks the site's
resolver and fails on a pattern its table does not classify, so a URL added later without
a security decision is caught.
"""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

# Third-party URLconfs (their own security is theirs; the site only mounts them).
THIRD_PARTY = ("wagtail.", "django.")


@dataclass(frozen=True)
class Route:
    route: str  # e.g. "<lang>/learn/courses/<int:course_id>/enrol/"
    name: str | None  # "namespace:name" when named
    module: str  # the URLconf that declares the pattern ("literacy.urls", "courses.urls"…)
    callback: object


def _module_name(resolver: URLResolver) -> str:
    module = resolver.urlconf_name
    return module if isinstance(module, str) else getattr(module, "__name__", "")


def _walk(resolver: URLResolver, prefix: str, namespace: str, module: str):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = _module_name(pattern) or module
            if isinstance(pattern.pattern, LocalePrefixPattern):
                part = "<lang>/"
            else:
                part = str(pattern.pattern)
            ns = namespace
            if pattern.namespace:
                ns = f"{namespace}{pattern.namespace}:"
            yield from _walk(pattern, prefix + part, ns, inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}{pattern.name}" if pattern.name else None
            yield Route(prefix + str(pattern.pattern), name, module, pattern.callback)


def all_routes() -> list[Route]:
    """Every route the site serves, Wagtail's and Django's included (for checks that hold
    for every URL, as the request body limits do)."""
    root = get_resolver()
    return list(_walk(root, "", "", _module_name(root)))


def site_routes() -> list[Route]:
    """The site's own routes (third-party URLconfs left out)."""
    root = get_resolver()
    return [
        route for route in _walk(root, "", "", _module_name(root))
        if not route.module.startswith(THIRD_PARTY)
    ]


def routes_of(app: str) -> dict[str, Route]:
    """The routes declared by ``app``'s URLconfs, keyed by their full route."""
    return {r.route: r for r in site_routes() if r.module.split(".")[0] == app}


def websocket_routes_of(app: str) -> list[str]:
    import importlib

    try:
        routing = importlib.import_module(f"{app}.routing")
    except ImportError:
        return []
    return [str(p.pattern) for p in getattr(routing, "websocket_urlpatterns", [])]


def routable_page_routes_of(app: str) -> dict[str, str]:
    """Sub-routes of the app's RoutablePageMixin pages: {"Model:name": route}."""
    from django.apps import apps
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    found = {}
    for model in apps.get_app_config(app).get_models():
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                found[f"{model.__name__}:{pattern.name}"] = str(pattern.pattern)
    return found


# --- the classification every route needs, and the checks it implies --------------------

PUBLIC = "public"  # anyone (may still refuse bad input)
LOGIN = "login"  # a signed-in user; anonymous → the login page with ?next=
STAFF = "staff"  # LOGIN + a role + a second factor verified in this session
TOKEN = "token"  # a signed token in the URL, no session (the H5P origin)
SESSION_API = "session_api"  # a script's endpoint: anonymous gets 403 JSON, not a redirect

READ = "read"  # GET/HEAD only: POST → 405
FORM = "form"  # GET shows a form (never changes anything), POST changes state
POST = "post"  # POST only: GET → 405
ANY = "any"  # method-agnostic redirect or token endpoint (see the rule's note)


@dataclass
class Rule:
    access: str
    methods: str
    user: str | None = None  # the world's user who owns the "own" URL
    own: object = None  # world → URL this user may use
    foreign: object = None  # world → [URLs naming someone else's object] (→ 404)
    data: object = None  # world → POST data that the own URL accepts
    csrf: bool = True  # a POST needs the CSRF token
    foreign_status: int = 404
    note: str = ""


def login_redirect_ok(response, url: str) -> bool:
    from urllib.parse import parse_qs, urlsplit

    from django.urls import reverse

    if response.status_code != 302:
        return False
    target = urlsplit(response["Location"])
    return (target.path == reverse("accounts:login")
            and parse_qs(target.query).get("next") == [url])


def assert_classified(app: str, table: dict, ws_table: dict, routable: dict | None = None):
    """Every route of ``app`` is in ``table`` and the table names no route that is gone."""
    routes = set(routes_of(app))
    unclassified = sorted(routes - set(table))
    stale = sorted(set(table) - routes)
    assert not unclassified, f"classify these {app} URLs in the security table: {unclassified}"
    assert not stale, f"these classified URLs no longer exist: {stale}"
    ws = set(websocket_routes_of(app))
    assert ws == set(ws_table), (
        f"classify these {app} websocket routes: {sorted(ws - set(ws_table))}; "
        f"gone: {sorted(set(ws_table) - ws)}")
    pages = routable_page_routes_of(app)
    assert set(pages) == set(routable or {}), (
        f"classify the routable page routes of {app}: {sorted(set(pages) - set(routable or {}))}")


def routes_with(table: dict, *, access=None, methods=None, csrf=None, foreign=None):
    chosen = []
    for route, rule in table.items():
        if access is not None and rule.access not in access:
            continue
        if methods is not None and rule.methods not in methods:
            continue
        if csrf is not None and rule.csrf != csrf:
            continue
        if foreign is not None and bool(rule.foreign) != foreign:
            continue
        chosen.append(route)
    return chosen


def sign_in(client, user, *, staff: bool):
    """A session for ``user`` (with a verified second factor for staff routes)."""
    from literacy.security.testing import login_verified

    if staff:
        login_verified(client, user)
    else:
        client.force_login(user)
    return client


def first(urls):
    return urls[0] if isinstance(urls, list | tuple) else urls


def method_of(rule: Rule) -> str:
    return "post" if rule.methods == POST else "get"


def check_anonymous(client, rule: Rule, world) -> None:
    """Anonymous: a redirect to the login page that comes back here (never a 200 or 500)."""
    url = rule.own(world)
    response = getattr(client, method_of(rule))(url)
    assert login_redirect_ok(response, url), (url, response.status_code,
                                              response.get("Location"))


def check_csrf(rule: Rule, world, users) -> None:
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    if rule.user is not None:
        sign_in(client, users[rule.user], staff=rule.access == STAFF)
    url = rule.own(world)
    response = client.post(url, {})
    assert response.status_code == 403, (url, response.status_code)


def check_methods(client, rule: Rule, world, users) -> None:
    if rule.user is not None:
        sign_in(client, users[rule.user], staff=rule.access == STAFF)
    url = rule.own(world)
    if rule.methods == POST:
        assert client.get(url).status_code == 405, url
    elif rule.methods == READ:
        assert client.post(url, {}).status_code == 405, url
        assert client.get(url).status_code in (200, 302), url


def check_foreign(client, rule: Rule, world, users) -> None:
    """Each foreign URL (or (URL, data)) → 404; then the user's own one is served."""
    if rule.user is not None:
        sign_in(client, users[rule.user], staff=rule.access == STAFF)
    foreign = rule.foreign(world)
    data = rule.data(world) if rule.data else {}
    for item in foreign if isinstance(foreign, list) else [foreign]:
        url, sent = item if isinstance(item, tuple) else (item, data)
        response = getattr(client, method_of(rule))(url, sent)
        assert response.status_code == rule.foreign_status, (url, response.status_code)
    # The same request on the user's own object works: the refusal was about ownership.
    own = rule.own(world)
    response = getattr(client, method_of(rule))(own, data)
    assert response.status_code in (200, 302), (own, response.status_code)


def check_each(routes, check) -> None:
    """Run ``check(route)`` on every route (they change nothing) and report every failure
    at once, so one world serves them all."""
    failures = []
    for route in routes:
        try:
            check(route)
        except AssertionError as error:
            failures.append(f"{route}: {error}")
    assert not failures, "\n".join(failures)


# --- GET changes nothing ------------------------------------------------------------------

WRITE_SQL = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
# Whoever asks, a GET may write its session (a CSRF token, a pending 2FA key, messages).
SESSION_TABLE = "django_session"


def get_urls(table: dict, world) -> list[str]:
    """Every URL a GET may be sent to in ``table`` (own and foreign), H5P-origin routes
    (another host, tested apart) left out."""
    urls = []
    for rule in table.values():
        if rule.methods not in (READ, FORM) or rule.access == TOKEN or rule.own is None:
            continue
        urls.append(rule.own(world))
        foreign = rule.foreign(world) if rule.foreign else []
        urls.extend(item for item in (foreign if isinstance(foreign, list) else [foreign])
                    if isinstance(item, str))
    return urls


def staff_users() -> dict:
    """An editor (Wagtail's Editors group) and an administrator, for the walks below."""
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    editor = UserFactory(username="walk-editor")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    admin = UserFactory(username="walk-admin", is_staff=True, is_superuser=True)
    return {"editor": editor, "admin": admin}


def writes_of_gets(user, urls, *, allowed=()) -> list[str]:
    """GET each URL as ``user`` (None: anonymous; staff with a verified second factor)
    and return the database writes it caused, other than the session's and those that
    ``allowed`` (a list of (table, verb) pairs) names."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from literacy.security.testing import login_verified

    client = Client()
    if user is not None:
        if user.is_staff or user.groups.exists():
            login_verified(client, user)
        else:
            client.force_login(user)
    found = []
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        for query in captured.captured_queries:
            sql = query["sql"]
            verb = WRITE_SQL.match(sql)
            if not verb or f'"{SESSION_TABLE}"' in sql:
                continue
            if any(verb.group(1).upper() == allowed_verb and f'"{table}"' in sql
                   for table, allowed_verb in allowed):
                continue
            found.append(f"{url}: {sql[:160]}")
    return found
