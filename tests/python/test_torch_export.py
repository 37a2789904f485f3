#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""relulab export-pytorch: the exported script trains identically. For each configuration the
rows of `relulab train` and of the exported script (run in this process, torch imported once)
are compared over 20 epochs: in float64 losses within 1e-10 relative and identical sparsity and
dead counts; in float32 losses within 1e-3 relative and dead counts within one unit per layer.
RReLU random in training (PyTorch draws its slopes itself): the same columns, the same epoch-0
row and a warning only.
The largest differences measured are printed."""

import importlib.util
import io
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relulabtest import arguments, check, finish, run_relulab  # noqa: E402

import torch  # noqa: E402,F401  (imported once; every script below uses it)

COMMON = ["--samples", "160", "--hidden", "12,10", "--epochs", "20", "--seed", "3"]

CONFIGS = [
    ("sgd_relu_f64", ["--optimizer", "sgd", "--lr", "0.1", "--dtype", "f64"]),
    ("sgd_momentum_leaky_f64", ["--optimizer", "sgd", "--momentum", "0.9", "--lr", "0.05",
                                "--activation", "leaky_relu", "--param", "negative_slope=0.1",
                                "--dtype", "f64"]),
    ("sgd_nesterov_elu_step_f64", ["--optimizer", "sgd", "--momentum", "0.9", "--nesterov",
                                   "--lr", "0.05", "--activation", "elu", "--schedule", "step",
                                   "--step-size", "5", "--gamma", "0.5", "--dtype", "f64"]),
    ("adam_gelu_cosine_f64", ["--optimizer", "adam", "--lr", "0.01", "--activation", "gelu",
                              "--schedule", "cosine", "--dtype", "f64"]),
    ("rmsprop_tanh_fullbatch_f64", ["--optimizer", "rmsprop", "--lr", "0.01", "--activation",
                                    "tanh", "--batch", "0", "--dtype", "f64"]),
    ("rmsprop_momentum_sigmoid_f64", ["--optimizer", "rmsprop", "--momentum", "0.5", "--lr",
                                      "0.005", "--activation", "sigmoid", "--dtype", "f64"]),
    ("adam_prelu_layer_f64", ["--optimizer", "adam", "--lr", "0.01", "--activation", "prelu",
                              "--dtype", "f64"]),
    ("sgd_prelu_unit_wd_f64", ["--optimizer", "sgd", "--lr", "0.1", "--activation", "prelu",
                               "--prelu-mode", "per_unit", "--weight-decay", "0.01",
                               "--dtype", "f64"]),
    ("sgd_relu_l1_f64", ["--optimizer", "sgd", "--lr", "0.1", "--activity-l1", "0.01",
                         "--dtype", "f64"]),
    ("adam_mixed_blobs_f64", ["--dataset", "blobs", "--classes", "3", "--optimizer", "adam",
                              "--lr", "0.01", "--activation", "relu,tanh", "--dtype", "f64"]),
    ("regression_sine_adam_f64", ["--dataset", "sine", "--optimizer", "adam", "--lr", "0.01",
                                  "--activation", "tanh", "--dtype", "f64"]),
    ("sgd_hardtanh_f64", ["--optimizer", "sgd", "--lr", "0.1", "--activation", "hardtanh",
                          "--param", "min_val=-0.5", "--param", "max_val=0.8", "--dtype", "f64"]),
    ("adam_hardswish_f64", ["--optimizer", "adam", "--lr", "0.01", "--activation", "hardswish",
                            "--dtype", "f64"]),
    ("sgd_momentum_logsigmoid_f64", ["--optimizer", "sgd", "--momentum", "0.9", "--lr", "0.05",
                                     "--activation", "logsigmoid", "--dtype", "f64"]),
    ("adam_softshrink_f64", ["--optimizer", "adam", "--lr", "0.01", "--activation",
                             "softshrink", "--param", "lambd=0.2", "--dtype", "f64"]),
    # RReLU with its "training" flag off is deterministic (nn.RReLU in eval mode).
    ("sgd_rrelu_fixed_f64", ["--optimizer", "sgd", "--lr", "0.1", "--activation", "rrelu",
                             "--param", "training=0", "--dtype", "f64"]),
    ("sgd_relu_f32", ["--optimizer", "sgd", "--lr", "0.1", "--dtype", "f32"]),
    ("adam_prelu_step_f32", ["--optimizer", "adam", "--lr", "0.01", "--activation", "prelu",
                             "--schedule", "step", "--step-size", "7", "--dtype", "f32"]),
    ("rmsprop_cosine_fullbatch_l1_f32", ["--optimizer", "rmsprop", "--lr", "0.01", "--schedule",
                                         "cosine", "--batch", "0", "--activity-l1", "0.01",
                                         "--activation", "leaky_relu", "--dtype", "f32"]),
    ("sgd_nesterov_sigmoid_f32", ["--optimizer", "sgd", "--momentum", "0.9", "--nesterov",
                                  "--lr", "0.05", "--activation", "sigmoid", "--dtype", "f32"]),
    ("regression_sine_sgd_f32", ["--dataset", "sine", "--optimizer", "sgd", "--lr", "0.01",
                                 "--momentum", "0.9", "--activation", "elu", "--dtype", "f32"]),
]


def run_script(path, name):
    """Imports an exported script as a module and runs its main(): the CSV lines it prints."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    module.main(out=out)
    return out.getvalue().strip().split("\n")


def parse(lines):
    header = lines[0].split(",")
    return header, [dict(zip(header, line.split(","))) for line in lines[1:] if line]


def relative(a, b):
    a, b = float(a), float(b)
    if math.isnan(a) and math.isnan(b):
        return 0.0
    return abs(a - b) / max(abs(a), abs(b), 1e-300)


def compare(name, app_text, script_rows, f64, worst):
    app_header, app = parse(app_text.strip().split("\n"))
    script_header, script = parse(script_rows)
    if not check(app_header == script_header, f"{name}: header {script_header} != {app_header}"):
        return
    if not check(len(app) == len(script), f"{name}: {len(script)} rows != {len(app)}"):
        return
    loss_tolerance = 1e-10 if f64 else 1e-3
    for mine, theirs in zip(script, app):
        epoch = theirs["epoch"]
        check(mine["epoch"] == epoch, f"{name}: epoch {mine['epoch']} != {epoch}")
        for column in app_header:
            if column in ("train_loss", "test_loss"):
                d = relative(mine[column], theirs[column])
                worst["loss"] = max(worst["loss"], (d, name)) if f64 else worst["loss"]
                worst["loss32"] = max(worst["loss32"], (d, name)) if not f64 else worst["loss32"]
                check(d <= loss_tolerance, f"{name} epoch {epoch} {column}: {mine[column]} vs "
                      f"{theirs[column]} (relative {d:.3g})")
            elif column.startswith("gradnorm_"):
                d = relative(mine[column], theirs[column])
                key = "grad" if f64 else "grad32"
                worst[key] = max(worst[key], (d, name))
            elif column.startswith("dead_") or column.startswith("inactive_"):
                difference = abs(int(mine[column]) - int(theirs[column]))
                key = "dead" if f64 else "dead32"
                worst[key] = max(worst[key], (difference, name))
                check(difference == 0 if f64 else difference <= 1,
                      f"{name} epoch {epoch} {column}: {mine[column]} vs {theirs[column]}")
            elif column.startswith("sparsity_") or column.endswith("_acc"):
                d = abs(float(mine[column]) - float(theirs[column])) \
                    if mine[column] != "nan" or theirs[column] != "nan" else 0.0
                key = "sparsity" if f64 else "sparsity32"
                worst[key] = max(worst[key], (d, name))
                if f64:
                    check(d == 0, f"{name} epoch {epoch} {column}: {mine[column]} vs "
                          f"{theirs[column]}")
            elif column == "learning_rate":
                check(relative(mine[column], theirs[column]) <= 1e-15,
                      f"{name} epoch {epoch} learning_rate: {mine[column]} vs {theirs[column]}")


def main():
    args = arguments(__doc__)
    torch.set_num_threads(1)
    worst = {key: (0.0, "") for key in ("loss", "grad", "sparsity", "dead", "loss32", "grad32",
                                        "sparsity32", "dead32")}
    csv = os.path.join(args.work_dir, "points.csv")
    with open(csv, "w") as f:
        for i in range(120):
            x, y = math.sin(i * 0.7), math.cos(i * 1.3)
            f.write(f"{x:.6f},{y:.6f},{1 if x * y > 0 else 0}\n")
    configs = CONFIGS + [("csv_adam_f64", ["--dataset", csv, "--optimizer", "adam", "--lr", "0.01",
                                           "--dtype", "f64"])]
    for name, options in configs:
        options = COMMON + options
        script = os.path.join(args.work_dir, name + ".py")
        app = run_relulab(args.relulab, ["train", *options])
        run_relulab(args.relulab, ["export-pytorch", *options, "--out", script])
        compare(name, app, run_script(script, name), "f64" in options, worst)

    # A saved session continues identically: the optimiser's state (Adam's moments and step,
    # the momentum buffers of SGD and RMSprop, PReLU slopes per unit) and the generator's.
    sessions = [
        ("session_adam_f64", ["--optimizer", "adam", "--lr", "0.01"]),
        ("session_sgd_momentum_f64", ["--optimizer", "sgd", "--momentum", "0.9", "--lr", "0.05"]),
        ("session_rmsprop_prelu_unit_f64", ["--optimizer", "rmsprop", "--momentum", "0.5", "--lr",
                                            "0.005", "--activation", "prelu", "--prelu-mode",
                                            "per_unit"]),
    ]
    for name, options in sessions:
        session = os.path.join(args.work_dir, name + ".json")
        first = COMMON[:-4] + ["--epochs", "6", "--seed", "3", "--dtype", "f64", *options]
        run_relulab(args.relulab, ["train", *first, "--save", session])
        more = ["--session", session, "--epochs", "8"]
        app = run_relulab(args.relulab, ["train", *more])
        script = os.path.join(args.work_dir, name + ".py")
        run_relulab(args.relulab, ["export-pytorch", *more, "--out", script])
        compare(name, app, run_script(script, name), True, worst)

    # RReLU random in training: PyTorch draws the slopes itself, so the rows cannot be the lab's;
    # the script runs and prints the same columns, and relulab warns (exit status 0).
    rrelu = COMMON[:-4] + ["--epochs", "3", "--seed", "3", "--activation", "rrelu",
                           "--dtype", "f64"]
    script = os.path.join(args.work_dir, "rrelu.py")
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([args.relulab, "export-pytorch", *rrelu, "--out", script],
                            capture_output=True, text=True, env=env, check=False)
    check(result.returncode == 0, f"rrelu export: exit status {result.returncode}")
    check(result.stderr.count("\n") == 1 and "warning" in result.stderr
          and "RReLU" in result.stderr, f"rrelu export: one warning line, got {result.stderr!r}")
    with open(script, encoding="utf-8") as f:
        check("own generator" in f.read(), "rrelu script: the comment on PyTorch's generator")
    app_header, app = parse(run_relulab(args.relulab, ["train", *rrelu]).strip().split("\n"))
    script_header, mine = parse(run_script(script, "rrelu"))
    check(script_header == app_header, f"rrelu: header {script_header} != {app_header}")
    check(len(mine) == len(app) == 4, f"rrelu: {len(mine)} rows, {len(app)} rows")
    check(all(math.isfinite(float(row["train_loss"])) for row in mine), "rrelu: finite losses")
    # Epoch 0 is evaluated before any random draw, at the fixed slope: the same row.
    check(relative(mine[0]["train_loss"], app[0]["train_loss"]) <= 1e-10,
          f"rrelu epoch 0: {mine[0]['train_loss']} vs {app[0]['train_loss']}")

    # The comments follow --lang; the code does not.
    chinese = os.path.join(args.work_dir, "zh.py")
    run_relulab(args.relulab, ["export-pytorch", *COMMON, "--lang", "zh_CN", "--out", chinese])
    with open(chinese, encoding="utf-8") as f:
        check(any("\u4e00" <= c <= "\u9fff" for c in f.read()), "--lang zh_CN: Chinese comments")

    for key, (value, name) in worst.items():
        print(f"largest difference {key}: {value:.3g} ({name})")
    finish()


main()
