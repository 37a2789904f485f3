# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# cli_headless (the eval, train and scenario sources linked with core and io only) runs: it
# lists the bundled scenarios, evaluates an activation and trains one epoch. Its direct link
# libraries and the shared libraries it loads name no Qt GUI module.

foreach(module Gui Widgets)
    if(LINKED MATCHES "Qt6::${module}")
        message(FATAL_ERROR "cli_headless links Qt6::${module}: ${LINKED}")
    endif()
endforeach()
find_program(LDD ldd)
if(LDD)
    execute_process(COMMAND ${LDD} ${CLI} OUTPUT_VARIABLE libraries)
    if(libraries MATCHES "libQt6(Gui|Widgets)")
        message(FATAL_ERROR "cli_headless loads ${CMAKE_MATCH_0}:\n${libraries}")
    endif()
endif()

execute_process(COMMAND ${CLI} scenario --list
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT out MATCHES "half_active" OR NOT out MATCHES "sparsity_dial")
    message(FATAL_ERROR "scenario --list: status ${status}\n${out}\n${err}")
endif()

execute_process(COMMAND ${CLI} eval relu INPUT_FILE /dev/null
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "eval relu: status ${status}\n${out}\n${err}")
endif()

execute_process(COMMAND ${CLI} train --dataset xor --hidden 4 --epochs 1
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT out MATCHES "^epoch,")
    message(FATAL_ERROR "train: status ${status}\n${out}\n${err}")
endif()
