#include "CGraphvizShim.h"
#include <graphviz/gvc.h>
#include <graphviz/graphviz_version.h>

int liaison_gvRenderData(void *gvc, void *graph, const char *format, char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData((GVC_t *)gvc, (Agraph_t *)graph, format, result, length);
#else
    unsigned int n = 0;
    int status = gvRenderData((GVC_t *)gvc, (Agraph_t *)graph, format, result, &n);
    *length = n;
    return status;
#endif
}
