/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Layout of the kvm x86_64 image.
 *
 * Loaded at 1 MiB by a Multiboot loader through the header's load
 * addresses: everything from _text to _edata is read from the file as one
 * run, so file offsets must follow addresses linearly (the build links
 * with max-page-size 4 KiB and every segment starts on a page boundary),
 * and .bss (up to _end) is cleared by the loader and again by the entry
 * code. The Multiboot header comes first so that it lies within the first
 * 8 KiB of the file.
 *
 * Libraries add their own sections with INSERT AFTER .text/.rodata/.data
 * fragments; the template of thread-local storage is kept between
 * _tls_start and _tls_end.
 */
#include <uk/asm/lcpu.h>
#include <uk/plat/common/common.lds.h>

#define KVM_LOAD_ADDR	0x100000

OUTPUT_FORMAT("elf64-x86-64")
OUTPUT_ARCH(i386:x86-64)
ENTRY(_multiboot_entry)

SECTIONS
{
	. = KVM_LOAD_ADDR;
	_text = .;
	.text : {
		KEEP(*(.multiboot_header))
		KEEP(*(.text.boot))
		*(.text .text.*)
	}
	_etext = .;

	. = ALIGN(__PAGE_SIZE);
	_rodata = .;
	.rodata : {
		*(.rodata.boot)
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
		*(.data.boot)
		*(.data .data.*)
	}
	_edata = .;

	. = ALIGN(__PAGE_SIZE);
	__bss_start = .;
	.bss : {
		*(.bss.boot)
		*(.bss .bss.*)
		*(COMMON)
	}
	. = ALIGN(__PAGE_SIZE);
	_end = .;

	UK_DISCARD_SECTIONS
	/DISCARD/ : { *(.note.gnu.property) }
}
