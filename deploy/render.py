"""Fill in the placeholders (an upper-case name between two at-signs) of a file in deploy/ and print it; stops when one is left unfilled.

    python deploy/render.py deploy/nginx/basira.conf SERVER_NAME=basira.example \
        LISTEN=80 WEB=127.0.0.1:8000 WS=127.0.0.1:8001 STATIC_ROOT=/srv/basira/static \
        MEDIA_ROOT=/srv/basira/media LOG_DIR=/var/log/nginx DEPLOY_DIR=/srv/basira/deploy \
        > /etc/nginx/sites-available/basira

tests/deploy/test_nginx.py renders the same file for its loopback ports.
"""

import re
import sys
from pathlib import Path

NAME = re.compile(r"@([A-Z_]+)@")


def render(text: str, values: dict[str, str]) -> str:
    missing = sorted(set(NAME.findall(text)) - set(values))
    if missing:
        raise SystemExit(f"deploy/render.py: give a value for {', '.join(missing)}")
    return NAME.sub(lambda match: values[match.group(1)], text)


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    values = dict(item.split("=", 1) for item in argv[1:])
    sys.stdout.write(render(Path(argv[0]).read_text(), values))


if __name__ == "__main__":
    main(sys.argv[1:])
