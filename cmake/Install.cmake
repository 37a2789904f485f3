# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# Where `cmake --install` (and so the .deb) puts everything, by the freedesktop.org conventions
# and GNUInstallDirs (the binary itself is installed by app/CMakeLists.txt):
#   share/applications/<id>.desktop            the menu entry
#   share/icons/hicolor/<N>x<N>/apps/<id>.png  the icon at 16..256 px, and scalable/apps/<id>.svg
#   share/metainfo/<id>.metainfo.xml           AppStream: what software centres show
#   share/man/man1/relulab.1                   the manual page of the command line
#   share/doc/relulab/                         copyright and the licence of the bundled digits
# <id> is the reverse-DNS application id, the name every desktop lookup goes by: the metainfo's
# <id> and <launchable>, the .desktop file's name and its Icon= key must all agree, so the
# source files keep short names and are renamed here, in one place.
#
# The PNG icons are rendered once from resources/icons/relulab.svg and committed, so the build
# needs no SVG renderer:
#   for s in 16 24 32 48 64 128 256; do
#       rsvg-convert -w $s -h $s resources/icons/relulab.svg -o resources/icons/relulab-$s.png
#   done

if(NOT TARGET relulab)
    return()
endif()

set(RELULAB_APP_ID "io.github.relulab.ReluLab")
set(RELULAB_ICON_SIZES 16 24 32 48 64 128 256)
set(relulab_resources "${PROJECT_SOURCE_DIR}/resources")

install(FILES "${relulab_resources}/relulab.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications"
    RENAME "${RELULAB_APP_ID}.desktop")

install(FILES "${relulab_resources}/icons/relulab.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${RELULAB_APP_ID}.svg")
foreach(size IN LISTS RELULAB_ICON_SIZES)
    install(FILES "${relulab_resources}/icons/relulab-${size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
        RENAME "${RELULAB_APP_ID}.png")
endforeach()

install(FILES "${relulab_resources}/${RELULAB_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# The man page carries the project's version (set once, in the top-level project() call).
configure_file("${PROJECT_SOURCE_DIR}/docs/relulab.1.in" "${PROJECT_BINARY_DIR}/relulab.1" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/relulab.1"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# The copyright file in Debian's machine-readable format. The digits data set is compiled into
# the binary, so its CC BY 4.0 attribution travels with it.
file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/copyright" @ONLY CONTENT [=[
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ReLU Lab
Source: @PROJECT_HOMEPAGE_URL@

Files: *
Copyright: 2026 ReLU Lab authors
License: GPL-3+
 This program is free software: you can redistribute it and/or modify it under the terms of
 the GNU General Public License as published by the Free Software Foundation, either version 3
 of the License, or (at your option) any later version.
 .
 On Debian systems, the full text of the GNU General Public License version 3 is in
 /usr/share/common-licenses/GPL-3.

Files: usr/share/metainfo/*
Copyright: 2026 ReLU Lab authors
License: CC0-1.0
 On Debian systems, the full text of the CC0 1.0 Universal licence is in
 /usr/share/common-licenses/CC0-1.0.

Files: resources/data/digits.csv
Copyright: 1998 E. Alpaydin, C. Kaynak, Bogazici University
License: CC-BY-4.0
 The UCI Optical Recognition of Handwritten Digits data set, compiled into the relulab binary;
 see DIGITS-LICENSE.md beside this file and https://creativecommons.org/licenses/by/4.0/.
]=])
install(FILES "${PROJECT_BINARY_DIR}/copyright" "${relulab_resources}/data/DIGITS-LICENSE.md"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/relulab")
