# Language level and optimisation shared by every target of ours.
add_library(ewb_options INTERFACE)
add_library(ewb::options ALIAS ewb_options)

target_compile_features(ewb_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

# -march=native must reach every translation unit that includes Eigen, not only core: Eigen's
# alignment and vector sizes depend on the instruction set, and a mismatch between a library
# and the executable that links it breaks the ABI (crashes in Eigen code).
if(EWB_NATIVE)
    add_compile_options(-march=native)
endif()

# The numerical core is hot: release builds get -O3 whatever the build type says.
add_library(ewb_core_options INTERFACE)
add_library(ewb::core_options ALIAS ewb_core_options)
target_link_libraries(ewb_core_options INTERFACE ewb_options ewb_warnings)
target_compile_options(ewb_core_options INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo>:-O3>)

# Declares one static library for a folder of core/: ewb_core_<name>, alias ewb::core_<name>.
# Core libraries never see Qt: Qt's include directories are not on their path, so a stray
# #include <QString> fails to compile.
function(ewb_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    add_library(ewb_core_${name} STATIC ${ARG_SOURCES})
    add_library(ewb::core_${name} ALIAS ewb_core_${name})
    target_include_directories(ewb_core_${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(ewb_core_${name}
        PUBLIC ${ARG_DEPENDS}
        PRIVATE ewb_core_options)
    target_compile_features(ewb_core_${name} PUBLIC cxx_std_20)
endfunction()

# Declares one Qt Test executable and its CTest entry.
# ewb_add_test(tst_name SOURCES ... LIBS ... [LABELS ...] [GUI])
function(ewb_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS} ewb_options ewb_warnings)
    target_compile_definitions(${name} PRIVATE
        EWB_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        EWB_RESOURCES_DIR="${PROJECT_SOURCE_DIR}/resources")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 600)
    if(ARG_GUI)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    endif()
endfunction()
