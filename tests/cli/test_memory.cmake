# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# Memory is bounded by the limits relulab accepts: a run over the run-size limit (samples × the
# sum of the hidden widths, core/limits.h) is refused from options and from a session file with
# the limit in the message; `train --format json` streams its rows in the same form; `eval` reads
# its input in blocks and still leaves stdout empty on an error; memory running out is a
# message and exit status 1, never an abort.
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_memory")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

set(limit 60000000)

# --- The run-size limit, from options ---------------------------------------------------------
# 117 188 × 512 is just over the limit, 117 187 × 512 just under (not trained here).
run_relulab(train --samples 117188 --hidden 512 --epochs 0)
expect_equal("${status}" "2" "117188 samples x 512 units: exit status (stderr: ${err})")
expect_contains("${err}" "${limit}" "117188 samples x 512 units")
expect_contains("${err}" "117188" "117188 samples x 512 units")
expect_equal("${out}" "" "117188 samples x 512 units: stdout")
# The issue's run: a million samples through three 512-wide layers.
run_relulab(train --samples 1000000 --hidden 512,512,512 --epochs 0)
expect_equal("${status}" "2" "10^6 samples x 512,512,512: exit status (stderr: ${err})")
expect_contains("${err}" "${limit}" "10^6 samples x 512,512,512")

# --- ... and from a session file (150 bytes asking for 10^6 samples and eight 512-wide layers) -
file(WRITE "${dir}/huge.json" "{\"format\": \"relulab-session\", \"version\": 1, \"config\": {\
\"dataset\": {\"name\": \"moons\", \"samples\": 1000000}, \"network\": {\"hidden\": \
[512, 512, 512, 512, 512, 512, 512, 512]}}}")
run_relulab(train --session "${dir}/huge.json" --epochs 0)
expect_equal("${status}" "2" "huge session: exit status (stderr: ${err})")
expect_contains("${err}" "${limit}" "huge session")
expect_contains("${err}" "4096" "huge session (the hidden units)")

# --- train --format json: the same keys and rows, streamed ------------------------------------
run_relulab(train --dataset xor --samples 40 --hidden 3 --epochs 3 --format json)
expect_equal("${status}" "0" "json run (stderr: ${err})")
string(JSON run_status ERROR_VARIABLE json_error GET "${out}" status)
if(json_error)
    message(FATAL_ERROR "train --format json is not valid JSON (${json_error}):\n${out}")
endif()
expect_equal("${run_status}" "ok" "json status")
string(JSON born_dead GET "${out}" born_dead)
expect_equal("${born_dead}" "OFF" "json born_dead")
string(JSON rows LENGTH "${out}" epochs)
expect_equal("${rows}" "4" "json rows (epochs 0..3)")
string(JSON last_epoch GET "${out}" epochs 3 epoch)
expect_equal("${last_epoch}" "3" "json last row")
string(JSON sparsity_layers LENGTH "${out}" epochs 3 sparsity)
expect_equal("${sparsity_layers}" "1" "json sparsity array")
string(JSON keys LENGTH "${out}")
expect_equal("${keys}" "3" "json keys: born_dead, epochs, status")
# The CSV of the same run has the same numbers (one writer).
run_relulab(train --dataset xor --samples 40 --hidden 3 --epochs 3)
string(REGEX MATCHALL "\n" csv_lines "${out}")
list(LENGTH csv_lines csv_count)
expect_equal("${csv_count}" "5" "csv rows (header and epochs 0..3)")

# --- eval reads its input in blocks (4096 lines each) -----------------------------------------
string(REPEAT "0.5\n" 9000 many)
file(WRITE "${dir}/many.txt" "${many}")
execute_process(COMMAND "${RELULAB}" eval relu INPUT_FILE "${dir}/many.txt"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 300)
expect_equal("${status}" "0" "eval of 9000 lines (stderr: ${err})")
string(REGEX MATCHALL "0.5,0.5,1,0\n" rows "${out}")
list(LENGTH rows row_count)
expect_equal("${row_count}" "9000" "eval of 9000 lines: rows")
# An error in the third block: nothing on stdout, the line named.
file(APPEND "${dir}/many.txt" "1x\n")
execute_process(COMMAND "${RELULAB}" eval relu INPUT_FILE "${dir}/many.txt"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 300)
expect_equal("${status}" "2" "eval with a bad line 9001: exit status")
expect_equal("${out}" "" "eval with a bad line 9001: stdout")
expect_contains("${err}" "9001" "eval with a bad line 9001")

# --- Memory running out is a message, not an abort --------------------------------------------
# The address space is capped (ulimit -v) above what relulab needs to start and train a small
# run, below what a million samples need: an allocation fails inside the command, and the top of
# the command reports it. Where the cap cannot even start relulab (a sanitizer build reserves
# terabytes of address space) the check is skipped.
find_program(sh NAMES sh REQUIRED)
set(address_space_kb 130000)
function(run_capped)
    execute_process(COMMAND "${sh}" -c "ulimit -v ${address_space_kb} && exec \"$0\" \"$@\""
                            "${RELULAB}" ${ARGN}
        INPUT_FILE /dev/null
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 300)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
    set(status "${status}" PARENT_SCOPE)
endfunction()
run_capped(train --dataset xor --samples 40 --hidden 3 --epochs 0)
if(status EQUAL 0)
    run_capped(train --samples 1000000 --hidden 60 --epochs 0)
    expect_equal("${status}" "1" "out of memory: exit status (stderr: ${err})")
    expect_contains("${err}" "out of memory" "out of memory")
    expect_contains("${err}" "${limit}" "out of memory: the limit")
else()
    message(STATUS "relulab does not start within ${address_space_kb} KB of address space: "
                   "the out-of-memory check is skipped (${err})")
endif()
