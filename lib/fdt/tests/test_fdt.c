/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lib/fdt on a device tree the suite assembles itself (header, one
 * memory reservation, structure and strings blocks), and on broken copies
 * of it:
 *
 *   / { #address-cells = <2>; #size-cells = <2>;
 *       compatible = "test,board", "test,generic";
 *       aliases { serial0 = "/soc/uart@1000"; };
 *       chosen { stdout-path = "serial0:115200"; };
 *       memory@40000000 { device_type = "memory";
 *                         reg = <0 0x40000000 0 0x8000000>,
 *                               <1 0 0 0x1000000>; };
 *       soc { #address-cells = <1>; #size-cells = <1>;
 *             uart@1000 { compatible = "arm,pl011", "arm,primecell";
 *                         reg = <0x1000 0x100>; status = "okay"; };
 *             uart@2000 { compatible = "arm,pl011";
 *                         status = "disabled"; }; }; };
 */
#include <string.h>
#include <uk/fdt.h>
#include <uk/test.h>

#define BLOB_MAX	1024
#define HDR_OFF_VERSION	20

static __u8 blob[BLOB_MAX];
static __u8 copy[BLOB_MAX];
static __u32 blob_size, struct_off, strings_off;

static __u8 st[640];		/* structure block being built */
static char strs[160];		/* strings block being built */
static __u32 st_len, strs_len;

static void put32(__u8 *p, __u32 v)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}

static void tok(__u32 v)
{
	put32(st + st_len, v);
	st_len += 4;
}

static void bytes(const void *data, __u32 len)
{
	memcpy(st + st_len, data, len);
	st_len += len;
	while (st_len & 3)
		st[st_len++] = 0;
}

static void node(const char *name)
{
	tok(FDT_BEGIN_NODE);
	bytes(name, strlen(name) + 1);
}

static __u32 string_off(const char *name)
{
	__u32 i;

	for (i = 0; i < strs_len; i += strlen(strs + i) + 1) {
		if (!strcmp(strs + i, name))
			return i;
	}
	strcpy(strs + strs_len, name);
	strs_len += strlen(name) + 1;
	return i;
}

static void prop(const char *name, const void *val, __u32 len)
{
	tok(FDT_PROP);
	tok(len);
	tok(string_off(name));
	bytes(val, len);
}

static void prop_cells(const char *name, const __u32 *cells, int n)
{
	__u8 buf[32];
	int i;

	for (i = 0; i < n; i++)
		put32(buf + 4 * i, cells[i]);
	prop(name, buf, 4 * n);
}

static void prop_u32(const char *name, __u32 v)
{
	prop_cells(name, &v, 1);
}

static void build_tree(void)
{
	static const __u32 mem_reg[] = { 0, 0x40000000, 0, 0x8000000,
					 1, 0, 0, 0x1000000 };
	static const __u32 uart_reg[] = { 0x1000, 0x100 };
	__u32 rsv_off = FDT_HEADER_SIZE;

	st_len = strs_len = 0;
	node("");
	prop_u32("#address-cells", 2);
	prop_u32("#size-cells", 2);
	prop("compatible", "test,board\0test,generic", 24);
	node("aliases");
	prop("serial0", "/soc/uart@1000", 15);
	tok(FDT_END_NODE);
	node("chosen");
	tok(FDT_NOP);
	prop("stdout-path", "serial0:115200", 15);
	tok(FDT_END_NODE);
	node("memory@40000000");
	prop("device_type", "memory", 7);
	prop_cells("reg", mem_reg, 8);
	tok(FDT_END_NODE);
	node("soc");
	prop_u32("#address-cells", 1);
	prop_u32("#size-cells", 1);
	node("uart@1000");
	prop("compatible", "arm,pl011\0arm,primecell", 24);
	prop_cells("reg", uart_reg, 2);
	prop("status", "okay", 5);
	tok(FDT_END_NODE);
	node("uart@2000");
	prop("compatible", "arm,pl011", 10);
	prop("status", "disabled", 9);
	tok(FDT_END_NODE);
	tok(FDT_END_NODE);
	tok(FDT_END_NODE);
	tok(FDT_END);

	/* header, reservation block (one entry + terminator), blocks */
	memset(blob, 0, sizeof(blob));
	struct_off = rsv_off + 32;
	strings_off = struct_off + st_len;
	blob_size = strings_off + strs_len;
	put32(blob + 0, FDT_MAGIC);
	put32(blob + 4, blob_size);
	put32(blob + 8, struct_off);
	put32(blob + 12, strings_off);
	put32(blob + 16, rsv_off);
	put32(blob + HDR_OFF_VERSION, 17);
	put32(blob + 24, 16);
	put32(blob + 32, strs_len);
	put32(blob + 36, st_len);
	put32(blob + rsv_off + 4, 0x48000000);	/* address, low half */
	put32(blob + rsv_off + 12, 0x2000);	/* size, low half */
	memcpy(blob + struct_off, st, st_len);
	memcpy(blob + strings_off, strs, strs_len);
}

static int suite_init(struct uk_testsuite *suite __unused)
{
	build_tree();
	return fdt_check_full(blob, sizeof(blob));
}

UK_TESTCASE(fdt_testsuite, fdt_test_paths_and_aliases)
{
	int soc = fdt_path_offset(blob, "/soc");
	int uart = fdt_path_offset(blob, "/soc/uart@1000");
	int len;

	UK_TEST_EXPECT_SNUM_GT(soc, 0);
	UK_TEST_EXPECT_SNUM_GT(uart, soc);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, "/"), 0);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, "/soc/uart"), uart);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, "//soc//uart@1000/"),
			       uart);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, "/soc/uart@3000"),
			       -FDT_ERR_NOTFOUND);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, "/uart@1000"),
			       -FDT_ERR_NOTFOUND);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, "serial0:115200"), uart);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, "serial1"),
			       -FDT_ERR_BADPATH);
	UK_TEST_EXPECT_SNUM_EQ(fdt_path_offset(blob, ""), -FDT_ERR_BADPATH);
	UK_TEST_EXPECT_STR_EQ(fdt_get_name(blob, uart, &len), "uart@1000");
	UK_TEST_EXPECT_SNUM_EQ(len, 9);
	UK_TEST_EXPECT_STR_EQ(fdt_get_name(blob, 0, NULL), "");
	UK_TEST_EXPECT_SNUM_EQ(fdt_parent_offset(blob, uart), soc);
	UK_TEST_EXPECT_SNUM_EQ(fdt_parent_offset(blob, soc), 0);
	UK_TEST_EXPECT_SNUM_EQ(fdt_parent_offset(blob, 0), -FDT_ERR_NOTFOUND);
	UK_TEST_EXPECT_SNUM_EQ(fdt_subnode_offset(blob, soc, "uart"), uart);
}

UK_TESTCASE(fdt_testsuite, fdt_test_walk)
{
	static const char *const names[] = {
		"aliases", "chosen", "memory@40000000", "soc"
	};
	int off, n = 0, depth = 0, max_depth = 0;

	for (off = fdt_first_subnode(blob, 0); off >= 0;
	     off = fdt_next_subnode(blob, off), n++) {
		if (n < 4)
			UK_TEST_EXPECT_STR_EQ(fdt_get_name(blob, off, NULL),
					      names[n]);
	}
	UK_TEST_EXPECT_SNUM_EQ(n, 4);
	UK_TEST_EXPECT_SNUM_EQ(off, -FDT_ERR_NOTFOUND);

	n = 0;
	for (off = fdt_next_node(blob, -1, &depth); off >= 0;
	     off = fdt_next_node(blob, off, &depth), n++)
		max_depth = depth > max_depth ? depth : max_depth;
	UK_TEST_EXPECT_SNUM_EQ(n, 7);
	UK_TEST_EXPECT_SNUM_EQ(max_depth, 3);
	UK_TEST_EXPECT_SNUM_EQ(fdt_first_subnode(blob,
			fdt_path_offset(blob, "/chosen")), -FDT_ERR_NOTFOUND);
}

UK_TESTCASE(fdt_testsuite, fdt_test_properties)
{
	int chosen = fdt_path_offset(blob, "/chosen");
	int uart = fdt_path_offset(blob, "/soc/uart@1000");
	const char *s;
	__u32 v = 0;
	int len;

	s = fdt_getprop(blob, chosen, "stdout-path", &len);
	UK_TEST_EXPECT_STR_EQ(s, "serial0:115200");
	UK_TEST_EXPECT_SNUM_EQ(len, 15);
	UK_TEST_EXPECT_NULL(fdt_getprop(blob, chosen, "bootargs", &len));
	UK_TEST_EXPECT_SNUM_EQ(len, -FDT_ERR_NOTFOUND);
	/* properties of a subnode are not the parent's */
	UK_TEST_EXPECT_NULL(fdt_getprop(blob, fdt_path_offset(blob, "/soc"),
					"reg", NULL));
	UK_TEST_EXPECT_ZERO(fdt_getprop_u32(blob, 0, "#size-cells", &v));
	UK_TEST_EXPECT_UNUM_EQ(v, 2);
	UK_TEST_EXPECT_SNUM_EQ(fdt_getprop_u32(blob, uart, "reg", &v),
			       -FDT_ERR_BADVALUE);
	UK_TEST_EXPECT_NULL(fdt_getprop(blob, uart + 4, "reg", &len));
	UK_TEST_EXPECT_SNUM_EQ(len, -FDT_ERR_BADOFFSET);
}

UK_TESTCASE(fdt_testsuite, fdt_test_compatible)
{
	int uart = fdt_path_offset(blob, "/soc/uart@1000");

	UK_TEST_EXPECT_SNUM_EQ(fdt_node_offset_by_compatible(blob, -1,
				"arm,primecell"), uart);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_offset_by_compatible(blob, -1,
				"test,generic"), 0);
	int off = fdt_path_offset(blob, "/soc/uart@2000");

	UK_TEST_EXPECT_SNUM_EQ(fdt_node_offset_by_compatible(blob, uart,
				"arm,pl011"), off);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_offset_by_compatible_enabled(blob,
				uart, "arm,pl011"), -FDT_ERR_NOTFOUND);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_offset_by_compatible_enabled(blob,
				-1, "arm,pl011"), uart);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_is_enabled(blob, uart), 1);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_is_enabled(blob, off), 0);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_is_enabled(blob, 0), 1);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_offset_by_compatible(blob, -1,
				"arm,pl01"), -FDT_ERR_NOTFOUND);
	UK_TEST_EXPECT_ZERO(fdt_node_check_compatible(blob, uart, "arm,pl011"));
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_check_compatible(blob, uart, "x"), 1);
	UK_TEST_EXPECT_SNUM_EQ(fdt_node_check_compatible(blob,
			fdt_path_offset(blob, "/soc"), "x"),
			-FDT_ERR_NOTFOUND);
	UK_TEST_EXPECT_ZERO(fdt_stringlist_contains("a\0bc", 4, "d") ||
			    !fdt_stringlist_contains("a\0bc", 5, "bc"));
}

UK_TESTCASE(fdt_testsuite, fdt_test_reg_and_reservations)
{
	int mem = fdt_path_offset(blob, "/memory");
	int uart = fdt_path_offset(blob, "/soc/uart@1000");
	__u64 addr = 0, size = 0;

	UK_TEST_EXPECT_SNUM_EQ(fdt_reg_count(blob, mem), 2);
	UK_TEST_EXPECT_ZERO(fdt_get_address(blob, mem, 1, &addr, &size));
	UK_TEST_EXPECT_UNUM_EQ(addr, 0x100000000UL);
	UK_TEST_EXPECT_UNUM_EQ(size, 0x1000000);
	UK_TEST_EXPECT_SNUM_EQ(fdt_get_address(blob, mem, 2, &addr, &size),
			       -FDT_ERR_NOTFOUND);
	UK_TEST_EXPECT_ZERO(fdt_get_address(blob, uart, 0, &addr, &size));
	UK_TEST_EXPECT_UNUM_EQ(addr, 0x1000);
	UK_TEST_EXPECT_UNUM_EQ(size, 0x100);
	UK_TEST_EXPECT_SNUM_EQ(fdt_address_cells(blob,
			fdt_path_offset(blob, "/soc")), 1);
	UK_TEST_EXPECT_SNUM_EQ(fdt_size_cells(blob, uart), 1);	/* default */

	UK_TEST_EXPECT_SNUM_EQ(fdt_num_mem_rsv(blob), 1);
	UK_TEST_EXPECT_ZERO(fdt_get_mem_rsv(blob, 0, &addr, &size));
	UK_TEST_EXPECT_UNUM_EQ(addr, 0x48000000);
	UK_TEST_EXPECT_UNUM_EQ(size, 0x2000);
}

/* A copy of the blob with the 32-bit word at `off` replaced */
static const void *patched(__u32 off, __u32 v)
{
	memcpy(copy, blob, sizeof(copy));
	put32(copy + off, v);
	return copy;
}

UK_TESTCASE(fdt_testsuite, fdt_test_broken_blobs)
{
	__u32 root_prop = struct_off + 8;	/* first FDT_PROP token */

	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(patched(0, 0xd00dfeee),
			       BLOB_MAX), -FDT_ERR_BADMAGIC);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_header(NULL), -FDT_ERR_BADMAGIC);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(patched(HDR_OFF_VERSION, 15),
			       BLOB_MAX), -FDT_ERR_BADVERSION);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(blob, blob_size - 1),
			       -FDT_ERR_TRUNCATED);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(blob, 16), -FDT_ERR_TRUNCATED);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_header(patched(8,
			       (blob_size + 4) & ~3U)),
			       -FDT_ERR_TRUNCATED);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_header(patched(8, struct_off + 2)),
			       -FDT_ERR_BADLAYOUT);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_header(patched(4, 8)),
			       -FDT_ERR_TRUNCATED);
	/* an unknown token, a property length past the end, a bad name */
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(patched(root_prop, 7),
			       BLOB_MAX), -FDT_ERR_BADSTRUCTURE);
	UK_TEST_EXPECT_NULL(fdt_getprop(copy, 0, "compatible", NULL));
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(patched(root_prop + 4,
			       0x7ffffff0), BLOB_MAX), -FDT_ERR_TRUNCATED);
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(patched(root_prop + 8,
			       0xffffff00), BLOB_MAX), -FDT_ERR_BADSTRUCTURE);
	/* missing FDT_END: the walk stops at the end of the block */
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(patched(strings_off - 4,
			       FDT_NOP), BLOB_MAX), -FDT_ERR_TRUNCATED);
	UK_TEST_EXPECT_SNUM_LT(fdt_path_offset(copy, "/nowhere"), 0);
	/* an extra FDT_END_NODE closes more than was opened */
	UK_TEST_EXPECT_SNUM_EQ(fdt_check_full(patched(strings_off - 4,
			       FDT_END_NODE), BLOB_MAX), -FDT_ERR_BADSTRUCTURE);
	UK_TEST_EXPECT_STR_EQ(fdt_strerror(-FDT_ERR_BADMAGIC),
			      "bad magic (not a device tree)");
	UK_TEST_EXPECT_STR_EQ(fdt_strerror(-99), "unknown error");
}

uk_testsuite_register(fdt_testsuite, suite_init);
