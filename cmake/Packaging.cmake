# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ReLU Lab authors
#
# CPack: a Debian package of whatever `cmake --install` installs (see Install.cmake).
#   cmake --build build && (cd build && cpack -G DEB)   ->  build/relulab_<version>-1_<arch>.deb
# The run-time dependencies are not written by hand: dpkg-shlibdeps (package dpkg-dev) reads the
# shared libraries the binary links (Qt 6, QCustomPlot, libstdc++ ...) and names the Debian
# packages that provide them, with their minimum versions. What no library link reveals is added
# as Recommends: the CJK fonts that draw the Chinese interface on a bare machine, and Qt's own
# translations (qtbase_zh_CN.qm and friends) for the standard dialogs.

set(CPACK_PACKAGE_NAME "relulab")
set(CPACK_PACKAGE_VENDOR "ReLU Lab authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "ReLU Lab authors <maintainers@relulab.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "relulab")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")

set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description under the summary line (CPACK_PACKAGE_DESCRIPTION_SUMMARY, which CPack
# puts first): CPack indents each line by one space; "." alone is a blank line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "ReLU Lab (ReLU 实验室) is a bilingual English/Chinese classroom tool for the
activation functions of neural networks. Pick an activation, move its
parameters and watch f, f' and f'' change live; then train a small network
in the application and see, layer by layer, how many ReLU units die and how
sparse the network becomes.
.
The relulab command also evaluates activations, renders figures and trains
networks from scripts, without a window.")

# `cpack --config CPackSourceConfig.cmake`: the sources without build trees or VCS data.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "relulab-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

include(CPack)
