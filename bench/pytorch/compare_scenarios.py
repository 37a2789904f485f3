#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""The classroom scenarios (tests/reference/scenarios.md) in PyTorch and in `relulab scenario`,
side by side, over a few seeds.

    /usr/bin/python3 bench/pytorch/compare_scenarios.py --relulab build/bin/relulab [--seeds 3]

PyTorch uses the settings of scenarios.md (standardised data, He init N(0, 2/fan_in), bias 0
unless stated, softmax cross-entropy, float32); the app runs its own presets with its own data
generator and seed, so the figures agree in effect, not bit for bit. Never part of the tests.
"""

import argparse
import csv
import io
import json
import math
import os
import subprocess
import sys

import numpy as np
import torch
from torch import nn

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
DIGITS = os.path.join(HERE, "..", "..", "resources", "data", "digits.csv")


def standardise(train, test):
    mean = train.mean(0)
    std = train.std(0)
    std[std == 0] = 1.0
    return (train - mean) / std, (test - mean) / std


def split(x, y, test_fraction, seed):
    rng = np.random.default_rng(seed + 7)
    order = rng.permutation(len(x))
    n_test = int(round(test_fraction * len(x)))
    test, train = order[:n_test], order[n_test:]
    xtr, xte = standardise(x[train], x[test])
    return xtr, y[train], xte, y[test]


def moons(seed, n=1000, noise=0.1):
    rng = np.random.default_rng(seed)
    n_out = n // 2
    t_out = np.linspace(0, math.pi, n_out)
    t_in = np.linspace(0, math.pi, n - n_out)
    x = np.concatenate([np.stack([np.cos(t_out), np.sin(t_out)], 1),
                        np.stack([1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5], 1)])
    y = np.concatenate([np.zeros(n_out, int), np.ones(n - n_out, int)])
    return split(x + rng.normal(0.0, noise, x.shape), y, 0.25, seed)


def xor(seed, n=400, noise=0.05):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (n, 2))
    y = ((x[:, 0] > 0) != (x[:, 1] > 0)).astype(int)
    return split(x + rng.normal(0.0, noise, x.shape), y, 0.25, seed)


def digits(seed):
    raw = np.loadtxt(DIGITS, delimiter=",")
    return split(raw[:, :64] / 16.0, raw[:, 64].astype(int), 0.25, seed)


ACTS = {"relu": nn.ReLU, "leaky_relu": lambda: nn.LeakyReLU(0.01), "elu": nn.ELU,
        "sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "identity": nn.Identity}


def build(widths, act, init, hidden_bias):
    layers = []
    for i in range(len(widths) - 1):
        linear = nn.Linear(widths[i], widths[i + 1])
        std = math.sqrt((2.0 if init == "he" else 2.0 / (1 + widths[i + 1] / widths[i]))
                        / widths[i])
        with torch.no_grad():
            linear.weight.normal_(0.0, std)
            hidden = i < len(widths) - 2
            linear.bias.fill_(hidden_bias if hidden else 0.0)
        layers.append(linear)
    return layers, ACTS[act]()


def forward(layers, act, x):
    hidden = []
    for linear in layers[:-1]:
        x = act(linear(x))
        hidden.append(x)
    return layers[-1](x), hidden


def measure(layers, act, x, y):
    with torch.no_grad():
        out, hidden = forward(layers, act, x)
        acc = (out.argmax(1) == y).float().mean().item()
        dead = [(a == 0).all(0).float().mean().item() for a in hidden]
        sparsity = [(a == 0).float().mean().item() for a in hidden]
        loss = nn.functional.cross_entropy(out, y).item()
    return {"acc": acc, "dead": dead, "sparsity": sparsity, "loss": loss}


def train(data, widths, act, init="he", hidden_bias=0.0, opt="sgd", lr=0.1, epochs=10, batch=32,
          l1=0.0, seed=1):
    torch.manual_seed(seed)
    xtr, ytr, xte, yte = (torch.tensor(v, dtype=torch.float32 if v.dtype.kind == "f"
                                       else torch.long) for v in data)
    layers, f = build(widths, act, init, hidden_bias)
    params = [p for layer in layers for p in layer.parameters()]
    optimiser = torch.optim.Adam(params, lr=lr) if opt == "adam" else torch.optim.SGD(params, lr=lr)
    start = measure(layers, f, xtr, ytr)
    for _ in range(epochs):
        order = torch.randperm(len(xtr))
        for s in range(0, len(xtr), batch):
            idx = order[s:s + batch]
            out, hidden = forward(layers, f, xtr[idx])
            loss = nn.functional.cross_entropy(out, ytr[idx])
            if l1:
                loss = loss + l1 * sum(a.abs().sum() for a in hidden) / len(idx)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    end = measure(layers, f, xtr, ytr)
    end["test_acc"] = measure(layers, f, xte, yte)["acc"]
    end["diverged"] = not math.isfinite(end["loss"])
    return start, end


def grad_ratio(data, act, init, seed):
    torch.manual_seed(seed)
    xtr, ytr = torch.tensor(data[0], dtype=torch.float32), torch.tensor(data[1])
    layers, f = build([64] + [64] * 10 + [10], act, init, 0.0)
    out, _ = forward(layers, f, xtr)
    nn.functional.cross_entropy(out, ytr).backward()
    return layers[0].weight.grad.norm().item() / layers[9].weight.grad.norm().item()


def born_dead(data, width, depth, act, draws, seed):
    xtr = torch.tensor(data[0], dtype=torch.float32)
    dead = 0
    for d in range(draws):
        torch.manual_seed(seed * 100003 + d)
        layers, f = build([2] + [width] * depth + [2], act, "he", 0.0)
        with torch.no_grad():
            _, hidden = forward(layers, f, xtr)
        dead += any(bool((a == 0).all()) for a in hidden)
    return dead / draws

# ---------------------------------------------------------------------------------------------


def app_rows(relulab, scenario, seed, contrast=0, epochs=None, extra=()):
    args = [relulab, "scenario", scenario, "--seed", str(seed)]
    if contrast:
        args += ["--contrast", str(contrast)]
    if epochs is not None:
        args += ["--epochs", str(epochs)]
    done = subprocess.run(args + list(extra), capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"relulab failed: {' '.join(args)}\n{done.stderr}")
    return [{k: float(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(done.stdout))]


def col(rows, prefix):
    return [rows[k] for k in sorted((k for k in rows if k.startswith(prefix)),
                                    key=lambda k: int(k.split("_")[1]))]


def mean_sd(values):
    a = np.array(values, dtype=float)
    return f"{a.mean():7.3f} ± {a.std():5.3f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--relulab", default=os.environ.get("RELULAB", "build/bin/relulab"))
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--draws", type=int, default=200)
    args = parser.parse_args()
    seeds = range(1, args.seeds + 1)
    R = args.relulab

    def row(label, torch_values, app_values):
        print(f"  {label:44s} torch {mean_sd(torch_values)}   app {mean_sd(app_values)}",
              flush=True)

    print("1. half_active: sparsity of layers 1, 2 at initialisation (2-64-64-2, He, bias 0)")
    t = [train(moons(s), [2, 64, 64, 2], "relu", epochs=0, seed=s)[0]["sparsity"] for s in seeds]
    a = [col(app_rows(R, "half_active", s, epochs=0)[0], "sparsity_") for s in seeds]
    row("layer 1", [v[0] for v in t], [v[0] for v in a])
    row("layer 2", [v[1] for v in t], [v[1] for v in a])

    print("2. negative_bias: bias -3, SGD 0.1, batch 32, 100 epochs")
    for contrast, act in enumerate(("relu", "leaky_relu", "elu")):
        tt = [train(moons(s), [2, 64, 64, 2], act, hidden_bias=-3.0, epochs=100, seed=s)
              for s in seeds]
        aa = [app_rows(R, "negative_bias", s, contrast) for s in seeds]
        row(f"{act}: layer-1 dead fraction at init", [x[0]["dead"][0] for x in tt],
            [r[0]["dead_1"] / 64 for r in aa])
        row(f"{act}: layer-2 dead fraction at end", [x[1]["dead"][1] for x in tt],
            [r[-1]["dead_2"] / 64 for r in aa])
        row(f"{act}: test accuracy", [x[1]["test_acc"] for x in tt],
            [r[-1]["test_acc"] for r in aa])

    print("3. high_learning_rate: digits 64-128-128-10, Adam 0.1, batch 32, 30 epochs")
    for contrast, act in enumerate(("relu", "leaky_relu")):
        tt = [train(digits(s), [64, 128, 128, 10], act, opt="adam", lr=0.1, epochs=30, seed=s)
              for s in seeds]
        aa = [app_rows(R, "high_learning_rate", s, contrast) for s in seeds]
        row(f"{act}: layer-2 dead fraction", [x[1]["dead"][1] for x in tt],
            [r[-1]["dead_2"] / 128 for r in aa])
        row(f"{act}: test accuracy", [x[1]["test_acc"] for x in tt],
            [r[-1]["test_acc"] for r in aa])

    print(f"4. born_dead: 2-[3x10]-2, He, bias 0, share of {args.draws} inits born dead")
    data = moons(1)
    tb = [born_dead(data, 3, 10, "relu", args.draws, s) for s in seeds]
    ab = []
    for s in seeds:
        dead = 0
        for d in range(args.draws // len(seeds) if len(seeds) > 1 else args.draws):
            r = app_rows(R, "born_dead", s * 1000 + d, epochs=0)[0]
            dead += any(v == 3 for v in col(r, "dead_"))
        ab.append(dead / (args.draws // len(seeds) if len(seeds) > 1 else args.draws))
    row("born-dead fraction", tb, ab)

    print("5. vanishing_gradients: ||dL/dW1|| / ||dL/dW10|| at init, digits 64-[64x10]-10")
    for contrast, (act, init) in enumerate((("sigmoid", "xavier"), ("relu", "he"),
                                            ("tanh", "xavier"))):
        tr = [grad_ratio(digits(s), act, init, s) for s in seeds]
        ar = []
        for s in seeds:
            g = col(app_rows(R, "vanishing_gradients", s, contrast, epochs=0)[0], "gradnorm_")
            ar.append(g[0] / g[9])
        print(f"  {act:44s} torch {np.exp(np.mean(np.log(tr))):9.3g}   "
              f"app {np.exp(np.mean(np.log(ar))):9.3g}  (geometric means)", flush=True)

    print("6. why_nonlinear: XOR, 2-8-8-2, Adam 0.01, 100 epochs, test accuracy")
    for contrast, act in enumerate(("identity", "relu")):
        tt = [train(xor(s), [2, 8, 8, 2], act, opt="adam", lr=0.01, epochs=100, seed=s)[1]
              for s in seeds]
        aa = [app_rows(R, "why_nonlinear", s, contrast)[-1] for s in seeds]
        row(act, [x["test_acc"] for x in tt], [r["test_acc"] for r in aa])

    # scenarios.md's λ 0.1 multiplies each layer's mean |a|; the app's (and train()'s) λ
    # multiplies Σ_units |a| averaged over samples: 0.1 / 256 is the same penalty.
    print("7. sparsity_dial: digits 64-256-256-10, Adam 1e-3, 50 epochs, L1 0.1 per-layer mean")
    tt = [train(digits(s), [64, 256, 256, 10], "relu", opt="adam", lr=1e-3, epochs=50,
                l1=0.1 / 256,
                seed=s)[1] for s in seeds]
    aa = [app_rows(R, "sparsity_dial", s)[-1] for s in seeds]
    row("mean sparsity", [np.mean(x["sparsity"]) for x in tt],
        [np.mean(col(r, "sparsity_")) for r in aa])
    row("test accuracy", [x["test_acc"] for x in tt], [r["test_acc"] for r in aa])
    return 0


if __name__ == "__main__":
    sys.exit(main())
