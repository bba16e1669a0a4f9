# One static library per folder of src/, each linking only what it uses.
#
#   geokg_library(NAME folder SOURCES a.cpp ... [DEPENDS lib ...] [PRIVATE_DEPENDS target ...])
#
# makes the target geokg_<folder>. DEPENDS are other geokg libraries whose headers this
# one's headers expose; PRIVATE_DEPENDS are what only its sources use (Serd, Sord, Boost).
#
# Boundaries are checked at link time: every library is also linked, whole, into a shared
# object with -Wl,--no-undefined against exactly the libraries it declares. A source that
# calls into a library its folder does not declare (extract/ writing with Serd, say) fails
# that link: a broken boundary is a build error, not a convention.
function(geokg_library folder)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  set(target geokg_${folder})
  add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR})
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})

  # Not in a sanitizer build: its runtime is linked into executables only, so every
  # instrumented object has undefined symbols of its own. The plain build checks.
  if(GEOKG_SANITIZE OR GEOKG_FUZZ)
    return()
  endif()
  add_library(${target}_boundary SHARED ${PROJECT_SOURCE_DIR}/cmake/boundary_check.cpp)
  target_link_libraries(${target}_boundary PRIVATE
                        "$<LINK_LIBRARY:WHOLE_ARCHIVE,${target}>")
  target_link_options(${target}_boundary PRIVATE "LINKER:--no-undefined")
endfunction()
