/* Built with a per-file flag (LIBVOCAB_FLAGGED_FLAGS-y) and the lib's. */
#include <uk/config.h>
#include <vocab/vocab.h>
#include <vocab_generated.h>

int vocab_file_flag(void)
{
	return VOCAB_FILE_FLAG;
}

int vocab_lib_cflag(void)
{
	return VOCAB_LIB_CFLAG * VOCAB_GENERATED;
}

/* Not in exportsyms.uk: must be local in libvocab.o */
int vocab_hidden(void)
{
	return -1;
}

const char *vocab_greeting(void)
{
	return CONFIG_LIBVOCAB_GREETING;
}
