# Every dependency comes from Debian 12 packages (scripts/install-deps.sh installs them).
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Network Sql HttpServer WebSockets Test Widgets Multimedia Charts LinguistTools)
# QtKeychain 0.13 (qtkeychain-qt6-dev): the desktop keeps the AT API key in the OS keychain.
find_package(Qt6Keychain REQUIRED)

# libphonenumber ships neither a CMake package nor a pkg-config file on Debian 12.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
if(NOT TARGET libphonenumber::phonenumber)
    add_library(libphonenumber::phonenumber UNKNOWN IMPORTED)
    # SYSTEM include: its protobuf-generated headers are not warning-clean under our flags.
    set_target_properties(libphonenumber::phonenumber PROPERTIES
        IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
        INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")
endif()
