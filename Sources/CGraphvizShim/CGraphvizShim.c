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

// ---------------------------------------------------------------------------------------------
// A memory arena per graph, for deterministic layouts.
//
// Graphviz 2.42/2.43 orders parts of its work by memory address: fdp's connected components
// follow subgraph IDs, which are the addresses of interned names (lib/fdpgen/comp.c), and its
// derived graph orients edges and ports by comparing node pointers (lib/fdpgen/layout.c,
// deriveGraph and genPorts); dot with clusters and twopi with curved splines vary too. Where
// malloc puts things depends on what ran before and on other threads, so the same DOT text gave
// different layouts from call to call and from process to process.
//
// cgraph takes its memory from the global discipline AgMemDisc, which every root graph uses,
// including the graphs Graphviz opens inside a layout. Here each root graph gets its own range of
// address space, handed out in order, so the addresses within a graph follow the order of the
// calls made on it and nothing else. The range is reserved (not committed) up front, made usable
// a megabyte at a time, and returned whole when agclose frees the graph's closure, its last block;
// blocks are never reused before that. When no range can be reserved, or a graph outgrows it,
// blocks come from malloc as before.
// Graphviz 13 removed AgMemDisc; there the arena is not installed.
#if !defined(GRAPHVIZ_VERSION_MAJOR)
#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef struct {
    char *base;        // the reserved range (a graph without one has no arena: its state is NULL)
    size_t reserved;   // bytes of address space
    size_t committed;  // bytes made readable and writable, from base
    size_t used;       // bytes handed out, from base
    char *last;        // the last block handed out, which can grow in place
} liaison_arena;

#define LIAISON_ARENA_STEP ((size_t)1 << 20)
#define LIAISON_ARENA_RESERVE ((size_t)1 << 32)

// The bytes a request takes in an arena: at least one, rounded up to 16 for alignment.
static size_t liaison_block_size(size_t request) { return ((request ? request : 1) + 15) & ~(size_t)15; }

static int liaison_in_arena(const liaison_arena *a, const void *p) {
    return a && (const char *)p >= a->base && (const char *)p < a->base + a->reserved;
}

static void *liaison_arena_open(Agdisc_t *disc) {
    (void)disc;
    liaison_arena *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    for (size_t size = LIAISON_ARENA_RESERVE; size >= ((size_t)1 << 24); size /= 4) {
        void *p = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) {
            a->base = p;
            a->reserved = size;
            return a;
        }
    }
    free(a);
    return NULL;  // no range: this graph's blocks come from malloc
}

// Makes the first `upto` bytes usable; 0 when they lie beyond the range or mprotect fails.
static int liaison_arena_commit(liaison_arena *a, size_t upto) {
    if (upto <= a->committed) return 1;
    if (upto > a->reserved) return 0;
    size_t want = (upto + LIAISON_ARENA_STEP - 1) / LIAISON_ARENA_STEP * LIAISON_ARENA_STEP;
    if (want > a->reserved) want = a->reserved;
    if (mprotect(a->base + a->committed, want - a->committed, PROT_READ | PROT_WRITE) != 0) return 0;
    a->committed = want;
    return 1;
}

static void *liaison_arena_alloc(void *state, size_t request) {
    liaison_arena *a = state;
    if (a && request < a->reserved) {
        size_t n = liaison_block_size(request);
        if (liaison_arena_commit(a, a->used + n)) {
            char *p = a->base + a->used;
            a->used += n;
            a->last = p;
            memset(p, 0, n);  // cgraph expects zeroed memory; a shrunk last block leaves old bytes
            return p;
        }
    }
    return calloc(1, request ? request : 1);
}

static void *liaison_arena_resize(void *state, void *block, size_t old, size_t request) {
    liaison_arena *a = state;
    if (!block) return liaison_arena_alloc(state, request);
    if (!liaison_in_arena(a, block)) {  // a block from malloc
        void *p = realloc(block, request);
        if (p && request > old) memset((char *)p + old, 0, request - old);
        return p;
    }
    if (block == a->last && request < a->reserved) {  // the last block grows or shrinks in place
        size_t end = (size_t)((char *)block - a->base) + liaison_block_size(request);
        if (liaison_arena_commit(a, end)) {
            if (request > old) memset((char *)block + old, 0, request - old);
            a->used = end;
            return block;
        }
    }
    void *p = liaison_arena_alloc(state, request);
    if (p) memcpy(p, block, old < request ? old : request);
    return p;
}

static void liaison_arena_release(liaison_arena *a) {
    munmap(a->base, a->reserved);
    free(a);
}

// Arena blocks are given back all at once, when the graph closes: the graph's closure (Agclos_t)
// is the first block cgraph takes from a new arena and the last one agclose frees, after every
// dictionary and object of the graph.
static void liaison_arena_free(void *state, void *block) {
    liaison_arena *a = state;
    if (!liaison_in_arena(a, block)) {
        free(block);
    } else if ((char *)block == a->base) {
        liaison_arena_release(a);
    }
}

int liaison_installGraphArena(void) {
    AgMemDisc.open = liaison_arena_open;
    AgMemDisc.alloc = liaison_arena_alloc;
    AgMemDisc.resize = liaison_arena_resize;
    AgMemDisc.free = liaison_arena_free;
    // No close function: with one, agclose skips closing the graph's dictionaries ("free entire
    // heap") and the headers cdt allocated for them with malloc were lost, about 650 bytes a
    // layout. Without it, agclose closes everything and frees the closure last (see above).
    AgMemDisc.close = NULL;
    return 1;
}
#else
int liaison_installGraphArena(void) { return 0; }
#endif
