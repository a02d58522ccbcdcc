# Fails when the committed .ts file is out of date with the sources of ui/ or still has
# unfinished entries. Run as:
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<project root> -DTS_FILE=<ts> -DWORK_DIR=<dir>
#         -P checktranslations.cmake
foreach(var LUPDATE SOURCE_DIR TS_FILE WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checktranslations: ${var} is not set")
    endif()
endforeach()

file(READ "${TS_FILE}" committed)
string(FIND "${committed}" "type=\"unfinished\"" unfinished)
if(NOT unfinished EQUAL -1)
    message(FATAL_ERROR "${TS_FILE} has unfinished entries: translate every one")
endif()

# Regenerate into a copy, so that the committed file is never touched by the check.
get_filename_component(name "${TS_FILE}" NAME)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/${name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" "${SOURCE_DIR}/ui" -I "${SOURCE_DIR}" -extensions cpp,h
            -no-obsolete -locations none -silent -ts "${copy}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed with status ${status}")
endif()
file(READ "${copy}" regenerated)
if(NOT regenerated STREQUAL committed)
    message(FATAL_ERROR "${TS_FILE} does not match the sources: run the update_translations "
                        "target (or lupdate as in this script) and translate the new entries")
endif()
message(STATUS "${name}: complete and up to date")
