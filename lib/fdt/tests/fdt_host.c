/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host-side driver for lib/fdt (tests/test_fdt_host.py builds it with the
 * host compiler and AddressSanitizer): for each DTB file named on the
 * command line, held in a buffer of exactly the file's size, prints
 *   FILE: check: <fdt_check_full() result>
 * and, when the header is sane and totalsize fits the buffer (the
 * readers' contract), walks every node through every reader, whether or
 * not the full check passed, printing what a platform would look for:
 *   FILE: node /path (depth D, P props via getprop)[ disabled]
 *   FILE: reg /path #i addr size
 *   FILE: compatible C at /path
 *   FILE: first enabled C at /path
 *   FILE: walk: N nodes, end E
 * Exit status 0 unless a file cannot be read; memory errors are
 * AddressSanitizer's to report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/fdt.h>

#define MAX_DEPTH	FDT_MAX_DEPTH
#define PATH_MAX_LEN	1024

static const char *const compatibles[] = {
	"arm,pl011", "arm,gic-v3", "arm,cortex-a15-gic", "arm,armv8-timer",
	"arm,psci-1.0", "arm,psci-0.2", "arm,pl031", "virtio,mmio",
};

static const char *const props[] = {
	"compatible", "reg", "interrupts", "#address-cells", "#size-cells",
	"device_type", "method", "bootargs", "stdout-path", "phandle",
};

static void walk(const char *file, const void *fdt)
{
	char path[PATH_MAX_LEN];
	int len_at[MAX_DEPTH + 1] = { 0 };
	int off, depth = 0, nodes = 0, i;
	uint64_t addr, size;
	uint32_t v;

	for (off = fdt_next_node(fdt, -1, &depth); off >= 0;
	     off = fdt_next_node(fdt, off, &depth)) {
		int nlen, found = 0, plen, n;
		const char *name = fdt_get_name(fdt, off, &nlen);

		nodes++;
		if (depth < 1 || depth > MAX_DEPTH || !name)
			break;
		/* the root's path is "" here, "/" when printed */
		n = depth == 1 ? 0 : len_at[depth - 1] + 1 + nlen;
		if (n >= PATH_MAX_LEN)
			break;
		if (depth > 1) {
			path[len_at[depth - 1]] = '/';
			memcpy(path + len_at[depth - 1] + 1, name, nlen);
		}
		path[n] = '\0';
		len_at[depth] = n;

		for (i = 0; i < (int)(sizeof(props) / sizeof(props[0])); i++) {
			if (fdt_getprop(fdt, off, props[i], &plen))
				found++;
		}
		fdt_getprop_u32(fdt, off, "phandle", &v);
		fdt_parent_offset(fdt, off);
		fdt_first_subnode(fdt, off);
		fdt_address_cells(fdt, off);
		fdt_size_cells(fdt, off);
		printf("%s: node %s (depth %d, %d props via getprop)%s\n",
		       file, depth == 1 ? "/" : path, depth, found,
		       fdt_node_is_enabled(fdt, off) == 1 ? "" : " disabled");
		for (i = 0; fdt_get_address(fdt, off, i, &addr, &size) == 0;
		     i++)
			printf("%s: reg %s #%d 0x%llx 0x%llx\n", file,
			       depth == 1 ? "/" : path, i,
			       (unsigned long long)addr,
			       (unsigned long long)size);
		/* path lookups must find the node again */
		if (depth > 1 && fdt_path_offset(fdt, path) != off)
			printf("%s: path %s does not resolve to its node\n",
			       file, path);
	}
	printf("%s: walk: %d nodes, end %s\n", file, nodes,
	       off == -FDT_ERR_NOTFOUND ? "ok" : fdt_strerror(off));

	for (i = 0; i < (int)(sizeof(compatibles) / sizeof(compatibles[0]));
	     i++) {
		for (off = fdt_node_offset_by_compatible(fdt, -1,
							 compatibles[i]);
		     off >= 0;
		     off = fdt_node_offset_by_compatible(fdt, off,
							 compatibles[i])) {
			int nlen;
			const char *name = fdt_get_name(fdt, off, &nlen);

			printf("%s: compatible %s at %.*s\n", file,
			       compatibles[i], name ? nlen : 0,
			       name ? name : "");
		}
		off = fdt_node_offset_by_compatible_enabled(fdt, -1,
							    compatibles[i]);
		if (off >= 0)
			printf("%s: first enabled %s at %s\n", file,
			       compatibles[i], fdt_get_name(fdt, off, NULL));
	}
	for (i = 0; fdt_get_mem_rsv(fdt, i, &addr, &size) == 0; i++)
		printf("%s: memreserve 0x%llx 0x%llx\n", file,
		       (unsigned long long)addr, (unsigned long long)size);
	fdt_path_offset(fdt, "serial0");
	fdt_path_offset(fdt, "/chosen");
}

int main(int argc, char *argv[])
{
	int i, rc;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		long size;
		void *buf;

		if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0) {
			perror(argv[i]);
			return 2;
		}
		rewind(f);
		buf = malloc(size ? size : 1);
		if (!buf || fread(buf, 1, size, f) != (size_t)size) {
			perror(argv[i]);
			return 2;
		}
		fclose(f);

		rc = (size_t)size < FDT_HEADER_SIZE ? -FDT_ERR_TRUNCATED
			: fdt_check_full(buf, size);
		printf("%s: check: %s\n", argv[i], fdt_strerror(rc));
		if (size >= FDT_HEADER_SIZE && fdt_check_header(buf) == 0 &&
		    fdt_totalsize(buf) <= (size_t)size)
			walk(argv[i], buf);
		free(buf);
	}
	return 0;
}
