#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""PyTorch's CPU value+gradient throughput, in the layout of bench_activations.

A comparison script only, not a dependency of the project. Run it with Debian's python3-torch:
    /usr/bin/python3 bench/pytorch/bench_activations_torch.py [elements] [repetitions]
(defaults 1048576 and 9). One thread (torch.set_num_threads(1)), inputs uniform on [-8, 8].
For each activation two ways are timed and the faster is reported:
  autograd: y = f(x); g = torch.autograd.grad(y, x, ones)   (forward kernel + backward kernel)
  ops:      y = f(x); g = torch.ops.aten.<f>_backward(ones, ...)  (the same two kernels, no graph)
Both compute the value and dy/dx for an upstream gradient of ones, what a network's training step
needs. step (torch.heaviside) has no gradient in PyTorch: its figure is the value alone.
"""

import statistics
import sys
import time

import torch
import torch.nn.functional as F

aten = torch.ops.aten


def median_seconds(fn, repetitions):
    fn()  # warm-up: allocate and page in
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cases():
    """(label, forward f(x), ops(x, ones) -> (y, g) or None)."""
    w = torch.tensor([0.25])

    def pair(fwd, bwd):
        return lambda x, go: (lambda y: (y, bwd(go, x, y)))(fwd(x))

    return [
        ("relu", F.relu, pair(F.relu, lambda go, x, y: aten.threshold_backward(go, y, 0))),
        ("relu6", F.relu6, pair(F.relu6, lambda go, x, y: aten.hardtanh_backward(go, x, 0.0, 6.0))),
        ("leaky_relu", F.leaky_relu,
         pair(F.leaky_relu, lambda go, x, y: aten.leaky_relu_backward(go, x, 0.01, False))),
        ("prelu", lambda x: F.prelu(x, w.to(x.dtype)), None),
        ("rrelu", lambda x: F.rrelu(x, training=False),
         pair(lambda x: F.rrelu(x, training=False),
              lambda go, x, y: aten.leaky_relu_backward(go, x, (1 / 8 + 1 / 3) / 2, False))),
        ("elu", F.elu, pair(F.elu, lambda go, x, y: aten.elu_backward(go, 1.0, 1.0, 1.0, False, x))),
        ("celu", F.celu, None),
        ("selu", F.selu, None),
        ("gelu", F.gelu, pair(F.gelu, lambda go, x, y: aten.gelu_backward(go, x))),
        ("silu", F.silu, pair(F.silu, lambda go, x, y: aten.silu_backward(go, x))),
        ("mish", F.mish, pair(F.mish, lambda go, x, y: aten.mish_backward(go, x))),
        ("softplus", F.softplus,
         pair(F.softplus, lambda go, x, y: aten.softplus_backward(go, x, 1.0, 20.0))),
        ("sigmoid", torch.sigmoid, pair(torch.sigmoid, lambda go, x, y: aten.sigmoid_backward(go, y))),
        ("tanh", torch.tanh, pair(torch.tanh, lambda go, x, y: aten.tanh_backward(go, y))),
        ("softsign", F.softsign, None),
        ("logsigmoid", F.logsigmoid,
         lambda x, go: (lambda yb: (yb[0], aten.log_sigmoid_backward(go, x, yb[1])))(
             aten.log_sigmoid_forward(x))),
        ("hardtanh", F.hardtanh,
         pair(F.hardtanh, lambda go, x, y: aten.hardtanh_backward(go, x, -1.0, 1.0))),
        ("hardsigmoid", F.hardsigmoid,
         pair(F.hardsigmoid, lambda go, x, y: aten.hardsigmoid_backward(go, x))),
        ("hardswish", F.hardswish,
         pair(F.hardswish, lambda go, x, y: aten.hardswish_backward(go, x))),
        ("tanhshrink", F.tanhshrink, None),
        ("hardshrink", F.hardshrink,
         pair(F.hardshrink, lambda go, x, y: aten.hardshrink_backward(go, x, 0.5))),
        ("softshrink", F.softshrink,
         pair(F.softshrink, lambda go, x, y: aten.softshrink_backward(go, x, 0.5))),
        ("threshold", lambda x: F.threshold(x, 0.0, 0.0),
         pair(lambda x: F.threshold(x, 0.0, 0.0),
              lambda go, x, y: aten.threshold_backward(go, x, 0.0))),
        ("identity", lambda x: x.clone(), lambda x, go: (x.clone(), go.clone())),
        ("step", None, None),
        ("gelu(tanh)", lambda x: F.gelu(x, approximate="tanh"),
         pair(lambda x: F.gelu(x, approximate="tanh"),
              lambda go, x, y: aten.gelu_backward(go, x, approximate="tanh"))),
    ]


def throughput(label, fwd, ops, x, repetitions):
    ones = torch.ones_like(x)
    if fwd is None:  # step: value only
        half = torch.tensor(0.5, dtype=x.dtype)
        return x.numel() / median_seconds(lambda: torch.heaviside(x, half), repetitions)
    best = float("inf")
    xg = x.detach().clone().requires_grad_(True)

    def autograd_pass():
        y = fwd(xg)
        return torch.autograd.grad(y, xg, ones)

    best = min(best, median_seconds(autograd_pass, repetitions))
    if ops is not None:
        with torch.no_grad():
            best = min(best, median_seconds(lambda: ops(x, ones), repetitions))
    return x.numel() / best


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1 << 20
    repetitions = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    torch.set_num_threads(1)
    generator = torch.Generator().manual_seed(2026)
    xd = torch.rand(n, dtype=torch.float64, generator=generator) * 16.0 - 8.0
    xf = xd.to(torch.float32)

    print(f"PyTorch {torch.__version__}, 1 thread")
    print(f"value+gradient throughput, {n} elements, median of {repetitions} runs (Melem/s)")
    print(f"{'activation':<22} {'float32':>12} {'float64':>12}")
    copy_f = n / median_seconds(lambda: (xf.clone(), xf.clone()), repetitions)
    copy_d = n / median_seconds(lambda: (xd.clone(), xd.clone()), repetitions)
    print(f"{'(clone x twice)':<22} {copy_f / 1e6:12.1f} {copy_d / 1e6:12.1f}")
    for label, fwd, ops in cases():
        f32 = throughput(label, fwd, ops, xf, repetitions)
        f64 = throughput(label, fwd, ops, xd, repetitions)
        print(f"{label:<22} {f32 / 1e6:12.1f} {f64 / 1e6:12.1f}", flush=True)


if __name__ == "__main__":
    main()
