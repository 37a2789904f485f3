#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""Validate `relulab train` against PyTorch (torch.optim) from identical weights and data.

Run with Debian's interpreter, which has python3-torch:
    /usr/bin/python3 bench/pytorch/compare_training.py --relulab build/bin/relulab

For every configuration it draws initial weights (nn.Linear's default init, seeded), writes them
as the `--init-weights` JSON ({"layers": [{"weight": [[...]], "bias": [...]}]}, weight out x in),
exports the data as a CSV (`x1,x2,label`, used as given with `--test-fraction 0`), runs the app
and the same network in PyTorch, and compares per epoch: train_loss, train_acc, sparsity_k,
dead_k and gradnorm_k (Frobenius norm of the mean-loss gradient of weight matrix k over the
training set at the model after that epoch; epoch 0 = before training).

Full batch: the two runs must agree step by step (float64: within 1e-9 relative for SGD).
Minibatches: the shuffling order differs, so only the statistics over seeds are compared.
Never part of the test suite: torch is a validation tool, not a project dependency.
"""

import argparse
import csv
import io
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from torch import nn

torch.set_num_threads(1)

# ---------------------------------------------------------------------------------------------
# Data


def moons(n, noise, seed):
    """sklearn's make_moons recipe, standardised per feature (the app uses the CSV as given)."""
    rng = np.random.default_rng(seed)
    n_out = n // 2
    n_in = n - n_out
    t_out = np.linspace(0, math.pi, n_out)
    t_in = np.linspace(0, math.pi, n_in)
    x = np.concatenate([np.stack([np.cos(t_out), np.sin(t_out)], 1),
                        np.stack([1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5], 1)])
    y = np.concatenate([np.zeros(n_out, int), np.ones(n_in, int)])
    x += rng.normal(0.0, noise, x.shape)
    x = (x - x.mean(0)) / x.std(0)
    return x, y


def sine(n, noise, seed):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-math.pi, math.pi, (n, 1))
    y = np.sin(x[:, 0]) + rng.normal(0.0, noise, n)
    return x, y


def write_csv(path, x, y, regression):
    with open(path, "w") as f:
        f.write(",".join(f"x{i + 1}" for i in range(x.shape[1])) + ",label\n")
        for row, target in zip(x, y):
            label = repr(float(target)) if regression else str(int(target))
            f.write(",".join(repr(float(v)) for v in row) + "," + label + "\n")

# ---------------------------------------------------------------------------------------------
# Model


def make_activation(name):
    return {"relu": nn.ReLU, "leaky_relu": lambda: nn.LeakyReLU(0.01), "elu": nn.ELU,
            "gelu": nn.GELU, "prelu": lambda: nn.PReLU(1, 0.25), "sigmoid": nn.Sigmoid,
            "tanh": nn.Tanh, "identity": nn.Identity}[name]()


class Mlp(nn.Module):
    def __init__(self, widths, activations):
        super().__init__()
        self.linears = nn.ModuleList(nn.Linear(widths[i], widths[i + 1])
                                     for i in range(len(widths) - 1))
        self.acts = nn.ModuleList(make_activation(a) for a in activations)

    def forward(self, x):
        hidden = []
        for linear, act in zip(self.linears[:-1], self.acts):
            x = act(linear(x))
            hidden.append(x)
        return self.linears[-1](x), hidden


def data_loss(out, y, regression):
    if regression:
        return nn.functional.mse_loss(out[:, 0], y)
    return nn.functional.cross_entropy(out, y)


def diagnostics(model, x, y, regression):
    """The CLI's columns for the model as it stands (no penalty, no weight decay in gradnorm)."""
    model.zero_grad()
    out, hidden = model(x)
    loss = data_loss(out, y, regression)
    loss.backward()
    row = {"train_loss": loss.item()}
    row["train_acc"] = math.nan if regression else (out.argmax(1) == y).double().mean().item()
    for k, a in enumerate(hidden, 1):
        zero = (a == 0)
        row[f"sparsity_{k}"] = zero.double().mean().item()
        row[f"dead_{k}"] = int(zero.all(0).sum().item())
    for k, linear in enumerate(model.linears, 1):
        row[f"gradnorm_{k}"] = linear.weight.grad.norm().item()
    model.zero_grad()
    return row


def make_optimiser(cfg, params):
    o = cfg["opt"]
    kind = o["kind"]
    wd = o.get("weight_decay", 0.0)
    if kind == "sgd":
        return torch.optim.SGD(params, lr=o["lr"], momentum=o.get("momentum", 0.0),
                               nesterov=o.get("nesterov", False), weight_decay=wd)
    if kind == "adam":
        return torch.optim.Adam(params, lr=o["lr"], weight_decay=wd)
    return torch.optim.RMSprop(params, lr=o["lr"], momentum=o.get("momentum", 0.0),
                               weight_decay=wd)


def run_torch(cfg, widths, weights, x, y, dtype, batch, seed):
    regression = cfg.get("regression", False)
    torch.manual_seed(seed)
    model = Mlp(widths, cfg["activations"]).to(dtype)
    with torch.no_grad():
        for linear, layer in zip(model.linears, weights):
            linear.weight.copy_(torch.tensor(layer["weight"], dtype=dtype))
            linear.bias.copy_(torch.tensor(layer["bias"], dtype=dtype))
    xt = torch.tensor(x, dtype=dtype)
    yt = torch.tensor(y, dtype=dtype) if regression else torch.tensor(y, dtype=torch.long)
    opt = make_optimiser(cfg, model.parameters())
    o = cfg["opt"]
    sched = None
    if o.get("schedule") == "step":
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=o["step_size"], gamma=o["gamma"])
    l1 = cfg.get("activity_l1", 0.0)
    rows = [diagnostics(model, xt, yt, regression)]
    n = len(x)
    for _ in range(cfg["epochs"]):
        order = torch.randperm(n) if 0 < batch < n else torch.arange(n)
        step = batch if 0 < batch < n else n
        for start in range(0, n, step):
            idx = order[start:start + step]
            opt.zero_grad()
            out, hidden = model(xt[idx])
            loss = data_loss(out, yt[idx], regression)
            if l1:
                loss = loss + l1 * sum(a.abs().sum() for a in hidden) / len(idx)
            loss.backward()
            opt.step()
        if sched:
            sched.step()
        rows.append(diagnostics(model, xt, yt, regression))
    return rows

# ---------------------------------------------------------------------------------------------
# The app


def run_app(relulab, cfg, widths, weights_path, csv_path, dtype, batch, seed):
    o = cfg["opt"]
    args = [relulab, "train", "--dataset", csv_path, "--test-fraction", "0",
            "--hidden", ",".join(str(w) for w in widths[1:-1]),
            "--activation", ",".join(cfg["activations"]),
            "--init-weights", weights_path, "--batch", str(batch), "--dtype", dtype,
            "--epochs", str(cfg["epochs"]), "--seed", str(seed),
            "--optimizer", o["kind"], "--lr", repr(o["lr"])]
    if o.get("momentum"):
        args += ["--momentum", repr(o["momentum"])]
    if o.get("nesterov"):
        args += ["--nesterov"]
    if o.get("weight_decay"):
        args += ["--weight-decay", repr(o["weight_decay"])]
    if o.get("schedule") == "step":
        args += ["--schedule", "step", "--step-size", str(o["step_size"]),
                 "--gamma", repr(o["gamma"])]
    if cfg.get("activity_l1"):
        args += ["--activity-l1", repr(cfg["activity_l1"])]
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"relulab failed ({done.returncode}): {' '.join(args)}\n{done.stderr}")
    rows = []
    for record in csv.DictReader(io.StringIO(done.stdout)):
        rows.append({k: float(v) for k, v in record.items()})
    return rows

# ---------------------------------------------------------------------------------------------
# Comparison


def relative(a, b, floor):
    if math.isnan(a) and math.isnan(b):
        return 0.0
    return abs(a - b) / max(abs(b), floor)


def compare(app_rows, torch_rows):
    """Worst relative difference per column family, and the epoch where it happened.
    Losses and accuracies are compared relatively; gradient norms with a floor of 1e-12 (dead
    layers have exactly zero gradient); sparsity as an absolute difference; dead as a count."""
    worst = {"loss": (0.0, 0), "acc": (0.0, 0), "sparsity": (0.0, 0), "dead": (0.0, 0),
             "gradnorm": (0.0, 0)}
    for epoch, (a, t) in enumerate(zip(app_rows, torch_rows)):
        for key, ref in t.items():
            family = key.split("_")[0] if not key.startswith("train_") else key[6:]
            if family == "loss":
                d = relative(a[key], ref, 1e-300)
            elif family == "acc":
                d = relative(a[key], ref, 1e-300)
            elif family == "gradnorm":
                d = relative(a[key], ref, 1e-12)
            else:
                d = abs(a[key] - ref)
            if d > worst[family][0]:
                worst[family] = (d, epoch)
    return worst


def lecun_uniform_weights(widths, seed):
    """nn.Linear's default init, drawn by torch from `seed`, as the JSON the app reads."""
    torch.manual_seed(seed)
    layers = []
    for i in range(len(widths) - 1):
        linear = nn.Linear(widths[i], widths[i + 1]).double()
        layers.append({"weight": linear.weight.tolist(), "bias": linear.bias.tolist()})
    return layers


def configurations(epochs):
    moons_net = [2, 16, 16, 2]
    sgd = {"kind": "sgd", "lr": 0.1}
    base = {"widths": moons_net, "epochs": epochs, "opt": sgd}
    cfgs = [
        ("relu sgd", {"activations": ["relu", "relu"]}),
        ("leaky_relu sgd", {"activations": ["leaky_relu", "leaky_relu"]}),
        ("elu sgd", {"activations": ["elu", "elu"]}),
        ("gelu sgd", {"activations": ["gelu", "gelu"]}),
        ("prelu sgd", {"activations": ["prelu", "prelu"]}),
        ("sigmoid,tanh sgd", {"activations": ["sigmoid", "tanh"]}),
        ("sine mse tanh sgd", {"activations": ["tanh", "tanh"], "widths": [1, 16, 16, 1],
                               "regression": True, "opt": {"kind": "sgd", "lr": 0.05}}),
        ("relu sgd+momentum", {"activations": ["relu", "relu"],
                               "opt": {"kind": "sgd", "lr": 0.05, "momentum": 0.9}}),
        ("relu nesterov", {"activations": ["relu", "relu"],
                           "opt": {"kind": "sgd", "lr": 0.05, "momentum": 0.9, "nesterov": True}}),
        ("relu adam", {"activations": ["relu", "relu"], "opt": {"kind": "adam", "lr": 0.01}}),
        ("relu rmsprop", {"activations": ["relu", "relu"], "opt": {"kind": "rmsprop", "lr": 0.01}}),
        ("relu rmsprop+mom", {"activations": ["relu", "relu"],
                              "opt": {"kind": "rmsprop", "lr": 0.005, "momentum": 0.5}}),
        ("relu sgd wd", {"activations": ["relu", "relu"],
                         "opt": {"kind": "sgd", "lr": 0.1, "momentum": 0.5,
                                 "weight_decay": 1e-2}}),
        ("relu adam wd", {"activations": ["relu", "relu"],
                          "opt": {"kind": "adam", "lr": 0.01, "weight_decay": 1e-2}}),
        ("relu sgd step", {"activations": ["relu", "relu"],
                           "opt": {"kind": "sgd", "lr": 0.5, "schedule": "step",
                                   "step_size": 10, "gamma": 0.5}}),
        ("relu sgd activity-l1", {"activations": ["relu", "relu"], "activity_l1": 0.01}),
        ("prelu adam activity-l1", {"activations": ["prelu", "relu"], "activity_l1": 0.01,
                                    "opt": {"kind": "adam", "lr": 0.01}}),
    ]
    result = []
    for name, extra in cfgs:
        cfg = dict(base)
        cfg.update(extra)
        result.append((name, cfg))
    return result


def prepare(tmp, name, cfg, seed, samples):
    regression = cfg.get("regression", False)
    x, y = sine(samples, 0.1, seed) if regression else moons(samples, 0.1, seed)
    stem = os.path.join(tmp, name.replace(" ", "_").replace(",", "_").replace("+", "_"))
    csv_path = stem + f"_{seed}.csv"
    write_csv(csv_path, x, y, regression)
    weights = lecun_uniform_weights(cfg["widths"], 1000 + seed)
    weights_path = stem + f"_{seed}_w.json"
    with open(weights_path, "w") as f:
        json.dump({"layers": weights}, f)
    return x, y, weights, weights_path, csv_path


def fmt(value):
    return f"{value[0]:9.2e}@{value[1]:<3d}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--relulab", default=os.environ.get("RELULAB", "build/bin/relulab"))
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seeds", type=int, default=5, help="seeds for the minibatch statistics")
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        header = (f"{'configuration':26s} {'dtype':5s} {'loss':>13s} {'acc':>13s} "
                  f"{'sparsity':>13s} {'dead':>13s} {'gradnorm':>13s}")
        print("Full batch, per epoch, worst |app - torch| / |torch| (sparsity: absolute, dead: "
              "units) @ epoch")
        print(header)
        for name, cfg in configurations(args.epochs):
            for dtype, torch_dtype in (("f64", torch.float64), ("f32", torch.float32)):
                x, y, weights, wpath, cpath = prepare(tmp, name, cfg, 1, args.samples)
                app = run_app(args.relulab, cfg, cfg["widths"], wpath, cpath, dtype, 0, 1)
                ref = run_torch(cfg, cfg["widths"], weights, x, y, torch_dtype, 0, 1)
                worst = compare(app, ref)
                line = (f"{name:26s} {dtype:5s} " + " ".join(fmt(worst[k]) for k in
                        ("loss", "acc", "sparsity", "dead", "gradnorm")))
                strict = dtype == "f64" and cfg["opt"]["kind"] == "sgd"
                bound = 1e-9 if strict else (1e-6 if dtype == "f64" else 1e-2)
                if worst["loss"][0] > bound:
                    failures += 1
                    line += f"   FAIL (> {bound:g})"
                print(line, flush=True)

        print("\nMinibatch 32 (shuffling differs): final epoch, mean ± sd over "
              f"{args.seeds} seeds")
        print(f"{'configuration':26s} {'app loss':>18s} {'torch loss':>18s} "
              f"{'app acc':>16s} {'torch acc':>16s}")
        for name, cfg in configurations(args.epochs):
            if name not in ("relu sgd", "relu adam", "elu sgd", "sine mse tanh sgd"):
                continue
            finals = {"app": [], "torch": []}
            for seed in range(1, args.seeds + 1):
                x, y, weights, wpath, cpath = prepare(tmp, name, cfg, seed, args.samples)
                app = run_app(args.relulab, cfg, cfg["widths"], wpath, cpath, "f32", 32, seed)
                ref = run_torch(cfg, cfg["widths"], weights, x, y, torch.float32, 32, seed)
                finals["app"].append((app[-1]["train_loss"], app[-1]["train_acc"]))
                finals["torch"].append((ref[-1]["train_loss"], ref[-1]["train_acc"]))
            a = np.array(finals["app"])
            t = np.array(finals["torch"])
            print(f"{name:26s} {a[:, 0].mean():9.4f} ± {a[:, 0].std():6.4f} "
                  f"{t[:, 0].mean():9.4f} ± {t[:, 0].std():6.4f} "
                  f"{a[:, 1].mean():8.4f} ± {a[:, 1].std():5.3f} "
                  f"{t[:, 1].mean():8.4f} ± {t[:, 1].std():5.3f}", flush=True)
    print(f"\n{failures} configuration(s) outside their bound")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
