"""Hostile package manifests: every malformed h5p.json, library.json or content.json is either
stored or refused with one translated sentence; nothing escapes as an error (a 500)."""

import io
import json
import random
import zipfile

import pytest
from django.urls import reverse
from django.utils import translation
from pyh5p import H5PError, read_package

from literacy.security.testing import login_verified
from quizzes.h5p import safe_json
from quizzes.h5p.ingest import store_package
from quizzes.h5p.validation import (
    Limits,
    PackageRejected,
    scan_central_directory,
    validate_package,
)
from quizzes.models import H5PLibrary, H5PPackage

from ..factories import UserFactory
from .conftest import stored_files
from .h5p_packages import upload

pytestmark = pytest.mark.django_db

SEED = 16
CASES = 400
LIBRARIES = ("Basira.Probe", "H5P.MultiChoice", "H5P.SingleChoiceSet", "H5P.TrueFalse")
NESTED = b"[" * 200_000  # the reviewer's package: RecursionError in any json.loads


def manifests(main: str = "Basira.Probe") -> dict[str, object]:
    library = {"title": "Probe", "machineName": main, "majorVersion": 1, "minorVersion": 0,
               "patchVersion": 0, "runnable": 1, "preloadedJs": [{"path": "probe.js"}]}
    h5p = {"title": "Probe", "language": "und", "mainLibrary": main, "embedTypes": ["iframe"],
           "license": "U", "preloadedDependencies": [
               {"machineName": main, "majorVersion": "1", "minorVersion": "0"}]}
    content = {"answers": [{"text": "a", "correct": True}], "behaviour": {"singlePoint": False},
               "choices": [{"question": "q"}], "media": {"type": {"params": {}}}}
    return {"h5p.json": h5p, f"{main}-1.0/library.json": library,
            "content/content.json": content}


def as_bytes(value: object) -> bytes:
    return value if isinstance(value, bytes) else json.dumps(value).encode()


def package_bytes(files: dict[str, object], *, stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, value in files.items():
            archive.writestr(name, as_bytes(value))
        folder = next(name.split("/")[0] for name in files if name.endswith("/library.json"))
        archive.writestr(f"{folder}/probe.js", "void 0;")
    return buffer.getvalue()


# --- random JSON ---------------------------------------------------------------------------

HOSTILE_SCALARS = [
    None, True, False, 0, -1, 2**31, 2**64, 10**40, -(10**40), 1e308, -1e-308, 0.5, "", "x" * 5000,
    "\x00", "\ud800", "١٢", "1.5", "-1", "1e400", "H5P.TrueFalse 1.6", "../../etc/passwd",
    "https://example.com/x.png", "\u202e", [], {},
]
RAW_NUMBERS = ["1e400", "-1e400", "NaN", "Infinity", "-Infinity", "9" * 5000, "1" * 4000]


def random_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth > 6 or roll < 0.45:
        return rng.choice(HOSTILE_SCALARS)
    if roll < 0.7:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["path", "mime", "library", "params", "answers", "correct", "machineName",
            "majorVersion", "minorVersion", "patchVersion", "title", "x"]
    return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def nested(rng: random.Random) -> bytes:
    depth = rng.choice([50, 99, 100, 101, 500, 990, 1000, 5000, 200_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}"), ("[{\"b\":", "}]")])
    closed = rng.random() < 0.5
    return (opener * depth + "1" + (closer * depth if closed else "")).encode()


def mutate(rng: random.Random, files: dict[str, object]) -> dict[str, object]:
    name = rng.choice(sorted(files))
    value = files[name]
    kind = rng.randrange(9)
    if kind == 0:  # the whole file replaced by a random value
        files[name] = random_value(rng)
    elif kind == 1:  # deep nesting, closed or not
        files[name] = nested(rng)
    elif kind == 2:  # not UTF-8, or a BOM, or binary noise
        files[name] = rng.choice([b"\xff\xfe{}", "{\"title\": \"\xe9\"}".encode("latin-1"),
                                  b"\xef\xbb\xbf" + as_bytes(value),
                                  rng.randbytes(rng.randint(0, 64))])
    elif kind == 3 and isinstance(value, dict) and value:  # a key removed
        value = dict(value)
        del value[rng.choice(sorted(value))]
        files[name] = value
    elif kind == 4 and isinstance(value, dict) and value:  # a key of the wrong type
        value = dict(value)
        value[rng.choice(sorted(value))] = random_value(rng)
        files[name] = value
    elif kind == 5 and isinstance(value, dict):  # a huge or non-finite number, raw
        key = rng.choice(sorted(value) or ["x"])
        text = json.dumps({**value, key: 0}).replace('": 0', '": ' + rng.choice(RAW_NUMBERS), 1)
        files[name] = text.encode()
    elif kind == 6:  # a large file
        files[name] = json.dumps({"x": ["y" * 1000] * rng.randint(100, 2000)}).encode()
    elif kind == 7 and name == "h5p.json" and isinstance(value, dict):  # dependency entries
        value = dict(value)
        value["preloadedDependencies"] = [random_value(rng) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.5:
            value["preloadedDependencies"].append({
                "machineName": value.get("mainLibrary"),
                "majorVersion": rng.choice(HOSTILE_SCALARS),
                "minorVersion": rng.choice(HOSTILE_SCALARS)})
        files[name] = value
    else:  # a dependency or nested media path of a random shape in content
        files["content/content.json"] = {"a": [{"path": random_value(rng), "mime": "image/png"},
                                               {"library": random_value(rng),
                                                "params": random_value(rng)}]}
    return files


def test_fuzzed_manifests_never_escape_as_errors(h5p_files):
    """Fixed seed: each case is stored or refused with a translated sentence, nothing else."""
    rng = random.Random(SEED)
    outcomes: dict[str, int] = {}
    for case in range(CASES):
        files = manifests(rng.choice(LIBRARIES))
        for _ in range(rng.randint(1, 3)):
            files = mutate(rng, files)
        data = package_bytes(files, stored=rng.random() < 0.5)
        try:
            validated = validate_package(io.BytesIO(data), installed=set())
        except PackageRejected as rejected:
            with translation.override("ar"):
                assert str(rejected.message).strip(), case
            outcomes[rejected.code] = outcomes.get(rejected.code, 0) + 1
            continue
        except Exception as exc:  # noqa: BLE001 - the point of the test
            pytest.fail(f"case {case}: {type(exc).__name__}: {exc!s:.200} in {sorted(files)}")
        try:
            store_package(validated=validated, instance=H5PPackage(title=f"fuzz {case}"))
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"case {case} passed validation but not storage: {exc!r:.300}")
        outcomes["stored"] = outcomes.get("stored", 0) + 1
    # The fuzz reaches both sides and the depth guard (else it proves nothing).
    assert outcomes.get("stored", 0) > 10, outcomes
    assert outcomes.get("too_deep", 0) > 10, outcomes
    assert sum(outcomes.values()) == CASES


@pytest.mark.parametrize("name", ["content/content.json", "h5p.json",
                                  "Basira.Probe-1.0/library.json"])
def test_deeply_nested_json_is_refused_without_parsing(name, monkeypatch):
    """The reviewer's package: 200,000 ``[`` stored uncompressed. No parser sees it."""
    def must_not_parse(*args, **kwargs):
        raise AssertionError("pyh5p was handed the nested file")

    monkeypatch.setattr("quizzes.h5p.validation.read_package", must_not_parse)
    files = manifests()
    files[name] = NESTED
    with pytest.raises(PackageRejected) as rejected:
        validate_package(io.BytesIO(package_bytes(files, stored=True)), installed=set())
    assert rejected.value.code == "too_deep"
    assert name.split("/")[-1] in str(rejected.value.message)


def test_the_depth_limit_is_exact():
    assert safe_json.loads("[" * 100 + "]" * 100) is not None
    with pytest.raises(safe_json.UnsafeJSON) as refused:
        safe_json.loads("[" * 101 + "]" * 101)
    assert refused.value.too_deep
    # Brackets inside strings are text, not nesting (escaped quotes included).
    assert safe_json.loads(json.dumps({"a": "[" * 500 + '\\"' + "{" * 500})) is not None


@pytest.mark.parametrize("text", ["[NaN]", "[Infinity]", "[1e400]", '["\\u0000"]', '["\\ud800"]',
                                  "[" + "9" * 5000 + "]"])
def test_what_postgresql_refuses_is_refused(text):
    with pytest.raises(safe_json.UnsafeJSON):
        safe_json.loads(text)


def test_the_nested_package_gets_a_form_error_in_the_admin(client, h5p_files):
    login_verified(client, UserFactory(username="editor", is_staff=True, is_superuser=True))
    files = manifests()
    files["content/content.json"] = NESTED
    response = client.post(reverse("wagtailsnippets_quizzes_h5ppackage:add"), {
        "title_ar": "نشاط", "title_en": "", "title_fr": "", "max_score": "",
        "h5p_file": upload(package_bytes(files, stored=True)),
    })
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["h5p_file"]
    assert [error.code for error in errors] == ["too_deep"]
    with translation.override("ar"):
        message = str(errors[0].message)
    assert "متداخل" in message and "content/content.json" in message
    assert message in response.content.decode()  # names isolated in <bdi> (h5p/bidi.py)
    assert H5PPackage.objects.count() == 0 and H5PLibrary.objects.count() == 0
    assert stored_files(h5p_files) == []


def test_a_parser_failure_outside_pyh5p_errors_is_a_rejection(monkeypatch):
    """Whatever pyh5p raises on hostile bytes (here zlib's own error) is refused, logged."""
    import zlib

    def broken(*args, **kwargs):
        raise zlib.error("Error -3 while decompressing data: invalid block type")

    monkeypatch.setattr("quizzes.h5p.validation.read_package", broken)
    with pytest.raises(PackageRejected) as rejected:
        validate_package(io.BytesIO(package_bytes(manifests())), installed=set())
    assert rejected.value.code == "unreadable"


def test_a_corrupt_deflate_stream_is_a_rejection():
    data = bytearray(package_bytes(manifests()))
    start = data.find(b"PK\x03\x04") + 30 + len("h5p.json")  # the first member's data
    data[start:start + 8] = b"\xff" * 8  # an invalid deflate block (zlib.error)
    with pytest.raises(PackageRejected) as rejected:
        validate_package(io.BytesIO(bytes(data)), installed=set())
    assert rejected.value.code in ("unreadable", "bad_json")


# --- Basira's own central-directory layer, alone -------------------------------------------

def _claiming(ratio_numerator: int) -> zipfile.ZipFile:
    """A stored 1,000-byte member whose central directory claims ``ratio_numerator`` bytes."""
    data = bytearray(package_bytes({"content/a.json": b"1" * 1000,
                                    "X-1.0/library.json": b"{}"}, stored=True))
    entry = bytes(data).find(b"PK\x01\x02")
    assert bytes(data)[entry + 46:entry + 46 + 14] == b"content/a.json"
    assert int.from_bytes(data[entry + 20:entry + 24], "little") == 1000  # compressed size
    data[entry + 24:entry + 28] = ratio_numerator.to_bytes(4, "little")  # uncompressed size
    return zipfile.ZipFile(io.BytesIO(bytes(data)))


def test_the_central_directory_ratio_limit_holds_on_its_own(settings):
    """Nothing is inflated: the claim alone decides, without pyh5p's repeat of the check."""
    settings.QUIZZES_H5P_MAX_COMPRESSION_RATIO = 100.0
    limits = Limits.from_settings()
    scan_central_directory(_claiming(100 * 1000), limits)  # exactly the limit: allowed
    with pytest.raises(PackageRejected) as rejected:
        scan_central_directory(_claiming(100 * 1000 + 1), limits)  # 100.001
    assert rejected.value.code == "ratio"


def test_pyh5p_is_given_the_same_ratio_limit(settings):
    """The second layer alone: pyh5p's check, with the limit Basira hands it."""
    settings.QUIZZES_H5P_MAX_COMPRESSION_RATIO = 100.0
    data = b"0" * 200_000  # deflates about 1000:1
    with pytest.raises(H5PError, match="compression ratio"):
        read_package(package_bytes({"content/a.json": data, "X-1.0/library.json": b"{}"}),
                     limits=Limits.from_settings().for_pyh5p())


# --- What a learner's browser posts, and what playback reads from a stored package ----------

@pytest.mark.parametrize("body", [
    b"[" * 60_000,
    b'{"activity": "x", "statement": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
    b'{"activity": "x", "statement": {"result": {"score": {"raw": 1e400}}}}',
    b'{"activity": "x", "statement": NaN}',
    b'{"activity": "x", "statement": {"response": "\\ud800"}}',
    b'{"activity": "x", "n": ' + b"9" * 5000 + b"}",
    b"\xff\xfe",
], ids=["deep-array", "deep-statement", "1e400", "NaN", "lone-surrogate", "5000-digits",
        "not-utf8"])
def test_hostile_statement_bodies_are_refused(body, client, settings):
    login_verified(client, UserFactory(username="learner"))
    settings.QUIZZES_H5P_STATEMENT_MAX_BYTES = 100_000
    response = client.post(reverse("quizzes_h5p:results"), data=body,
                           content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"recorded": False, "error": "invalid JSON"}


def test_library_strings_with_huge_versions_are_ignored():
    from quizzes.h5p import l10n

    assert l10n.parse_library_string("H5P.Text 1.2") == ("H5P.Text", 1, 2)
    assert l10n.parse_library_string("H5P.Text 1." + "9" * 5000) is None
    assert l10n.parse_library_string("H5P.Text ١.٢") is None


def test_localizing_hostile_semantics_never_fails():
    """Semantics, translations and content of any shape (fixed seed): no exception."""
    from quizzes.h5p import l10n

    text = [{"name": "q", "type": "text", "default": "Check"}]
    for translated in ({"0": "x"}, "fields", [5], {"fields": {"0": 1}}, None):
        # A library's translation of the wrong shape, reached through a library field,
        # a one-field group and a list.
        semantics = [{"name": "a", "type": "library"},
                     {"name": "b", "type": "group", "fields": text},
                     {"name": "c", "type": "list", "field": {"type": "group", "fields": text}},
                     {"name": ["unhashable"], "type": "text"}]
        content = {"a": {"library": "H5P.X 1.0", "params": {"q": "Check"}}, "b": "Check",
                   "c": ["Check", {"q": "Check"}]}
        l10n.localize(content, semantics, [translated] * 4,
                      lambda _name, translated=translated: (text, translated))

    rng = random.Random(SEED)
    kinds = ["group", "list", "library", "text", "textarea", "boolean", None, 5, []]

    def field(depth=0):
        chosen = {"name": rng.choice(["a", "b", "path", 3, None, ["x"]]),
                  "type": rng.choice(kinds), "default": rng.choice(["Check", 1, None, "@score"])}
        if depth < 4:
            chosen["fields"] = rng.choice([[field(depth + 1)], [field(depth + 1)] * 2,
                                           random_value(rng)])
            chosen["field"] = rng.choice([field(depth + 1), random_value(rng)])
        return rng.choice([chosen, chosen, random_value(rng)])

    for _ in range(300):
        semantics = [field() for _ in range(rng.randint(0, 3))]
        translation = rng.choice([random_value(rng), [field() for _ in semantics]])
        content = rng.choice([random_value(rng), {"a": random_value(rng), "b": [
            {"library": rng.choice(["H5P.Text 1.0", "x", 5]), "params": random_value(rng)}]}])

        def load(_name, semantics=semantics, translation=translation):
            return rng.choice([None, (semantics, translation), (semantics, random_value(rng))])

        l10n.localize(content, semantics, translation if isinstance(translation, list) else [],
                      load)


@pytest.mark.parametrize("extra", [
    {"content/a.png": b"x", "content/a.png/b.png": b"x"},  # a file where a folder must go
    {"content/" + "a" * 250 + ".png": b"x"},  # longer than a file system allows
    {"content/" + "/".join(["d"] * 400) + "/a.png": b"x"},  # longer than a bucket key
])
def test_names_storage_cannot_write_are_refused_before_storing(extra):
    files = {**manifests(), **extra}
    with pytest.raises(PackageRejected) as rejected:
        validate_package(io.BytesIO(package_bytes(files)), installed=set())
    assert rejected.value.code == "unsafe_path"


@pytest.mark.parametrize("version", [2**31, 10**40, -1, True, "1e3", 1.5e300],
                         ids=["2^31", "10^40", "negative", "boolean", "exponent", "huge-float"])
def test_versions_the_database_cannot_hold_are_refused(version):
    """PostgreSQL's integer (PositiveIntegerField) ends at 2^31 - 1: a larger version is a
    refusal at upload, not a DataError when the library is stored."""
    files = manifests()
    files["h5p.json"]["preloadedDependencies"][0]["majorVersion"] = version
    with pytest.raises(PackageRejected) as rejected:
        validate_package(io.BytesIO(package_bytes(files)), installed=set())
    assert rejected.value.code == "bad_metadata"
    files = manifests()
    files["Basira.Probe-1.0/library.json"]["patchVersion"] = version
    with pytest.raises(PackageRejected) as rejected:
        validate_package(io.BytesIO(package_bytes(files)), installed=set())
    assert rejected.value.code == "bad_library"
