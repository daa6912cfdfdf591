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

	UK_DATA_BSS_SECTIONS(__PAGE_SIZE)

	UK_DISCARD_SECTIONS
}
