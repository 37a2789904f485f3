# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# `relulab train --unit L:I`: a hidden unit's own columns (active fraction, pre-activation min,
# mean, max over the training set) against a hand computation on a network with known weights;
# bad L:I values are refused with exit status 2 and a message naming the option. Run by CTest
# with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_unit_columns")
file(MAKE_DIRECTORY "${dir}")
include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

# One feature, x = −1, 1, 2, 4. A 1-3-2 network: unit 1 is z = x − 1.5 (z = −2.5, −0.5, 0.5,
# 2.5: ReLU output non-zero on 2 of 4 samples, mean 0), unit 2 is z = −2x − 1 (z = 1, −3, −5, −9:
# 1 of 4, mean −4), unit 3 is z = 0.5 (always active).
file(WRITE "${dir}/line.csv" "x,label\n-1,0\n1,1\n2,1\n4,1\n")
file(WRITE "${dir}/weights.json" "{\"layers\": [
  {\"weight\": [[1], [-2], [0]], \"bias\": [-1.5, -1, 0.5]},
  {\"weight\": [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], \"bias\": [0, 0]}]}\n")
set(common train --dataset "${dir}/line.csv" --hidden 3 --test-fraction 0 --dtype f64
    --init-weights "${dir}/weights.json")

run_relulab(${common} --epochs 0 --unit 1:1 --unit 1:2)
expect_equal("${status}" "0" "exit status with --unit")
string(REGEX MATCH "^[^\n]*" header "${out}")
expect_equal("${header}" "epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1,dead_1,\
gradnorm_1,gradnorm_2,learning_rate,inactive_1,revived_1,unit_1_1_active,unit_1_1_pre_min,\
unit_1_1_pre_mean,unit_1_1_pre_max,unit_1_2_active,unit_1_2_pre_min,unit_1_2_pre_mean,\
unit_1_2_pre_max" "header with two units")
# The last `count` cells of the row of `epoch` (CMake's regular expressions have no {n}).
function(last_cells out_var text epoch count)
    string(REGEX MATCH "\n${epoch},[^\n]*" row "${text}")
    string(STRIP "${row}" row)
    string(REPLACE "," ";" cells "${row}")
    list(LENGTH cells length)
    math(EXPR first "${length} - ${count}")
    list(SUBLIST cells ${first} ${count} cells)
    list(JOIN cells "," joined)
    set(${out_var} "${joined}" PARENT_SCOPE)
endfunction()
last_cells(cells "${out}" 0 8)
expect_equal("${cells}" "0.5,-2.5,0,2.5,0.25,-9,-4,1" "unit columns of epoch 0")

# The same numbers in JSON; a repeated unit is listed once.
run_relulab(${common} --epochs 0 --unit 1:3 --unit 1:3 --format json)
expect_equal("${status}" "0" "exit status with --unit in JSON")
expect_contains("${out}" "\"units\": [{\"layer\": 1, \"unit\": 3, \"active\": 1, \"pre_min\": 0.5, \
\"pre_mean\": 0.5, \"pre_max\": 0.5}]}" "JSON units")

# One epoch at a learning rate of 1e-30 moves unit 2's weights by far less than an ulp of its
# pre-activations (|z| >= 1), so epoch 1 repeats epoch 0's columns for it exactly.
run_relulab(${common} --epochs 1 --lr 1e-30 --batch 0 --unit 1:2)
expect_contains("${out}" "\n1," "epoch 1 row")
last_cells(cells1 "${out}" 1 4)
expect_equal("${cells1}" "0.25,-9,-4,1" "unit columns of epoch 1")

# Bad values: exit 2, nothing on stdout, the option named.
foreach(bad "0:1" "1:0" "x" "1:2:3" "1:" ":1" "-1:2" "1.5:2")
    run_relulab(${common} --epochs 0 --unit "${bad}")
    expect_equal("${status}" "2" "exit status for --unit ${bad}")
    expect_equal("${out}" "" "stdout for --unit ${bad}")
    expect_contains("${err}" "--unit expects LAYER:UNIT" "message for --unit ${bad}")
endforeach()
# Out of the network's range: the layer or unit is named.
run_relulab(${common} --epochs 0 --unit 2:1)
expect_equal("${status}" "2" "exit status for a missing layer")
expect_contains("${err}" "--unit 2:1: There is no hidden layer 2; the network has 1." "layer")
run_relulab(${common} --epochs 0 --unit 1:4)
expect_equal("${status}" "2" "exit status for a missing unit")
expect_contains("${err}" "--unit 1:4: Hidden layer 1 has no unit 4; it has 3 units." "unit")
