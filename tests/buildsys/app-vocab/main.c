/* Prints what the vocab library reports; tests/test_buildsys.py reads it. */
#include <stdio.h>
#include <vocab/vocab.h>

int main(void)
{
	int n = 0;

	for (const struct vocab_entry *e = vocab_list_start;
	     e < vocab_list_end; e++) {
		printf("vocab entry: %s\n", e->name);
		n++;
	}
	printf("vocab: origin=%s file_flag=%d lib_cflag=%d variants=%d,%d "
	       "asm=%d cxx=%d entries=%d greeting=%s\n", vocab_origin(),
	       vocab_file_flag(), vocab_lib_cflag(), vocab_variant_one(),
	       vocab_variant_two(), vocab_asm(), vocab_cxx(), n,
	       vocab_greeting());
	return 0;
}
