"""Writing the languages side by side: jobs in this process and in forked children, from one model."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .mapsvg import LayoutHandover
from .output import Output, WriteFailed

logger = logging.getLogger(__name__)


def write_in_parallel(
    output: Output,
    here: list[Callable[[], Any]],
    elsewhere: list[tuple[list[Callable[[], Any]], str]],
    layout: LayoutHandover | None,
) -> None:
    """Run the jobs ``here`` in this process and each group of ``elsewhere`` in a forked child.

    Both languages are rendered from the same model: a child writes the other languages'
    pages (and the captures) while this process writes the first's; another writes the data
    files, so that the end of the build does not wait for them in one process.
    """
    # The map's layout is the same in every language: the last child computes it first and
    # hands it to the others, who need it only halfway through their pages.
    if layout is not None:
        elsewhere[-1][0].insert(0, layout.send)
    children = []
    for number, (jobs, what) in enumerate(elsewhere):
        handover = output.hand_over_file()
        child = os.fork()
        if child == 0:
            status = 1
            try:
                if layout is not None and number < len(elsewhere) - 1:
                    layout.expect(number + 1)
                for job in jobs:
                    job()
                output.hand_over(handover)
                status = 0
            except SystemExit:
                pass  # a stop (a file that cannot be written): its message is out already
            except BaseException:
                logger.exception("Writing the %s failed", what)
            finally:
                os._exit(status)
        children.append((child, handover, what))
    try:
        if layout is not None:
            layout.expect(0)
        for job in here:
            job()
    finally:
        failed = []
        for child, handover, what in children:
            _pid, status = os.waitpid(child, 0)
            if os.waitstatus_to_exitcode(status) == 0:
                output.take_over(handover)
            else:
                Path(handover).unlink(missing_ok=True)
                failed.append(what)
        if layout is not None:
            layout.close()
    if failed:
        logger.critical("The build stopped: writing the %s failed (see the messages above)", " and the ".join(failed))
        raise WriteFailed(1)
