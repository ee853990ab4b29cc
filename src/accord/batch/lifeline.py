"""Batch helpers end with the run: workers and Ray processes never outlive a killed ``accord batch``.

A pool worker's parent is the forkserver, not the run, so the kernel's parent-death signal alone
is not enough: each worker also watches the run's process (a pidfd, else polling) and exits when
it ends. A locally started Ray is watched by a small reaper process that, if the run dies without
shutting Ray down, ends every process of that Ray session. SIGTERM in the run is turned into the
same clean stop as Ctrl-C (KeyboardInterrupt), so finished shards and the manifest stay consistent.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

# prctl(2) option: deliver a signal to this process when its parent thread exits (Linux).
PR_SET_PDEATHSIG = 1
# Seconds between checks when the kernel offers no pidfd to wait on.
POLL_SECONDS = 1.0
# Seconds Ray's processes get to stop after SIGTERM before SIGKILL.
GRACE_SECONDS = 5.0
# Seconds between checks whether the signalled processes have gone (they stop within a fraction of one).
REAP_CHECK_SECONDS = 0.1
# Fields of /proc/PID/stat after the command name, counted from 0: state (field 3), parent (4), start time (22).
STAT_STATE, STAT_PARENT, STAT_START_TIME = 0, 1, 19


def _stat_fields(pid: int | str) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (which may hold spaces and parentheses), or None."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def set_parent_death_signal(signum: int = signal.SIGTERM) -> bool:
    """Ask Linux to send ``signum`` to this process when its parent dies; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def is_alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie, dead but not yet reaped, counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    fields = _stat_fields(pid)
    return fields is None or fields[STAT_STATE] != "Z"


def wait_for_exit(pid: int) -> None:
    """Block until ``pid`` has ended."""
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        try:
            select.select([fd], [], [])
        finally:
            os.close(fd)
        return
    while is_alive(pid):
        time.sleep(POLL_SECONDS)


def die_with(pid: int) -> None:
    """In a worker: exit at once when process ``pid`` (the batch run) ends, however it ends."""
    set_parent_death_signal()
    if not is_alive(pid):
        os._exit(1)

    def watch() -> None:
        wait_for_exit(pid)
        os._exit(1)  # nobody is left to read this worker's results

    threading.Thread(target=watch, name="accord-lifeline", daemon=True).start()


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM stops the run like Ctrl-C does (main thread only; else a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def session_processes(marker: str) -> list[int]:
    """Ids of the processes whose command line names ``marker`` (a Ray session directory)."""
    found = []
    needle = marker.encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if needle in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _start_time(pid: int) -> str | None:
    """The start time of ``pid`` (field 22 of /proc/pid/stat): tells a process from a later one reusing its id."""
    fields = _stat_fields(pid)
    return fields[STAT_START_TIME] if fields is not None and len(fields) > STAT_START_TIME else None


def descendants(root: int) -> dict[int, str | None]:
    """The live processes below ``root``, with their start times."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat_fields(entry.name)) is not None:
            with contextlib.suppress(IndexError, ValueError):
                parents[int(entry.name)] = int(fields[STAT_PARENT])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    found.discard(os.getpid())
    return {pid: _start_time(pid) for pid in found}


def reap(parent: int, marker: str) -> None:
    """Wait for ``parent`` to end, then end what it left: the processes last seen below it, and every
    process of the Ray session ``marker`` (Ray's agents rename themselves, so both are needed)."""
    seen = descendants(parent)
    while is_alive(parent):
        seen.update(descendants(parent))  # Ray starts processes all along; re-read while the run lives
        time.sleep(POLL_SECONDS)
    for signum in (signal.SIGTERM, signal.SIGKILL):
        pids = [pid for pid, started in seen.items() if started is not None and _start_time(pid) == started]
        pids += [pid for pid in session_processes(marker) if pid not in seen]
        pids = [pid for pid in pids if is_alive(pid)]
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(OSError):
                os.kill(pid, signum)
        deadline = time.monotonic() + GRACE_SECONDS
        while time.monotonic() < deadline and any(is_alive(pid) for pid in pids):
            time.sleep(REAP_CHECK_SECONDS)


def start_reaper(marker: str) -> subprocess.Popen:
    """A detached reaper of the Ray session ``marker`` for this process (stop it after ``ray.shutdown``)."""
    return subprocess.Popen(
        [sys.executable, "-m", "accord.batch.lifeline", str(os.getpid()), marker],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


if __name__ == "__main__":
    reap(int(sys.argv[1]), sys.argv[2])
