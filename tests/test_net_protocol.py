"""The protocol document matches the models, and every message round-trips through JSON."""

from __future__ import annotations

from game.net.protocol import (
    CLIENT_ADAPTER,
    CLIENT_MESSAGES,
    SERVER_MESSAGES,
    Act,
    Join,
    Refused,
    encode,
    parse_client,
    parse_server,
)
from game.net.protocol_doc import DOC_PATH, document


def test_docs_protocol_md_is_generated_from_the_models() -> None:
    assert DOC_PATH.read_text(encoding="utf-8") == document(), (
        "run `python -m game.net.protocol_doc` to regenerate docs/protocol.md"
    )


def test_every_message_type_is_documented() -> None:
    text = document()
    for model in (*CLIENT_MESSAGES, *SERVER_MESSAGES):
        assert f"`{model.model_fields['type'].default}` — {model.__name__}" in text


def test_client_and_server_messages_round_trip() -> None:
    act = Act(seq=3, action={"kind": "pass", "actor": "ggz"})
    assert parse_client(encode(act)) == act
    assert parse_client(encode(Join(code="ABC", name="Anna"))).type == "join"
    refused = Refused(seq=1, key="net.paused", nl="Stil", en="Paused")
    assert parse_server(encode(refused)) == refused
    assert CLIENT_ADAPTER.validate_json(encode(act)) == act
