/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test library API: each function reports one build-system feature.
 * Entries registered with VOCAB_ENTRY() land in the .vocab_list section
 * that vocab.ld adds to the image; iterate from vocab_list_start to
 * vocab_list_end.
 */
#ifndef __VOCAB_H__
#define __VOCAB_H__

struct vocab_entry {
	const char *name;
};

#define VOCAB_ENTRY(id)							\
	static const struct vocab_entry __attribute__((used,		\
		section(".vocab_list"))) vocab_entry_##id = { #id }

extern const struct vocab_entry vocab_list_start[];
extern const struct vocab_entry vocab_list_end[];

const char *vocab_origin(void);
int vocab_file_flag(void);
int vocab_lib_cflag(void);
int vocab_variant_one(void);
int vocab_variant_two(void);
int vocab_asm(void);
int vocab_cxx(void);
const char *vocab_greeting(void);

#endif
