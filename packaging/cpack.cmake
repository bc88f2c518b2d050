# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0

# CPack: DEB, RPM and TGZ on Linux (built and tested in CI), NSIS on Windows, DragNDrop on macOS
# (configured, not tested here). packaging/build-packages.sh runs it on the release preset.

set(CPACK_PACKAGE_NAME skylight)
set(CPACK_PACKAGE_VENDOR "The Skylight developers")
set(CPACK_PACKAGE_CONTACT "The Skylight developers <skylight@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/skylight/skylight")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "browser for the images of OpenStack-compatible clouds")
set(CPACK_PACKAGE_DESCRIPTION
    "Skylight shows every virtual-machine image of an OpenStack-compatible cloud
with all its details at once (status, sizes, formats, checksums, properties,
links and the server's own response), compares and exports them, and downloads
an image with progress, resume and checksum verification. It speaks the
OpenStack Image API v2 and v1, Compute API images, Rackspace Cloud Servers and
Huawei Cloud ECS, reads clouds.yaml and keeps secrets in the system keychain.
skylight-cli gives the same data to scripts.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Skylight)
set(CPACK_PACKAGE_EXECUTABLES skylight Skylight) # the Start-menu entry of the NSIS installer
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
# Per-generator settings (the install prefix of DEB and RPM) are read when CPack runs.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/cpackgenerator.cmake)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB RPM TGZ)
endif()

# DEB: runtime dependencies resolved by dpkg-shlibdeps (Debian package names).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time (the SVG icon plugins), so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: rpmbuild's own dependency generator; the shared hicolor and desktop folders stay unowned.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(rpm_shared_dirs
    /usr/share/applications /usr/share/metainfo /usr/share/doc /usr/share/man /usr/share/man/man1
    /usr/share/icons
    /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND rpm_shared_dirs /usr/share/icons/hicolor/${size}x${size}
        /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_shared_dirs})

# NSIS (Windows): Start-menu entry, uninstaller (also run before an upgrade), the app's icon.
set(CPACK_NSIS_PACKAGE_NAME Skylight)
set(CPACK_NSIS_DISPLAY_NAME Skylight)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\skylight.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
if(WIN32)
    set(CPACK_NSIS_MUI_ICON ${SKYLIGHT_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${SKYLIGHT_ICO})
endif()

# DragNDrop (macOS): the Skylight.app bundle in a compressed disk image.
set(CPACK_DMG_VOLUME_NAME Skylight)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
