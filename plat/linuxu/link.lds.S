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

	. = ALIGN(__PAGE_SIZE);
	_rodata = .;
	.rodata : {
		*(.rodata .rodata.*)
	}
	UK_CTORTAB_SECTION
	UK_INITTAB_SECTION
	UK_INIT_ARRAY_SECTION
	UK_EH_FRAME_SECTIONS
	_erodata = .;

	. = ALIGN(__PAGE_SIZE);
	_data = .;
	UK_TLS_SECTIONS
	.data : {
		*(.data .data.*)
	}
	_edata = .;

	. = ALIGN(__PAGE_SIZE);
	__bss_start = .;
	.bss : {
		*(.bss .bss.*)
		*(COMMON)
	}
	. = ALIGN(__PAGE_SIZE);
	_end = .;

	UK_DISCARD_SECTIONS
	/DISCARD/ : { *(.note.gnu.property) }
}
