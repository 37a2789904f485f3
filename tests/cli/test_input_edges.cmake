# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# Numbers that cannot lie, at the command line: divergence caught and reported (exit 3, no
# non-finite row, JSON status "diverged", the last finite weights saved with the report); huge
# exponents refused as overflow; render's range and size limits; the valid names listed for an
# unknown activation; a CSV header typo; control bytes escaped; NUL bytes refused; numbers in
# messages in their shortest form; --save checked before training. Every refusal: exit status 2,
# one line on stderr, nothing on stdout.
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_input_edges")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

# A refusal: status 2, nothing on stdout, and on stderr the form of relulab(1), DIAGNOSTICS:
# one line "relulab COMMAND: WHAT" (or "relulab: WHAT"), followed by "Run 'relulab COMMAND
# --help'." when the command line is at fault (Qt's own note about a missing XDG_RUNTIME_DIR on
# a bare test machine is not ours and is left out).
function(expect_refused what)
    expect_equal("${status}" "2" "${what}: exit status (stderr: ${err})")
    expect_equal("${out}" "" "${what}: stdout")
    string(REGEX REPLACE "QStandardPaths: [^\n]*\n" "" err "${err}")
    if(NOT err MATCHES "^relulab( [a-z]+)?: [^\n]+\n(Run 'relulab( [a-z]+)? --help'\\.\n)?$")
        message(FATAL_ERROR "${what}: stderr should be the message and maybe the hint:\n${err}")
    endif()
    if(err MATCHES "^relulab( [a-z]+)?: .*Run 'relulab( [a-z]+)? --help'")
        if(NOT CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2)
            message(FATAL_ERROR "${what}: the hint names another command:\n${err}")
        endif()
    endif()
endfunction()

# --- Divergence: float32 and float64, CSV and JSON ---------------------------------------------
foreach(dtype f32 f64)
    set(args train --dataset sine --samples 200 --lr 1e6 --epochs 20 --dtype ${dtype})
    run_relulab(${args})
    expect_equal("${status}" "3" "diverged ${dtype} CSV: exit status (stderr: ${err})")
    expect_contains("${err}" "diverged in epoch" "diverged ${dtype} CSV: stderr")
    # No row of a diverged epoch: the loss and gradient columns are finite numbers.
    string(REGEX REPLACE "\n$" "" rows "${out}")
    string(REPLACE "\n" ";" rows "${rows}")
    list(GET rows 0 header)
    string(REPLACE "," ";" columns "${header}")
    list(FIND columns gradnorm_3 gradnorm_column) # the output layer's (two hidden layers)
    list(REMOVE_AT rows 0)
    foreach(row IN LISTS rows)
        string(REPLACE "," ";" cells "${row}")
        list(GET cells 1 train_loss)
        list(GET cells 2 test_loss)
        list(GET cells ${gradnorm_column} gradnorm)
        foreach(cell IN ITEMS "${train_loss}" "${test_loss}" "${gradnorm}")
            if(NOT cell MATCHES "^[0-9]")
                message(FATAL_ERROR "diverged ${dtype} CSV printed a non-finite row: ${row}")
            endif()
        endforeach()
    endforeach()

    run_relulab(${args} --format json --save "${dir}/diverged_${dtype}.json")
    expect_equal("${status}" "3" "diverged ${dtype} JSON: exit status (stderr: ${err})")
    string(JSON run_status GET "${out}" status)
    expect_equal("${run_status}" "diverged" "diverged ${dtype} JSON: status")
    string(JSON epoch GET "${out}" divergence epoch)
    string(JSON layer GET "${out}" divergence layer)
    string(JSON cause GET "${out}" divergence cause)
    if(NOT epoch MATCHES "^[1-9][0-9]*$" OR NOT layer MATCHES "^[1-9][0-9]*$")
        message(FATAL_ERROR "diverged ${dtype} JSON: divergence epoch '${epoch}' layer '${layer}'")
    endif()
    expect_lacks("${out}" "\"train_loss\": null" "diverged ${dtype} JSON rows")
    expect_lacks("${out}" "\"test_loss\": null" "diverged ${dtype} JSON rows")
    # The session holds the same report and the last finite weights.
    file(READ "${dir}/diverged_${dtype}.json" session)
    string(JSON saved_epoch GET "${session}" divergence epoch)
    string(JSON saved_cause GET "${session}" divergence cause)
    expect_equal("${saved_epoch}" "${epoch}" "diverged ${dtype}: epoch in the session")
    expect_equal("${saved_cause}" "${cause}" "diverged ${dtype}: cause in the session")
    string(JSON weight GET "${session}" weights layers 0 weight 0 0)
    if(NOT weight MATCHES "^-?[0-9]")
        message(FATAL_ERROR "diverged ${dtype}: saved weight '${weight}' is not a finite number")
    endif()
endforeach()

# A large learning rate on a classifier in float64: caught by the relative loss bound or as
# non-finite, never printed as "ok".
run_relulab(train --lr 1e3 --dtype f64 --epochs 30 --samples 200 --format json)
string(JSON run_status GET "${out}" status)
expect_equal("${run_status}" "diverged" "f64 --lr 1e3: status")
expect_equal("${status}" "3" "f64 --lr 1e3: exit status")

# --- Overflow ----------------------------------------------------------------------------------
run_relulab(train --lr 10e9223372036854775807)
expect_refused("--lr 10e9223372036854775807")
expect_contains("${err}" "not a finite number" "--lr 10e9223372036854775807")
file(WRITE "${dir}/overflow.csv" "1,10e9223372036854775807,0\n2,3,1\n")
run_relulab(train --dataset "${dir}/overflow.csv" --epochs 1)
expect_refused("CSV cell 10e9223372036854775807")
expect_contains("${err}" "not a finite number" "CSV cell 10e9223372036854775807")

# --- CSV header rule -----------------------------------------------------------------------------
file(WRITE "${dir}/typo.csv" "0.5,0,l\n1,2,1\n3,4,0\n")
run_relulab(train --dataset "${dir}/typo.csv" --epochs 1)
expect_refused("CSV first row with a typo")
expect_contains("${err}" "'l'" "CSV first row with a typo")

# --- Shortest numbers in messages ------------------------------------------------------------------
file(WRITE "${dir}/label.csv" "0.5,1e9\n0.25,0\n")
run_relulab(train --dataset "${dir}/label.csv" --epochs 1)
expect_refused("label 1e9")
expect_contains("${err}" "1000000000" "label 1e9")
expect_lacks("${err}" "1000000000.0" "label 1e9")
run_relulab(train --gamma -0.9)
expect_refused("--gamma -0.9")
expect_contains("${err}" "-0.9" "--gamma -0.9")
expect_lacks("${err}" "0.90000000000000002" "--gamma -0.9")

# --- --save ----------------------------------------------------------------------------------------
run_relulab(train --epochs 1 --save "")
expect_refused("--save \"\"")
run_relulab(train --epochs 1 --save "${dir}/no/such/folder/run.json")
expect_refused("--save into a missing folder")
run_relulab(train --epochs 1 --save "${dir}")
expect_refused("--save to a folder")

# --- render: range, size, names ------------------------------------------------------------------
run_relulab(render relu --xmin -1e308 --xmax 1e308 --out "${dir}/wide.png")
expect_refused("render --xmin -1e308 --xmax 1e308")
expect_contains("${err}" "1000000" "render --xmin -1e308 --xmax 1e308")
run_relulab(render relu --xmin 0 --xmax 1e-320 --out "${dir}/narrow.png")
expect_refused("render --xmin 0 --xmax 1e-320")
expect_contains("${err}" "1e-06" "render --xmin 0 --xmax 1e-320")
run_relulab(render relu --size 100x50 --out "${dir}/small.png")
expect_refused("render --size 100x50")
expect_contains("${err}" "320x240" "render --size 100x50")
run_relulab(render relu --xmin -1e6 --xmax 1e6 --out "${dir}/widest.png")
expect_equal("${status}" "0" "render at the widest range (${err})")
run_relulab(render relu --xmin 0 --xmax 1e-6 --out "${dir}/narrowest.svg")
expect_equal("${status}" "0" "render at the narrowest range (${err})")
if(NOT EXISTS "${dir}/narrowest.svg")
    message(FATAL_ERROR "render at the narrowest range wrote no file")
endif()
foreach(command "render;nope;--out;${dir}/x.png" "train;--activation;nope;--epochs;1" "eval;nope")
    run_relulab(${command})
    expect_refused("unknown activation (${command})")
    expect_contains("${err}" "leaky_relu" "unknown activation lists the names (${command})")
endforeach()

# --- eval: NUL bytes and control bytes -------------------------------------------------------------
execute_process(COMMAND printf "1\\000abc\\n" COMMAND "${RELULAB}" eval relu
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
expect_refused("eval '1\\0abc'")
expect_contains("${err}" "\\0abc" "eval '1\\0abc' shows the NUL escaped")
string(ASCII 27 esc)
file(WRITE "${dir}/escape.txt" "${esc}[31mred\n")
execute_process(COMMAND "${RELULAB}" eval relu INPUT_FILE "${dir}/escape.txt"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
expect_refused("eval with an escape sequence")
expect_lacks("${err}" "${esc}" "eval with an escape sequence")
expect_contains("${err}" "\\e[31mred" "eval with an escape sequence")
run_relulab(train --activation "relu${esc}[2J" --epochs 1)
expect_refused("train --activation with an escape sequence")
expect_lacks("${err}" "${esc}" "train --activation with an escape sequence")
run_relulab(scenario "nope${esc}[2J")
expect_refused("scenario name with an escape sequence")
expect_lacks("${err}" "${esc}" "scenario name with an escape sequence")
run_relulab(train --format "csv${esc}[2J")
expect_refused("train --format with an escape sequence")
expect_lacks("${err}" "${esc}" "train --format with an escape sequence")
