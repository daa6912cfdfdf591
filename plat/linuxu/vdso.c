/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What Linux tells a new process besides argv and envp: the auxiliary
 * vector (CPU capabilities, where the vDSO is), and clock_gettime from
 * the vDSO, which reads the clock without entering the kernel.
 *
 * The vDSO is a small ELF shared object Linux maps into every process;
 * its dynamic symbol table is found through its section headers (they
 * are part of the mapping). Without a vDSO (or the symbol), time comes
 * from the clock_gettime system call.
 */
#include <stddef.h>
#include <string.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <linuxu/setup.h>

#define AT_NULL			0
#define AT_HWCAP2		26
#define AT_SYSINFO_EHDR		33

#define ELF_SHT_DYNSYM		11
#define ELF_STT_FUNC		2

#if defined(__x86_64__)
#define VDSO_CLOCK_GETTIME	"__vdso_clock_gettime"
#else
#define VDSO_CLOCK_GETTIME	"__kernel_clock_gettime"
#endif

struct elf64_ehdr {
	unsigned char ident[16];
	__u16 type, machine;
	__u32 version;
	__u64 entry, phoff, shoff;
	__u32 flags;
	__u16 ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct elf64_phdr {
	__u32 type, flags;
	__u64 offset, vaddr, paddr, filesz, memsz, align;
};

struct elf64_shdr {
	__u32 name, type;
	__u64 flags, addr, offset, size;
	__u32 link, info;
	__u64 addralign, entsize;
};

struct elf64_sym {
	__u32 name;
	unsigned char info, other;
	__u16 shndx;
	__u64 value, size;
};

unsigned long linuxu_hwcap2;
linuxu_clock_gettime_fn linuxu_vdso_clock_gettime;

/* The address of a function the vDSO exports, or NULL */
static void *vdso_sym(const char *base, const char *name)
{
	const struct elf64_ehdr *eh = (const void *)base;
	const struct elf64_phdr *ph;
	const struct elf64_shdr *sh;
	__u64 load_vaddr = 0;
	int i;

	if (memcmp(eh->ident, "\177ELF", 4) || eh->ident[4] != 2 ||
	    eh->shentsize != sizeof(*sh) || eh->phentsize != sizeof(*ph))
		return NULL;
	ph = (const void *)(base + eh->phoff);
	for (i = 0; i < eh->phnum; i++) {
		if (ph[i].type == 1 /* PT_LOAD */) {
			load_vaddr = ph[i].vaddr - ph[i].offset;
			break;
		}
	}
	sh = (const void *)(base + eh->shoff);
	for (i = 0; i < eh->shnum; i++) {
		const struct elf64_sym *sym;
		const char *strtab;
		__u64 n, j;

		if (sh[i].type != ELF_SHT_DYNSYM || !sh[i].entsize ||
		    sh[i].link >= eh->shnum)
			continue;
		sym = (const void *)(base + sh[i].offset);
		strtab = base + sh[sh[i].link].offset;
		n = sh[i].size / sh[i].entsize;
		for (j = 0; j < n; j++) {
			if ((sym[j].info & 0xf) != ELF_STT_FUNC ||
			    !sym[j].shndx || strcmp(strtab + sym[j].name, name))
				continue;
			return (void *)(base + sym[j].value - load_vaddr);
		}
	}
	return NULL;
}

void linuxu_auxv_init(char **envp)
{
	unsigned long *auxv;
	const char *vdso = NULL;

	while (*envp)
		envp++;
	for (auxv = (unsigned long *)(envp + 1); auxv[0] != AT_NULL;
	     auxv += 2) {
		if (auxv[0] == AT_HWCAP2)
			linuxu_hwcap2 = auxv[1];
		else if (auxv[0] == AT_SYSINFO_EHDR)
			vdso = (const char *)auxv[1];
	}
	if (vdso)
		linuxu_vdso_clock_gettime = vdso_sym(vdso,
						     VDSO_CLOCK_GETTIME);
}
