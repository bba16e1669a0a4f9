// Intentionally empty: the object of a boundary-check link (see cmake/GeokgLibrary.cmake).
