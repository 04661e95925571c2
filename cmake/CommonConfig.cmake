# One INTERFACE target carries the language standard, warnings and Qt defines;
# every CampDesk target links it instead of setting directory-wide flags.
add_library(campdesk_common INTERFACE)

target_compile_features(campdesk_common INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(campdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CAMPDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(campdesk_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        # Our plain structs give every member a default; brace-initialising
        # the first few and leaving the rest to their defaults is intended.
        -Wno-missing-field-initializers)
elseif(MSVC)
    target_compile_options(campdesk_common INTERFACE /W4 /permissive- /utf-8)
endif()

if(CAMPDESK_SANITIZE)
    target_compile_options(campdesk_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(campdesk_common INTERFACE -fsanitize=address,undefined)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
