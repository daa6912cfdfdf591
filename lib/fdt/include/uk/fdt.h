/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A read-only reader of flattened device trees (DTB, versions 16 and 17),
 * with the names and conventions of libfdt for the subset it offers.
 *
 * Nodes are named by their offset in the structure block (the root is 0).
 * Functions returning an int give an offset or 0 on success and a negative
 * -FDT_ERR_* code on failure; pointer-returning ones give NULL and store
 * the negative code in *lenp when lenp is not NULL. Every function checks
 * the header first and never reads outside the blob's totalsize, so a
 * corrupt blob gives an error, never a wild read; fdt_check_full() also
 * walks the whole tree once (for blobs of unknown origin).
 *
 * Only needs <stdint.h> and <stddef.h>: the same source builds for the
 * host (tests/test_fdt_host.py).
 */
#ifndef __UK_FDT_H__
#define __UK_FDT_H__

#include <stddef.h>
#include <stdint.h>

#define FDT_MAGIC		0xd00dfeed
#define FDT_HEADER_SIZE		40
#define FDT_MAX_DEPTH		32

/* Structure block tokens */
#define FDT_BEGIN_NODE		0x1
#define FDT_END_NODE		0x2
#define FDT_PROP		0x3
#define FDT_NOP			0x4
#define FDT_END			0x9

/* Error codes (returned negated) */
#define FDT_ERR_NOTFOUND	1	/* no such node or property */
#define FDT_ERR_BADOFFSET	4	/* offset is not a node's */
#define FDT_ERR_BADPATH		5	/* malformed path */
#define FDT_ERR_TRUNCATED	8	/* data runs past the blob's end */
#define FDT_ERR_BADMAGIC	9	/* not a device tree */
#define FDT_ERR_BADVERSION	10	/* version other than 16 or 17 */
#define FDT_ERR_BADSTRUCTURE	11	/* tokens out of order */
#define FDT_ERR_BADLAYOUT	12	/* blocks overlap or misaligned */
#define FDT_ERR_BADNCELLS	14	/* #address-/#size-cells invalid */
#define FDT_ERR_BADVALUE	15	/* property has an unexpected size */
#define FDT_ERR_MAX		15

/* Big-endian loads from possibly unaligned memory */
static inline uint32_t fdt32_ld(const void *p)
{
	const uint8_t *b = p;

	return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) |
	       ((uint32_t)b[2] << 8) | b[3];
}

static inline uint64_t fdt64_ld(const void *p)
{
	return ((uint64_t)fdt32_ld(p) << 32) |
	       fdt32_ld((const uint8_t *)p + 4);
}

/* Header fields (valid after fdt_check_header() returned 0) */
#define fdt_magic(fdt)		fdt32_ld((const uint8_t *)(fdt) + 0)
#define fdt_totalsize(fdt)	fdt32_ld((const uint8_t *)(fdt) + 4)
#define fdt_version(fdt)	fdt32_ld((const uint8_t *)(fdt) + 20)
#define fdt_boot_cpuid_phys(fdt) fdt32_ld((const uint8_t *)(fdt) + 28)

/* Header sanity: magic, version, blocks inside totalsize. */
int fdt_check_header(const void *fdt);
/* Header plus a walk of the whole tree; totalsize must fit in bufsize. */
int fdt_check_full(const void *fdt, size_t bufsize);
/* A static description of an error code (negative or positive). */
const char *fdt_strerror(int errval);

/* Memory reservation block: number of entries, and entry n. */
int fdt_num_mem_rsv(const void *fdt);
int fdt_get_mem_rsv(const void *fdt, int n, uint64_t *address,
		    uint64_t *size);

/*
 * Walk: the node after `offset` in document order (-1 starts at the
 * root). *depth, if given, is adjusted by the levels descended/ascended;
 * returns -FDT_ERR_NOTFOUND after the last node.
 */
int fdt_next_node(const void *fdt, int offset, int *depth);
int fdt_first_subnode(const void *fdt, int offset);
int fdt_next_subnode(const void *fdt, int offset);
int fdt_parent_offset(const void *fdt, int nodeoffset);

/* "name@unit" of a node ("" for the root); *lenp gets its length. */
const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp);
/* A property's value and length in bytes. */
const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp);
/* A one-cell property; -FDT_ERR_BADVALUE if it is not 4 bytes long. */
int fdt_getprop_u32(const void *fdt, int nodeoffset, const char *name,
		    uint32_t *out);

/*
 * A child by name: "name@unit" matches exactly, "name" also matches
 * children with any unit address.
 */
int fdt_subnode_offset(const void *fdt, int parentoffset, const char *name);
/*
 * An absolute path ("/soc/uart@1000"), or an alias from /aliases
 * followed by an optional path; anything after ':' is ignored (as in
 * stdout-path = "/pl011@9000000:115200").
 */
int fdt_path_offset(const void *fdt, const char *path);

/* 1 if str is one of the NUL-separated strings in strlist. */
int fdt_stringlist_contains(const char *strlist, int listlen,
			    const char *str);
/* 0 if the node's "compatible" lists `compatible`, 1 if not. */
int fdt_node_check_compatible(const void *fdt, int nodeoffset,
			      const char *compatible);
/* The first node after startoffset (-1: from the start) compatible. */
int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible);

/*
 * 1 if a node is usable: no "status" property, or "okay" / "ok"; 0 when
 * it says anything else ("disabled", "fail", or a secure-only device
 * that the non-secure world must not touch). Negative on a bad offset.
 */
int fdt_node_is_enabled(const void *fdt, int nodeoffset);
/* Like fdt_node_offset_by_compatible(), skipping disabled nodes. */
int fdt_node_offset_by_compatible_enabled(const void *fdt, int startoffset,
					  const char *compatible);

/* The #address-cells / #size-cells a node gives its children. */
int fdt_address_cells(const void *fdt, int nodeoffset);
int fdt_size_cells(const void *fdt, int nodeoffset);
/*
 * Entry `index` of a node's "reg", decoded with its parent's cell sizes
 * (up to 2 cells each). size may be NULL.
 */
int fdt_get_address(const void *fdt, int nodeoffset, int index,
		    uint64_t *addr, uint64_t *size);
/* Number of entries in a node's "reg". */
int fdt_reg_count(const void *fdt, int nodeoffset);

#endif /* __UK_FDT_H__ */
