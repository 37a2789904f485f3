# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""What every tests/python/test_*.py shares: its command line (--relulab, --work-dir, as
tests/CMakeLists.txt passes them), running relulab, and failures that name what differed.

A script calls check() for each comparison and finish() at the end; finish() prints
'N passed, N failed' and exits non-zero when anything failed, so ctest sees the result."""

import argparse
import os
import subprocess
import sys

_passed = 0
_failed = 0


def arguments(description, extra=None):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--relulab", required=True, help="the relulab executable under test")
    parser.add_argument("--work-dir", required=True, help="a folder for this test's files")
    if extra:
        extra(parser)
    args = parser.parse_args()
    os.makedirs(args.work_dir, exist_ok=True)
    return args


def run_relulab(relulab, arguments, stdin=None, expect_status=0):
    """Runs relulab with the C locale and returns its standard output as text."""
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([relulab, *arguments], input=stdin, capture_output=True, text=True,
                            env=env, check=False)
    if expect_status is not None and result.returncode != expect_status:
        sys.exit(f"FAIL: relulab {' '.join(arguments)} exited {result.returncode} "
                 f"(expected {expect_status}):\n{result.stderr}")
    return result.stdout


def check(condition, what):
    """Counts one comparison; prints the failed ones (the passed ones only count)."""
    global _passed, _failed
    if condition:
        _passed += 1
    else:
        _failed += 1
        print(f"FAIL: {what}", flush=True)
    return condition


def finish():
    print(f"{_passed} passed, {_failed} failed")
    sys.exit(1 if _failed or not _passed else 0)
