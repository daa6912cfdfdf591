/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What follows .text in a platform's image linker script (kvm on x86_64
 * and arm64): rodata (with the constructor and init tables and unwind
 * data), TLS template and data, then .bss, each starting on a page so
 * that the MMU can give them their own permissions, with the symbols
 * _rodata, _erodata, _data, _edata, __bss_start and _end around them.
 */
#ifndef __UK_PLAT_COMMON_IMAGE_LDS_H__
#define __UK_PLAT_COMMON_IMAGE_LDS_H__

#include <uk/asm/lcpu.h>
#include <uk/plat/common/common.lds.h>

#define UK_IMAGE_SECTIONS_AFTER_TEXT					\
	. = ALIGN(__PAGE_SIZE);						\
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
	. = ALIGN(__PAGE_SIZE);						\
	_data = .;							\
	UK_TLS_SECTIONS							\
	.data : {							\
		*(.data.boot)						\
		*(.data .data.*)					\
	}								\
	_edata = .;							\
									\
	. = ALIGN(__PAGE_SIZE);						\
	__bss_start = .;						\
	.bss : {							\
		*(.bss.boot)						\
		*(.bss .bss.*)						\
		*(COMMON)						\
	}								\
	. = ALIGN(__PAGE_SIZE);						\
	_end = .;							\
									\
	UK_DISCARD_SECTIONS						\
	/DISCARD/ : { *(.note.gnu.property) }

#endif /* __UK_PLAT_COMMON_IMAGE_LDS_H__ */
