"""The room served from a child process, so no flood of phones can take the leader's screen's time.

The leader's app starts ``python -m dialog.web.room_process`` and talks to it in
lines of JSON: the child answers ``{"ready": port, "tokens": ...}`` once it is
bound (or ``{"error": key, "params": ...}``), ``refresh`` gets the tokens again
after groups were added, and ``stop`` (or the app's end, which closes the pipe)
closes the room. Phones' answers reach the conference file through the child's
own connection, and the app sees them as it sees any other writer's.

The child writes nothing else anywhere: its error stream is discarded, so no
address or request ever lands in a log.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from dialog.core.access import RoomTokens
from dialog.core.errors import DialogError, as_dialog_error
from dialog.core.room_urls import base_url

START_TIMEOUT = 20.0
"""Seconds to wait for the child to import, open the file and bind."""

REPLY_TIMEOUT = 10.0
"""Seconds to wait for an answer to ``refresh`` or for the child to end after ``stop``."""


class RoomProcess:
    """One open room served by a child process; the same calls as :class:`~dialog.web.room_server.RoomServer`."""

    def __init__(self, path: Path, language: str, host: str, port: int) -> None:
        self.path = path
        self.language = language
        self.host = host
        self.port = port
        self.tokens = RoomTokens("")
        self._child: subprocess.Popen | None = None
        self._replies: queue.Queue[dict | None] = queue.Queue()
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` as phones reach it."""
        return base_url(self.host, self.port)

    def start(self) -> None:
        """Start the child and wait until it serves; raises :class:`DialogError` and leaves nothing running.

        Blocks (the child imports and binds), so call it from a worker thread.
        """
        command = [sys.executable, "-m", "dialog.web.room_process", str(self.path), self.language, self.host,
                   str(self.port)]
        try:
            self._child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
                                           close_fds=True, start_new_session=True)
        except OSError as error:
            raise DialogError("error.server_start", detail=" ".join(str(error).split())[:200]) from None
        threading.Thread(target=self._read, args=(self._child.stdout,), name="dialog-room-replies",
                         daemon=True).start()
        reply = self._reply(START_TIMEOUT)
        if reply is None or "ready" not in reply:
            self._end()
            raise _error_from(reply)
        self.port = int(reply["ready"])
        self.tokens = _tokens_from(reply)

    def _read(self, stream: IO[str]) -> None:
        for text in stream:
            try:
                self._replies.put(json.loads(text))
            except ValueError:
                continue
        self._replies.put(None)  # the child has ended

    def _reply(self, timeout: float) -> dict | None:
        try:
            return self._replies.get(timeout=timeout)
        except queue.Empty:
            return None

    def _send(self, command: str) -> bool:
        child = self._child
        if child is None or child.stdin is None or child.poll() is not None:
            return False
        try:
            child.stdin.write(command + "\n")
            child.stdin.flush()
        except (OSError, ValueError):
            return False
        return True

    def refresh_tokens(self) -> RoomTokens:
        """Give groups added since opening a token too; returns the tokens now accepted."""
        with self._lock:
            if not self._send("refresh"):
                raise DialogError("error.room_gone")
            reply = self._reply(REPLY_TIMEOUT)
            if reply is None or "tokens" not in reply:
                raise _error_from(reply) if reply else DialogError("error.room_gone")
            self.tokens = _tokens_from(reply)
            return self.tokens

    def stop(self) -> None:
        """Close the room: the child refuses everything from the first moment, then ends."""
        with self._lock:
            self._send("stop")
            self._end()

    def _end(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        try:
            if child.stdin is not None:
                child.stdin.close()  # the child also ends when its input ends
        except OSError:
            pass
        try:
            child.wait(timeout=REPLY_TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        return self._child.pid if self._child is not None else None

    @property
    def is_running(self) -> bool:
        """True while the child serves requests."""
        return self._child is not None and self._child.poll() is None


def _tokens_from(reply: dict) -> RoomTokens:
    tokens = reply.get("tokens") or {}
    return RoomTokens(str(tokens.get("evaluation", "")), {str(k): str(v) for k, v in
                                                         (tokens.get("groups") or {}).items()})


def _error_from(reply: dict | None) -> DialogError:
    if not reply or "error" not in reply:
        return DialogError("error.room_no_answer")
    params = reply.get("params")
    return DialogError(str(reply["error"]), **(params if isinstance(params, dict) else {}))


def _say(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _token_message(tokens: RoomTokens) -> dict:
    return {"tokens": {"evaluation": tokens.evaluation, "groups": tokens.groups}}


def serve_from_pipe(path: Path, language: str, host: str, port: int) -> int:
    """The child's side: serve ``path`` until told to stop or until the parent is gone."""
    from dialog.web.room_server import RoomServer

    server = RoomServer(path, language, host, port)
    try:
        server.start()
    except Exception as error:  # noqa: BLE001 - every failure goes back to the app as one named error
        failure = as_dialog_error(error)
        _say({"error": failure.key, "params": {k: str(v) for k, v in failure.params.items()}})
        return 1
    _say({"ready": server.port, **_token_message(server.tokens)})
    try:
        for line in sys.stdin:
            command = line.strip()
            if command == "stop":
                break
            if command == "refresh":
                try:
                    _say(_token_message(server.refresh_tokens()))
                except Exception as error:  # noqa: BLE001 - reported, the room stays open
                    failure = as_dialog_error(error)
                    _say({"error": failure.key, "params": {k: str(v) for k, v in failure.params.items()}})
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    _, file, lang, address, number = sys.argv
    sys.exit(serve_from_pipe(Path(file), lang, address, int(number)))
