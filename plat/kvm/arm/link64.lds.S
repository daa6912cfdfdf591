/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Layout of the kvm arm64 image.
 *
 * The image is the flat memory image of this ELF (objcopy -O binary):
 * it starts with the Linux arm64 Image header at _text and runs where it
 * is linked, CONFIG_KVM_ARM_LOAD_ADDR (QEMU virt: RAM base 0x40000000 +
 * text_offset 0x80000). .bss is not in the file: _image_size, which the
 * header announces, covers it, and the entry code clears it. Sections
 * start on page boundaries so that the MMU can give text, rodata and
 * data their own permissions.
 */
#include <uk/config.h>
#include <uk/asm/lcpu.h>
#include <uk/plat/common/common.lds.h>

OUTPUT_FORMAT("elf64-littleaarch64")
OUTPUT_ARCH(aarch64)
ENTRY(_libkvmplat_start)

SECTIONS
{
	. = CONFIG_KVM_ARM_LOAD_ADDR;
	_text = .;
	.text : {
		KEEP(*(.text.boot))
		*(.text .text.*)
	}
	_etext = .;

	UK_DATA_BSS_SECTIONS(__PAGE_SIZE)

	UK_DISCARD_SECTIONS
	_image_size = _end - _text;
}
