# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# `relulab eval` as a teacher's script uses it: CSV out, exact values, exit 2 and an empty stdout
# on bad input. Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_eval")
file(MAKE_DIRECTORY "${dir}")

function(run_eval out_var status_var err_var input)
    file(WRITE "${dir}/input.txt" "${input}")
    execute_process(COMMAND "${RELULAB}" eval ${ARGN}
        INPUT_FILE "${dir}/input.txt"
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
    set(${out_var} "${out}" PARENT_SCOPE)
    set(${status_var} "${status}" PARENT_SCOPE)
    set(${err_var} "${err}" PARENT_SCOPE)
endfunction()

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

# ReLU at its kink and around it, with hex floats, infinities and NaN.
run_eval(out status err "-1\n0\n-0\n0x1.8p+1\ninf\n-inf\n" relu)
expect_equal("${status}" "0" "relu exit status")
expect_equal("${out}" "x,value,grad,grad2
-1,0,0,0
0,0,0,0
-0,-0,0,0
3,3,1,0
inf,inf,1,0
-inf,0,0,0
" "relu output")

# NaN in, NaN out (the gradient at NaN is not specified: PyTorch itself is inconsistent).
run_eval(out status err "nan\n" relu)
string(FIND "${out}" "x,value,grad,grad2\nnan,nan," nan_row)
if(NOT nan_row EQUAL 0)
    message(FATAL_ERROR "relu(nan) is not nan:\n${out}")
endif()

# Leaky ReLU: the PyTorch convention f'(0) = negative_slope.
run_eval(out status err "0\n-2\n" leaky_relu --param negative_slope=0.2)
expect_equal("${status}" "0" "leaky_relu exit status")
string(FIND "${out}" "0,0,0.20000000000000001,0" at_zero)
string(FIND "${out}" "-2,-0.40000000000000002,0.20000000000000001,0" at_minus_two)
if(at_zero EQUAL -1 OR at_minus_two EQUAL -1)
    message(FATAL_ERROR "leaky_relu rows wrong:\n${out}")
endif()

# Sigmoid at 0: 0.5, 0.25, 0 with 17 significant digits; float32 path.
run_eval(out status err "0\n" sigmoid --dtype f32)
expect_equal("${out}" "x,value,grad,grad2\n0,0.5,0.25,0\n" "sigmoid f32")

# GELU tanh approximation chosen by name.
run_eval(out status err "0\n" gelu --param approximate=tanh)
expect_equal("${out}" "x,value,grad,grad2\n0,0,0.5,0.79788456080286541\n" "gelu tanh at 0")

# Errors: message on stderr, exit 2, nothing on stdout.
foreach(case
        "unknown activation|1\n|nosuch"
        "unknown parameter|1\n|relu;--param;alpha=1"
        "out of range|1\n|elu;--param;alpha=-1"
        "unparsable line|1\n2x\n3\n|relu"
        "bad dtype|1\n|relu;--dtype;f16"
        "training without rrelu|1\n|relu;--training")
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts 0 name)
    list(GET parts 1 input)
    list(SUBLIST parts 2 -1 args)
    string(REPLACE "\\n" "\n" input "${input}")
    run_eval(out status err "${input}" ${args})
    expect_equal("${status}" "2" "exit status for ${name}")
    expect_equal("${out}" "" "stdout for ${name}")
    if(err STREQUAL "")
        message(FATAL_ERROR "no message on stderr for ${name}")
    endif()
endforeach()

# The unparsable line is named by its number.
run_eval(out status err "1\n2x\n" relu)
string(FIND "${err}" "line 2" named)
if(named EQUAL -1)
    message(FATAL_ERROR "the message does not name line 2: ${err}")
endif()

# RReLU in training mode: reproducible from the seed, slopes in [1/8, 1/3].
run_eval(first status err "-1\n-1\n-1\n-1\n" rrelu --training --seed 7)
run_eval(second status err "-1\n-1\n-1\n-1\n" rrelu --training --seed 7)
expect_equal("${first}" "${second}" "rrelu training reproducibility")
expect_equal("${status}" "0" "rrelu training exit status")

execute_process(COMMAND "${RELULAB}" eval --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
expect_equal("${status}" "0" "eval --help exit status")
string(FIND "${help}" "leaky_relu" lists_activations)
if(lists_activations EQUAL -1)
    message(FATAL_ERROR "eval --help does not list the activations")
endif()
