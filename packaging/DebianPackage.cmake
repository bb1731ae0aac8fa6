# `cpack -G DEB` (scripts/package.sh): loket_<version>-<revision>_amd64.deb. The libraries the
# programs link come from dpkg-shlibdeps; Qt loads the SQL drivers and finds the documents' font
# at run time, so those are named here.
set(LOKET_PACKAGE_MAINTAINER
    "Seed 2df659d9 maintainers <maintainers@users.noreply.b-seed-2df659d9.example>"
    CACHE STRING "Maintainer field of the Debian package: Name <address>")
set(LOKET_PACKAGE_HOMEPAGE "" CACHE STRING "Homepage field of the Debian package (none yet)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME loket)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${LOKET_PACKAGE_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
# Independent of the builder's umask: lintian wants 0755 directories.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${LOKET_DEBIAN_REVISION}) # from debian/changelog
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${LOKET_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(LOKET_PACKAGE_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${LOKET_PACKAGE_HOMEPAGE})
endif()
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis is the project's DESCRIPTION (CPACK_PACKAGE_DESCRIPTION_SUMMARY); this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Loket registers the applications that walk-in applicants bring to the
service counter of an Indonesian regional social-welfare office (Dinas
Sosial) and follows them through the back office to the signed product,
by the office's official service standards: requirement checklists, due
dates in working days, receipts and letters, a tamper-evident audit log,
on SQLite or a shared PostgreSQL server.
.
This package holds the desktop application, loket, and the
administrator's command line, loketctl. The office's data stays in each
user's data folder (~/.local/share/Loket) and is kept when the package
is removed or purged.")

include(CPack)
