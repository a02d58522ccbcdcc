# Warnings live on an INTERFACE target so that only our own targets get them
# (third-party headers such as Eigen are included as SYSTEM).
add_library(ewb_warnings INTERFACE)
add_library(ewb::warnings ALIAS ewb_warnings)

target_compile_options(ewb_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wnull-dereference -Wdouble-promotion -Wformat=2)

if(EWB_WERROR)
    target_compile_options(ewb_warnings INTERFACE -Werror)
endif()
