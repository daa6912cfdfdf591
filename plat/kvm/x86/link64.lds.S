/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * kvm-x86_64 image layout: loaded at 1 MiB by Multiboot's a.out kludge,
 * so file offsets must follow addresses linearly (one loadable run).
 */
#include <uk/plat/common/common.lds.h>

OUTPUT_FORMAT("elf64-x86-64")
ENTRY(_multiboot_entry)

PHDRS
{
	image PT_LOAD FLAGS(7);
	tls PT_TLS;
}

SECTIONS
{
	. = 0x100000;
	_text = .;
	.text : {
		KEEP(*(.text.boot))
		*(.text .text.*)
	} :image
	_etext = .;

	. = ALIGN(4096);
	_rodata = .;
	.rodata : {
		*(.rodata.boot)
		*(.rodata .rodata.*)
	} :image
	_erodata = .;

	UK_CTORTAB_SECTION
	UK_INITTAB_SECTION
	UK_INIT_ARRAY_SECTION

	. = ALIGN(4096);
	_data = .;
	.data : {
		*(.data.boot)
		*(.data .data.*)
	} :image

	. = ALIGN(64);
	_tls_start = .;
	.tdata : { *(.tdata .tdata.* .gnu.linkonce.td.*) } :image :tls
	_etdata = .;
	.tbss : { *(.tbss .tbss.* .gnu.linkonce.tb.*) *(.tcommon) } :image :tls
	_tls_end = . + SIZEOF(.tbss);
	_edata = .;

	. = ALIGN(4096);
	__bss_start = .;
	.bss : {
		*(.bss.boot)
		*(.bss .bss.*)
		*(COMMON)
	} :image
	. = ALIGN(4096);
	_end = .;

	UK_DISCARD_SECTIONS
}
