# Install rules for the desktop files and CPack settings for every platform (packaging/README.md).
#
# Linux: two Debian packages (CPack DEB, component install):
#   lyceum         the app and lyceum-cli, desktop entry, AppStream metainfo, icons, man pages
#   lyceum-server  the server, its systemd unit, the demo lesson videos, its man page
# Windows: an NSIS installer that registers the lyceum:// URL scheme. macOS: a DMG of the app
# bundle, whose Info.plist declares the scheme (CFBundleURLTypes).
# Generated things (PNG icons, gzipped man pages and changelog) are made at build time.

set(LYCEUM_APP_ID org.lyceum.Lyceum)
set(LYCEUM_DEB_VERSION "${PROJECT_VERSION}-1")
set(pkg_src ${CMAKE_SOURCE_DIR}/packaging)
set(pkg_out ${CMAKE_BINARY_DIR}/packaging)

if(UNIX AND NOT APPLE)
    # Icons: the scalable SVG, and PNGs rendered from it with rsvg-convert (librsvg2-bin).
    install(FILES ${pkg_src}/icons/${LYCEUM_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT client)
    find_program(RSVG_CONVERT rsvg-convert)
    if(RSVG_CONVERT)
        set(icon_pngs)
        foreach(size 16 24 32 48 64 128 256 512)
            set(png ${pkg_out}/icons/${size}x${size}/${LYCEUM_APP_ID}.png)
            add_custom_command(
                OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${pkg_out}/icons/${size}x${size}
                COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png}
                        ${pkg_src}/icons/${LYCEUM_APP_ID}.svg
                DEPENDS ${pkg_src}/icons/${LYCEUM_APP_ID}.svg
                COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
            list(APPEND icon_pngs ${png})
            install(FILES ${png}
                    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                    COMPONENT client)
        endforeach()
        add_custom_target(lyceum_icons ALL DEPENDS ${icon_pngs})
    else()
        message(WARNING "rsvg-convert not found (librsvg2-bin): no PNG icons will be installed")
    endif()

    install(FILES ${pkg_src}/linux/${LYCEUM_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT client)
    install(FILES ${pkg_src}/linux/${LYCEUM_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT client)
    install(FILES ${pkg_src}/linux/lyceum-server.service
            DESTINATION lib/systemd/system COMPONENT server)

    # Man pages and the Debian changelog, versioned and compressed (gzip -9n: reproducible).
    find_program(GZIP_PROGRAM gzip REQUIRED)
    set(generated_docs)
    foreach(page lyceum lyceum-cli lyceum-server)
        set(VERSION ${PROJECT_VERSION})
        configure_file(${pkg_src}/man/${page}.1 ${pkg_out}/man/${page}.1 @ONLY)
        add_custom_command(
            OUTPUT ${pkg_out}/man/${page}.1.gz
            COMMAND ${GZIP_PROGRAM} -9nf -k ${pkg_out}/man/${page}.1
            DEPENDS ${pkg_out}/man/${page}.1 VERBATIM)
        list(APPEND generated_docs ${pkg_out}/man/${page}.1.gz)
        if(page STREQUAL "lyceum-server")
            set(component server)
        else()
            set(component client)
        endif()
        install(FILES ${pkg_out}/man/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
                COMPONENT ${component})
    endforeach()
    set(DEB_VERSION ${LYCEUM_DEB_VERSION})
    foreach(package lyceum lyceum-server)
        configure_file(${pkg_src}/linux/changelog ${pkg_out}/doc/${package}/changelog.Debian
                       @ONLY)
        add_custom_command(
            OUTPUT ${pkg_out}/doc/${package}/changelog.Debian.gz
            COMMAND ${GZIP_PROGRAM} -9nf -k ${pkg_out}/doc/${package}/changelog.Debian
            DEPENDS ${pkg_out}/doc/${package}/changelog.Debian VERBATIM)
        list(APPEND generated_docs ${pkg_out}/doc/${package}/changelog.Debian.gz)
    endforeach()
    add_custom_target(lyceum_docs ALL DEPENDS ${generated_docs})
    install(FILES ${pkg_src}/linux/copyright ${pkg_out}/doc/lyceum/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lyceum COMPONENT client)
    install(FILES ${pkg_src}/linux/copyright ${pkg_out}/doc/lyceum-server/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lyceum-server COMPONENT server)
endif()

# ---- CPack --------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME lyceum)
set(CPACK_PACKAGE_VENDOR "The Lyceum authors")
set(CPACK_PACKAGE_CONTACT "The Lyceum authors <packaging@lyceum.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
if(WIN32 OR APPLE) # DEB: each component's description carries its own first line
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop client for knowledge communities")
endif()
set(CPACK_PACKAGE_HOMEPAGE_URL "https://lyceum.example.org/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Lyceum)
set(CPACK_PACKAGE_EXECUTABLES lyceum Lyceum)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Lyceum (app and lyceum-cli)")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "lyceum-server (reference server)")
set(CPACK_COMPONENT_CLIENT_DEPENDS server) # the demo community runs lyceum-server

# Debian (scripts/package.sh): component packages, dependencies from the binaries.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME lyceum)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION education)
# Plugins Qt loads at run time are not seen by dpkg-shlibdeps: the SQLite driver (the cache),
# GStreamer for the lesson videos; a Secret Service keeps the tokens.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "lyceum-server (= ${LYCEUM_DEB_VERSION}), libqt6sql6-sqlite")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, gstreamer1.0-plugins-good, gstreamer1.0-libav, fonts-noto-cjk")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "desktop client for knowledge communities
Lyceum shows the courses, video lessons and discussions of paid knowledge
communities, keeps them in a local cache so they open offline, and sends
what was written offline once the server can be reached. It opens
lyceum:// links in the running window of their community.

This package contains the desktop app (lyceum) and the headless client
(lyceum-cli).")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME lyceum-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "reference server for Lyceum knowledge communities
lyceum-server serves a Lyceum community over HTTP: the REST API, the changes
feed, the live WebSocket channel, lesson media and a sandbox store, with its
data in SQLite.

This package contains the server, a systemd unit (not enabled) and the demo
community's lesson videos, which the desktop app's demo uses.")

# Windows: NSIS, with the lyceum:// scheme registered for the installed app.
set(CPACK_NSIS_DISPLAY_NAME Lyceum)
set(CPACK_NSIS_PACKAGE_NAME Lyceum)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\lyceum.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
if(WIN32)
    # CPackConfig.cmake reads these back as CMake strings: backslashes doubled to survive.
    file(READ ${pkg_src}/windows/url_scheme_install.nsh nsis_install)
    file(READ ${pkg_src}/windows/url_scheme_uninstall.nsh nsis_uninstall)
    string(REPLACE "\\" "\\\\" CPACK_NSIS_EXTRA_INSTALL_COMMANDS "${nsis_install}")
    string(REPLACE "\\" "\\\\" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${nsis_uninstall}")
endif()

# macOS: a drag-and-drop DMG of Lyceum.app (app/lyceum sets the bundle's Info.plist).
set(CPACK_DMG_VOLUME_NAME Lyceum)
set(CPACK_DMG_FORMAT UDZO)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
