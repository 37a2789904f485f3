# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# Machine-readable numbers are in the C locale whatever the user's locale (DESIGN.md §4): under a
# decimal-comma locale (de_DE.UTF-8, generated with localedef into a private LOCPATH) `eval`
# reads "0.5" and refuses "0,5", the CSV of eval, train and scenario has one field per column,
# `train --format json` is valid JSON, and session files are written and read back.
# Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<dir>.

set(dir "${WORK_DIR}/cli_locale")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}/locales")

# Debian's `locales` package provides the de_DE source and the UTF-8 charmap (scripts/quickstart
# installs it).
execute_process(COMMAND localedef -i de_DE -f UTF-8 "${dir}/locales/de_DE.UTF-8"
    RESULT_VARIABLE made OUTPUT_VARIABLE made_out ERROR_VARIABLE made_err)
set(locale_env "LOCPATH=${dir}/locales" "LC_ALL=de_DE.UTF-8" "LANG=de_DE.UTF-8")
# The locale must really have a decimal comma, or this test proves nothing.
execute_process(COMMAND ${CMAKE_COMMAND} -E env ${locale_env} printf "%.1f" 0.5
    OUTPUT_VARIABLE probe)
if(NOT probe STREQUAL "0,5")
    message(FATAL_ERROR "the de_DE.UTF-8 locale could not be made (localedef: ${made} "
                        "${made_err}; printf gave '${probe}'): install Debian's 'locales'")
endif()

function(run_de input)
    file(WRITE "${dir}/input.txt" "${input}")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env ${locale_env} "${RELULAB}" ${ARGN}
        INPUT_FILE "${dir}/input.txt"
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status TIMEOUT 300)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
    set(status "${status}" PARENT_SCOPE)
endfunction()

include("${CMAKE_CURRENT_LIST_DIR}/cliexpect.cmake")

# Every line of a CSV text has as many fields as its header, and no field uses a decimal comma.
function(expect_csv text what)
    string(REGEX REPLACE "\n$" "" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    list(GET lines 0 header)
    string(REGEX MATCHALL "," header_commas "${header}")
    list(LENGTH header_commas columns)
    list(LENGTH lines count)
    if(count LESS 2)
        message(FATAL_ERROR "${what}: no data rows:\n${text}")
    endif()
    foreach(line IN LISTS lines)
        string(REGEX MATCHALL "," commas "${line}")
        list(LENGTH commas n)
        if(NOT n EQUAL columns)
            message(FATAL_ERROR "${what}: '${line}' has ${n} commas, the header ${columns}")
        endif()
    endforeach()
endfunction()

# eval: '.' read, ',' refused, '.' written.
run_de("0.5\n0x1.8p+1\n" eval elu)
expect_equal("${status}" "0" "eval under de_DE: status (${err})")
expect_equal("${out}" "x,value,grad,grad2\n0.5,0.5,1,0\n3,3,1,0\n" "eval under de_DE")
run_de("0,5\n" eval elu)
expect_equal("${status}" "2" "eval '0,5' under de_DE: status")
expect_equal("${out}" "" "eval '0,5' under de_DE: stdout")
run_de("-2\n" eval leaky_relu --param negative_slope=0.25)
expect_equal("${out}" "x,value,grad,grad2\n-2,-0.5,0.25,0\n" "eval --param under de_DE")

# train: CSV, JSON, session files.
set(train_args train --dataset moons --samples 80 --hidden 6 --epochs 2 --lr 0.05)
run_de("" ${train_args})
expect_equal("${status}" "0" "train under de_DE: status (${err})")
expect_csv("${out}" "train CSV under de_DE")
string(FIND "${out}" "0." has_point)
if(has_point EQUAL -1)
    message(FATAL_ERROR "train CSV under de_DE has no decimal point:\n${out}")
endif()

run_de("" ${train_args} --format json --save "${dir}/run.json")
expect_equal("${status}" "0" "train --format json under de_DE: status (${err})")
string(JSON run_status ERROR_VARIABLE json_error GET "${out}" status)
if(json_error)
    message(FATAL_ERROR "train --format json under de_DE is not valid JSON (${json_error}):\n${out}")
endif()
expect_equal("${run_status}" "ok" "train --format json under de_DE: status field")
string(JSON loss GET "${out}" epochs 2 train_loss)
if(NOT loss MATCHES "^[0-9]+\\.[0-9]+(e-?[0-9]+)?$")
    message(FATAL_ERROR "train_loss '${loss}' is not a C-locale number")
endif()

file(READ "${dir}/run.json" session)
string(JSON lr ERROR_VARIABLE json_error GET "${session}" config optimizer lr)
if(json_error)
    message(FATAL_ERROR "the session saved under de_DE is not valid JSON (${json_error})")
endif()
# (CMake re-prints the number with 17 digits: 0.050000000000000003.)
if(NOT lr MATCHES "^0\\.050*[0-9]*$")
    message(FATAL_ERROR "learning rate in the session saved under de_DE: '${lr}'")
endif()
run_de("" train --session "${dir}/run.json" --epochs 1)
expect_equal("${status}" "0" "reading the session back under de_DE: status (${err})")
expect_csv("${out}" "train --session CSV under de_DE")

# Options with numbers: '.' read, ',' refused.
run_de("" ${train_args} --lr "0,05")
expect_equal("${status}" "2" "--lr 0,05 under de_DE: status")
expect_equal("${out}" "" "--lr 0,05 under de_DE: stdout")

# scenario: the same CSV.
run_de("" scenario negative_bias --epochs 1)
expect_equal("${status}" "0" "scenario under de_DE: status (${err})")
expect_csv("${out}" "scenario CSV under de_DE")
