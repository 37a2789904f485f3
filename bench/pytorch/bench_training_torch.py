#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# PyTorch's side of bench/bench_training.cpp: training throughput in samples per second for the
# same networks and data shapes (float32, SGD lr 0.1, ReLU, He init, one thread), each with
# batch 32 and full batch. Run with Debian's python3-torch:
#   /usr/bin/python3 bench/pytorch/bench_training_torch.py [seconds per case]
import math
import sys
import time

import torch

torch.set_num_threads(1)
torch.manual_seed(1)


def moons(n):
    t = torch.rand(n) * math.pi
    half = n // 2
    x = torch.empty(n, 2)
    x[:half, 0], x[:half, 1] = torch.cos(t[:half]), torch.sin(t[:half])
    x[half:, 0], x[half:, 1] = 1 - torch.cos(t[half:]), 0.5 - torch.sin(t[half:])
    x += 0.1 * torch.randn(n, 2)
    y = torch.cat([torch.zeros(half, dtype=torch.long), torch.ones(n - half, dtype=torch.long)])
    return x, y


def network(sizes):
    layers = []
    for i in range(len(sizes) - 1):
        linear = torch.nn.Linear(sizes[i], sizes[i + 1])
        torch.nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
        torch.nn.init.zeros_(linear.bias)
        layers.append(linear)
        if i < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers)


def throughput(sizes, x, y, batch, seconds):
    model = network(sizes)
    optimiser = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = torch.nn.CrossEntropyLoss()
    n = x.shape[0]
    batch = n if batch == 0 else batch
    samples = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        order = torch.randperm(n)
        for first in range(0, n, batch):
            index = order[first:first + batch]
            optimiser.zero_grad(set_to_none=True)
            loss = loss_fn(model(x[index]), y[index])
            loss.backward()
            optimiser.step()
            samples += index.numel()
    return samples / (time.perf_counter() - start)


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    x_moons, y_moons = moons(1000)
    x_moons, y_moons = x_moons[:750], y_moons[:750]
    x_digits = torch.rand(1797, 64)
    y_digits = torch.randint(0, 10, (1797,))
    print(f"PyTorch {torch.__version__}, 1 thread, float32, SGD, samples/s")
    print(f"{'network':<28}{'batch 32':>14}{'full batch':>14}")
    for name, sizes, x, y in (("2-64-64-2 moons", [2, 64, 64, 2], x_moons, y_moons),
                              ("64-256-256-10 digits-like", [64, 256, 256, 10], x_digits, y_digits)):
        small = throughput(sizes, x, y, 32, seconds)
        full = throughput(sizes, x, y, 0, seconds)
        print(f"{name:<28}{small:>14.0f}{full:>14.0f}")


if __name__ == "__main__":
    main()
