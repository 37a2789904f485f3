# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# `relulab predict --session FILE.json < inputs.csv`: the CSV it prints for classification and
# regression, and its refusals of bad input rows (a wrong count of values, a word, a decimal
# comma): exit status 1, one translated line on stderr, nothing on stdout. export-pytorch and
# export-numpy need --out. Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_predict")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

function(run_predict session input)
    file(WRITE "${dir}/input.csv" "${input}")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env ${ARGN} "${RELULAB}" predict
                            --session "${session}"
        INPUT_FILE "${dir}/input.csv"
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 120)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
    set(status "${status}" PARENT_SCOPE)
endfunction()

set(moons "${dir}/moons.json")
run_relulab(train --samples 80 --hidden 4 --epochs 2 --save "${moons}")
expect_equal("${status}" "0" "train moons (stderr: ${err})")
set(sine "${dir}/sine.json")
run_relulab(train --dataset sine --samples 80 --hidden 4 --epochs 2 --save "${sine}")
expect_equal("${status}" "0" "train sine (stderr: ${err})")

# Classification: the class, then one probability per class; blank lines are skipped.
run_predict("${moons}" "0.5,0.25\n\n-1, 1\n")
expect_equal("${status}" "0" "predict moons (stderr: ${err})")
if(NOT out MATCHES "^class,p_0,p_1\n[01],[0-9.e-]+,[0-9.e-]+\n[01],[0-9.e-]+,[0-9.e-]+\n$")
    message(FATAL_ERROR "predict moons printed:\n${out}")
endif()
# Regression: the value.
run_predict("${sine}" "0.5\n-2\n")
expect_equal("${status}" "0" "predict sine (stderr: ${err})")
if(NOT out MATCHES "^value\n-?[0-9.e-]+\n-?[0-9.e-]+\n$")
    message(FATAL_ERROR "predict sine printed:\n${out}")
endif()

# Bad rows: exit status 1, nothing on stdout, the line and what is wrong on stderr.
foreach(case "count|0.5,0.25\n1,2,3\n|line 2 has 3 values; the network expects 2"
             "word|0.5,abc\n|line 1, value 2: 'abc' is not a finite number"
             "comma|0,5,0,25\n|line 1 has 4 values; the network expects 2 (numbers use a decimal point: 0.5, not 0,5)"
             "nan|nan,1\n|line 1, value 1: 'nan' is not a finite number")
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts 0 what)
    list(GET parts 1 input)
    list(GET parts 2 message)
    string(REPLACE "\\n" "\n" input "${input}")
    run_predict("${moons}" "${input}")
    expect_equal("${status}" "1" "predict ${what}: exit status (stderr: ${err})")
    expect_equal("${out}" "" "predict ${what}: stdout")
    expect_contains("${err}" "relulab predict: ${message}" "predict ${what}: stderr")
endforeach()

# The messages follow LANG.
run_predict("${moons}" "1,2,3\n" LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN)
expect_equal("${status}" "1" "predict zh_CN: exit status")
expect_contains("${err}" "relulab predict：第 1 行有 3 个值" "predict zh_CN: stderr")

# A missing --session or --out is a usage error.
run_relulab(predict)
expect_equal("${status}" "2" "predict without --session")
expect_contains("${err}" "--session FILE.json is required." "predict without --session")
run_relulab(export-numpy --session "${moons}")
expect_equal("${status}" "2" "export-numpy without --out")
run_relulab(export-pytorch --epochs 1)
expect_equal("${status}" "2" "export-pytorch without --out")

# The scripts are written.
run_relulab(export-numpy --session "${moons}" --out "${dir}/net.py")
expect_equal("${status}" "0" "export-numpy (stderr: ${err})")
file(READ "${dir}/net.py" script)
expect_contains("${script}" "import numpy as np" "export-numpy script")
run_relulab(export-pytorch --samples 80 --hidden 4 --epochs 2 --out "${dir}/run.py")
expect_equal("${status}" "0" "export-pytorch (stderr: ${err})")
file(READ "${dir}/run.py" script)
expect_contains("${script}" "torch.optim.SGD(" "export-pytorch script")
# An activation without a torch.nn module is refused, naming it.
run_relulab(export-pytorch --activation step --out "${dir}/step.py")
expect_equal("${status}" "2" "export-pytorch step")
expect_contains("${err}" "activation 'step' has no module in PyTorch" "export-pytorch step")
# RReLU is exported, with a warning: PyTorch draws its training slopes itself.
run_relulab(export-pytorch --samples 80 --hidden 4 --epochs 1 --activation rrelu
            --out "${dir}/rrelu.py")
expect_equal("${status}" "0" "export-pytorch rrelu (stderr: ${err})")
expect_contains("${err}" "warning: RReLU's random slopes" "export-pytorch rrelu warning")
file(READ "${dir}/rrelu.py" script)
expect_contains("${script}" "torch.nn.RReLU(lower=0.125, upper=0.3333333333333333).train()"
                "export-pytorch rrelu module")
# With its "training" flag off RReLU is deterministic: no warning.
run_relulab(export-pytorch --samples 80 --hidden 4 --epochs 1 --activation rrelu
            --param training=0 --out "${dir}/rrelu_eval.py")
expect_equal("${status}" "0" "export-pytorch rrelu training=0 (stderr: ${err})")
expect_equal("${err}" "" "export-pytorch rrelu training=0: no warning")
