// gvRenderData with one length type on every Graphviz: Graphviz 13 changed its length argument
// from `unsigned int *` to `size_t *`. Pointers are untyped here so that this header needs no
// Graphviz header of its own; the caller passes a GVC_t * and an Agraph_t *.
#include <stddef.h>

int liaison_gvRenderData(void *gvc, void *graph, const char *format, char **result, size_t *length);

// Gives every cgraph root graph its own memory arena, so that Graphviz's address-ordered steps
// (fdp's components and edge directions, among others) come out the same on every call and in
// every process. Call once, before the first graph or context is made. Returns 1 when installed,
// 0 where this Graphviz has no memory discipline to replace (Graphviz 13 and later).
int liaison_installGraphArena(void);
