/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Linker script fragments shared by all platforms. Include from a
 * platform's preprocessed linker script (Linker.lds.S).
 */
#ifndef __UK_PLAT_COMMON_LDS_H__
#define __UK_PLAT_COMMON_LDS_H__

/* Constructors and init levels, sorted by the priority in their name. */
#define UK_CTORTAB_SECTION						\
	. = ALIGN(8);							\
	.uk_ctortab : {							\
		PROVIDE(uk_ctortab_start = .);				\
		KEEP(*(SORT_BY_NAME(.uk_ctortab[0-9])))			\
		PROVIDE(uk_ctortab_end = .);				\
	}

#define UK_INITTAB_SECTION						\
	. = ALIGN(8);							\
	.uk_inittab : {							\
		PROVIDE(uk_inittab_start = .);				\
		KEEP(*(SORT_BY_NAME(.uk_inittab_[1-6][0-9])))		\
		PROVIDE(uk_inittab_end = .);				\
	}

/* Compiler-generated constructors (C++ and __attribute__((constructor))) */
#define UK_INIT_ARRAY_SECTION						\
	. = ALIGN(8);							\
	.init_array : {							\
		PROVIDE(__init_array_start = .);			\
		KEEP(*(SORT_BY_INIT_PRIORITY(.init_array.*)		\
		       SORT_BY_INIT_PRIORITY(.ctors.*)))		\
		KEEP(*(.init_array .ctors))				\
		PROVIDE(__init_array_end = .);				\
	}

/* TLS template: .tdata is copied, .tbss zeroed for each thread */
#define UK_TLS_SECTIONS							\
	. = ALIGN(64);							\
	_tls_start = .;							\
	.tdata : { *(.tdata .tdata.* .gnu.linkonce.td.*) }		\
	_etdata = .;							\
	.tbss : { *(.tbss .tbss.* .gnu.linkonce.tb.*) *(.tcommon) }	\
	_tls_end = . + SIZEOF(.tbss);

#define UK_EH_FRAME_SECTIONS						\
	.eh_frame_hdr : { *(.eh_frame_hdr) }				\
	.eh_frame : { KEEP(*(.eh_frame)) }

/*
 * Everything after .text, each part starting on a page: read-only data
 * with the tables above (_rodata to _erodata), read-write data with the
 * TLS template (_data to _edata), .bss (__bss_start to _end, page
 * aligned). Boot-time sections (.rodata.boot, ...) come first in each.
 */
#define UK_DATA_BSS_SECTIONS(page)					\
	. = ALIGN(page);						\
	_rodata = .;							\
	.rodata : {							\
		*(.rodata.boot)						\
		*(.rodata .rodata.*)					\
	}								\
	UK_CTORTAB_SECTION						\
	UK_INITTAB_SECTION						\
	UK_INIT_ARRAY_SECTION						\
	UK_EH_FRAME_SECTIONS						\
	_erodata = .;							\
									\
	. = ALIGN(page);						\
	_data = .;							\
	UK_TLS_SECTIONS							\
	.data : {							\
		*(.data.boot)						\
		*(.data .data.*)					\
	}								\
	_edata = .;							\
									\
	. = ALIGN(page);						\
	__bss_start = .;						\
	.bss : {							\
		*(.bss.boot)						\
		*(.bss .bss.*)						\
		*(COMMON)						\
	}								\
	. = ALIGN(page);						\
	_end = .;

/* Sections dropped from every image. */
#define UK_DISCARD_SECTIONS						\
	/DISCARD/ : { *(.note.gnu.build-id) *(.comment) *(.note.GNU-stack) \
		      *(.note.gnu.property) }

#endif
