# SPDX-FileCopyrightText: 2026 The Skylight developers
# SPDX-License-Identifier: Apache-2.0

# Read by CPack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR MATCHES "^(DEB|RPM)$")
    # System packages install under /usr; the TGZ keeps a relocatable bin/ share/ tree.
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
