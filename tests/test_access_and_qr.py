"""Room tokens (128 bits, one per target) and the printable QR codes."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from dialog.core.access import ensure_room_secret, ensure_tokens, rotate_tokens
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.groups import add_group
from dialog.core.room_urls import base_url
from dialog.export.qr_codes import qr_png
from tests.conftest import tree_digest


@pytest.fixture
def db(tmp_path):
    database = create_conference(tmp_path / "c.dialog.sqlite", ConferenceFacts("Grorud", "2007-04-25"))
    add_group(database, "Gruppe 1")
    yield database
    database.close()


def test_tokens_have_128_bits_and_are_stable_until_rotated(db):
    first = ensure_tokens(db)
    assert len(base64.urlsafe_b64decode(first.evaluation + "==")) == 16
    assert len(first.groups) == 1
    again = ensure_tokens(db)
    assert again == first
    new_group = add_group(db, "Gruppe 2")
    grown = ensure_tokens(db)
    assert grown.evaluation == first.evaluation and set(grown.groups) == set(first.groups) | {new_group}
    rotated = rotate_tokens(db)
    assert rotated.evaluation != first.evaluation
    assert not set(rotated.groups.values()) & set(grown.groups.values())
    all_tokens = [rotated.evaluation, *rotated.groups.values()]
    assert len(set(all_tokens)) == len(all_tokens)


def test_the_room_secret_is_made_once_kept_in_the_file_and_outlives_new_codes(tmp_path):
    path = tmp_path / "c.dialog.sqlite"
    create_conference(path, ConferenceFacts("Grorud", "2007-04-25")).close()
    db = open_conference(path)
    secret = ensure_room_secret(db)
    assert len(bytes.fromhex(secret.decode())) == 32  # 256 random bits
    rotate_tokens(db)
    db.close()
    db = open_conference(path)  # the room closed and opened again, or another program
    try:
        assert ensure_room_secret(db) == secret
        assert db.execute("SELECT count(*) FROM room_secret").fetchone()[0] == 1
    finally:
        db.close()


def test_a_deleted_group_takes_its_token_with_it(db):
    from dialog.core.groups import delete_group

    tokens = ensure_tokens(db)
    group_id = next(iter(tokens.groups))
    delete_group(db, group_id)
    assert db.execute("SELECT count(*) FROM access_token WHERE kind = 'group'").fetchone()[0] == 0


def test_ipv6_addresses_are_bracketed():
    assert base_url("192.0.2.10", 8765) == "http://192.0.2.10:8765"
    assert base_url("fe80::1", 80) == "http://[fe80::1]:80"


def test_qr_command_writes_a_code_per_group_and_the_evaluation(cli, stovner, exports):
    result = cli("qr", str(stovner), "--host", "192.0.2.10", "--port", "8765")
    assert result.code == 0, result.err
    paths = [Path(line) for line in result.out.split()]
    assert [p.name for p in paths] == ["evaluering.png", "gruppe-1.png", "gruppe-2.png", "gruppe-3.png",
                                       "gruppe-4.png", "qr-koder.docx"]
    db = open_conference(stovner)
    tokens = ensure_tokens(db)
    db.close()
    expected = f"http://192.0.2.10:8765/e/{tokens.evaluation}"
    # The PNG is exactly the code for that address, big enough to scan from a distance.
    assert paths[0].read_bytes() == qr_png(expected)
    width, height = Image.open(paths[0]).size
    assert width == height and width >= 400
    document = Document(str(paths[-1]))
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == expected
    assert all(c.startswith("http://192.0.2.10:8765/g/") for c in captions[1:]) and len(captions) == 5
    assert len(document.inline_shapes) == 5


def test_qr_refuses_bad_input_without_writing(cli, tmp_path, stovner, exports):
    before = tree_digest(tmp_path)
    assert cli("qr", str(tmp_path / "none.dialog.sqlite")).code == 2
    result = cli("qr", str(stovner), "--port", "70000")
    assert result.code == 2 and "not a port" in result.err
    assert tree_digest(tmp_path) == before
