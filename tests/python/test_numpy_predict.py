#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""relulab export-numpy: the exported forward pass predicts what `relulab predict` prints, for
classification and regression, every activation of the catalogue (RReLU at its evaluation slope
(lower + upper)/2), PReLU per layer and per unit: the same classes, and every number within
1e-12 (relative) in float64, 1e-5 in float32 (relative to max(|value|, 1)).
Each script runs in this process (imported as a module)."""

import importlib.util
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relulabtest import arguments, check, finish, run_relulab  # noqa: E402

import numpy as np  # noqa: E402

# Every activation of the catalogue (the Network Lab accepts each as a hidden activation).
ACTIVATIONS = ["identity", "step", "hardtanh", "hardsigmoid", "hardswish", "relu", "relu6",
               "leaky_relu", "prelu", "rrelu", "tanhshrink", "hardshrink", "softshrink",
               "threshold", "sigmoid", "tanh", "softsign", "logsigmoid", "elu", "celu", "selu",
               "gelu", "silu", "mish", "softplus"]

CONFIGS = [(f"{a}_f64", ["--activation", a, "--dtype", "f64"]) for a in ACTIVATIONS] + [
    ("gelu_tanh_f64", ["--activation", "gelu", "--param", "approximate=tanh", "--dtype", "f64"]),
    ("prelu_unit_f64", ["--activation", "prelu", "--prelu-mode", "per_unit", "--dtype", "f64"]),
    ("rrelu_bounds_f64", ["--activation", "rrelu", "--param", "lower=0.05", "--param",
                          "upper=0.4", "--dtype", "f64"]),
    ("hardtanh_wide_f64", ["--activation", "hardtanh", "--param", "min_val=-2", "--param",
                           "max_val=1.5", "--dtype", "f64"]),
    ("softshrink_f64", ["--activation", "softshrink", "--param", "lambd=0.3", "--dtype", "f64"]),
    ("softplus_beta_f64", ["--activation", "softplus", "--param", "beta=2", "--param",
                           "threshold=5", "--dtype", "f64"]),
    ("mixed_f64", ["--activation", "hardswish,logsigmoid", "--dtype", "f64"]),
    ("mixed_blobs_f64", ["--dataset", "blobs", "--activation", "elu,softplus", "--dtype",
                         "f64"]),
    ("sine_f64", ["--dataset", "sine", "--activation", "tanh", "--dtype", "f64"]),
    ("relu_f32", ["--activation", "relu", "--dtype", "f32"]),
    ("sine_gelu_f32", ["--dataset", "sine", "--activation", "gelu", "--dtype", "f32"]),
    ("rrelu_f32", ["--activation", "rrelu", "--dtype", "f32"]),
    ("hardswish_f32", ["--activation", "hardswish", "--dtype", "f32"]),
    ("sine_logsigmoid_f32", ["--dataset", "sine", "--activation", "logsigmoid", "--dtype",
                             "f32"]),
]


def main():
    args = arguments(__doc__)
    rng = np.random.default_rng(7)
    worst = {"f64": (0.0, ""), "f32": (0.0, "")}
    for name, options in CONFIGS:
        session = os.path.join(args.work_dir, name + ".json")
        script = os.path.join(args.work_dir, name + ".py")
        run_relulab(args.relulab, ["train", "--samples", "120", "--hidden", "8,6", "--epochs",
                                   "5", "--lr", "0.05", *options, "--save", session])
        run_relulab(args.relulab, ["export-numpy", "--session", session, "--out", script])
        features = 1 if "sine" in name else 2
        inputs = rng.normal(0.0, 2.0, size=(25, features))
        inputs[0] = 0.0
        text = "\n".join(",".join(repr(float(v)) for v in row) for row in inputs) + "\n"
        app = run_relulab(args.relulab, ["predict", "--session", session], stdin=text)
        spec = importlib.util.spec_from_file_location(name, script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out = io.StringIO()
        module.main(lines=io.StringIO(text), out=out)
        mine = out.getvalue().strip().split("\n")
        theirs = app.strip().split("\n")
        check(mine[0] == theirs[0], f"{name}: header {mine[0]} != {theirs[0]}")
        check(len(mine) == len(theirs) == 26, f"{name}: {len(mine)} rows, {len(theirs)} rows")
        f64 = "f64" in options
        tolerance = 1e-12 if f64 else 1e-5
        key = "f64" if f64 else "f32"
        for a, b in zip(mine[1:], theirs[1:]):
            a, b = a.split(","), b.split(",")
            if theirs[0].startswith("class"):
                check(a[0] == b[0], f"{name}: class {a[0]} != {b[0]}")
                a, b = a[1:], b[1:]
            for x, y in zip(a, b):
                # float32: relative to the value's size, at least 1 (a tiny output of a float32
                # network carries the absolute rounding of the larger numbers it came from).
                scale = abs(float(y)) if f64 else max(abs(float(y)), 1.0)
                d = abs(float(x) - float(y)) / max(scale, 1e-300)
                worst[key] = max(worst[key], (d, name))
                check(d <= tolerance, f"{name}: {x} vs {y} (relative {d:.3g})")
    for key, (value, name) in worst.items():
        print(f"largest relative difference {key}: {value:.3g} ({name})")
    finish()


main()
