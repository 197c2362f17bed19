// gvRenderData with one length type on every Graphviz: Graphviz 13 changed its length argument
// from `unsigned int *` to `size_t *`. Pointers are untyped here so that this header needs no
// Graphviz header of its own; the caller passes a GVC_t * and an Agraph_t *.
#include <stddef.h>

int liaison_gvRenderData(void *gvc, void *graph, const char *format, char **result, size_t *length);
