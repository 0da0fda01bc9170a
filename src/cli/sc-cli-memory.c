/* sc-cli-memory.c — huge pages for the command line's heap
 *
 * Memory is handed to a process a 4 KB page at a time, each on its first
 * touch, through a page fault. On a virtual machine a fault is expensive:
 * on the 2-core VM we measure on, touching 64 MB page by page takes 0.2 s
 * (12 µs a page), and importing a 50 000-person list of people touched 13 500
 * pages — 0.16 s of a 0.55 s import. A transparent huge page (2 MB) is
 * one fault for 512 pages.
 *
 * glibc does this itself with the tunable glibc.malloc.hugetlb=1, which
 * only the environment can set before the program starts. This does the
 * same for the main heap, once, before a verb runs: large blocks are taken
 * from the heap too (not each mmap()ed on its own), the heap grows by
 * @expected at once and keeps what is freed, and that range is marked
 * MADV_HUGEPAGE. It only reserves address space: pages still come on first
 * touch, so the memory used does not grow beyond 2 MB steps. Where the
 * kernel has transparent huge pages off, or malloc is not glibc's (the
 * sanitizers, Valgrind), nothing changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-cli-memory.h"

#ifdef __GLIBC__
#include <malloc.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#define HUGE_PAGE ((guintptr)2 * 1024 * 1024)
#define LARGE_BLOCK (64 * 1024 * 1024)
#define PROBE_SIZE (1024 * 1024)

void
sc_cli_memory_prefer_huge_pages (gsize expected)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  char *probe, *top, *start;

  if (mallopt (M_MMAP_THRESHOLD, LARGE_BLOCK) == 0 ||
      mallopt (M_TRIM_THRESHOLD, (int)MIN (expected * 2, G_MAXINT)) == 0 ||
      mallopt (M_TOP_PAD, (int)MIN (expected, G_MAXINT)) == 0)
    return;
  /* More than the heap has free: it grows, by @expected beyond the probe. */
  probe = malloc (PROBE_SIZE);
  if (probe == NULL)
    return;
  top = sbrk (0);
  start = (char *)(((guintptr)probe + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1));
  /* Only the heap just grown: a malloc that is not glibc's gives a block
   * elsewhere, and then the range is not this. */
  if (top != (char *)-1 && start < top &&
      (gsize)(top - start) <= expected + PROBE_SIZE + HUGE_PAGE)
    madvise (start, top - start, MADV_HUGEPAGE);
  free (probe);
#endif
}
