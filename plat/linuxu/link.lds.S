/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Layout of the linuxu image: a static Linux executable linked at
 * 4 MiB (the usual non-PIE base), code, read-only data and read-write
 * data each starting on a page, so that the program headers give each
 * its own protection. Linux maps the file and zeroes .bss itself.
 *
 * Libraries add their own sections with INSERT AFTER .text/.rodata/.data
 * fragments; the template of thread-local storage is kept between
 * _tls_start and _tls_end.
 */
#include <uk/asm/lcpu.h>
#include <uk/plat/common/common.lds.h>

#define LINUXU_LOAD_ADDR	0x400000

ENTRY(_liblinuxuplat_start)

SECTIONS
{
	. = LINUXU_LOAD_ADDR + SIZEOF_HEADERS;
	_text = LINUXU_LOAD_ADDR;
	.text : {
		*(.text .text.*)
	}
	_etext = .;

	UK_DATA_BSS_SECTIONS(__PAGE_SIZE)

	UK_DISCARD_SECTIONS
}
