# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
"""Keras is not packaged in Debian 12, so the Keras snippets of `relulab code` cannot run here.
Instead every snippet is parsed as Python and each keras.* call in it is checked against a
table transcribed from Keras 3's documentation (tests/data/keras3-api.txt): the name must exist
and every keyword argument must be one of its parameters; the snippet says this in a comment.
Where a Keras default differs from PyTorch's, the snippet must pass the parameter."""

import ast
import os

from codecases import CASES, snippet
from relulabtest import arguments, check, finish

args = arguments(__doc__)
table_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                          "keras3-api.txt")
table = {}
with open(table_path, encoding="utf-8") as handle:
    for line in handle:
        if line.strip() and not line.startswith("#"):
            name, *params = line.split()
            table[name] = dict(p.split("=", 1) for p in params)


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        prefix = dotted(node.value)
        return prefix + "." + node.attr if prefix else None
    return None


for activation, parameter_sets in CASES.items():
    for params in parameter_sets:
        name = f"{activation} {params}"
        code = snippet(args.relulab, activation, params, "keras")
        check("Keras 3's documentation" in code, f"{name}: the snippet says how it was checked")
        tree = ast.parse(code)
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
        names = [dotted(call.func) for call in calls]
        check(any(n and n.startswith("keras.") for n in names), f"{name}: calls Keras")
        for call, called in zip(calls, names):
            if not called or not called.startswith("keras."):
                continue
            if not check(called in table, f"{name}: {called} is not in Keras 3's API table"):
                continue
            for keyword in call.keywords:
                check(keyword.arg in table[called],
                      f"{name}: {called} has no parameter {keyword.arg}")
            required = [p for p, default in table[called].items() if default == "REQUIRED"]
            given = len(call.args) + len(call.keywords)
            check(given >= len(required), f"{name}: {called} needs {required}")
            # A Keras default that is not PyTorch's must be passed explicitly.
            if called in ("keras.layers.LeakyReLU", "keras.activations.leaky_relu",
                          "keras.activations.gelu"):
                check(len(call.keywords) == 1, f"{name}: {called} passes its parameter")

finish()
