# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# `cmake --install` of this build tree into a temporary DESTDIR with prefix /usr, as the Debian
# package is made: every file a desktop needs is in its standard place (cmake/Install.cmake),
# the installed binary runs, the icons are real PNGs of the size their folder promises, the
# versions in the metainfo and the man page are the one CMake declares, and the desktop file,
# the metainfo and the man page pass their validators where those tools are installed
# (desktop-file-utils, appstream, groff). Run by CTest with -DRELULAB=<exe> -DDATA_DIR=<tests
# source dir> -DWORK_DIR=<tests build dir>.

set(app_id "io.github.relulab.ReluLab")

file(READ "${DATA_DIR}/../CMakeLists.txt" top_level)
if(NOT top_level MATCHES "project\\(ReluLab[^)]*VERSION[ \t\r\n]+([0-9]+\\.[0-9]+\\.[0-9]+)")
    message(FATAL_ERROR "no VERSION in the project() call of ${DATA_DIR}/../CMakeLists.txt")
endif()
set(version "${CMAKE_MATCH_1}")

# The build tree is the nearest folder above WORK_DIR that holds a CMakeCache.txt.
set(build_dir "${WORK_DIR}")
while(NOT EXISTS "${build_dir}/CMakeCache.txt")
    get_filename_component(parent "${build_dir}" DIRECTORY)
    if(parent STREQUAL build_dir)
        message(FATAL_ERROR "no build tree above ${WORK_DIR}")
    endif()
    set(build_dir "${parent}")
endwhile()

set(destdir "${WORK_DIR}/cli_install")
set(root "${destdir}/usr")
file(REMOVE_RECURSE "${destdir}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${destdir}"
            "${CMAKE_COMMAND}" --install "${build_dir}" --prefix /usr
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${status}):\n${out}\n${err}")
endif()

function(expect_file path)
    if(NOT EXISTS "${root}/${path}" OR IS_DIRECTORY "${root}/${path}")
        message(FATAL_ERROR "not installed: /usr/${path}")
    endif()
    file(SIZE "${root}/${path}" size)
    if(size EQUAL 0)
        message(FATAL_ERROR "installed but empty: /usr/${path}")
    endif()
endfunction()

function(expect_contains path needle)
    file(READ "${root}/${path}" text)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "/usr/${path} does not contain '${needle}'")
    endif()
endfunction()

# Runs a validator if it is installed; any non-zero status fails the test with its output.
function(validate tool)
    find_program(program "${tool}" NO_CACHE)
    if(NOT program)
        message(STATUS "${tool} not installed: that check is skipped")
        return()
    endif()
    execute_process(COMMAND "${program}" ${ARGN}
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${tool} ${ARGN} failed (${status}):\n${out}\n${err}")
    endif()
    set(validator_output "${out}${err}" PARENT_SCOPE)
endfunction()

# The binary runs from where it was installed.
expect_file(bin/relulab)
execute_process(COMMAND "${root}/bin/relulab" --version
    OUTPUT_VARIABLE out RESULT_VARIABLE status TIMEOUT 60)
if(NOT status EQUAL 0 OR NOT out STREQUAL "relulab ${version}\n")
    message(FATAL_ERROR "installed relulab --version: status ${status}, output '${out}'")
endif()

# The menu entry: named after the application id, starting the installed binary with the
# installed icon, in all three languages.
set(desktop "share/applications/${app_id}.desktop")
expect_file("${desktop}")
foreach(line "Exec=relulab" "Icon=${app_id}" "Name[zh_CN]=" "Name[zh_TW]=" "Categories=Education;")
    expect_contains("${desktop}" "\n${line}")
endforeach()
validate(desktop-file-validate "${root}/${desktop}")

# The icons: SVG plus every PNG size, each a PNG whose header (IHDR, big-endian width and height
# at bytes 16..23) says the size its hicolor folder promises.
expect_file("share/icons/hicolor/scalable/apps/${app_id}.svg")
expect_contains("share/icons/hicolor/scalable/apps/${app_id}.svg" "<svg")
foreach(size 16 24 32 48 64 128 256)
    set(png "share/icons/hicolor/${size}x${size}/apps/${app_id}.png")
    expect_file("${png}")
    file(READ "${root}/${png}" signature LIMIT 8 HEX)
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        message(FATAL_ERROR "/usr/${png} is not a PNG file")
    endif()
    file(READ "${root}/${png}" dimensions OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${dimensions}" 0 8 width_hex)
    string(SUBSTRING "${dimensions}" 8 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "/usr/${png} is ${width}x${height}, not ${size}x${size}")
    endif()
endforeach()

# AppStream: the same id, English and Chinese text, a release entry for this version; the
# whole tree too, which checks that the launchable .desktop file and its icon are installed.
set(metainfo "share/metainfo/${app_id}.metainfo.xml")
expect_file("${metainfo}")
foreach(needle "<id>${app_id}</id>" "<launchable type=\"desktop-id\">${app_id}.desktop</launchable>"
        "xml:lang=\"zh_CN\"" "xml:lang=\"zh_TW\"" "<release version=\"${version}\"")
    expect_contains("${metainfo}" "${needle}")
endforeach()
validate(appstreamcli validate --no-net "${root}/${metainfo}")
validate(appstreamcli validate-tree --no-net "${destdir}")

# The man page: this version, every command and option of the command line, examples; groff
# in its strictest warning mode prints nothing for a well-formed page.
set(manpage "share/man/man1/relulab.1")
expect_file("${manpage}")
foreach(needle "\"ReLU Lab ${version}\"" "\n.SH EXAMPLES" "\n.SH EXIT STATUS"
        "eval " "render " "train" "scenario " "code " "\\-\\-lang" "\\-\\-list" "\\-\\-help"
        "\\-\\-version")
    expect_contains("${manpage}" "${needle}")
endforeach()
unset(validator_output)
validate(groff -man -Tutf8 -ww -z "${root}/${manpage}")
if(validator_output)
    message(FATAL_ERROR "groff warns about the man page:\n${validator_output}")
endif()

expect_file(share/doc/relulab/copyright)

# Nothing meant for developers leaks into the package.
file(GLOB_RECURSE leaked RELATIVE "${destdir}" "${destdir}/*.a" "${destdir}/*.h" "${destdir}/*.cmake")
if(leaked)
    message(FATAL_ERROR "development files installed: ${leaked}")
endif()
