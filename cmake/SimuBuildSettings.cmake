# One INTERFACE target carries the language level, warnings and strict Qt defines.
# Every Simu target links it (qBittorrent's qbt_common_cfg idea).
add_library(simu_build_settings INTERFACE)
target_compile_features(simu_build_settings INTERFACE cxx_std_20)
target_compile_definitions(simu_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_compile_options(simu_build_settings INTERFACE
    -Wall -Wextra -pedantic
    -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor)
