# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""What the tests of `relulab code` share: every activation with several parameter values, the
reference points (tests/reference/activations/*_f64.csv plus the kinks of each parameter set),
the snippets as relulab writes them, and f, f' as `relulab eval` computes them.

Tolerance: the reference policy (tests/reference/activations/README.md section 2) for float64,
|a - b| <= 1e-14 + 1e-12 |b|."""

import csv
import glob
import math
import os
import subprocess

from relulabtest import run_relulab

ATOL = 1e-14
RTOL = 1e-12

# Every activation of the catalogue, each with several parameter sets (PyTorch's names).
CASES = {
    "relu": [{}],
    "relu6": [{}],
    "leaky_relu": [{}, {"negative_slope": 0.1}, {"negative_slope": 0.2}, {"negative_slope": 0}],
    "prelu": [{}, {"weight": 0.1}, {"weight": -0.5}],
    "rrelu": [{}, {"lower": 0.1, "upper": 0.3}],
    "elu": [{}, {"alpha": 0.5}, {"alpha": 2.5}],
    "celu": [{}, {"alpha": 2}, {"alpha": 0.3}],
    "selu": [{}],
    "gelu": [{"approximate": "none"}, {"approximate": "tanh"}],
    "silu": [{}],
    "mish": [{}],
    "softplus": [{}, {"beta": 2}, {"beta": 0.5, "threshold": 5}, {"beta": 3, "threshold": 1}],
    "sigmoid": [{}],
    "tanh": [{}],
    "softsign": [{}],
    "logsigmoid": [{}],
    "hardtanh": [{}, {"min_val": -2, "max_val": 2}, {"min_val": 0, "max_val": 6.5}],
    "hardsigmoid": [{}],
    "hardswish": [{}],
    "tanhshrink": [{}],
    "hardshrink": [{}, {"lambd": 0}, {"lambd": 2}],
    "softshrink": [{}, {"lambd": 1.5}],
    "threshold": [{}, {"threshold": 1, "value": -2}],
    "identity": [{}],
    "step": [{}, {"values": 0}, {"values": 1}],
}


def catalogue_ids(relulab):
    """The activation ids relulab knows, from the message naming them."""
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([relulab, "eval", "no_such_activation"], capture_output=True,
                            text=True, env=env, check=False)
    known = result.stderr.split("Known activations:", 1)[1].split("\n", 1)[0]
    return [name.strip().rstrip(".") for name in known.split(",") if name.strip()]


def param_arguments(params):
    arguments = []
    for name, value in params.items():
        arguments += ["--param", f"{name}={value}"]
    return arguments


def reference_points(params):
    """Every finite x of the reference CSVs, and each parameter value with its neighbours (the
    kinks of hardshrink, softshrink, threshold, hardtanh, softplus's threshold/beta)."""
    here = os.path.dirname(os.path.abspath(__file__))
    points = set()
    for path in glob.glob(os.path.join(here, "..", "reference", "activations", "*_f64.csv")):
        with open(path, newline="") as handle:
            for row in csv.DictReader(handle):
                x = float.fromhex(row["x_hex"]) if row["x_hex"] else float(row["x"])
                if math.isfinite(x):
                    points.add(x)
    values = [v for v in params.values() if isinstance(v, (int, float))]
    if "beta" in params or "threshold" in params:
        values.append(params.get("threshold", 20) / params.get("beta", 1))
    for value in values:
        for v in (value, -value):
            points.update({float(v), math.nextafter(v, -math.inf), math.nextafter(v, math.inf)})
    return sorted(points)


def snippet(relulab, activation, params, language):
    return run_relulab(relulab, ["code", activation, *param_arguments(params), "--lang", language])


def evaluate(relulab, activation, params, points):
    """f and f' at the points as `relulab eval` computes them (float64)."""
    text = run_relulab(relulab, ["eval", activation, *param_arguments(params)],
                       stdin="".join(f"{x!r}\n" for x in points))
    rows = list(csv.DictReader(text.splitlines()))
    return [float(r["value"]) for r in rows], [float(r["grad"]) for r in rows]


class Differences:
    """The largest absolute difference seen and where, and the largest share of the tolerance
    used (difference / (ATOL + RTOL |reference|): at most 1 where everything passes)."""

    def __init__(self):
        self.abs = 0.0
        self.share = 0.0
        self.where = ""

    def close(self, got, want, where):
        if math.isnan(want) or math.isnan(got):
            return math.isnan(want) and math.isnan(got)
        if math.isinf(want) or math.isinf(got):
            return got == want
        difference = abs(got - want)
        if difference > self.abs:
            self.abs, self.where = difference, where
        self.share = max(self.share, difference / (ATOL + RTOL * abs(want)))
        return difference <= ATOL + RTOL * abs(want)
