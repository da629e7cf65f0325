"""Settings of the quizzes app, with their defaults in one place; read lazily.

A project overrides any of them with the same name prefixed by ``QUIZZES_`` in its
settings. Read them as ``conf.MAX_TEXT_ANSWER`` (``from quizzes import conf``;
literacy.app_settings); ``app_settings`` is the same object.
"""

from literacy.app_settings import AppSettings

MB = 1024 * 1024

DEFAULTS = {
    # A quiz form larger than this (bytes of the POST body) is refused by the submission
    # view; bodies over LITERACY_REQUEST_BODY_LIMIT are refused before parsing.
    "MAX_PAYLOAD_BYTES": 64 * 1024,
    # Longest accepted short-text answer (characters).
    "MAX_TEXT_ANSWER": 200,
    # Seconds accepted after a time limit, for the network and a slow phone.
    "TIME_LIMIT_GRACE_SECONDS": 30,
    # The separate origin (scheme://host[:port]) that serves H5P package files and the
    # player frame. Empty: H5P activities are not played at all (never on the site origin).
    "H5P_ORIGIN": "",
    # Upload and archive limits, checked on the ZIP's central directory before anything
    # is decompressed, then again by pyh5p while reading.
    "H5P_MAX_UPLOAD_BYTES": 50 * MB,
    "H5P_MAX_TOTAL_BYTES": 150 * MB,
    "H5P_MAX_FILE_BYTES": 50 * MB,
    "H5P_MAX_FILES": 3000,
    "H5P_MAX_COMPRESSION_RATIO": 100.0,
    # Packages larger than this (bytes) are imported by the background worker when the
    # site has one (quizzes/h5p/imports.py); smaller ones, and all without a worker, in
    # the editor's request.
    "H5P_WORKER_BYTES": 2 * MB,
    # Where package files live: an alias of settings.STORAGES (a private bucket in
    # production); when absent, a file-system storage outside MEDIA_URL.
    "H5P_STORAGE_ALIAS": "h5p",
    "H5P_FILES_ROOT": None,
    # Lifetime in seconds of the signed URLs of the player and its package files.
    "H5P_URL_MAX_AGE": 6 * 3600,
    # Learner state: autosave period (seconds) and the largest state accepted.
    "H5P_SAVE_FREQ": 30,
    "H5P_STATE_MAX_BYTES": 64 * 1024,
    # Seconds the lesson page waits for an activity to say it loaded before telling the
    # learner it could not be loaded (a missing library script makes the player wait
    # forever); counted from when the frame comes near the screen.
    "H5P_LOAD_TIMEOUT_SECONDS": 20,
    # Largest xAPI statement accepted by the results endpoint.
    "H5P_STATEMENT_MAX_BYTES": 64 * 1024,
}


app_settings = AppSettings("QUIZZES", DEFAULTS)
__getattr__ = app_settings.module_getattr
