# test_cli_light_libraries (issue 12): marginalia-cli must not load Qt Gui, Poppler, libpq, Boost.Locale, OpenSSL's
# libcrypto, QuaZip or the other libraries only marginalia-cli-full needs (app/cli/CommandSets.h), neither as its own
# NEEDED entries (readelf -d) nor through the libraries it needs (ldd: everything the loader maps). Its own NEEDED
# entries must moreover all be Qt Core, SQLite, ICU or the C and C++ runtime, so that a library newly reached is
# caught even when it is not in the list below. marginalia-cli-full is read the same way and must name Qt Gui,
# Poppler, libpq, Boost.Locale, libcrypto and QuaZip: that proves the reading finds NEEDED entries, so the check can
# fail.
#   cmake -DLIGHT=path/marginalia-cli -DFULL=path/marginalia-cli-full -P cli_light_libraries.cmake
set(forbidden libQt6Gui libQt6Widgets libpoppler libpq libqt6keychain libGLX libOpenGL libxkbcommon libfontconfig
    libfreetype libboost_locale libboost_thread libcrypto libssl libquazip1-qt6 libQt6Core5Compat libbz2)
# What marginalia-cli may NEED itself (a name starting so, then "." or "-").
set(allowed libQt6Core libsqlite3 libicuuc libicui18n libicudata libstdc\\+\\+ libm libgcc_s libc ld-linux[^.]*)

function(needed_libraries program out)
    execute_process(COMMAND readelf -d ${program} OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "readelf -d ${program} failed (${status})")
    endif()
    # Lines such as " 0x0000000000000001 (NEEDED)  Shared library: [libQt6Core.so.6]"
    string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]+\\]" lines "${dynamic}")
    set(names)
    foreach(line ${lines})
        string(REGEX REPLACE ".*\\[([^]]+)\\]$" "\\1" name "${line}")
        list(APPEND names ${name})
    endforeach()
    set(${out} ${names} PARENT_SCOPE)
endfunction()

function(matching names out)
    set(found)
    foreach(name ${names})
        foreach(prefix ${forbidden})
            if(name MATCHES "^${prefix}[.-]")
                list(APPEND found ${name})
            endif()
        endforeach()
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()

needed_libraries(${FULL} full_needed)
foreach(required libQt6Gui libpoppler-qt6 libpq libboost_locale libcrypto libquazip1-qt6)
    set(named FALSE)
    foreach(name ${full_needed})
        if(name MATCHES "^${required}\\.so")
            set(named TRUE)
        endif()
    endforeach()
    if(NOT named)
        message(FATAL_ERROR "marginalia-cli-full does not NEED ${required} (NEEDED: ${full_needed}): "
                            "either it changed or this check reads readelf's output wrongly")
    endif()
endforeach()

needed_libraries(${LIGHT} light_needed)
if(NOT light_needed MATCHES "libQt6Core")
    message(FATAL_ERROR "read no NEEDED entries of marginalia-cli: ${light_needed}")
endif()
matching("${light_needed}" direct)
if(direct)
    message(FATAL_ERROR "marginalia-cli NEEDs ${direct}: a light object reaches code that needs it")
endif()
foreach(name ${light_needed})
    set(known FALSE)
    foreach(prefix ${allowed})
        if(name MATCHES "^${prefix}[.-]")
            set(known TRUE)
        endif()
    endforeach()
    if(NOT known)
        message(FATAL_ERROR "marginalia-cli NEEDs ${name}, which is none of Qt Core, SQLite, ICU and the C and C++ "
                            "runtime: a light object reaches code that needs it (NEEDED: ${light_needed})")
    endif()
endforeach()

# Everything the loader would map, the libraries' own NEEDED entries included.
execute_process(COMMAND ldd ${LIGHT} OUTPUT_VARIABLE mapped RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ldd ${LIGHT} failed (${status})")
endif()
string(REGEX MATCHALL "(^|\n)[ \t]*[^ \t\n]+\\.so[^ \t\n]*" names "${mapped}")
set(loaded)
foreach(name ${names})
    string(STRIP "${name}" name)
    get_filename_component(name "${name}" NAME)
    list(APPEND loaded ${name})
endforeach()
matching("${loaded}" indirect)
if(indirect)
    message(FATAL_ERROR "marginalia-cli loads ${indirect} through the libraries it needs")
endif()
list(LENGTH light_needed direct_count)
list(LENGTH loaded loaded_count)
message(STATUS "marginalia-cli NEEDs ${direct_count} libraries and loads ${loaded_count}: ${loaded}")
