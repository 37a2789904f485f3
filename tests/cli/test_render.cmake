# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# relulab render: writes PNG, SVG and PDF figures without a window (valid files, by their magic
# bytes), honours --size, and refuses bad arguments with exit status 2, a message on stderr and
# no file written. Run by CTest with -DRELULAB=<exe> -DWORK_DIR=<build dir>.

set(out_dir "${WORK_DIR}/render_test")
file(REMOVE_RECURSE "${out_dir}")
file(MAKE_DIRECTORY "${out_dir}")

function(run_render)
    execute_process(COMMAND "${RELULAB}" render ${ARGN}
        INPUT_FILE /dev/null
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status
        TIMEOUT 60)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
    set(status "${status}" PARENT_SCOPE)
endfunction()

# A figure is written with exit 0, starts with `magic` (hex) and is not trivially small.
function(expect_figure file magic_hex)
    run_render(${ARGN} --out "${out_dir}/${file}")
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "render ${ARGN} -> ${file}: exit ${status}\n${err}")
    endif()
    file(SIZE "${out_dir}/${file}" size)
    if(size LESS 2000)
        message(FATAL_ERROR "${file} has only ${size} bytes")
    endif()
    string(LENGTH "${magic_hex}" hex_length)
    math(EXPR byte_count "${hex_length} / 2")
    file(READ "${out_dir}/${file}" head LIMIT ${byte_count} HEX)
    if(NOT head STREQUAL magic_hex)
        message(FATAL_ERROR "${file} starts with ${head}, expected ${magic_hex}")
    endif()
endfunction()

# PNG 89 50 4e 47, SVG "<?xml", PDF "%PDF-".
expect_figure(relu.png 89504e47 relu)
expect_figure(leaky.svg 3c3f786d6c leaky_relu --param negative_slope=0.2 --derivative)
expect_figure(gelu.pdf 255044462d gelu --param approximate=tanh --second-derivative --derivative
              --overlay relu --overlay "elu:alpha=0.5" --xmin -4 --xmax 3)
expect_figure(zh.png 89504e47 softplus --param beta=2 --lang zh_CN --size 800x500)

# --lang labels the figure in that language: an SVG keeps its legend as text, so the
# Chinese words can be read back; a curve that is not drawn is not in the legend either.
foreach(case "zh_CN|导数|二阶导数" "zh_TW|導數|二階導數" "en|f′(x)|f″(x)")
    string(REPLACE "|" ";" case "${case}")
    list(GET case 0 language)
    list(GET case 1 shown)
    list(GET case 2 hidden)
    expect_figure(lang_${language}.svg 3c3f786d6c softplus --derivative --lang ${language})
    file(READ "${out_dir}/lang_${language}.svg" svg)
    string(FIND "${svg}" "${shown}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "lang_${language}.svg has no '${shown}' in its labels")
    endif()
    string(FIND "${svg}" "${hidden}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "lang_${language}.svg names '${hidden}', a curve it does not draw")
    endif()
endforeach()

# --size sets the PNG's pixel size (IHDR width and height, big-endian, at byte 16).
file(READ "${out_dir}/zh.png" ihdr OFFSET 16 LIMIT 8 HEX)
if(NOT ihdr STREQUAL "00000320000001f4")
    message(FATAL_ERROR "zh.png IHDR size is ${ihdr}, expected 800x500 (00000320000001f4)")
endif()

# Bad arguments: exit 2, a message on stderr, nothing on stdout, no file.
set(bad_cases
    "unknown activation|nosuch"
    "unknown parameter|relu,--param,alpha=1"
    "out of range|elu,--param,alpha=-3"
    "malformed param|elu,--param,alpha"
    "unknown option|relu,--colour,red"
    "missing --out value|relu,--out"
    "bad size|relu,--size,12by7"
    "xmin without xmax|relu,--xmin,-1"
    "xmin not below xmax|relu,--xmin,2,--xmax,1"
    "bad language|relu,--lang,fr"
    "bad overlay|relu,--overlay,nosuch"
    "two activations|relu,elu")
foreach(case IN LISTS bad_cases)
    string(REPLACE "|" ";" parts "${case}")
    string(REPLACE "," ";" parts "${parts}")
    list(GET parts 0 what)
    list(REMOVE_AT parts 0)
    file(REMOVE "${out_dir}/bad.png")
    if(what STREQUAL "missing --out value")
        run_render(${parts})
    else()
        run_render(${parts} --out "${out_dir}/bad.png")
    endif()
    if(NOT status EQUAL 2)
        message(FATAL_ERROR "${what}: exit ${status}, expected 2\n${err}")
    endif()
    if(err STREQUAL "")
        message(FATAL_ERROR "${what}: no message on stderr")
    endif()
    if(NOT out STREQUAL "")
        message(FATAL_ERROR "${what}: unexpected stdout: ${out}")
    endif()
    if(EXISTS "${out_dir}/bad.png")
        message(FATAL_ERROR "${what}: a file was written")
    endif()
endforeach()

# No --out at all.
run_render(relu)
if(NOT status EQUAL 2)
    message(FATAL_ERROR "render without --out: exit ${status}, expected 2")
endif()
