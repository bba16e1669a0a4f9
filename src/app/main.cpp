// geokg: news articles in, an RDF knowledge graph out.
#include "app/cli.hpp"

int main(int argc, char** argv) {
    return geokg::run_cli(argc, argv);
}
