/* SPDX-License-Identifier: BSD-3-Clause */
/* Hex dumps: 16 bytes per line with offset and printable characters. */
#include <stdio.h>
#include <uk/print.h>

void _uk_hexdumpk(int lvl, const char *libname, const char *srcname,
		  unsigned int srcline, const void *data, __sz len)
{
	const unsigned char *p = data;

	for (__sz off = 0; off < len; off += 16) {
		char line[96];
		int n = snprintf(line, sizeof(line), "%08lx ",
				 (unsigned long)off);

		for (__sz i = 0; i < 16; i++) {
			if (off + i < len)
				n += snprintf(line + n, sizeof(line) - n,
					      " %02x", p[off + i]);
			else
				n += snprintf(line + n, sizeof(line) - n,
					      "   ");
		}
		n += snprintf(line + n, sizeof(line) - n, "  |");
		for (__sz i = 0; i < 16 && off + i < len; i++) {
			unsigned char c = p[off + i];

			line[n++] = (c >= 0x20 && c < 0x7f) ? c : '.';
		}
		snprintf(line + n, sizeof(line) - n, "|\n");
		_uk_printk(lvl, libname, srcname, srcline, "%s", line);
	}
}
